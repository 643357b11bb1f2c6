#include "documents/EventReports.h"

#include "documents/CentreSignatures.h"
#include "domain/DateText.h"
#include "store/CompetitionRepository.h"
#include "store/EventRepository.h"
#include "store/TeacherRepository.h"
#include "util/Clock.h"
#include "util/TextNormalize.h"

#include <QHash>
#include <QTextDocument>

#include <algorithm>

namespace profrost {

QDate EventReports::academicYearFirst(QDate day)
{
    return QDate(DateText::academicYearStart(day), 9, 1);
}

QDate EventReports::academicYearLast(QDate day)
{
    return QDate(DateText::academicYearStart(day) + 1, 8, 31);
}

EventsReportData EventReports::reportData(Database &db, QDate from, QDate to)
{
    EventsReportData data;
    data.from = from;
    data.to = to;
    const QList<MethodicalEvent> all = EventRepository(db).between(from, to);
    for (const MethodicalEvent &e : all) {
        if (EventRules::countsIn(e, from, to))
            data.events << e;
    }
    std::stable_sort(data.events.begin(), data.events.end(),
                     [](const MethodicalEvent &a, const MethodicalEvent &b) { return a.starts < b.starts; });
    data.counts = EventCounts::of(data.events, from, to);
    const CentreCard card = CentreSignatures::card(db);
    data.issuer = CentreSignatures::issuer(db, card);
    data.signature = CentreSignatures::signature(card, SignedDocument::Events);
    return data;
}

std::unique_ptr<QTextDocument> EventReports::report(Database &db, QDate from, QDate to)
{
    return EventsReportDocument::build(reportData(db, from, to));
}

EventScheduleData EventReports::scheduleData(Database &db, QDate from, QDate to)
{
    EventScheduleData data;
    data.from = from;
    data.to = to;
    const QList<MethodicalEvent> all = EventRepository(db).between(from, to);
    for (const MethodicalEvent &e : all) {
        if (!e.held && e.starts.isValid() && from <= e.starts && e.starts <= to)
            data.events << e;
    }
    std::stable_sort(data.events.begin(), data.events.end(),
                     [](const MethodicalEvent &a, const MethodicalEvent &b) { return a.starts < b.starts; });
    const CentreCard card = CentreSignatures::card(db);
    data.issuer = CentreSignatures::issuer(db, card);
    data.approval = CentreSignatures::approval(card);
    data.signature = CentreSignatures::signature(card, SignedDocument::Events);
    return data;
}

std::unique_ptr<QTextDocument> EventReports::schedule(Database &db, QDate from, QDate to)
{
    return EventScheduleDocument::build(scheduleData(db, from, to));
}

CompetitionLevel EventReports::defaultStage(const Competition &c)
{
    if (c.stages.contains(CompetitionLevel::Municipal))
        return CompetitionLevel::Municipal;
    std::optional<CompetitionLevel> highest;
    for (const CompetitionEntry &e : c.entries) {
        if (!e.results.isEmpty() && (!highest || *highest < e.results.lastKey()))
            highest = e.results.lastKey();
    }
    if (highest)
        return *highest;
    return c.stages.isEmpty() ? CompetitionLevel::Municipal : c.stages.constFirst();
}

std::optional<CompetitionDocumentData> EventReports::competitionData(Database &db, qint64 id,
                                                                     std::optional<CompetitionLevel> stage)
{
    const std::optional<Competition> c = CompetitionRepository(db).get(id);
    if (!c)
        return std::nullopt;
    CompetitionDocumentData data;
    data.name = c->name;
    data.year = c->year;
    data.stage = stage ? *stage : defaultStage(*c);
    data.nominations = !c->nominations.isEmpty();
    const QDate today = Clock::instance().today();
    const QDate yearEnd(c->year, 12, 31);
    const QDate day = yearEnd < today ? yearEnd : today;
    QHash<qint64, TeacherRow> teachers;
    for (const TeacherRow &row : TeacherRepository(db).rows(day))
        teachers.insert(row.id, row);
    for (const CompetitionEntry &e : c->entries) {
        if (!e.results.contains(data.stage))
            continue;
        CompetitionLine line;
        const TeacherRow row = teachers.value(e.teacherId);
        line.name = row.id != 0 ? row.fullName() : TeacherRepository(db).nameOf(e.teacherId);
        line.organisations = row.organisations;
        line.positions = row.positions;
        line.subjects = row.subjects;
        line.nomination = e.nomination;
        line.result = e.results.value(data.stage);
        data.nominations = data.nominations || !e.nomination.isEmpty();
        data.lines << line;
    }
    std::stable_sort(data.lines.begin(), data.lines.end(), [](const CompetitionLine &a, const CompetitionLine &b) {
        if (a.result != b.result)
            return CompetitionDocument::rank(a.result) < CompetitionDocument::rank(b.result);
        return alphabeticalLess(a.name, b.name);
    });
    data.issuer = CentreSignatures::issuer(db, CentreSignatures::card(db));
    return data;
}

} // namespace profrost
