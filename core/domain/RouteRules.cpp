#include "domain/RouteRules.h"

namespace profrost {

QDate RouteRules::yearStart(int startYear) { return QDate(startYear, 9, 1); }

QDate RouteRules::yearEnd(int startYear) { return QDate(startYear + 1, 8, 31); }

IndividualRoute RouteRules::newRoute(qint64 teacherId, int startYear, const QList<DiagnosisResult> &results,
                                     const DeficitThresholds &thresholds)
{
    IndividualRoute route;
    route.teacherId = teacherId;
    route.startYear = startYear;
    route.deficits = DeficitRules::currentDeficits(results, thresholds);
    return route;
}

QStringList RouteRules::check(const IndividualRoute &route)
{
    QStringList reasons;
    if (route.teacherId <= 0)
        reasons << tr("The route has no teacher.");
    if (route.startYear < 1990 || route.startYear > 2200)
        reasons << tr("The academic year %1 is not a year a route can be made for.").arg(route.startYear);
    for (qsizetype i = 0; i < route.activities.size(); ++i) {
        for (const QString &reason : checkActivity(route.activities[i]))
            reasons << tr("Activity %1: %2").arg(i + 1).arg(reason);
    }
    return reasons;
}

QStringList RouteRules::checkActivity(const RouteActivity &a)
{
    QStringList reasons;
    if (a.title.trimmed().isEmpty())
        reasons << (a.kind == RouteActivityKind::Course ? tr("choose the course's programme or write its title.")
                                                        : tr("write what is to be done (a topic, an event)."));
    if (a.starts.isValid() && a.ends.isValid() && a.ends < a.starts)
        reasons << tr("it ends before it starts.");
    return reasons;
}

const Completion *RouteRules::completionOf(const RouteActivity &activity, int startYear,
                                          const QList<Completion> &finished)
{
    if (activity.kind != RouteActivityKind::Course)
        return nullptr;
    const QDate first = yearStart(startYear), last = yearEnd(startYear);
    for (const Completion &f : finished) {
        if (activity.enrolmentId != 0 && f.enrolmentId == activity.enrolmentId)
            return &f;
        if (activity.programmeId != 0 && f.programmeId == activity.programmeId && f.ends >= first && f.ends <= last)
            return &f;
    }
    return nullptr;
}

RouteStatus RouteRules::effectiveStatus(const RouteActivity &activity, int startYear,
                                        const QList<Completion> &finished)
{
    if (activity.status == RouteStatus::Cancelled)
        return activity.status;
    return completionOf(activity, startYear, finished) ? RouteStatus::Done : activity.status;
}

RouteRules::Progress RouteRules::progress(const IndividualRoute &route, const QList<Completion> &finished)
{
    Progress p;
    for (const RouteActivity &a : route.activities) {
        const RouteStatus status = effectiveStatus(a, route.startYear, finished);
        if (status == RouteStatus::Cancelled)
            continue;
        ++p.total;
        p.done += status == RouteStatus::Done ? 1 : 0;
    }
    return p;
}

} // namespace profrost
