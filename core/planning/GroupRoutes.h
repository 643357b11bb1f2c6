#pragma once

#include "domain/Route.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace profrost {

class Database;

// Who a group route is for: the teachers working in an organisation, or the
// members of a methodical association, on the day it is made; with neither,
// everyone holding a post that day.
struct GroupRouteScope
{
    qint64 organisationId = 0;
    qint64 associationId = 0; // used when organisationId is 0
};

struct GroupRouteOutcome
{
    int created = 0;  // teachers who had no route for the year
    int extended = 0; // routes that got activities of the template
    int unchanged = 0; // routes that had every activity of the template already
};

// A group route (core/README.md «Individual routes»): one template of
// activities for every teacher of an organisation or an association whose
// current deficits include an area, then adjusted per teacher. A teacher
// without a route for the year gets one (their current deficits, the
// template's goal, tasks and curator); one with a route gets the template's
// activities it lacks (the same kind and title), and the area among its
// deficits. One transaction for the whole group.
class GroupRoutes
{
    Q_DECLARE_TR_FUNCTIONS(GroupRoutes)
public:
    // The teachers of the scope whose current deficits include `area`, by id.
    static QList<qint64> teachersWith(Database &db, CompetencyArea area, const GroupRouteScope &scope, QDate today);
    // Throws profrost::Error (nothing stored then).
    static GroupRouteOutcome apply(Database &db, const QList<qint64> &teachers, CompetencyArea area,
                                   const IndividualRoute &templ);
};

} // namespace profrost
