#pragma once

#include "domain/Route.h"
#include "planning/GroupRoutes.h"

#include <QString>
#include <optional>

namespace profrost {

class AppContext;

// Undoable writes of individual routes. Each writes first: a refused write
// returns false with the reason in *error and pushes nothing; a write that
// succeeded goes onto the undo stack.
namespace RouteEditing {

// `before` absent: «New route»; otherwise «Change route» of before->id.
bool save(AppContext &ctx, const std::optional<IndividualRoute> &before, const IndividualRoute &after,
          QString *error, qint64 *id = nullptr);
// «Delete route»: undo stores it again with its id.
bool remove(AppContext &ctx, qint64 routeId, QString *error);
// «Group route»: the template applied to the teachers (GroupRoutes::apply);
// one undo step takes back every route it created or extended.
bool applyGroup(AppContext &ctx, const QList<qint64> &teachers, CompetencyArea area, const IndividualRoute &templ,
                GroupRouteOutcome *outcome, QString *error);

} // namespace RouteEditing

} // namespace profrost
