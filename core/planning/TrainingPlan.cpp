#include "planning/TrainingPlan.h"

#include "planning/TrainingDue.h"

#include <QHash>
#include <algorithm>

namespace profrost {

QList<TrainingPlanEntry> TrainingPlan::propose(const QList<TeacherRow> &teachers, const QList<Completion> &completions,
                                               int firstYear, int intervalYears)
{
    const QDate at(firstYear, 1, 1);
    const int lastYear = firstYear + kYears - 1;

    // The latest completion on or before 1 January of the first year.
    QHash<qint64, QDate> latest;
    for (const Completion &c : completions) {
        if (!c.ends.isValid() || c.ends > at)
            continue;
        const auto it = latest.constFind(c.teacherId);
        if (it == latest.cend() || *it < c.ends)
            latest.insert(c.teacherId, c.ends);
    }

    QList<TrainingPlanEntry> out;
    for (const TeacherRow &t : teachers) {
        if (!t.pedagogical)
            continue;
        int year = firstYear; // overdue on 1 January, or nothing known of the teacher
        // Never trained: counted from the hiring, as TrainingDue does.
        const auto it = latest.constFind(t.id);
        const QDate expires = TrainingDue::expiresOn(it != latest.cend() ? *it : TrainingDue::countedFrom(t), intervalYears);
        if (expires.isValid() && expires > at)
            year = expires.year();
        if (year > lastYear)
            continue; // covered beyond the plan's years
        TrainingPlanEntry e;
        e.teacherId = t.id;
        e.plannedYear = year;
        out.append(e);
    }
    // By year; within a year in the order of `teachers`.
    std::stable_sort(out.begin(), out.end(),
                     [](const TrainingPlanEntry &a, const TrainingPlanEntry &b) { return a.plannedYear < b.plannedYear; });
    return out;
}

QMap<int, int> TrainingPlan::countsByYear(const QList<TrainingPlanEntry> &plan, int firstYear)
{
    QMap<int, int> out;
    for (int y = firstYear; y < firstYear + kYears; ++y)
        out.insert(y, 0);
    for (const TrainingPlanEntry &e : plan)
        ++out[e.plannedYear];
    return out;
}

QMap<QString, QMap<int, int>> TrainingPlan::countsByOrganisation(const QList<TrainingPlanEntry> &plan,
                                                                 const QList<TeacherRow> &teachers)
{
    QHash<qint64, QString> organisationOf;
    for (const TeacherRow &t : teachers)
        organisationOf.insert(t.id, t.organisations);
    QMap<QString, QMap<int, int>> out;
    for (const TrainingPlanEntry &e : plan) {
        const auto it = organisationOf.constFind(e.teacherId);
        if (it == organisationOf.cend())
            continue; // not among the teachers shown
        ++out[*it][e.plannedYear];
    }
    return out;
}

} // namespace profrost
