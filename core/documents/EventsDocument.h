#pragma once

#include "documents/DocumentStyle.h"
#include "domain/MethodicalEvent.h"
#include "io/TableWriter.h"
#include "planning/EventCounts.h"

#include <QCoreApplication>
#include <memory>

class QTextDocument;

namespace profrost {

// What the report of the events held in a period prints (EventReports::reportData).
struct EventsReportData
{
    QDate from, to;
    QString issuer;                // the municipality, under the title
    QList<MethodicalEvent> events; // held, first day in [from, to] (EventRules::countsIn), by first day
    EventCounts counts;            // EventCounts::of the same events and period
    DocumentStyle::Signature signature{QString::fromUtf8("Методист"), QString()};
};

// What the schedule of the planned events prints (EventReports::scheduleData).
struct EventScheduleData
{
    QDate from, to;
    QString issuer;
    QList<MethodicalEvent> events; // planned (not held), first day in [from, to], by first day
    DocumentStyle::Approval approval;
    DocumentStyle::Signature signature{QString::fromUtf8("Методист"), QString()};
};

// «Отчёт о проведённых мероприятиях за период с DATE по DATE» (forms.md
// «Forms of the community and staffing areas», core/documents/README.md),
// landscape: № п/п | Наименование (тема) | Форма | Дата | Уровень | Место
// проведения | Ответственный | Категория участников | Число участников (из
// них выступающих); then the totals by form and by level in different
// teachers (EventCounts), the guests apart, a note saying so, and the
// signature of the methodist the card names for events.
class EventsReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(EventsReportDocument)
public:
    static QString title(QDate from, QDate to);
    static std::unique_ptr<QTextDocument> build(const EventsReportData &data);
    // One sheet «Мероприятия», a line per event; .xlsx or .csv.
    static TableSheet sheet(const EventsReportData &data);

    // An event's count as the report prints it: «12 (3)» — everyone at it,
    // guests included, and of them those who spoke or organised.
    static QString countText(const MethodicalEvent &e);
    // «05.10.2026», «05.10–09.10.2026».
    static QString dateText(const MethodicalEvent &e);
};

// «График мероприятий на период с DATE по DATE», landscape, «УТВЕРЖДАЮ» at
// the top right: the planned events with the report's columns but the count.
class EventScheduleDocument
{
    Q_DECLARE_TR_FUNCTIONS(EventScheduleDocument)
public:
    static QString title(QDate from, QDate to);
    static std::unique_ptr<QTextDocument> build(const EventScheduleData &data);
};

} // namespace profrost
