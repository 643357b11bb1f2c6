#include "diagnostics/DiagnosisEditing.h"

#include "common/StoredChangeCommand.h"
#include "domain/DateText.h"
#include "shell/AppContext.h"
#include "store/DiagnosisRepository.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace profrost::DiagnosisEditing {

namespace {

StoreOps<DiagnosisResult> ops(AppContext &ctx)
{
    return {[&ctx](const DiagnosisResult &r) { return DiagnosisRepository(ctx.db()).saveResult(r); },
            [&ctx](const DiagnosisResult &r) { DiagnosisRepository(ctx.db()).updateResult(r); },
            [&ctx](qint64 id) { DiagnosisRepository(ctx.db()).removeResult(id); }};
}

} // namespace

bool save(AppContext &ctx, const std::optional<DiagnosisResult> &before, const DiagnosisResult &after,
          QString *error)
{
    DiagnosisResult result = after;
    try {
        DiagnosisRepository repo(ctx.db());
        if (before) {
            result.id = before->id;
            repo.updateResult(result);
        } else {
            // saveResult would replace a result of that day: by hand, that is a mistake to name.
            if (repo.findResult(result.teacherId, result.campaignId, result.takenOn)) {
                *error = QCoreApplication::translate("DiagnosisEditing", "This teacher already has a result of this diagnosis on %1; correct that one "
                            "instead.")
                             .arg(DateText::numeric(result.takenOn));
                return false;
            }
            result.id = repo.saveResult(result);
        }
    } catch (const Error &e) {
        *error = e.message();
        return false;
    }
    ctx.undoStack()->push(new StoredChangeCommand<DiagnosisResult>(
        ctx, ops(ctx), before, result, before ? QCoreApplication::translate("DiagnosisEditing", "Correct diagnosis result") : QCoreApplication::translate("DiagnosisEditing", "Add diagnosis result")));
    return true;
}

bool remove(AppContext &ctx, qint64 resultId, QString *error)
{
    std::optional<DiagnosisResult> before;
    try {
        DiagnosisRepository repo(ctx.db());
        before = repo.result(resultId);
        if (!before) {
            *error = QCoreApplication::translate("DiagnosisEditing", "The result is no longer stored.");
            return false;
        }
        repo.removeResult(resultId);
    } catch (const Error &e) {
        *error = e.message();
        return false;
    }
    ctx.undoStack()->push(new StoredChangeCommand<DiagnosisResult>(ctx, ops(ctx), before, std::nullopt,
                                                                   QCoreApplication::translate("DiagnosisEditing", "Delete diagnosis result")));
    return true;
}

} // namespace profrost::DiagnosisEditing
