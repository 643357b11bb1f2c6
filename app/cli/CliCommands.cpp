#include "cli/CliCommands.h"

#include "cli/ImportCoursesCommand.h"
#include "cli/ReportCommand.h"
#include "demo/DemoGenerator.h"
#include "io/TableReader.h"
#include "io/TeacherExport.h"
#include "io/TeacherImporter.h"
#include "store/Database.h"
#include "store/TeacherRepository.h"
#include "util/Clock.h"
#include "util/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>
#include <cstdio>

namespace profrost::cli {

namespace {

// The CLI's strings live in one translation context.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
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

// Bad input on the command line or in a file: exit code 2.
struct UsageError : Error
{
    using Error::Error;
};

QString mainHelp()
{
    return CliText::tr("Usage: profrost-cli <command> [options]\n"
              "\n"
              "Commands:\n"
              "  init DB                          create an empty ProfRost database\n"
              "  demo DB [--teachers N] [--seed S] create a database with a realistic demo municipality\n"
              "  import teachers DB FILE [--dry-run] [--strict]\n"
              "                                   import teachers from a .csv or .xlsx file\n"
              "  import courses DB FILE [--dry-run] [--strict]\n"
              "                                   import completed courses (certificates) from a .csv or .xlsx file\n"
              "  export teachers DB FILE          export the teachers to .xlsx or .csv\n"
              "  report plan-graph|course-schedule DB --from DATE [--to DATE] --out FILE\n"
              "                                   write the further-training plan-graph or course schedule (.pdf or .odt)\n"
              "\n"
              "Run 'profrost-cli <command> --help' for the options of a command.\n"
              "Exit codes: 0 success, 2 bad input (reasons on stderr), 1 other failure.\n");
}

// Parses the options of one command; prints its help and returns false for --help.
bool parse(QCommandLineParser &parser, const QStringList &args, const QString &usage)
{
    parser.setApplicationDescription(usage);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, CliText::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args))
        throw UsageError(parser.errorText() + u'\n' + usage);
    if (parser.isSet(help)) {
        out() << usage << '\n' << parser.helpText().section(u'\n', 1) << Qt::flush;
        return false;
    }
    return true;
}

// The positional argument `index` of `count` expected; more or fewer is bad input.
QString requirePositional(const QCommandLineParser &parser, int index, int count, const QString &what,
                          const QString &usage)
{
    const QStringList values = parser.positionalArguments();
    if (values.size() > count)
        throw UsageError(CliText::tr("Unexpected argument '%1'.").arg(values.at(count)) + u'\n' + usage);
    if (values.size() <= index)
        throw UsageError(CliText::tr("Missing %1.").arg(what) + u'\n' + usage);
    return values.at(index);
}

void openDatabase(Database &db, bool create)
{
    try {
        Database::OpenOptions options;
        options.create = create;
        db.open(options);
    } catch (const Error &e) {
        throw UsageError(e.message()); // a file that is not ours is bad input
    }
}

int cmdInit(const QStringList &args)
{
    const QString usage = CliText::tr("Usage: profrost-cli init DB\nCreates an empty ProfRost database at DB.");
    QCommandLineParser parser;
    if (!parse(parser, args, usage))
        return Success;
    const QString path = requirePositional(parser, 0, 1, CliText::tr("the database path"), usage);
    if (QFileInfo::exists(path))
        throw UsageError(CliText::tr("%1 already exists; init creates a new database.").arg(path));
    Database db(path);
    openDatabase(db, true);
    out() << CliText::tr("created %1 (schema version %2)").arg(path).arg(db.schemaVersion()) << '\n';
    return Success;
}

int cmdDemo(const QStringList &args)
{
    const QString usage = CliText::tr("Usage: profrost-cli demo DB [--teachers N] [--seed S]\n"
                             "Creates DB with a realistic demo municipality (deterministic for a seed).");
    QCommandLineParser parser;
    const QCommandLineOption teachers(QStringLiteral("teachers"), CliText::tr("Number of teachers (default 900)."), CliText::tr("N"),
                                      QStringLiteral("900"));
    const QCommandLineOption seed(QStringLiteral("seed"), CliText::tr("Random seed (default 1)."), CliText::tr("S"), QStringLiteral("1"));
    parser.addOption(teachers);
    parser.addOption(seed);
    if (!parse(parser, args, usage))
        return Success;
    const QString path = requirePositional(parser, 0, 1, CliText::tr("the database path"), usage);
    bool ok1 = false, ok2 = false;
    DemoOptions options;
    options.teachers = parser.value(teachers).toInt(&ok1);
    options.seed = parser.value(seed).toUInt(&ok2);
    options.today = Clock::instance().today();
    if (!ok1 || options.teachers < 1 || options.teachers > 200000)
        throw UsageError(CliText::tr("--teachers must be a number from 1 to 200000."));
    if (!ok2)
        throw UsageError(CliText::tr("--seed must be a non-negative number."));
    Database db(path);
    openDatabase(db, true);
    QElapsedTimer timer;
    timer.start();
    DemoSummary summary;
    try {
        summary = DemoGenerator::generate(db, options);
    } catch (const Error &e) {
        throw UsageError(e.message());
    }
    out() << CliText::tr("demo database %1: %2 municipalities, %3 organisations, %4 teachers (%5 s)")
                 .arg(path)
                 .arg(summary.municipalities)
                 .arg(summary.organisations)
                 .arg(summary.teachers)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << '\n';
    return Success;
}

int cmdImportTeachers(const QStringList &args)
{
    const QString usage = CliText::tr("Usage: profrost-cli import teachers DB FILE [--dry-run] [--strict]\n"
                             "Imports teachers from FILE (.csv or .xlsx). Valid rows are imported and the exit\n"
                             "code is 2 when any row was rejected; with --strict nothing is imported then.");
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), CliText::tr("Check the file and report; change nothing."));
    const QCommandLineOption strict(QStringLiteral("strict"), CliText::tr("Import nothing when any row is rejected."));
    parser.addOption(dryRun);
    parser.addOption(strict);
    if (!parse(parser, args, usage))
        return Success;
    const QString dbPath = requirePositional(parser, 0, 2, CliText::tr("the database path"), usage);
    const QString file = requirePositional(parser, 1, 2, CliText::tr("the file to import"), usage);
    Database db(dbPath);
    openDatabase(db, false);
    Table table;
    try {
        table = TableReader::read(file);
    } catch (const Error &e) {
        throw UsageError(e.message());
    }
    TeacherImporter importer(db, Clock::instance().today());
    const TeacherImporter::Preview preview = importer.preview(table);
    for (const RowIssue &w : preview.warnings)
        err() << (w.row > 0 ? CliText::tr("warning: row %1, %2: %3").arg(w.row).arg(w.column, w.reason)
                            : CliText::tr("warning: column %1: %2").arg(w.column, w.reason))
              << '\n';
    QSet<int> rejectedRows;
    for (const RowIssue &e : preview.errors) {
        rejectedRows.insert(e.row);
        err() << (e.row > 0 ? CliText::tr("rejected: row %1, %2: %3").arg(e.row).arg(e.column, e.reason)
                            : CliText::tr("rejected: file: %1").arg(e.reason))
              << '\n';
    }
    if (preview.fileRejected()) {
        out() << CliText::tr("imported 0, updated 0, rejected %1").arg(preview.totalRows) << '\n';
        return BadInput;
    }
    const int rejected = int(rejectedRows.size());
    ImportOutcome outcome;
    const bool apply = !parser.isSet(dryRun) && !(parser.isSet(strict) && rejected > 0);
    if (apply) {
        outcome = importer.apply(preview);
    }
    out() << CliText::tr("imported %1, updated %2, rejected %3").arg(outcome.imported).arg(outcome.updated).arg(rejected);
    if (apply && outcome.unchanged > 0)
        out() << CliText::tr(" (%1 already up to date)").arg(outcome.unchanged);
    if (!apply)
        out() << (parser.isSet(dryRun) ? CliText::tr(" (dry run: nothing was changed, %1 rows are valid)").arg(preview.records.size())
                                       : CliText::tr(" (strict: nothing was imported)"));
    out() << '\n';
    return rejected > 0 ? BadInput : Success;
}

int cmdExportTeachers(const QStringList &args)
{
    const QString usage = CliText::tr("Usage: profrost-cli export teachers DB FILE\n"
                             "Writes every teacher with the current posts to FILE (.xlsx or .csv).");
    QCommandLineParser parser;
    if (!parse(parser, args, usage))
        return Success;
    const QString dbPath = requirePositional(parser, 0, 2, CliText::tr("the database path"), usage);
    const QString file = requirePositional(parser, 1, 2, CliText::tr("the output file"), usage);
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix != u"xlsx" && suffix != u"csv")
        throw UsageError(CliText::tr("The output file must end in .xlsx or .csv."));
    Database db(dbPath);
    openDatabase(db, false);
    QList<TeacherRow> rows = TeacherRepository(db).rows(Clock::instance().today());
    // In alphabetical order, as a person reads a list (ё sorted as е).
    std::stable_sort(rows.begin(), rows.end(), [](const TeacherRow &a, const TeacherRow &b) {
        return a.searchKey < b.searchKey;
    });
    TeacherExport::write(file, rows);
    out() << CliText::tr("exported %1 teachers to %2").arg(rows.size()).arg(file) << '\n';
    return Success;
}

// "import teachers ..." -> the handler of the subject.
int dispatchSubject(const QString &verb, const QStringList &args,
                    const std::function<int(const QString &, const QStringList &)> &handler)
{
    const QString usage = CliText::tr("Usage: profrost-cli %1 teachers ...").arg(verb);
    if (args.size() < 2 || args.at(1) == u"--help" || args.at(1) == u"-h") {
        if (args.size() < 2)
            throw UsageError(usage);
        out() << usage << '\n';
        return Success;
    }
    const QString subject = args.at(1);
    QStringList rest = args.mid(2);
    rest.prepend(args.at(0) + u' ' + subject);
    return handler(subject, rest);
}

} // namespace

int run(const QStringList &arguments)
{
    try {
        if (arguments.size() < 2) {
            err() << mainHelp();
            return BadInput;
        }
        const QString command = arguments.at(1);
        QStringList rest = arguments.mid(2);
        rest.prepend(arguments.at(0) + u' ' + command);
        if (command == u"--help" || command == u"-h" || command == u"help") {
            out() << mainHelp();
            return Success;
        }
        if (command == u"--version" || command == u"-v") {
            out() << QStringLiteral("profrost-cli ") << QCoreApplication::applicationVersion() << '\n';
            return Success;
        }
        if (command == u"init")
            return cmdInit(rest);
        if (command == u"demo")
            return cmdDemo(rest);
        if (command == u"report")
            return cmdReport(rest);
        if (command == u"import" || command == u"export") {
            return dispatchSubject(command, rest, [&](const QString &subject, const QStringList &subjectArgs) {
                if (command == u"import" && subject == u"courses")
                    return cmdImportCourses(subjectArgs);
                if (subject != u"teachers")
                    throw UsageError(CliText::tr("Unknown subject '%1'; expected: teachers.").arg(subject));
                return command == u"import" ? cmdImportTeachers(subjectArgs) : cmdExportTeachers(subjectArgs);
            });
        }
        throw UsageError(CliText::tr("Unknown command '%1'.").arg(command) + u"\n\n" + mainHelp());
    } catch (const UsageError &e) {
        out().flush();
        err() << e.message() << '\n';
        return BadInput;
    } catch (const Error &e) {
        out().flush();
        err() << CliText::tr("error: %1").arg(e.message()) << '\n';
        return Failure;
    }
}

} // namespace profrost::cli
