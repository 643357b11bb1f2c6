#include "cli/ImportCoursesCommand.h"

#include "cli/CliCommands.h"
#include "io/CourseImporter.h"
#include "io/TableReader.h"
#include "store/Database.h"
#include "util/Clock.h"
#include "util/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSet>
#include <QTextStream>

namespace profrost::cli {

namespace {

// The same translation context as the other commands.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

// Bad input: printed on stderr by cmdImportCourses, exit code 2.
struct BadInputError : Error
{
    using Error::Error;
};

QString usage()
{
    return CliText::tr("Usage: profrost-cli import courses DB FILE [--dry-run] [--strict]\n"
                       "Imports completed courses (certificates) from FILE (.csv or .xlsx): the teacher is found\n"
                       "by СНИЛС or by ФИО and birth date; programmes and course runs are added when new.\n"
                       "Valid rows are imported and the exit code is 2 when any row was rejected; with\n"
                       "--strict nothing is imported then.");
}

int importCourses(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, CliText::tr("Show this help."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), CliText::tr("Check the file and report; change nothing."));
    const QCommandLineOption strict(QStringLiteral("strict"), CliText::tr("Import nothing when any row is rejected."));
    parser.addOption(help);
    parser.addOption(dryRun);
    parser.addOption(strict);
    if (!parser.parse(args))
        throw BadInputError(parser.errorText() + u'\n' + usage());
    if (parser.isSet(help)) {
        out << usage() << '\n' << parser.helpText().section(u'\n', 1);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2)
        throw BadInputError(CliText::tr("Unexpected argument '%1'.").arg(positional.at(2)) + u'\n' + usage());
    if (positional.isEmpty())
        throw BadInputError(CliText::tr("Missing %1.").arg(CliText::tr("the database path")) + u'\n' + usage());
    if (positional.size() < 2)
        throw BadInputError(CliText::tr("Missing %1.").arg(CliText::tr("the file to import")) + u'\n' + usage());

    Database db(positional.at(0));
    try {
        Database::OpenOptions options;
        options.create = false;
        db.open(options);
    } catch (const Error &e) {
        throw BadInputError(e.message()); // a file that is not ours is bad input
    }
    Table table;
    try {
        table = TableReader::read(positional.at(1));
    } catch (const Error &e) {
        throw BadInputError(e.message());
    }

    CourseImporter importer(db, Clock::instance().today());
    const CourseImporter::Preview preview = importer.preview(table);
    for (const RowIssue &w : preview.warnings)
        err << (w.row > 0 ? CliText::tr("warning: row %1, %2: %3").arg(w.row).arg(w.column, w.reason)
                          : CliText::tr("warning: column %1: %2").arg(w.column, w.reason))
            << '\n';
    QSet<int> rejectedRows;
    for (const RowIssue &e : preview.errors) {
        rejectedRows.insert(e.row);
        err << (e.row > 0 ? CliText::tr("rejected: row %1, %2: %3").arg(e.row).arg(e.column, e.reason)
                          : CliText::tr("rejected: file: %1").arg(e.reason))
            << '\n';
    }
    err.flush();
    if (preview.fileRejected()) {
        out << CliText::tr("imported 0, updated 0, rejected %1").arg(preview.totalRows) << '\n';
        return BadInput;
    }
    const int rejected = int(rejectedRows.size());
    CourseImportOutcome outcome;
    const bool apply = !parser.isSet(dryRun) && !(parser.isSet(strict) && rejected > 0);
    if (apply)
        outcome = importer.apply(preview);
    out << CliText::tr("imported %1, updated %2, rejected %3").arg(outcome.imported).arg(outcome.updated).arg(rejected);
    if (apply && outcome.unchanged > 0)
        out << CliText::tr(" (%1 already up to date)").arg(outcome.unchanged);
    if (!apply)
        out << (parser.isSet(dryRun) ? CliText::tr(" (dry run: nothing was changed, %1 rows are valid)").arg(preview.records.size())
                                     : CliText::tr(" (strict: nothing was imported)"));
    out << '\n';
    if (outcome.programmesCreated > 0 || outcome.runsCreated > 0)
        out << CliText::tr("added to the catalogue: %1 programme(s), %2 course run(s)")
                   .arg(outcome.programmesCreated).arg(outcome.runsCreated)
            << '\n';
    return rejected > 0 ? BadInput : Success;
}

} // namespace

int cmdImportCourses(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    try {
        const int code = importCourses(args, out, err);
        out.flush();
        return code;
    } catch (const BadInputError &e) {
        out.flush();
        err << e.message() << '\n';
        return BadInput;
    } catch (...) {
        out.flush(); // other errors: run() prints them and exits 1
        err.flush();
        throw;
    }
}

} // namespace profrost::cli
