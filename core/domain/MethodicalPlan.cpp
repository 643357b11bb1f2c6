#include "domain/MethodicalPlan.h"

#include "domain/DateText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost {

QString PlanText::code(PlanKind k)
{
    switch (k) {
    case PlanKind::RmoYear: return u"rmo_year"_s;
    case PlanKind::CentreWork: return u"centre_work"_s;
    case PlanKind::Roadmap: return u"roadmap"_s;
    }
    return u"rmo_year"_s;
}

bool PlanText::fromCode(const QString &code, PlanKind *out)
{
    for (PlanKind k : {PlanKind::RmoYear, PlanKind::CentreWork, PlanKind::Roadmap}) {
        if (code == PlanText::code(k)) {
            *out = k;
            return true;
        }
    }
    return false;
}

QString PlanText::displayName(PlanKind k)
{
    switch (k) {
    case PlanKind::RmoYear: return tr("Association's plan for the year");
    case PlanKind::CentreWork: return tr("Work plan of the centre");
    case PlanKind::Roadmap: return tr("Roadmap");
    }
    return QString();
}

QString PlanText::academicYear(int startYear)
{
    return u"%1/%2"_s.arg(startYear).arg(startYear + 1);
}

QString PlanText::term(const PlanItem &item)
{
    if (!item.term.trimmed().isEmpty())
        return item.term.trimmed();
    if (!item.from.isValid())
        return QString();
    return DateText::period(item.from, item.to);
}

QStringList PlanRules::check(const MethodicalPlan &plan)
{
    QStringList problems;
    if (plan.title.trimmed().isEmpty())
        problems << tr("Title: the plan needs a title.");
    if (plan.kind == PlanKind::RmoYear && plan.associationId == 0)
        problems << tr("Association: a year plan of an association names the association.");
    if (plan.startYear == 0 && !plan.periodFrom.isValid())
        problems << tr("Year: the plan needs an academic year or a period.");
    if (plan.startYear != 0 && (plan.startYear < 1990 || plan.startYear > 2200))
        problems << tr("Year: %1 is not a real academic year.").arg(plan.startYear);
    if (plan.periodFrom.isValid() && plan.periodTo.isValid() && plan.periodTo < plan.periodFrom)
        problems << tr("Period: the end is before the start.");
    for (qsizetype i = 0; i < plan.stages.size(); ++i) {
        if (plan.stages.at(i).trimmed().isEmpty())
            problems << tr("Stage %1: the title is empty.").arg(i + 1);
    }
    for (qsizetype i = 0; i < plan.items.size(); ++i) {
        const PlanItem &item = plan.items.at(i);
        if (item.title.trimmed().isEmpty())
            problems << tr("Item %1: the title is empty.").arg(i + 1);
        if (item.stage < 0 || item.stage > plan.stages.size())
            problems << tr("Item %1: stage %2 does not exist.").arg(i + 1).arg(item.stage);
        if (item.from.isValid() && item.to.isValid() && item.to < item.from)
            problems << tr("Item %1: the end date is before the start date.").arg(i + 1);
    }
    return problems;
}

MethodicalPlan PlanRules::nextYearDraft(const MethodicalPlan &plan)
{
    MethodicalPlan next = plan;
    next.id = 0;
    if (next.startYear != 0) {
        next.title.replace(PlanText::academicYear(plan.startYear), PlanText::academicYear(plan.startYear + 1));
        next.startYear += 1;
    }
    next.periodFrom = plan.periodFrom.isValid() ? plan.periodFrom.addYears(1) : QDate();
    next.periodTo = plan.periodTo.isValid() ? plan.periodTo.addYears(1) : QDate();
    // The draft is not approved: the date of approval goes. Who approves
    // (the centre's head) rarely changes, so the position and name stay.
    next.approval.date = QDate();
    // Nor reviewed: that is done at next year's first meeting.
    next.review.protocolDate = QDate();
    next.review.protocolNumber.clear();
    for (PlanItem &item : next.items) {
        item.id = 0;
        item.from = item.from.isValid() ? item.from.addYears(1) : QDate();
        item.to = item.to.isValid() ? item.to.addYears(1) : QDate();
    }
    return next;
}

int PlanRules::nextMeetingNumber(const MethodicalPlan &plan)
{
    return int(std::count_if(plan.items.cbegin(), plan.items.cend(), [](const PlanItem &i) { return i.isMeeting; })) + 1;
}

int PlanRules::academicYearOf(QDate day)
{
    return day.month() >= 9 ? day.year() : day.year() - 1;
}

MethodicalPlan PlanRules::newPlan(qint64 associationId, const QString &name, QDate today,
                                  const QList<MethodicalPlan> &existing)
{
    MethodicalPlan p;
    p.associationId = associationId;
    p.kind = associationId > 0 ? PlanKind::RmoYear : PlanKind::CentreWork;
    // Next year's plan is drafted from spring and reviewed in May or August.
    p.startYear = today.month() >= 4 ? today.year() : today.year() - 1;
    const auto has = [&existing](int year) {
        return std::any_of(existing.cbegin(), existing.cend(), [year](const MethodicalPlan &e) {
            return e.kind == PlanKind::RmoYear && e.startYear == year;
        });
    };
    while (associationId > 0 && has(p.startYear))
        ++p.startYear;
    p.title = u"План работы %1 на %2 учебный год"_s.arg(associationId > 0 ? name : u"МКУ «ИМЦ»"_s,
                                                            PlanText::academicYear(p.startYear));
    p.approval.position = u"Директор МКУ «ИМЦ»"_s;
    if (associationId > 0)
        p.review.body = u"на заседании РМО"_s;
    // Who approved the newest plan approves the next one.
    const MethodicalPlan *newest = nullptr;
    for (const MethodicalPlan &e : existing) {
        if (!newest || e.startYear > newest->startYear)
            newest = &e;
    }
    if (newest && !newest->approval.position.trimmed().isEmpty()) {
        p.approval.position = newest->approval.position;
        p.approval.name = newest->approval.name;
    }
    return p;
}

} // namespace profrost
