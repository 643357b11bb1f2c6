#include "planning/AttestationPlan.h"

#include "domain/AttestationRules.h"

#include <QHash>
#include <algorithm>

namespace profrost {

namespace {

QDate monthOf(QDate d)
{
    return QDate(d.year(), d.month(), 1);
}

void setApply(AttestationPlanEntry &e, QDate month)
{
    e.applyYear = month.year();
    e.applyMonth = month.month();
}

void setAttest(AttestationPlanEntry &e, QDate month)
{
    e.attestYear = month.year();
    e.attestMonth = month.month();
}

// The earliest hire into the posts held now; invalid when none is known.
QDate hiredInPost(const TeacherRow &t)
{
    QDate out;
    for (const PostLine &p : t.posts) {
        if (p.hired.isValid() && (!out.isValid() || p.hired < out))
            out = p.hired;
    }
    return out;
}

} // namespace

QList<AttestationPlanEntry> AttestationPlan::propose(const QList<TeacherRow> &teachers,
                                                     const QList<AttestationRecord> &history,
                                                     const QList<AttestationApplication> &applications, QDate at,
                                                     int firstYear, const AttestationPlanRules &rules)
{
    QHash<qint64, QList<AttestationRecord>> byTeacher;
    for (const AttestationRecord &r : history)
        byTeacher[r.teacherId].append(r);
    QHash<qint64, const AttestationApplication *> open;
    for (const AttestationApplication &a : applications) {
        if (a.status == ApplicationStatus::Submitted || a.status == ApplicationStatus::UnderReview)
            open.insert(a.teacherId, &a);
    }

    // Nothing can be scheduled before the plan starts nor in the month of `at`
    // (an application takes a month to prepare at least).
    const QDate firstOpen = std::max(QDate(firstYear, 1, 1), monthOf(at).addMonths(1));
    const QDate end(firstYear + kYears, 1, 1); // first month after the plan
    const int n = std::max(0, rules.applicationMonths);

    QList<AttestationPlanEntry> out;
    for (const TeacherRow &t : teachers) {
        if (!t.pedagogical)
            continue;
        const AttestationStanding s = AttestationRules::standing(byTeacher.value(t.id), at, rules.validityYears);
        AttestationPlanEntry e;
        e.teacherId = t.id;
        if (const AttestationApplication *a = open.value(t.id)) {
            e.kind = AttestationKind::Category;
            e.category = a->category;
            setAttest(e, QDate(a->plannedYear, a->plannedMonth, 1));
            if (a->submittedOn.isValid())
                setApply(e, monthOf(a->submittedOn));
            e.lapsed = s.lapsed;
        } else if (s.category && (s.categoryValid || s.lapsed)) {
            e.kind = AttestationKind::Category;
            e.category = s.category->category;
            QDate attest = s.categoryValid ? monthOf(s.categoryUntil) : firstOpen.addMonths(n);
            QDate apply = s.categoryValid ? attest.addMonths(-n) : firstOpen;
            if (apply < firstOpen) { // late already: apply at once, attest when the term allows
                apply = firstOpen;
                attest = std::max(attest, apply);
            }
            setApply(e, apply);
            setAttest(e, attest);
            // Lapsed by the one rule of the reminders (AttestationReminders):
            // expired before `at`, no СЗД since. A category still valid that
            // expires before its attestation month is not lapsed yet; the
            // plan-graph once counted it too, and said 45 where the reminders
            // said 36.
            e.lapsed = s.lapsed;
        } else {
            e.kind = AttestationKind::Fitness;
            QDate due;
            if (s.fitness)
                due = AttestationRules::validUntil(s.fitness->granted, AttestationRules::kFitnessIntervalYears);
            else if (const QDate hired = hiredInPost(t); hired.isValid())
                due = hired.addYears(AttestationRules::kFitnessExemptYears);
            QDate attest = due.isValid() ? monthOf(due) : firstOpen;
            if (attest < firstOpen)
                attest = firstOpen;
            setAttest(e, attest);
        }
        const QDate month = attestMonth(e);
        if (month < QDate(firstYear, 1, 1) || month >= end)
            continue; // beyond the plan's five years
        out.append(e);
    }
    std::stable_sort(out.begin(), out.end(), [](const AttestationPlanEntry &a, const AttestationPlanEntry &b) {
        return attestMonth(a) < attestMonth(b);
    });
    return out;
}

QMap<QDate, int> AttestationPlan::countsByMonth(const QList<AttestationPlanEntry> &plan, int firstYear)
{
    QMap<QDate, int> out;
    for (int y = firstYear; y < firstYear + kYears; ++y) {
        for (int m = 1; m <= 12; ++m)
            out.insert(QDate(y, m, 1), 0);
    }
    for (const AttestationPlanEntry &e : plan)
        ++out[attestMonth(e)];
    return out;
}

QMap<int, int> AttestationPlan::countsByYear(const QList<AttestationPlanEntry> &plan, int firstYear)
{
    QMap<int, int> out;
    for (int y = firstYear; y < firstYear + kYears; ++y)
        out.insert(y, 0);
    for (const AttestationPlanEntry &e : plan)
        ++out[e.attestYear];
    return out;
}

QMap<QString, QMap<int, int>> AttestationPlan::countsByOrganisation(const QList<AttestationPlanEntry> &plan,
                                                                    const QList<TeacherRow> &teachers)
{
    QHash<qint64, QString> organisationOf;
    for (const TeacherRow &t : teachers)
        organisationOf.insert(t.id, t.organisations);
    QMap<QString, QMap<int, int>> out;
    for (const AttestationPlanEntry &e : plan) {
        const auto it = organisationOf.constFind(e.teacherId);
        if (it != organisationOf.cend())
            ++out[*it][e.attestYear];
    }
    return out;
}

QString AttestationPlan::check(const AttestationPlanEntry &e, int firstYear)
{
    return AttestationPlanEntryCheck::check(e, firstYear);
}

} // namespace profrost
