#include "diagnostics/RouteEditing.h"

#include "common/StoredChangeCommand.h"
#include "shell/AppContext.h"
#include "store/RecordComparison.h"
#include "store/RouteRepository.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace profrost::RouteEditing {

namespace {

QString text(const char *source) { return QCoreApplication::translate("RouteEditing", source); }

StoreOps<IndividualRoute> ops(AppContext &ctx)
{
    return {[&ctx](const IndividualRoute &r) { return RouteRepository(ctx.db()).save(r); },
            [&ctx](const IndividualRoute &r) { RouteRepository(ctx.db()).save(r); },
            [&ctx](qint64 id) { RouteRepository(ctx.db()).remove(id); }, u"route"_s};
}

// The stored route (RouteRepository::get throws when there is none: the
// editing reports its message).
std::optional<IndividualRoute> stored(AppContext &ctx, qint64 id) { return RouteRepository(ctx.db()).get(id); }

} // namespace

bool save(AppContext &ctx, const std::optional<IndividualRoute> &before, const IndividualRoute &after,
          QString *error, qint64 *id)
{
    // Read back with the activities' ids, for undo.
    return StoredEditing::save<IndividualRoute>(
        ctx, ops(ctx), [&ctx](qint64 i) { return stored(ctx, i); }, before, after,
        before ? text(QT_TRANSLATE_NOOP("RouteEditing", "Change route"))
               : text(QT_TRANSLATE_NOOP("RouteEditing", "New route")),
        error, id, [](const IndividualRoute &mine, const IndividualRoute &theirs) {
            return RecordComparison::routes(mine, theirs);
        });
}

bool remove(AppContext &ctx, qint64 routeId, QString *error)
{
    return StoredEditing::remove<IndividualRoute>(
        ctx, ops(ctx), [&ctx](qint64 i) { return stored(ctx, i); }, routeId,
        text(QT_TRANSLATE_NOOP("RouteEditing", "Delete route")),
        text(QT_TRANSLATE_NOOP("RouteEditing", "The route is no longer stored.")), error);
}

bool applyGroup(AppContext &ctx, const QList<qint64> &teachers, CompetencyArea area, const IndividualRoute &templ,
                GroupRouteOutcome *outcome, QString *error)
{
    QList<std::optional<IndividualRoute>> before, after;
    try {
        RouteRepository repo(ctx.db());
        for (qint64 teacher : teachers)
            before << repo.find(teacher, templ.startYear);
        *outcome = GroupRoutes::apply(ctx.db(), teachers, area, templ);
        for (qint64 teacher : teachers)
            after << repo.find(teacher, templ.startYear);
    } catch (const Error &e) {
        *error = e.message();
        return false;
    }
    if (outcome->created + outcome->extended == 0)
        return true; // nothing to take back
    ctx.undoStack()->beginMacro(text(QT_TRANSLATE_NOOP("RouteEditing", "Group route")));
    for (qsizetype i = 0; i < teachers.size(); ++i) {
        if (before[i] != after[i])
            ctx.undoStack()->push(new StoredChangeCommand<IndividualRoute>(ctx, ops(ctx), before[i], after[i],
                                                                           text(QT_TRANSLATE_NOOP("RouteEditing", "Group route"))));
    }
    ctx.undoStack()->endMacro();
    return true;
}

} // namespace profrost::RouteEditing
