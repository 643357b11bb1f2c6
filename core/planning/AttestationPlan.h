#pragma once

#include "domain/Attestation.h"
#include "domain/AttestationPlanEntry.h"
#include "domain/TeacherRow.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>

namespace profrost {

class AttestationPlan
{
    Q_DECLARE_TR_FUNCTIONS(AttestationPlan)
public:
    static constexpr int kYears = AttestationPlanEntryCheck::kYears;

    // The proposal at reference date `at` for firstYear .. firstYear + 4,
    // among the active pedagogical teachers (TeacherRow::pedagogical) of
    // `teachers` (read at `at`), from their attestation `history` (every
    // teacher's records; AttestationRules::standing):
    // - a category valid at `at`: renewal of the same category, attested in
    //   the month it expires (valid until), the application
    //   `applicationMonths` months before;
    // - a category that has lapsed (and no СЗД since): flagged `lapsed`, the
    //   application in the first month open (the month after `at`, not
    //   before January of firstYear), the attestation `applicationMonths` later;
    // - no category: СЗД, due 5 years after the last СЗД, or — never
    //   attested — 2 years after the hire into the current post (the earliest
    //   hire of the current posts; staff under 2 years in the post are exempt
    //   until then, core/documents/README.md); an unknown hire date counts as due now. A due
    //   month already past is moved to the first month open.
    // Open applications (submitted, under review) replace the proposal for
    // their teacher: their category and planned month, the application month
    // the month it was submitted. Entries attested after the fifth year are
    // left out. Sorted by attestation month, in the order of `teachers` within a month.
    static QList<AttestationPlanEntry> propose(const QList<TeacherRow> &teachers,
                                               const QList<AttestationRecord> &history,
                                               const QList<AttestationApplication> &applications, QDate at,
                                               int firstYear, const AttestationPlanRules &rules = {});

    // The first day of the month of the attestation (for sorting and grouping).
    static QDate attestMonth(const AttestationPlanEntry &e) { return QDate(e.attestYear, e.attestMonth, 1); }
    // Teachers per month of attestation, every month of the 5 years present
    // (keys: the first day of the month): the commission's load.
    static QMap<QDate, int> countsByMonth(const QList<AttestationPlanEntry> &plan, int firstYear);
    // Per year of attestation, every year present.
    static QMap<int, int> countsByYear(const QList<AttestationPlanEntry> &plan, int firstYear);
    // Per organisation (shown name, as in TeacherRow::organisations) and year.
    static QMap<QString, QMap<int, int>> countsByOrganisation(const QList<AttestationPlanEntry> &plan,
                                                              const QList<TeacherRow> &teachers);
    // Empty when the entry fits a plan of firstYear; else why not (translated).
    static QString check(const AttestationPlanEntry &e, int firstYear);
};

} // namespace profrost
