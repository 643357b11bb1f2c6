#include "cli/ReportCommand.h"

#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "documents/AssociationReports.h"
#include "documents/AttestationReports.h"
#include "documents/DocumentWriter.h"
#include "documents/TrainingReports.h"
#include "domain/DateText.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextDocument>

#include <limits>

using namespace Qt::StringLiterals;

namespace profrost::cli {

namespace {

class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

QString usage()
{
    return ReportText::tr(
        "Usage: profrost-cli report plan-graph|course-schedule DB --from DATE [--to DATE] --out FILE\n"
        "       profrost-cli report attestation DB --year YYYY [--five-year] [--by-organisation] [--at DATE] --out FILE\n"
        "       profrost-cli report expiring DB [--months M] [--at DATE] --out FILE\n"
        "       profrost-cli report plan|protocol DB --id N --out FILE\n"
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

} // namespace

int cmdReport(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption from(u"from"_s, ReportText::tr("First day (plan-graph: its year is the first year)."),
                                  ReportText::tr("DATE"));
    const QCommandLineOption to(u"to"_s, ReportText::tr("Last day (course-schedule)."), ReportText::tr("DATE"));
    const QCommandLineOption year(u"year"_s, ReportText::tr("The year of the attestation plan-graph (the first of five "
                                                            "with --five-year)."),
                                  ReportText::tr("YYYY"));
    const QCommandLineOption fiveYear(u"five-year"_s, ReportText::tr("The 5-year attestation plan-graph."));
    const QCommandLineOption byOrganisation(u"by-organisation"_s,
                                            ReportText::tr("Group the attestation schedule by organisation."));
    const QCommandLineOption at(u"at"_s, ReportText::tr("The reference date of attestation (default today)."),
                                ReportText::tr("DATE"));
    const QCommandLineOption months(u"months"_s, ReportText::tr("Expiring within this many months (default 6)."),
                                    ReportText::tr("M"));
    const QCommandLineOption output(u"out"_s, ReportText::tr("The file to write: .pdf or .odt."), ReportText::tr("FILE"));
    const QCommandLineOption id(u"id"_s, ReportText::tr("The plan or meeting to print (plan, protocol)."),
                                ReportText::tr("N"));
    parser.addOptions({from, to, year, fiveYear, byOrganisation, at, months, id, output});
    if (!parseOptions(parser, args, usage()))
        return Success;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2)
        throw UsageError(ReportText::tr("Unexpected argument '%1'.").arg(positional.at(2)) + u'\n' + usage());
    if (positional.isEmpty())
        throw UsageError(ReportText::tr("Missing the report: plan-graph, course-schedule, attestation, expiring, plan or "
                                        "protocol.")
                         + u'\n' + usage());
    const QString kind = positional.at(0);
    const bool plan = kind == u"plan-graph", schedule = kind == u"course-schedule";
    const bool attestation = kind == u"attestation", expiring = kind == u"expiring";
    const bool methodicalPlan = kind == u"plan", protocol = kind == u"protocol";
    if (!plan && !schedule && !attestation && !expiring && !methodicalPlan && !protocol)
        throw UsageError(ReportText::tr("Unknown report '%1'; expected: plan-graph, course-schedule, attestation, "
                                        "expiring, plan or protocol.").arg(kind));
    if (positional.size() < 2)
        throw UsageError(ReportText::tr("Missing the database path.") + u'\n' + usage());
    const QString dbPath = positional.at(1);

    if (!parser.isSet(output))
        throw UsageError(ReportText::tr("Missing --out FILE (.pdf or .odt)."));
    const QString file = parser.value(output);
    if (!DocumentWriter::isSupported(file) && !(expiring && isSpreadsheet(file)))
        throw UsageError(expiring ? ReportText::tr("The output file must end in .pdf, .odt, .xlsx or .csv: %1").arg(file)
                                  : ReportText::tr("The output file must end in .pdf or .odt: %1").arg(file));

    // ---- further training
    QDate first, last;
    if (plan || schedule) {
        if (!parser.isSet(from))
            throw UsageError(ReportText::tr("Missing --from DATE."));
        first = parseDateOption(parser.value(from), u"from"_s);
        if (parser.isSet(to))
            last = parseDateOption(parser.value(to), u"to"_s);
        else if (schedule)
            throw UsageError(ReportText::tr("Missing --to DATE: the schedule covers --from to --to."));
        if (last.isValid() && last < first)
            throw UsageError(ReportText::tr("--to (%1) is before --from (%2).")
                                 .arg(DateText::numeric(last), DateText::numeric(first)));
    }
    // ---- attestation
    const QDate reference = parser.isSet(at) ? parseDateOption(parser.value(at), u"at"_s) : Clock::instance().today();
    int theYear = 0;
    if (attestation) {
        if (!parser.isSet(year))
            throw UsageError(ReportText::tr("Missing --year YYYY: the year of the attestation plan-graph."));
        theYear = parseIntOption(parser.value(year), u"year"_s, 1990, 2200);
    }
    // ---- associations
    qint64 theId = 0;
    if (methodicalPlan || protocol) {
        if (!parser.isSet(id))
            throw UsageError(methodicalPlan ? ReportText::tr("Missing --id N: the number of the plan.")
                                            : ReportText::tr("Missing --id N: the number of the meeting."));
        theId = parseIntOption(parser.value(id), u"id"_s, 1, std::numeric_limits<int>::max());
    }
    const int window = expiring && parser.isSet(months) ? parseIntOption(parser.value(months), u"months"_s, 1, 120) : 0;

    Database db(dbPath);
    openDatabase(db, false);

    if (expiring && isSpreadsheet(file)) {
        const ExpiringCategoriesDocumentData data = AttestationReports::expiringData(db, reference, window);
        ExpiringCategoriesDocument::writeTable(file, data.items);
        out() << ReportText::tr("written %1 (%n categories)", nullptr, int(data.items.size()))
                     .arg(QDir::toNativeSeparators(file))
              << '\n'
              << Qt::flush;
        return Success;
    }
    std::unique_ptr<QTextDocument> doc;
    if (methodicalPlan)
        doc = AssociationReports::plan(db, theId);
    else if (protocol)
        doc = AssociationReports::protocol(db, theId);
    else if (plan)
        doc = TrainingReports::trainingPlan(db, first.year());
    else if (schedule)
        doc = TrainingReports::courseSchedule(db, first, last);
    else if (attestation && parser.isSet(fiveYear))
        doc = AttestationReports::fiveYearPlan(db, theYear, reference);
    else if (attestation)
        doc = AttestationReports::yearSchedule(db, theYear, reference,
                                               parser.isSet(byOrganisation)
                                                   ? AttestationScheduleDocument::Grouping::ByOrganisation
                                                   : AttestationScheduleDocument::Grouping::ByMonth);
    else
        doc = AttestationReports::expiring(db, reference, window);
    writeDocument(*doc, file);
    return Success;
}

} // namespace profrost::cli
