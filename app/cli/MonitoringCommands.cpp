// The monitoring's printed form: the analytic report at a date
// (core/documents/README.md «Analytic report of the monitoring»).

#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "cli/CliTables.h"
#include "cli/ReportCommand.h"
#include "documents/MonitoringReports.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace profrost::cli {

namespace {

int reportMonitoring(const ReportRequest &r)
{
    const QDate asOf = r.parser.isSet(u"as-of"_s) ? parseDateOption(r.parser.value(u"as-of"_s), u"as-of"_s)
                                                  : Clock::instance().today();
    Database db(databaseSpec(r.database));
    openDatabase(db, false);
    writeDocument(*MonitoringReports::report(db, asOf), r.file);
    return Success;
}

} // namespace

void registerMonitoringCommands()
{
    CliTables::reports().push_back(
        {u"monitoring"_s,
         [] {
             return CliText::tr("  report monitoring DB [--as-of DATE] --out FILE\n"
                                "                                   write the analytic report of the monitoring at a "
                                "date (default today) with the recommendations (.pdf or .odt)\n");
         },
         [] {
             return QList<QCommandLineOption>{QCommandLineOption(
                 u"as-of"_s, ReportText::tr("The date of the monitoring (monitoring; default today)."),
                 ReportText::tr("DATE"))};
         },
         false, &reportMonitoring});
}

} // namespace profrost::cli
