#include "cli/ReportCommand.h"

#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "cli/CliTables.h"
#include "documents/DocumentWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace profrost::cli {

namespace {

QString usage()
{
    return ReportText::tr(
        "Usage: profrost-cli report plan-graph|course-schedule DB --from DATE [--to DATE] --out FILE\n"
        "       profrost-cli report attestation DB --year YYYY [--five-year] [--by-organisation] [--at DATE] --out FILE\n"
        "       profrost-cli report expiring DB [--months M] [--at DATE] --out FILE\n"
        "       profrost-cli report plan|protocol DB --id N --out FILE\n"
        "       profrost-cli report deficits DB [--campaign ID | --from DATE --to DATE] [--by ROWS] --out FILE\n"
        "       profrost-cli report route DB --teacher ID [--year 2026/2027] [--no-approval] --out FILE\n"
        "       profrost-cli report effect DB [--at DATE] --out FILE\n"
        "       profrost-cli report young-teachers|mentors DB [--at DATE] --out FILE\n"
        "       profrost-cli report events|event-schedule DB [--from DATE] [--to DATE] --out FILE\n"
        "       profrost-cli report competition DB --id N [--stage STAGE] --out FILE\n"
        "       profrost-cli report monitoring DB [--as-of DATE] --out FILE\n"
        "Writes a printed document to FILE (.pdf or .odt):\n"
        "  plan-graph       the plan-graph of further training for the three years starting\n"
        "                   with the year of --from (the saved plan, else the proposal)\n"
        "  course-schedule  the schedule of the courses running from --from to --to\n"
        "  attestation      the attestation plan-graph of the year --year (grouped by month, or\n"
        "                   by organisation); with --five-year the 5-year plan-graph from --year\n"
        "                   (the saved plan, else the proposal at --at, default today)\n"
        "  expiring         the categories expiring within --months months after --at (default:\n"
        "                   the setting, 6) and the lapsed ones; also to .xlsx or .csv\n"
        "  plan             the plan number --id: an association's plan for the year, the centre's\n"
        "                   work plan or a roadmap\n"
        "  protocol         the protocol of the meeting number --id, with the registration list\n"
        "  deficits         the deficit map: the share of the diagnosed teachers with a deficit\n"
        "                   in each competency area, by organisation (--by subject, municipality);\n"
        "                   the results of one diagnosis (--campaign, its number or name), of a\n"
        "                   period (--from, --to), or everyone's latest; also to .xlsx or .csv\n"
        "  route            the individual route of the teacher number --teacher for the academic\n"
        "                   year --year (default: the current one)\n"
        "  effect           what the routes changed: the diagnosed scores before and after the\n"
        "                   routes' done activities, by area, by further-training programme, by\n"
        "                   organisation (posts on --at, default today) and by teacher; also to .xlsx\n"
        "  young-teachers   the young teachers on --at (default today) with their mentors or their\n"
        "                   school of young teachers, then those without support; also to .xlsx or .csv\n"
        "  mentors          the mentors' load on --at: their mentees, the ones above the limit (the\n"
        "                   setting mentor_load_limit) marked; also to .xlsx or .csv\n"
        "  events           the methodical events held with their first day from --from to --to\n"
        "                   (default: the current academic year, 01.09-31.08), with the totals\n"
        "                   by form and by level in different teachers; also to .xlsx or .csv\n"
        "  event-schedule   the planned events from --from (default today) to --to (default:\n"
        "                   the end of the academic year), with the approval block\n"
        "  competition      the results of the competition number --id at --stage (school,\n"
        "                   municipal, regional, federal; default: the municipal stage, else the\n"
        "                   highest with results), winners first; also to .xlsx or .csv\n"
        "  monitoring       the analytic report of the monitoring at --as-of (default today): the\n"
        "                   indicators, by organisation, conclusions, the recommendations and the\n"
        "                   check of the earlier ones, the annex of overdue and expiring\n"
        "Dates as dd.mm.yyyy or yyyy-mm-dd.");
}

// "written FILE (N pages)".
void written(const QString &file, int pages)
{
    out() << (pages == 1 ? ReportText::tr("written %1 (1 page)").arg(QDir::toNativeSeparators(file))
                         : ReportText::tr("written %1 (%2 pages)").arg(QDir::toNativeSeparators(file)).arg(pages))
          << '\n'
          << Qt::flush;
}

} // namespace

void writeDocument(const QTextDocument &doc, const QString &file)
{
    int pages = 0;
    if (QFileInfo(file).suffix().toLower() == u"pdf") {
        pages = DocumentWriter::writePdf(doc, file);
    } else {
        DocumentWriter::writeOdt(doc, file);
        pages = DocumentWriter::pageCount(doc);
    }
    written(file, pages);
}

bool isSpreadsheet(const QString &file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    return suffix == u"xlsx" || suffix == u"csv";
}

int cmdReport(const QStringList &args)
{
    const std::vector<ReportKind> &kinds = CliTables::reports();
    QCommandLineParser parser;
    // Every kind's options, each name once, in the order of the kinds.
    QSet<QString> known;
    for (const ReportKind &k : kinds) {
        if (!k.options)
            continue;
        for (const QCommandLineOption &option : k.options()) {
            if (!known.contains(option.names().constFirst())) {
                known.insert(option.names().constFirst());
                parser.addOption(option);
            }
        }
    }
    const QCommandLineOption output(u"out"_s, ReportText::tr("The file to write: .pdf or .odt."), ReportText::tr("FILE"));
    parser.addOption(output);
    if (!parseOptions(parser, args, usage()))
        return Success;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2)
        throw UsageError(ReportText::tr("Unexpected argument '%1'.").arg(positional.at(2)) + u'\n' + usage());
    if (positional.isEmpty())
        throw UsageError(ReportText::tr("Missing the report: %1.").arg(CliTables::names(kinds)) + u'\n' + usage());
    const QString name = positional.at(0);
    const auto kind = std::find_if(kinds.begin(), kinds.end(), [&name](const ReportKind &k) { return k.name == name; });
    if (kind == kinds.end())
        throw UsageError(ReportText::tr("Unknown report '%1'; expected: %2.").arg(name, CliTables::names(kinds)));
    if (positional.size() < 2)
        throw UsageError(ReportText::tr("Missing the database path.") + u'\n' + usage());

    if (!parser.isSet(output))
        throw UsageError(ReportText::tr("Missing --out FILE (.pdf or .odt)."));
    const QString file = parser.value(output);
    if (!DocumentWriter::isSupported(file) && !(kind->spreadsheets && isSpreadsheet(file)))
        throw UsageError(kind->spreadsheets
                             ? ReportText::tr("The output file must end in .pdf, .odt, .xlsx or .csv: %1").arg(file)
                             : ReportText::tr("The output file must end in .pdf or .odt: %1").arg(file));
    return kind->run(ReportRequest{parser, positional.at(1), file});
}

} // namespace profrost::cli
