// Attestation's commands: import attestation, report attestation and
// report expiring.
#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "cli/CliTables.h"
#include "cli/ImportAttestationCommand.h"
#include "cli/ReportCommand.h"
#include "documents/AttestationReports.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace profrost::cli {

namespace {

QCommandLineOption atOption()
{
    return QCommandLineOption(u"at"_s,
                              ReportText::tr("The reference date (default today): of attestation; for effect, the day "
                                             "whose posts place the teachers; for young-teachers and mentors, the day "
                                             "of the lists."),
                              ReportText::tr("DATE"));
}

// --at, default today.
QDate reference(const QCommandLineParser &parser)
{
    return parser.isSet(u"at"_s) ? parseDateOption(parser.value(u"at"_s), u"at"_s) : Clock::instance().today();
}

int reportAttestation(const ReportRequest &r)
{
    const QDate at = reference(r.parser);
    if (!r.parser.isSet(u"year"_s))
        throw UsageError(ReportText::tr("Missing --year YYYY: the year of the attestation plan-graph."));
    const int theYear = parseIntOption(r.parser.value(u"year"_s), u"year"_s, 1990, 2200);
    Database db(databaseSpec(r.database));
    openDatabase(db, false);
    std::unique_ptr<QTextDocument> doc;
    if (r.parser.isSet(u"five-year"_s))
        doc = AttestationReports::fiveYearPlan(db, theYear, at);
    else
        doc = AttestationReports::yearSchedule(db, theYear, at,
                                               r.parser.isSet(u"by-organisation"_s)
                                                   ? AttestationScheduleDocument::Grouping::ByOrganisation
                                                   : AttestationScheduleDocument::Grouping::ByMonth);
    writeDocument(*doc, r.file);
    return Success;
}

int reportExpiring(const ReportRequest &r)
{
    const QDate at = reference(r.parser);
    const int window = r.parser.isSet(u"months"_s) ? parseIntOption(r.parser.value(u"months"_s), u"months"_s, 1, 120)
                                                   : 0;
    const QString &file = r.file;
    const QDate &reference = at;
    Database db(databaseSpec(r.database));
    openDatabase(db, false);

    if (isSpreadsheet(file)) {
        const ExpiringCategoriesDocumentData data = AttestationReports::expiringData(db, reference, window);
        ExpiringCategoriesDocument::writeTable(file, data.items);
        out() << ReportText::tr("written %1 (%n categories)", nullptr, int(data.items.size()))
                     .arg(QDir::toNativeSeparators(file))
              << '\n'
              << Qt::flush;
        return Success;
    }
    writeDocument(*AttestationReports::expiring(db, reference, window), file);
    return Success;
}

} // namespace

void registerAttestationCommands()
{
    CliTables::imports().push_back(
        {u"attestation"_s,
         [] {
             return CliText::tr("  import attestation DB FILE [--dry-run] [--strict]\n"
                                "                                   import the attestation history (categories, "
                                "СЗД) from a .csv or .xlsx file\n");
         },
         &cmdImportAttestation});
    CliTables::reports().push_back(
        {u"attestation"_s,
         [] {
             return CliText::tr("  report attestation DB --year YYYY [--five-year] --out FILE\n"
                                "                                   write the attestation plan-graph of a year, or "
                                "for five years (.pdf or .odt)\n");
         },
         [] {
             return QList<QCommandLineOption>{
                 QCommandLineOption(u"year"_s,
                                    ReportText::tr("The year of the attestation plan-graph (the first of five "
                                                   "with --five-year)."),
                                    ReportText::tr("YYYY")),
                 QCommandLineOption(u"five-year"_s, ReportText::tr("The 5-year attestation plan-graph.")),
                 QCommandLineOption(u"by-organisation"_s,
                                    ReportText::tr("Group the attestation schedule by organisation.")),
                 atOption()};
         },
         false, &reportAttestation});
    CliTables::reports().push_back(
        {u"expiring"_s,
         [] {
             return CliText::tr("  report expiring DB [--months M] --out FILE\n"
                                "                                   write the expiring and lapsed categories (.pdf, "
                                ".odt, .xlsx or .csv)\n");
         },
         [] {
             return QList<QCommandLineOption>{
                 atOption(), QCommandLineOption(u"months"_s, ReportText::tr("Expiring within this many months "
                                                                            "(default 6)."),
                                                ReportText::tr("M"))};
         },
         true, &reportExpiring});
}

} // namespace profrost::cli
