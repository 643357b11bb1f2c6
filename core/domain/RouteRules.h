#pragma once

#include "domain/DeficitRules.h"
#include "domain/Route.h"

#include <QCoreApplication>
#include <QStringList>

namespace profrost {

// What a route must hold to be stored, and what its activities' statuses
// are in fact; every screen, document and command asks here.
class RouteRules
{
    Q_DECLARE_TR_FUNCTIONS(RouteRules)
public:
    // A new route of the teacher for the academic year startYear/startYear+1,
    // addressing the teacher's current deficits (DeficitRules): what the
    // route dialog and a group route start from.
    static IndividualRoute newRoute(qint64 teacherId, int startYear, const QList<DiagnosisResult> &results,
                                    const DeficitThresholds &thresholds);

    // A teacher, an academic year, and each activity with a title (a course
    // from the catalogue names its programme) and an end not before its start.
    // Each reason names the activity by its number in the plan.
    static QStringList check(const IndividualRoute &route);
    // One activity's reasons, without its number («it ends before it starts.»).
    static QStringList checkActivity(const RouteActivity &activity);

    // The status a methodist sees: a course activity is done once the course
    // is finished — its application completed, or the teacher finished a run
    // of its programme within the route's academic year — whatever was
    // recorded; a cancelled activity stays cancelled.
    static RouteStatus effectiveStatus(const RouteActivity &activity, int startYear,
                                       const QList<Completion> &finished);

    // The completed course that makes a course activity done: the one of its
    // application, else a run of its programme finished within the route's
    // academic year; null for another kind of activity or when there is none.
    static const Completion *completionOf(const RouteActivity &activity, int startYear,
                                          const QList<Completion> &finished);

    // Done of those not cancelled: the route's progress.
    struct Progress
    {
        int done = 0;
        int total = 0; // cancelled ones left out
    };
    static Progress progress(const IndividualRoute &route, const QList<Completion> &finished);

    // The first and the last day of the academic year startYear/startYear+1.
    static QDate yearStart(int startYear);
    static QDate yearEnd(int startYear);
};

} // namespace profrost
