#include "mentoring/MentorshipEditing.h"

#include "common/StoredChangeCommand.h"
#include "shell/AppContext.h"
#include "store/MentorshipRepository.h"
#include "store/RecordComparison.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace profrost::MentorshipEditing {

namespace {

QString text(const char *source) { return QCoreApplication::translate("MentorshipEditing", source); }

StoreOps<Mentorship> ops(AppContext &ctx)
{
    // The repository keeps an id it is given: a pair deleted and brought back is the same pair.
    return {[&ctx](const Mentorship &m) { return MentorshipRepository(ctx.db()).save(m); },
            [&ctx](const Mentorship &m) { MentorshipRepository(ctx.db()).save(m); },
            [&ctx](qint64 id) { MentorshipRepository(ctx.db()).remove(id); }, u"mentorship"_s};
}

std::optional<Mentorship> stored(AppContext &ctx, qint64 id) { return MentorshipRepository(ctx.db()).get(id); }

} // namespace

bool save(AppContext &ctx, const std::optional<Mentorship> &before, const Mentorship &after, QString *error,
          qint64 *id)
{
    return StoredEditing::save<Mentorship>(
        ctx, ops(ctx), [&ctx](qint64 i) { return stored(ctx, i); }, before, after,
        before ? text(QT_TRANSLATE_NOOP("MentorshipEditing", "Change mentorship"))
               : text(QT_TRANSLATE_NOOP("MentorshipEditing", "New mentorship")),
        error, id, [&ctx](const Mentorship &mine, const Mentorship &theirs) {
            return RecordComparison::mentorships(ctx.db(), mine, theirs);
        });
}

bool remove(AppContext &ctx, qint64 id, QString *error)
{
    return StoredEditing::remove<Mentorship>(
        ctx, ops(ctx), [&ctx](qint64 i) { return stored(ctx, i); }, id,
        text(QT_TRANSLATE_NOOP("MentorshipEditing", "Delete mentorship")),
        text(QT_TRANSLATE_NOOP("MentorshipEditing", "The pair is no longer stored.")), error);
}

} // namespace profrost::MentorshipEditing
