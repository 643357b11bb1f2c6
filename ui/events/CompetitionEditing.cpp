#include "events/CompetitionEditing.h"

#include "common/StoredChangeCommand.h"
#include "shell/AppContext.h"
#include "store/CompetitionRepository.h"
#include "store/RecordComparison.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace profrost::CompetitionEditing {

namespace {

QString text(const char *source) { return QCoreApplication::translate("CompetitionEditing", source); }

StoreOps<Competition> ops(AppContext &ctx)
{
    return {[&ctx](const Competition &c) { return CompetitionRepository(ctx.db()).save(c); },
            [&ctx](const Competition &c) { CompetitionRepository(ctx.db()).save(c); },
            [&ctx](qint64 id) { CompetitionRepository(ctx.db()).remove(id); }, u"competition"_s};
}

std::optional<Competition> stored(AppContext &ctx, qint64 id) { return CompetitionRepository(ctx.db()).get(id); }

} // namespace

bool save(AppContext &ctx, const std::optional<Competition> &before, const Competition &after, QString *error,
          qint64 *id)
{
    // The entries of the change are new rows: their old ids belong to `before`.
    Competition changed = after;
    for (CompetitionEntry &e : changed.entries)
        e.id = 0;
    return StoredEditing::save<Competition>(
        ctx, ops(ctx), [&ctx](qint64 i) { return stored(ctx, i); }, before, changed,
        before ? text(QT_TRANSLATE_NOOP("CompetitionEditing", "Change competition"))
               : text(QT_TRANSLATE_NOOP("CompetitionEditing", "New competition")),
        error, id, [&ctx](const Competition &mine, const Competition &theirs) {
            return RecordComparison::competitions(ctx.db(), mine, theirs);
        });
}

bool remove(AppContext &ctx, qint64 id, QString *error)
{
    return StoredEditing::remove<Competition>(
        ctx, ops(ctx), [&ctx](qint64 i) { return stored(ctx, i); }, id,
        text(QT_TRANSLATE_NOOP("CompetitionEditing", "Delete competition")),
        text(QT_TRANSLATE_NOOP("CompetitionEditing", "The competition is no longer stored.")), error);
}

} // namespace profrost::CompetitionEditing
