#include "cli/CliCommands.h"

#include "cli/CliAreas.h"
#include "cli/CliSupport.h"
#include "cli/CliTables.h"
#include "cli/CentreCommand.h"
#include "cli/IndicatorsCommand.h"
#include "cli/PracticesCommand.h"
#include "cli/RecommendationsCommand.h"
#include "cli/ServerCommand.h"
#include "cli/SitesCommands.h"
#include "cli/TracksCommand.h"
#include "cli/ReportCommand.h"
#include "demo/DemoGenerator.h"
#include "store/BackupService.h"
#include "store/Database.h"
#include "util/Clock.h"
#include "util/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace profrost::cli {

namespace {

QString mainHelp()
{
    // The commands of the shell, then the rows each area added.
    return CliText::tr("Usage: profrost-cli <command> [options]\n"
                       "\n"
                       "Commands:\n"
                       "  init DB                          create an empty ProfRost database\n"
                       "  demo DB [--teachers N] [--seed S] create a database with a realistic demo municipality\n")
        + CliText::tr("  backup DB [FILE]                 copy the database (into its backups folder without FILE)\n"
                      "  restore DB BACKUP                replace the database by a backup (the current state is kept)\n")
        + CliText::tr("  server init postgresql://USER@HOST[:PORT]/DBNAME\n"
                      "                                   create a shared database on a PostgreSQL server\n")
        + CliText::tr("  server push FILE URL | server pull URL FILE [--replace]\n"
                      "                                   move a database file onto a server, or back\n")
        + CliText::tr("  centre DB [--set FIELD=VALUE]    show or change the centre's card (who approves and signs the forms)\n")
        + CliText::tr("  indicators DB [--as-of DATE] [--json] [--by organisation|municipality]\n"
                      "                                   the monitoring indicators I1-I10 at a date\n")
        + CliText::tr("  recommendations DB [--add ...|--check ID --done|--not-done|--remove ID]\n"
                      "                                   the addressed recommendations of the monitorings\n")
        + CliText::tr("  sites list DB [--level L] [--status S] [--year YEAR]\n"
                      "                                   the innovation and internship sites\n"
                      "  vacancies DB [--as-of DATE] [--by municipality|post|subject]\n"
                      "                                   the vacancies open at a date and their totals\n")
        + CliText::tr("  practices search DB \"TEXT\" [--limit N] | practices list DB\n"
                      "                                   search the bank of practices (any word form), best first\n")
        + CliText::tr("  tracks DB [--year YEAR] [--teachers]\n"
                      "                                   the tracks of development: applied and completed per half-year\n")
        + CliTables::helpLines()
        + CliText::tr("\n"
                      "Run 'profrost-cli <command> --help' for the options of a command.\n"
                      "Exit codes: 0 success, 2 bad input (reasons on stderr), 1 other failure.\n")
        + CliText::tr("--read-only, with any command: open the database for reading only (every change is refused).\n")
        + CliText::tr("DB is a file, or a database on a server: postgresql://USER@HOST[:PORT]/DBNAME (the password\n"
                      "from PGPASSWORD or ~/.pgpass).\n");
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
    Database db(databaseSpec(path));
    openDatabase(db, true);
    out() << CliText::tr("created %1 (schema version %2)").arg(path).arg(db.schemaVersion()) << '\n';
    return Success;
}

int cmdBackup(const QStringList &args)
{
    const QString usage = CliText::tr("Usage: profrost-cli backup DB [FILE]\n"
                             "Writes a consistent copy of DB into FILE, or into the backups folder beside DB when no\n"
                             "FILE is given (the newest 10 are kept there). The copy is readable by its owner only.");
    QCommandLineParser parser;
    if (!parseOptions(parser, args, usage))
        return Success;
    const QString path = requirePositional(parser, 0, 2, CliText::tr("the database path"), usage);
    const QString target = parser.positionalArguments().value(1);
    Database db(databaseSpec(path));
    openDatabase(db, false);
    QString written = target;
    BackupService(db).requireCopies(); // a server's database: the administrator's advice
    if (target.isEmpty())
        written = BackupService(db).backupNow(u"manual"_s);
    else
        BackupService(db).backupTo(target);
    out() << CliText::tr("backup written: %1").arg(QDir::toNativeSeparators(written)) << '\n';
    return Success;
}

int cmdRestore(const QStringList &args)
{
    const QString usage = CliText::tr("Usage: profrost-cli restore DB BACKUP\n"
                             "Replaces DB by the backup BACKUP. The current state of DB is backed up first (into the\n"
                             "backups folder beside it), so a restore can be reversed; a file that is not a ProfRost\n"
                             "backup is refused and DB is left as it was.");
    QCommandLineParser parser;
    if (!parseOptions(parser, args, usage))
        return Success;
    const QString path = requirePositional(parser, 0, 2, CliText::tr("the database path"), usage);
    const QString backup = requirePositional(parser, 1, 2, CliText::tr("the backup to restore"), usage);
    Database db(databaseSpec(path));
    openDatabase(db, false);
    try {
        BackupService(db).restore(backup);
    } catch (const Error &e) {
        throw UsageError(e.message()); // not a backup of ours: bad input, nothing changed
    }
    out() << CliText::tr("restored %1 from %2; the state before is in %3")
                 .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backup),
                      QDir::toNativeSeparators(db.backupDirectory()))
          << '\n';
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
    Database db(databaseSpec(path));
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

// "import teachers ..." -> the row of the subject in `rows`.
int dispatchSubject(const QString &verb, const QStringList &args, const std::vector<SubjectCommand> &rows)
{
    QStringList names;
    for (const SubjectCommand &row : rows)
        names << row.name;
    const QString usage = verb == u"import"
        ? CliText::tr("Usage: profrost-cli import %1 DB FILE [--dry-run] [--strict]").arg(names.join(u'|'))
        : CliText::tr("Usage: profrost-cli export %1 DB FILE").arg(names.join(u'|'));
    if (args.size() < 2 || args.at(1) == u"--help" || args.at(1) == u"-h") {
        if (args.size() < 2)
            throw UsageError(usage);
        out() << usage << '\n';
        return Success;
    }
    const QString subject = args.at(1);
    QStringList rest = args.mid(2);
    rest.prepend(args.at(0) + u' ' + subject);
    for (const SubjectCommand &row : rows) {
        if (row.name == subject)
            return row.run(rest);
    }
    throw UsageError(CliText::tr("Unknown subject '%1'; expected: %2.").arg(subject, CliTables::joinNames(names)));
}

} // namespace

int run(const QStringList &arguments)
{
    registerAreaCommands();
    try {
        if (arguments.size() < 2) {
            err() << mainHelp();
            return BadInput;
        }
        QStringList args = arguments;
        setReadOnly(args.removeAll(QStringLiteral("--read-only")) > 0);
        if (args.size() < 2) {
            err() << mainHelp();
            return BadInput;
        }
        const QString command = args.at(1);
        QStringList rest = args.mid(2);
        rest.prepend(args.at(0) + u' ' + command);
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
        if (command == u"backup")
            return cmdBackup(rest);
        if (command == u"restore")
            return cmdRestore(rest);
        if (command == u"report")
            return cmdReport(rest);
        if (command == u"centre")
            return cmdCentre(rest);
        if (command == u"indicators")
            return cmdIndicators(rest);
        if (command == u"recommendations")
            return cmdRecommendations(rest);
        if (command == u"sites")
            return cmdSites(rest);
        if (command == u"vacancies")
            return cmdVacancies(rest);
        if (command == u"practices")
            return cmdPractices(rest);
        if (command == u"tracks")
            return cmdTracks(rest);
        if (command == u"server")
            return cmdServer(rest);
        if (command == u"import")
            return dispatchSubject(command, rest, CliTables::imports());
        if (command == u"export")
            return dispatchSubject(command, rest, CliTables::exports());
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
