#include "cli/ReportCommand.h"

#include "cli/CliCommands.h"
#include "documents/DocumentWriter.h"
#include "documents/TrainingReports.h"
#include "domain/DateText.h"
#include "store/Database.h"
#include "util/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextDocument>
#include <QTextStream>
#include <cstdio>

namespace profrost::cli {

namespace {

class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

// Bad input on the command line: exit code 2.
struct BadReportInput : Error
{
    using Error::Error;
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString usage()
{
    return ReportText::tr(
        "Usage: profrost-cli report plan-graph|course-schedule DB --from DATE [--to DATE] --out FILE\n"
        "Writes a printed document to FILE (.pdf or .odt):\n"
        "  plan-graph       the plan-graph of further training for the three years starting\n"
        "                   with the year of --from (the saved plan, else the proposal)\n"
        "  course-schedule  the schedule of the courses running from --from to --to\n"
        "Dates as dd.mm.yyyy or yyyy-mm-dd.");
}

QDate dateOption(const QCommandLineParser &parser, const QCommandLineOption &option, const QString &name)
{
    QString reason;
    const QDate date = DateText::parse(parser.value(option).trimmed(), &reason);
    if (!date.isValid())
        throw BadReportInput(ReportText::tr("--%1: '%2' is not a date (%3).").arg(name, parser.value(option), reason));
    return date;
}

int report(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, ReportText::tr("Show this help."));
    const QCommandLineOption from(QStringLiteral("from"), ReportText::tr("First day (plan-graph: its year is the first year)."),
                                  ReportText::tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), ReportText::tr("Last day (course-schedule)."), ReportText::tr("DATE"));
    const QCommandLineOption output(QStringLiteral("out"), ReportText::tr("The file to write: .pdf or .odt."),
                                    ReportText::tr("FILE"));
    parser.addOptions({help, from, to, output});
    if (!parser.parse(args))
        throw BadReportInput(parser.errorText() + u'\n' + usage());
    if (parser.isSet(help)) {
        out() << usage() << '\n' << parser.helpText().section(u'\n', 1) << Qt::flush;
        return Success;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2)
        throw BadReportInput(ReportText::tr("Unexpected argument '%1'.").arg(positional.at(2)) + u'\n' + usage());
    if (positional.isEmpty())
        throw BadReportInput(ReportText::tr("Missing the report: plan-graph or course-schedule.") + u'\n' + usage());
    const QString kind = positional.at(0);
    const bool plan = kind == u"plan-graph";
    if (!plan && kind != u"course-schedule")
        throw BadReportInput(
            ReportText::tr("Unknown report '%1'; expected: plan-graph or course-schedule.").arg(kind));
    if (positional.size() < 2)
        throw BadReportInput(ReportText::tr("Missing the database path.") + u'\n' + usage());
    const QString dbPath = positional.at(1);

    if (!parser.isSet(output))
        throw BadReportInput(ReportText::tr("Missing --out FILE (.pdf or .odt)."));
    const QString file = parser.value(output);
    if (!DocumentWriter::isSupported(file))
        throw BadReportInput(ReportText::tr("The output file must end in .pdf or .odt: %1").arg(file));
    if (!parser.isSet(from))
        throw BadReportInput(ReportText::tr("Missing --from DATE."));
    const QDate first = dateOption(parser, from, QStringLiteral("from"));
    QDate last;
    if (parser.isSet(to))
        last = dateOption(parser, to, QStringLiteral("to"));
    else if (!plan)
        throw BadReportInput(ReportText::tr("Missing --to DATE: the schedule covers --from to --to."));
    if (last.isValid() && last < first)
        throw BadReportInput(ReportText::tr("--to (%1) is before --from (%2).")
                                 .arg(DateText::numeric(last), DateText::numeric(first)));

    Database db(dbPath);
    try {
        Database::OpenOptions options;
        options.create = false;
        db.open(options);
    } catch (const Error &e) {
        throw BadReportInput(e.message()); // missing, not ours, newer or damaged: bad input
    }

    const std::unique_ptr<QTextDocument> doc =
        plan ? TrainingReports::trainingPlan(db, first.year()) : TrainingReports::courseSchedule(db, first, last);
    int pages = 0;
    if (QFileInfo(file).suffix().toLower() == u"pdf") {
        pages = DocumentWriter::writePdf(*doc, file);
    } else {
        DocumentWriter::writeOdt(*doc, file);
        pages = DocumentWriter::pageCount(*doc);
    }
    out() << (pages == 1 ? ReportText::tr("written %1 (1 page)").arg(QDir::toNativeSeparators(file))
                         : ReportText::tr("written %1 (%2 pages)").arg(QDir::toNativeSeparators(file)).arg(pages))
          << '\n'
          << Qt::flush;
    return Success;
}

} // namespace

int cmdReport(const QStringList &args)
{
    try {
        return report(args);
    } catch (const BadReportInput &e) {
        out().flush();
        err() << e.message() << '\n' << Qt::flush;
        return BadInput;
    } catch (const Error &e) {
        out().flush();
        err() << ReportText::tr("error: %1").arg(e.message()) << '\n' << Qt::flush;
        return Failure;
    }
}

} // namespace profrost::cli
