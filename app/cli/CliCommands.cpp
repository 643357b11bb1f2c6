#include "cli/CliCommands.h"

#include "cli/CliSupport.h"
#include "cli/ImportRunner.h"
#include "cli/ImportAttestationCommand.h"
#include "cli/ImportCoursesCommand.h"
#include "cli/ReportCommand.h"
#include "demo/DemoGenerator.h"
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
              "  import attestation DB FILE [--dry-run] [--strict]\n"
              "                                   import the attestation history (categories, СЗД) from a .csv or .xlsx file\n"
              "  export teachers DB FILE          export the teachers to .xlsx or .csv\n"
              "  report plan-graph|course-schedule DB --from DATE [--to DATE] --out FILE\n"
              "                                   write the further-training plan-graph or course schedule (.pdf or .odt)\n"
              "  report attestation DB --year YYYY [--five-year] --out FILE\n"
              "                                   write the attestation plan-graph of a year, or for five years (.pdf or .odt)\n"
              "  report expiring DB [--months M] --out FILE\n"
              "                                   write the expiring and lapsed categories (.pdf, .odt, .xlsx or .csv)\n"
              "  report plan|protocol DB --id N --out FILE\n"
              "                                   write a methodical plan or a meeting's protocol (.pdf or .odt)\n"
              "\n"
              "Run 'profrost-cli <command> --help' for the options of a command.\n"
              "Exit codes: 0 success, 2 bad input (reasons on stderr), 1 other failure.\n");
}

int cmdInit(const QStringList &args)
{
    const QString usage = CliText::tr("Usage: profrost-cli init DB\nCreates an empty ProfRost database at DB.");
    QCommandLineParser parser;
    if (!parseOptions(parser, args, usage))
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
    if (!parseOptions(parser, args, usage))
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
    return runImport<TeacherImporter>(args, usage);
}

int cmdExportTeachers(const QStringList &args)
{
    const QString usage = CliText::tr("Usage: profrost-cli export teachers DB FILE\n"
                             "Writes every teacher with the current posts to FILE (.xlsx or .csv).");
    QCommandLineParser parser;
    if (!parseOptions(parser, args, usage))
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
    const QString usage = verb == u"import"
        ? CliText::tr("Usage: profrost-cli import teachers|courses|attestation DB FILE [--dry-run] [--strict]")
        : CliText::tr("Usage: profrost-cli export teachers DB FILE");
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
                if (command == u"import" && subject == u"attestation")
                    return cmdImportAttestation(subjectArgs);
                if (subject != u"teachers")
                    throw UsageError(command == u"import"
                                         ? CliText::tr("Unknown subject '%1'; expected: teachers, courses or "
                                                       "attestation.").arg(subject)
                                         : CliText::tr("Unknown subject '%1'; expected: teachers.").arg(subject));
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
