#pragma once

#include "documents/DocumentStyle.h"
#include "domain/Attestation.h"
#include "planning/AttestationPlan.h"
#include "store/TeacherRepository.h"

#include <QCoreApplication>
#include <QList>

namespace profrost {

// What the attestation plan-graphs print; the GUI and the CLI fill it
// (AttestationReports::planData from a database).
struct AttestationDocumentData
{
    int firstYear = 0;                // the year of the schedule; the first of the 5-year plan
    QDate at;                         // the reference date: the category held is read at it
    int validityYears = 5;
    QString issuer;                   // the municipality or centre, a line under the title (may be empty)
    DocumentStyle::Approval approval; // «УТВЕРЖДАЮ» at the top right
    QList<AttestationPlanEntry> entries;
    QList<TeacherRow> teachers;       // names, organisations, posts
    QList<AttestationRecord> history; // every teacher's records
    // The categories lapsed at `at` (AttestationStatus: the reminders' count).
    // A lapsed teacher whose open application is heard before firstYear has
    // no line in the plan, so the plan's flags alone may count fewer.
    int lapsed = 0;
    // The head signs the plan-graphs: the same position as in the approval block.
    DocumentStyle::Signature signature{QString::fromUtf8("Директор МКУ «ИМЦ»"), QString()};
};

// One printed line of a plan-graph: the columns of core/documents/README.md as text.
struct AttestationLine
{
    qint64 teacherId = 0;
    QString organisation; // the organisation of the first post (the group heading)
    QString organisationShort; // the shown (short) names of the current organisations: the ОО column
    QString fullName;
    QString positions;    // «учитель; педагог-организатор»
    QString held;         // «высшая, 15.12.2022», «СЗД, 10.10.2021» or «нет»
    QString heldUntil;    // «14.12.2027» (the next СЗД is due by it for СЗД); «истекла 01.03.2025»
    QString wanted;       // «высшая», «первая», «СЗД»
    QString applyMonth;   // «ноябрь 2026», «—» for СЗД (no application)
    QString attestMonth;  // «февраль 2027»
    QDate attest;         // first day of the month of attestation
    AttestationKind kind = AttestationKind::Category;
    Category category = Category::None;
    bool lapsed = false;
};

class AttestationLines
{
    Q_DECLARE_TR_FUNCTIONS(AttestationLines)
public:
    // The entries of the data whose attestation falls in [from, to) months,
    // by month (or organisation first when `byOrganisation`), then
    // organisation (СОШ № 2 before СОШ № 10), then name.
    static QList<AttestationLine> lines(const AttestationDocumentData &data, QDate from, QDate to,
                                        bool byOrganisation);
    // «Всего: 12 чел., в том числе: высшая – 3, первая – 5, СЗД – 4».
    static QString totals(const QList<AttestationLine> &lines);
    // «янв.», «февр.», ... as a year cell of the 5-year plan-graph holds them.
    static QString shortMonth(int month);
};

} // namespace profrost
