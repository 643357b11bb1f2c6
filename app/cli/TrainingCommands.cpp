// Further training's commands: import courses, report plan-graph and
// report course-schedule.
#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "cli/CliTables.h"
#include "cli/ImportCoursesCommand.h"
#include "cli/ReportCommand.h"
#include "documents/TrainingReports.h"
#include "domain/DateText.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace profrost::cli {

namespace {

QList<QCommandLineOption> options()
{
    return {QCommandLineOption(u"from"_s, ReportText::tr("First day (plan-graph: its year is the first year)."),
                               ReportText::tr("DATE")),
            QCommandLineOption(u"to"_s, ReportText::tr("Last day (course-schedule)."), ReportText::tr("DATE"))};
}

// --from (and --to, which the schedule requires).
void readPeriod(const QCommandLineParser &parser, bool schedule, QDate *first, QDate *last)
{
    if (!parser.isSet(u"from"_s))
        throw UsageError(ReportText::tr("Missing --from DATE."));
    *first = parseDateOption(parser.value(u"from"_s), u"from"_s);
    if (parser.isSet(u"to"_s))
        *last = parseDateOption(parser.value(u"to"_s), u"to"_s);
    else if (schedule)
        throw UsageError(ReportText::tr("Missing --to DATE: the schedule covers --from to --to."));
    if (last->isValid() && *last < *first)
        throw UsageError(ReportText::tr("--to (%1) is before --from (%2).")
                             .arg(DateText::numeric(*last), DateText::numeric(*first)));
}

int reportPlanGraph(const ReportRequest &r)
{
    QDate first, last;
    readPeriod(r.parser, false, &first, &last);
    Database db(databaseSpec(r.database));
    openDatabase(db, false);
    writeDocument(*TrainingReports::trainingPlan(db, first.year()), r.file);
    return Success;
}

int reportCourseSchedule(const ReportRequest &r)
{
    QDate first, last;
    readPeriod(r.parser, true, &first, &last);
    Database db(databaseSpec(r.database));
    openDatabase(db, false);
    writeDocument(*TrainingReports::courseSchedule(db, first, last), r.file);
    return Success;
}

} // namespace

void registerTrainingCommands()
{
    CliTables::imports().push_back(
        {u"courses"_s,
         [] {
             return CliText::tr("  import courses DB FILE [--dry-run] [--strict]\n"
                                "                                   import completed courses (certificates) from a "
                                ".csv or .xlsx file\n");
         },
         &cmdImportCourses});
    CliTables::reports().push_back(
        {u"plan-graph"_s,
         [] {
             return CliText::tr("  report plan-graph|course-schedule DB --from DATE [--to DATE] --out FILE\n"
                                "                                   write the further-training plan-graph or course "
                                "schedule (.pdf or .odt)\n");
         },
         &options, false, &reportPlanGraph});
    CliTables::reports().push_back({u"course-schedule"_s, {}, &options, false, &reportCourseSchedule});
}

} // namespace profrost::cli
