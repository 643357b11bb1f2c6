// Methodical associations' commands: report plan and report protocol.
#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "cli/CliTables.h"
#include "cli/ReportCommand.h"
#include "documents/AssociationReports.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QTextDocument>
#include <limits>

using namespace Qt::StringLiterals;

namespace profrost::cli {

namespace {

QList<QCommandLineOption> options()
{
    return {QCommandLineOption(u"id"_s, ReportText::tr("The plan, meeting or competition to print (plan, protocol, competition)."),
                               ReportText::tr("N"))};
}

qint64 readId(const QCommandLineParser &parser, bool plan)
{
    if (!parser.isSet(u"id"_s))
        throw UsageError(plan ? ReportText::tr("Missing --id N: the number of the plan.")
                              : ReportText::tr("Missing --id N: the number of the meeting."));
    return parseIntOption(parser.value(u"id"_s), u"id"_s, 1, std::numeric_limits<int>::max());
}

int reportPlan(const ReportRequest &r)
{
    const qint64 id = readId(r.parser, true);
    Database db(databaseSpec(r.database));
    openDatabase(db, false);
    writeDocument(*AssociationReports::plan(db, id), r.file);
    return Success;
}

int reportProtocol(const ReportRequest &r)
{
    const qint64 id = readId(r.parser, false);
    Database db(databaseSpec(r.database));
    openDatabase(db, false);
    writeDocument(*AssociationReports::protocol(db, id), r.file);
    return Success;
}

} // namespace

void registerAssociationsCommands()
{
    CliTables::reports().push_back(
        {u"plan"_s,
         [] {
             return CliText::tr("  report plan|protocol DB --id N --out FILE\n"
                                "                                   write a methodical plan or a meeting's protocol "
                                "(.pdf or .odt)\n");
         },
         &options, false, &reportPlan});
    CliTables::reports().push_back({u"protocol"_s, {}, &options, false, &reportProtocol});
}

} // namespace profrost::cli
