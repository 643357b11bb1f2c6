// Innovation sites and staffing needs: `sites list`, `vacancies`, `export
// sites`, `export vacancies`, `report sites` and `report staffing`
// (core/README.md «Innovation sites and staffing needs»).

#include "cli/SitesCommands.h"

#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "cli/CliTables.h"
#include "cli/ReportCommand.h"
#include "documents/SitesDocument.h"
#include "domain/DateText.h"
#include "io/TableWriter.h"
#include "store/Database.h"
#include "store/SiteRepository.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace profrost::cli {

namespace {

// --level, --status and --year of `sites list` and `report sites`.
SiteFilter filterOf(const QCommandLineParser &parser)
{
    SiteFilter filter;
    if (parser.isSet(u"level"_s)) {
        SiteLevel level = SiteLevel::Municipal;
        const QString given = parser.value(u"level"_s).trimmed();
        if (!SiteText::fromCode(given, &level) && !SiteText::parse(given, &level))
            throw UsageError(CliText::tr("Unknown --level '%1'; expected municipal, regional or federal.").arg(given));
        filter.level = level;
    }
    if (parser.isSet(u"status"_s)) {
        SiteStatus status = SiteStatus::Innovation;
        const QString given = parser.value(u"status"_s).trimmed();
        if (!SiteText::fromCode(given, &status) && !SiteText::parse(given, &status))
            throw UsageError(
                CliText::tr("Unknown --status '%1'; expected innovation, internship, support or resource_centre.")
                    .arg(given));
        filter.status = status;
    }
    if (parser.isSet(u"year"_s))
        filter.year = parseIntOption(parser.value(u"year"_s), u"year"_s, 2000, 2100);
    return filter;
}

// --level, --status and --year, as filterOf() reads them.
QList<QCommandLineOption> filterOptions()
{
    return {QCommandLineOption(u"level"_s, CliText::tr("Only the sites of this level."), CliText::tr("LEVEL")),
            QCommandLineOption(u"status"_s, CliText::tr("Only the sites of this status."), CliText::tr("STATUS")),
            QCommandLineOption(u"year"_s, CliText::tr("Only the sites working in this year."), CliText::tr("YEAR"))};
}

// The list of sites as a sheet: the one SitesListDocument::sheet the GUI's
// «Export...» writes too.
void writeSitesSheet(const SitesListData &data, const QString &file)
{
    const TableSheet sheet = SitesListDocument::sheet(data);
    TableWriter::write(file, sheet.header, sheet.rows, sheet.name);
}

// The FILE of `export … DB FILE`: a workbook or a CSV file, nothing else.
int reportSites(const ReportRequest &r)
{
    Database db(databaseSpec(r.database));
    openDatabase(db, false);
    const SitesListData data = SiteReports::sitesData(db, filterOf(r.parser));
    if (isSpreadsheet(r.file)) {
        writeSitesSheet(data, r.file);
        out() << CliText::tr("written %1 (%n sites)", nullptr, int(data.lines.size()))
                     .arg(QDir::toNativeSeparators(r.file))
              << '\n'
              << Qt::flush;
        return Success;
    }
    writeDocument(*SitesListDocument::build(data), r.file);
    return Success;
}

QDate asOfOption(const QCommandLineParser &parser)
{
    return parser.isSet(u"as-of"_s) ? parseDateOption(parser.value(u"as-of"_s), u"as-of"_s)
                                    : Clock::instance().today();
}

int reportStaffing(const ReportRequest &r)
{
    const QDate asOf = asOfOption(r.parser);
    Database db(databaseSpec(r.database));
    openDatabase(db, false);
    if (isSpreadsheet(r.file)) {
        const QList<VacancyLine> lines = SiteReports::vacancyLines(db);
        const TableSheet sheet = StaffingDocument::sheet(lines, asOf);
        TableWriter::write(r.file, sheet.header, sheet.rows, sheet.name);
        out() << CliText::tr("written %1 (%n vacancies)", nullptr, int(lines.size()))
                     .arg(QDir::toNativeSeparators(r.file))
              << '\n'
              << Qt::flush;
        return Success;
    }
    writeDocument(*StaffingDocument::build(SiteReports::staffingData(db, asOf)), r.file);
    return Success;
}

int cmdExportVacancies(const QStringList &args)
{
    const QString usage = CliText::tr("Usage: profrost-cli export vacancies DB FILE [--as-of DATE]\n"
                                      "Writes every vacancy, open or filled, with its state at the date (default "
                                      "today) to FILE (.xlsx or .csv).");
    QCommandLineParser parser;
    const QCommandLineOption asOf(u"as-of"_s, CliText::tr("The date of the state (default today)."),
                                  CliText::tr("DATE"));
    parser.addOption(asOf);
    if (!parseOptions(parser, args, usage))
        return Success;
    const QString dbPath = requirePositional(parser, 0, 2, CliText::tr("the database path"), usage);
    const QString file = sheetFile(parser, usage);
    Database db(databaseSpec(dbPath));
    openDatabase(db, false);
    const QList<VacancyLine> lines = SiteReports::vacancyLines(db);
    const TableSheet sheet = StaffingDocument::sheet(lines, asOfOption(parser));
    TableWriter::write(file, sheet.header, sheet.rows, sheet.name);
    out() << CliText::tr("exported %1 vacancies to %2").arg(lines.size()).arg(file) << '\n';
    return Success;
}

int cmdExportSites(const QStringList &args)
{
    const QString usage = CliText::tr(
        "Usage: profrost-cli export sites DB FILE [--level municipal|regional|federal]\n"
        "                                 [--status innovation|internship|support|resource_centre] [--year YEAR]\n"
        "Writes the innovation and internship sites (with --year, those working some day of that year, with\n"
        "their state in it) to FILE (.xlsx or .csv): the columns of the GUI's Export.");
    QCommandLineParser parser;
    parser.addOptions(filterOptions());
    if (!parseOptions(parser, args, usage))
        return Success;
    const QString dbPath = requirePositional(parser, 0, 2, CliText::tr("the database path"), usage);
    const QString file = sheetFile(parser, usage);
    const SiteFilter filter = filterOf(parser);
    Database db(databaseSpec(dbPath));
    openDatabase(db, false);
    const SitesListData data = SiteReports::sitesData(db, filter);
    writeSitesSheet(data, file);
    out() << CliText::tr("exported %1 sites to %2").arg(data.lines.size()).arg(file) << '\n';
    return Success;
}

} // namespace

int cmdSites(const QStringList &args)
{
    const QString usage = CliText::tr(
        "Usage: profrost-cli sites list DB [--level municipal|regional|federal]\n"
        "                                  [--status innovation|internship|support|resource_centre] [--year YEAR]\n"
        "Lists the innovation and internship sites: with --year, those working some day of that year,\n"
        "with their state in it.");
    QCommandLineParser parser;
    parser.addOptions(filterOptions());
    if (!parseOptions(parser, args, usage))
        return Success;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.first() != u"list")
        throw UsageError(CliText::tr("Expected 'sites list DB'.") + u'\n' + usage);
    const QString path = requirePositional(parser, 1, 2, CliText::tr("the database path"), usage);
    const SiteFilter filter = filterOf(parser);
    Database db(databaseSpec(path));
    openDatabase(db, false);
    const SitesListData data = SiteReports::sitesData(db, filter);
    if (data.lines.isEmpty()) {
        out() << CliText::tr("No sites.") << '\n';
        return Success;
    }
    for (const SiteLine &l : data.lines) {
        const InnovationSite &s = l.site;
        QString period = SiteText::period(s);
        out() << u"%1  %2 | %3, %4 | %5 | %6 | %7 | %8"_s.arg(s.id)
                     .arg(l.organisation, SiteText::russian(s.status), SiteText::russian(s.level), s.topic,
                          SiteText::order(s), period, SitesListDocument::stateText(s, filter.year))
              << '\n';
    }
    out() << CliText::tr("%n site(s)", nullptr, int(data.lines.size())) << '\n';
    return Success;
}

int cmdVacancies(const QStringList &args)
{
    const QString usage = CliText::tr(
        "Usage: profrost-cli vacancies DB [--as-of DATE] [--by municipality|post|subject]\n"
        "Lists the vacancies open at the date (default today): open since that day or before and not\n"
        "filled by it; with --by, their count and the sum of their rates (stavki) per group.");
    QCommandLineParser parser;
    parser.addOptions({QCommandLineOption(u"as-of"_s, CliText::tr("The date (default today)."), CliText::tr("DATE")),
                       QCommandLineOption(u"by"_s, CliText::tr("Totals per municipality, post or subject."),
                                          CliText::tr("GROUP"))});
    if (!parseOptions(parser, args, usage))
        return Success;
    const QString path = requirePositional(parser, 0, 1, CliText::tr("the database path"), usage);
    const QDate asOf = asOfOption(parser);
    const QString by = parser.value(u"by"_s).trimmed();
    if (parser.isSet(u"by"_s) && by != u"municipality" && by != u"post" && by != u"subject")
        throw UsageError(CliText::tr("Unknown --by '%1'; expected municipality, post or subject.").arg(by));
    Database db(databaseSpec(path));
    openDatabase(db, false);
    const StaffingData data = SiteReports::staffingData(db, asOf);
    const VacancyTotals &t = data.totals;
    if (!by.isEmpty()) {
        const QMap<QString, VacancyTally> &groups = by == u"municipality" ? t.byMunicipality
                                                    : by == u"post"       ? t.byPost
                                                                          : t.bySubject;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it)
            out() << u"%1\t%2\t%3"_s.arg(it.key()).arg(it.value().count).arg(VacancyRules::rateText(it.value().rate))
                  << '\n';
    } else {
        for (const VacancyLine &l : data.lines) {
            const Vacancy &v = l.vacancy;
            out() << u"%1  %2 | %3 | %4%5 | %6 | %7 | %8"_s.arg(v.id)
                         .arg(l.municipality, l.organisation, v.post,
                              v.subject.isEmpty() ? QString() : u", "_s + v.subject, VacancyRules::rateText(v.rate),
                              CliText::tr("since %1").arg(DateText::numeric(v.since)), v.reason)
                  << '\n';
        }
    }
    out() << CliText::tr("Open on %1: %2 vacancies, %3 stavki")
                 .arg(DateText::numeric(asOf))
                 .arg(t.total.count)
                 .arg(VacancyRules::rateText(t.total.rate))
          << '\n';
    return Success;
}

void registerSitesCommands()
{
    CliTables::exports().push_back({u"sites"_s, [] {
                                        return CliText::tr("  export sites DB FILE [--level L] [--status S] [--year YEAR]\n"
                                                           "                                   export the innovation "
                                                           "and internship sites to .xlsx or .csv\n");
                                    },
                                    &cmdExportSites});
    CliTables::exports().push_back({u"vacancies"_s, [] {
                                        return CliText::tr("  export vacancies DB FILE [--as-of DATE]\n"
                                                           "                                   export the vacancies, "
                                                           "open and filled, to .xlsx or .csv\n");
                                    },
                                    &cmdExportVacancies});
    CliTables::reports().push_back(
        {u"sites"_s,
         [] {
             return CliText::tr("  report sites DB [--level L] [--status S] [--year YEAR] --out FILE\n"
                                "                                   write the list of innovation and internship "
                                "sites (.pdf, .odt, .xlsx or .csv)\n");
         },
         [] {
             return QList<QCommandLineOption>{
                 QCommandLineOption(u"level"_s, ReportText::tr("The sites' level (sites): municipal, regional, federal."),
                                    ReportText::tr("LEVEL")),
                 QCommandLineOption(u"status"_s,
                                    ReportText::tr("The sites' status (sites): innovation, internship, support, "
                                                   "resource_centre."),
                                    ReportText::tr("STATUS"))};
         },
         true, &reportSites});
    CliTables::reports().push_back(
        {u"staffing"_s,
         [] {
             return CliText::tr("  report staffing DB [--as-of DATE] --out FILE\n"
                                "                                   write the staffing needs: the vacancies open at "
                                "a date (default today) (.pdf, .odt, .xlsx or .csv)\n");
         },
         [] { return QList<QCommandLineOption>{}; },
         true, &reportStaffing});
}

} // namespace profrost::cli
