#include "mentoring/MentorshipEditing.h"

#include "common/StoredChangeCommand.h"
#include "shell/AppContext.h"
#include "store/MentorshipRepository.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace profrost::MentorshipEditing {

namespace {

QString text(const char *source) { return QCoreApplication::translate("MentorshipEditing", source); }

StoreOps<Mentorship> ops(AppContext &ctx)
{
    // The repository keeps an id it is given: a pair deleted and brought back is the same pair.
    return {[&ctx](const Mentorship &m) { return MentorshipRepository(ctx.db()).save(m); },
            [&ctx](const Mentorship &m) { MentorshipRepository(ctx.db()).save(m); },
            [&ctx](qint64 id) { MentorshipRepository(ctx.db()).remove(id); }};
}

} // namespace

bool save(AppContext &ctx, const std::optional<Mentorship> &before, const Mentorship &after, QString *error,
          qint64 *id)
{
    Mentorship pair = after;
    try {
        pair.id = before ? before->id : 0;
        pair.id = MentorshipRepository(ctx.db()).save(pair);
    } catch (const Error &e) {
        *error = e.message();
        return false;
    }
    if (id)
        *id = pair.id;
    ctx.undoStack()->push(new StoredChangeCommand<Mentorship>(
        ctx, ops(ctx), before, pair,
        before ? text(QT_TRANSLATE_NOOP("MentorshipEditing", "Change mentorship"))
               : text(QT_TRANSLATE_NOOP("MentorshipEditing", "New mentorship"))));
    return true;
}

bool remove(AppContext &ctx, qint64 id, QString *error)
{
    Mentorship before;
    try {
        MentorshipRepository repo(ctx.db());
        const std::optional<Mentorship> stored = repo.get(id);
        if (!stored) {
            *error = text(QT_TRANSLATE_NOOP("MentorshipEditing", "The pair is no longer stored."));
            return false;
        }
        before = *stored;
        repo.remove(id);
    } catch (const Error &e) {
        *error = e.message();
        return false;
    }
    ctx.undoStack()->push(new StoredChangeCommand<Mentorship>(
        ctx, ops(ctx), before, std::nullopt, text(QT_TRANSLATE_NOOP("MentorshipEditing", "Delete mentorship"))));
    return true;
}

} // namespace profrost::MentorshipEditing
