// Methodical events' and competitions' commands: the report of the events
// held in a period, the schedule of the planned ones and a competition's results.

#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "cli/CliTables.h"
#include "cli/ReportCommand.h"
#include "documents/EventReports.h"
#include "io/TableWriter.h"
#include "store/CompetitionRepository.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextDocument>

#include <limits>

using namespace Qt::StringLiterals;

namespace profrost::cli {

namespace {

// --from and --to (the training reports' options): without --from, `first`;
// without --to, the end of --from's academic year when --from is given, else `last`.
void periodOf(const QCommandLineParser &parser, QDate first, QDate last, QDate *from, QDate *to)
{
    const bool hasFrom = parser.isSet(u"from"_s);
    *from = hasFrom ? parseDateOption(parser.value(u"from"_s), u"from"_s) : first;
    if (parser.isSet(u"to"_s))
        *to = parseDateOption(parser.value(u"to"_s), u"to"_s);
    else
        *to = hasFrom ? EventReports::academicYearLast(*from) : last;
    if (*to < *from)
        throw UsageError(ReportText::tr("The period ends before it starts: --to is earlier than --from."));
}

int reportEvents(const ReportRequest &r)
{
    const QDate today = Clock::instance().today();
    QDate from, to;
    periodOf(r.parser, EventReports::academicYearFirst(today), EventReports::academicYearLast(today), &from, &to);
    Database db(databaseSpec(r.database));
    openDatabase(db, false);
    const EventsReportData data = EventReports::reportData(db, from, to);
    if (isSpreadsheet(r.file)) {
        const TableSheet sheet = EventsReportDocument::sheet(data);
        TableWriter::write(r.file, sheet.header, sheet.rows, sheet.name);
        out() << ReportText::tr("written %1 (%n events held)", nullptr, int(data.events.size()))
                     .arg(QDir::toNativeSeparators(r.file))
              << '\n'
              << Qt::flush;
        return Success;
    }
    writeDocument(*EventsReportDocument::build(data), r.file);
    return Success;
}

int reportEventSchedule(const ReportRequest &r)
{
    const QDate today = Clock::instance().today();
    QDate from, to;
    periodOf(r.parser, today, EventReports::academicYearLast(today), &from, &to);
    Database db(databaseSpec(r.database));
    openDatabase(db, false);
    writeDocument(*EventScheduleDocument::build(EventReports::scheduleData(db, from, to)), r.file);
    return Success;
}

// The competitions to choose from, for a message.
QString competitionList(Database &db)
{
    QString list;
    for (const Competition &c : CompetitionRepository(db).all()) {
        QStringList stages;
        for (CompetitionLevel l : c.stages)
            stages << CompetitionText::code(l);
        list += u"\n  %1  %2 %3 (%4)"_s.arg(c.id).arg(c.name).arg(c.year).arg(stages.join(u", "_s));
    }
    return list;
}

int reportCompetition(const ReportRequest &r)
{
    std::optional<CompetitionLevel> stage;
    if (r.parser.isSet(u"stage"_s)) {
        CompetitionLevel l = CompetitionLevel::Municipal;
        const QString given = r.parser.value(u"stage"_s).trimmed();
        if (!CompetitionText::fromCode(given, &l) && !CompetitionText::parse(given, &l))
            throw UsageError(
                ReportText::tr("Unknown --stage '%1'; expected school, municipal, regional or federal.").arg(given));
        stage = l;
    }
    Database db(databaseSpec(r.database));
    openDatabase(db, false);
    const QString list = competitionList(db);
    if (!r.parser.isSet(u"id"_s)) {
        throw UsageError(list.isEmpty() ? ReportText::tr("Missing --id N: the database holds no competition.")
                                        : ReportText::tr("Missing --id N: the competition whose results to print. "
                                                         "The competitions:")
                                              + list);
    }
    bool isNumber = false;
    const qint64 id = r.parser.value(u"id"_s).trimmed().toLongLong(&isNumber);
    const std::optional<Competition> competition =
        isNumber ? CompetitionRepository(db).get(id) : std::optional<Competition>();
    if (!competition) {
        if (list.isEmpty())
            throw UsageError(ReportText::tr("--id %1: the database holds no competition.").arg(r.parser.value(u"id"_s)));
        throw UsageError(ReportText::tr("--id %1: no such competition. The competitions:").arg(r.parser.value(u"id"_s))
                         + list);
    }
    if (stage && !competition->stages.contains(*stage)) {
        QStringList stages;
        for (CompetitionLevel l : competition->stages)
            stages << CompetitionText::code(l);
        throw UsageError(ReportText::tr("--stage %1: the competition has no such stage; its stages: %2.")
                             .arg(r.parser.value(u"stage"_s), stages.join(u", "_s)));
    }
    const CompetitionDocumentData data = *EventReports::competitionData(db, id, stage);
    if (isSpreadsheet(r.file)) {
        const TableSheet sheet = CompetitionDocument::sheet(data);
        TableWriter::write(r.file, sheet.header, sheet.rows, sheet.name);
        out() << ReportText::tr("written %1 (%n participants)", nullptr, int(data.lines.size()))
                     .arg(QDir::toNativeSeparators(r.file))
              << '\n'
              << Qt::flush;
        return Success;
    }
    writeDocument(*CompetitionDocument::build(data), r.file);
    return Success;
}

} // namespace

void registerEventsCommands()
{
    // --from and --to are the training reports' options, --id the associations', given once by name.
    CliTables::reports().push_back(
        {u"events"_s,
         [] {
             return CliText::tr("  report events DB [--from DATE] [--to DATE] --out FILE\n"
                                "                                   write the report of the events held in a period "
                                "(default: the academic year) (.pdf, .odt, .xlsx or .csv)\n");
         },
         [] { return QList<QCommandLineOption>{}; },
         true, &reportEvents});
    CliTables::reports().push_back(
        {u"event-schedule"_s,
         [] {
             return CliText::tr("  report event-schedule DB [--from DATE] [--to DATE] --out FILE\n"
                                "                                   write the schedule of the planned events "
                                "(default: from today to the end of the academic year) (.pdf or .odt)\n");
         },
         [] { return QList<QCommandLineOption>{}; },
         false, &reportEventSchedule});
    CliTables::reports().push_back(
        {u"competition"_s,
         [] {
             return CliText::tr("  report competition DB --id N [--stage school|municipal|regional|federal] --out FILE\n"
                                "                                   write a competition's results at a stage "
                                "(default: the municipal one) (.pdf, .odt, .xlsx or .csv)\n");
         },
         [] {
             return QList<QCommandLineOption>{QCommandLineOption(
                 u"stage"_s,
                 ReportText::tr("The competition's stage whose results to print (competition): school, municipal, "
                                "regional or federal; default the municipal stage, else the highest with results."),
                 ReportText::tr("STAGE"))};
         },
         true, &reportCompetition});
}

} // namespace profrost::cli
