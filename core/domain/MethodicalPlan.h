#pragma once

#include "domain/ReadVersion.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace profrost {

// One concept for the plans the methodical service prints (core/documents/README.md): the
// РМО's plan of meetings for an academic year, the ИМЦ's work plan and a
// roadmap of stages. Items carry either dates or a free-text term
// («сентябрь–июнь», as the seed writes them).

enum class PlanKind { RmoYear, CentreWork, Roadmap };

struct PlanItem
{
    qint64 id = 0;
    int stage = 0;          // 1-based index into MethodicalPlan::stages; 0: no stage
    QString title;          // тема заседания / наименование мероприятия (questions on further lines)
    QString form;           // форма проведения: заседание, семинар, круглый стол...
    QString result;         // планируемые результаты
    QDate from;             // dates, when known...
    QDate to;
    QString term;           // ...or the term as written: «сентябрь–июнь», «август»
    QString level;          // уровни реализации: «Муниципалитет, регион»
    QString responsible;    // ответственные
    bool isMeeting = false; // a meeting of the association (counted by the indicators)
    bool operator==(const PlanItem &) const = default;
};

struct PlanApproval
{
    QString position; // «Директор МКУ «ИМЦ»»
    QString name;     // «И.О. Фамилия»
    QDate date;       // invalid: not approved yet
    bool operator==(const PlanApproval &) const = default;
};

// The left block of a plan (core/documents/README.md): «РАССМОТРЕНО на заседании РМО,
// протокол от 28.08.2026 № 1» — the route is: the head drafts the plan, the
// association reviews it at a meeting, the centre's head approves it.
struct PlanReview
{
    QString body;           // «на заседании РМО», «на методическом совете»; empty: no block
    QDate protocolDate;     // the meeting's date
    QString protocolNumber; // as printed («1»)
    bool operator==(const PlanReview &) const = default;
};

struct MethodicalPlan
{
    qint64 id = 0;
    PlanKind kind = PlanKind::RmoYear;
    QString title;
    qint64 associationId = 0; // the РМО of a year plan; 0 for the centre's plans
    int startYear = 0;        // academic year 2026 = 2026/2027; 0 when the plan has a period instead
    QDate periodFrom;         // a roadmap's period (when not an academic year)
    QDate periodTo;
    QString theme;            // методическая тема
    QString goal;             // цель
    QString tasks;            // задачи, one per line
    PlanApproval approval;
    PlanReview review;        // empty body: the plan prints without the left block
    QStringList stages;       // ordered stage titles («Этап 1. Аналитический»)
    QList<PlanItem> items;    // in print order
    ReadVersion version;      // as read from the store (store/RowVersion); 0 for a new one
    bool operator==(const MethodicalPlan &) const = default;
};

class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(PlanText)
public:
    static QString code(PlanKind k); // "rmo_year", "centre_work", "roadmap"
    static bool fromCode(const QString &code, PlanKind *out);
    static QString displayName(PlanKind k);
    // «2026/2027»
    static QString academicYear(int startYear);
    // What the «Сроки» cell prints: the term, else «05.10.2026», «05.10–09.10.2026».
    static QString term(const PlanItem &item);
};

class PlanRules
{
    Q_DECLARE_TR_FUNCTIONS(PlanRules)
public:
    // What is wrong, each naming the field and the reason.
    static QStringList check(const MethodicalPlan &plan);
    // «Copy from last year»: next year's draft — ids cleared, academic year,
    // period and item dates one year later, items and stages kept, the
    // approval date cleared (who approves is kept); "2026/2027" in the title
    // becomes "2027/2028".
    static MethodicalPlan nextYearDraft(const MethodicalPlan &plan);
    // The number the next meeting added to the plan gets: meetings are
    // numbered in plan order, as the printed plan numbers them
    // («Заседание № 1», ...), so it is the count of meetings plus one.
    static int nextMeetingNumber(const MethodicalPlan &plan);
    // The academic year a day falls in: 2026 from 1.09.2026 to 31.08.2027.
    static int academicYearOf(QDate day);
    // What «New plan» starts from. An association's (`associationId` > 0)
    // year plan for the academic year a head plans on `today` — the coming
    // one from April on — or, when `existing` (its plans) has that year, the
    // first year after it has none; titled «План работы <name> на 2027/2028
    // учебный год», reviewed «на заседании РМО», approved by whoever approved
    // its newest plan. The centre's (0): its work plan for that year.
    static MethodicalPlan newPlan(qint64 associationId, const QString &name, QDate today,
                                  const QList<MethodicalPlan> &existing);
};

} // namespace profrost
