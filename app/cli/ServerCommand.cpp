#include "cli/ServerCommand.h"

#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "io/TableWriter.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/DatabaseCopy.h"
#include "store/ServerDatabase.h"
#include "store/ServerSecurity.h"
#include "util/Error.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#else
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#endif

using namespace Qt::StringLiterals;

namespace profrost::cli {

namespace {

// A server's URL where one is needed, refused as bad input before connecting.
void requireServerUrl(const QString &url, const QString &usage)
{
    if (!ConnectionSpec::isServerUrl(url))
        throw UsageError(CliText::tr("'%1' is not a server's URL; write postgresql://USER@HOST[:PORT]/DBNAME.").arg(url)
                         + u'\n' + usage);
}

int serverInit(const QStringList &args)
{
    const QString usage = CliText::tr("Usage: profrost-cli server init postgresql://USER@HOST[:PORT]/DBNAME\n"
                                      "Creates the database on the server when it is not there, and creates or "
                                      "upgrades its schema.\nThe password comes from PGPASSWORD or ~/.pgpass.");
    QCommandLineParser parser;
    if (!parseOptions(parser, args, usage))
        return Success;
    const QString url = requirePositional(parser, 0, 1, CliText::tr("the server's URL"), usage);
    requireServerUrl(url, usage);
    const ConnectionSpec spec = databaseSpec(url);
    if (!ServerDatabase::validName(spec.databaseName)) {
        try {
            ServerDatabase::createIfMissing(spec); // refuses the name, in its words
        } catch (const Error &e) {
            throw UsageError(e.message()); // bad input, not a failure of the server
        }
    }
    bool created = false;
    const std::unique_ptr<Database> db = ServerDatabase::initialise(spec, &created);
    if (created || db->migratedFrom() == 0)
        out() << CliText::tr("created %1 (schema version %2)").arg(spec.fullName()).arg(db->schemaVersion()) << '\n';
    else
        out() << CliText::tr("%1 is at schema version %2").arg(spec.fullName()).arg(db->schemaVersion()) << '\n';
    return Success;
}

// `server push FILE URL` / `server pull URL FILE`: the whole database
// moved, each table's rows counted on both sides.
int serverMove(const QStringList &args, bool push)
{
    const QString usage = push
        ? CliText::tr("Usage: profrost-cli server push FILE postgresql://USER@HOST[:PORT]/DBNAME [--replace]\n"
                      "Copies every row of the database file FILE to the server's database (made with server init),\n"
                      "in one transaction, and compares the rows of every table. --replace: the server's database\n"
                      "already holds a registry, and it is replaced.")
        : CliText::tr("Usage: profrost-cli server pull postgresql://USER@HOST[:PORT]/DBNAME FILE [--replace]\n"
                      "Copies every row of the server's database into the database file FILE (made when missing),\n"
                      "in one transaction, and compares the rows of every table. --replace: FILE already holds a\n"
                      "registry, and it is replaced.");
    QCommandLineParser parser;
    const QCommandLineOption replace(u"replace"_s, CliText::tr("Replace the registry the receiving database holds."));
    parser.addOption(replace);
    if (!parseOptions(parser, args, usage))
        return Success;
    const QString first = requirePositional(parser, 0, 2, push ? CliText::tr("the database file") : CliText::tr("the server's URL"), usage);
    const QString second = requirePositional(parser, 1, 2, push ? CliText::tr("the server's URL") : CliText::tr("the database file"), usage);
    const QString file = push ? first : second;
    const QString url = push ? second : first;
    requireServerUrl(url, usage);
    if (ConnectionSpec::isServerUrl(file))
        throw UsageError(CliText::tr("'%1' is a server's URL; a file was expected here.").arg(file) + u'\n' + usage);
    Database fileDb(databaseSpec(file));
    openDatabase(fileDb, !push);
    Database server(databaseSpec(url));
    openDatabase(server, false);
    const QList<DatabaseCopy::TableCount> counts =
        DatabaseCopy::copy(push ? fileDb : server, push ? server : fileDb, parser.isSet(replace));
    qint64 rows = 0;
    for (const DatabaseCopy::TableCount &c : counts) {
        out() << QStringLiteral("%1 %2 = %3").arg(c.table, -28).arg(c.source, 8).arg(c.target, 8) << '\n';
        rows += c.target;
    }
    out() << CliText::tr("copied %1 rows of %2 tables from %3 to %4; every table's rows agree")
                 .arg(rows)
                 .arg(counts.size())
                 .arg(push ? fileDb.connectionSpec().fullName() : server.connectionSpec().fullName(),
                      push ? server.connectionSpec().fullName() : fileDb.connectionSpec().fullName())
          << '\n';
    return Success;
}

// A new user's password, typed without echo at a terminal or read as the
// first line of the standard input.
QString readPassword()
{
    const bool terminal = isatty(fileno(stdin));
#ifdef Q_OS_UNIX
    termios saved{};
    if (terminal) {
        err() << CliText::tr("Password: ") << Qt::flush;
        tcgetattr(fileno(stdin), &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(stdin), TCSANOW, &quiet);
    }
#endif
    QTextStream in(stdin);
    const QString password = in.readLine();
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(fileno(stdin), TCSANOW, &saved);
        err() << '\n';
    }
#endif
    return password;
}

int serverUser(const QStringList &args)
{
    const QString usage = CliText::tr(
        "Usage: profrost-cli server user add postgresql://USER@HOST[:PORT]/DBNAME LOGIN --role ROLE\n"
        "           [--municipality NAME] [--organisation NAME] [--association NAME] [--password]\n"
        "       profrost-cli server user list postgresql://USER@HOST[:PORT]/DBNAME\n"
        "ROLE: admin, methodist (of a municipality, or of all without one), rmo_head (needs --association),\n"
        "school_head (needs --organisation), observer. The login is made on the server when missing;\n"
        "--password reads its password from the standard input (typed unseen at a terminal).");
    const QString action = args.value(1);
    QCommandLineParser parser;
    const QCommandLineOption role(u"role"_s, CliText::tr("The user's role."), u"ROLE"_s);
    const QCommandLineOption municipality(u"municipality"_s, CliText::tr("The municipality the role is limited to."),
                                          u"NAME"_s);
    const QCommandLineOption organisation(u"organisation"_s, CliText::tr("The organisation of its head."), u"NAME"_s);
    const QCommandLineOption association(u"association"_s, CliText::tr("The association of its head."), u"NAME"_s);
    const QCommandLineOption password(u"password"_s, CliText::tr("Set the login's password (read from the standard input)."));
    parser.addOptions({role, municipality, organisation, association, password});
    if (!parseOptions(parser, QStringList{args.value(0) + u' ' + action} + args.mid(2), usage))
        return Success;
    if (action != u"add" && action != u"list")
        throw UsageError((action.isEmpty() ? QString() : CliText::tr("Unknown server user command '%1'.").arg(action) + u'\n')
                         + usage);
    const bool adding = action == u"add";
    const QString url = requirePositional(parser, 0, adding ? 2 : 1, CliText::tr("the server's URL"), usage);
    requireServerUrl(url, usage);
    ServerSecurity::NewUser user;
    if (adding) {
        user.login = requirePositional(parser, 1, 2, CliText::tr("the login"), usage);
        const std::optional<UserAccess::Role> chosen = UserAccess::fromKey(parser.value(role));
        if (!parser.isSet(role) || !chosen || *chosen == UserAccess::Role::None)
            throw UsageError(CliText::tr("--role must be admin, methodist, rmo_head, school_head or observer.") + u'\n'
                             + usage);
        user.role = *chosen;
        user.municipality = parser.value(municipality);
        user.organisation = parser.value(organisation);
        user.association = parser.value(association);
    }
    Database db(databaseSpec(url));
    openDatabase(db, !adding);
    if (!adding) {
        for (const ServerSecurity::User &u : ServerSecurity::users(db))
            out() << QStringLiteral("%1\t%2\t%3").arg(u.login, UserAccess::key(u.role), u.scope) << '\n';
        return Success;
    }
    if (parser.isSet(password)) {
        user.password = readPassword();
        if (user.password.isEmpty())
            throw UsageError(CliText::tr("No password was given."));
    }
    ServerSecurity::addUser(db, user);
    out() << CliText::tr("%1 is %2 in %3").arg(user.login, UserAccess::title(user.role), db.connectionSpec().fullName());
    const QString scope = user.association.isEmpty() ? (user.organisation.isEmpty() ? user.municipality : user.organisation)
                                                     : user.association;
    if (!scope.isEmpty())
        out() << CliText::tr(" (%1)").arg(scope);
    out() << '\n';
    return Success;
}

// `server audit URL [--user L] [--table T] [--from D] [--to D] [--limit N] [--out FILE]`:
// the server's log of changes, newest first, on the screen or into a table.
int serverAudit(const QStringList &args)
{
    const QString usage = CliText::tr(
        "Usage: profrost-cli server audit postgresql://USER@HOST[:PORT]/DBNAME [--user LOGIN] [--table TABLE]\n"
        "           [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N] [--out FILE.csv|FILE.xlsx]\n"
        "The changes the server logged, newest first (1000 unless --limit). Read by an administrator.");
    QCommandLineParser parser;
    const QCommandLineOption user(u"user"_s, CliText::tr("Only this login's changes."), u"LOGIN"_s);
    const QCommandLineOption table(u"table"_s, CliText::tr("Only this table's changes."), u"TABLE"_s);
    const QCommandLineOption from(u"from"_s, CliText::tr("From this day."), u"YYYY-MM-DD"_s);
    const QCommandLineOption to(u"to"_s, CliText::tr("To this day, inclusive."), u"YYYY-MM-DD"_s);
    const QCommandLineOption limit(u"limit"_s, CliText::tr("At most this many entries."), u"N"_s, u"1000"_s);
    const QCommandLineOption outFile(u"out"_s, CliText::tr("Write the entries to a table file."), u"FILE"_s);
    parser.addOptions({user, table, from, to, limit, outFile});
    if (!parseOptions(parser, args, usage))
        return Success;
    const QString url = requirePositional(parser, 0, 1, CliText::tr("the server's URL"), usage);
    requireServerUrl(url, usage);
    AuditLog::Filter filter;
    filter.login = parser.value(user);
    filter.table = parser.value(table);
    if (parser.isSet(from))
        filter.from = parseDateOption(parser.value(from), u"from"_s);
    if (parser.isSet(to))
        filter.to = parseDateOption(parser.value(to), u"to"_s);
    filter.limit = parseIntOption(parser.value(limit), u"limit"_s, 1, 1000000);
    Database db(databaseSpec(url));
    openDatabase(db, false);
    if (!AuditLog::available(db))
        throw Error(CliText::tr("%1 keeps no audit log: run profrost-cli server init on it.").arg(db.connectionSpec().fullName()));
    const QList<AuditLog::Entry> entries = AuditLog::entries(db, filter);
    if (parser.isSet(outFile)) {
        QList<QStringList> rows;
        for (const AuditLog::Entry &e : entries)
            rows << e.cells();
        TableWriter::write(parser.value(outFile), AuditLog::header(), rows, CliText::tr("Audit log"));
        out() << CliText::tr("wrote %1 entries to %2").arg(entries.size()).arg(parser.value(outFile)) << '\n';
        return Success;
    }
    for (const AuditLog::Entry &e : entries)
        out() << e.cells().join(u'\t') << '\n';
    return Success;
}

} // namespace

int cmdServer(const QStringList &args)
{
    const QString usage = CliText::tr("Usage: profrost-cli server init|push|pull|user|audit ...");
    const QString subject = args.value(1);
    if (subject == u"init")
        return serverInit(QStringList{args.value(0) + u" init"} + args.mid(2));
    if (subject == u"audit")
        return serverAudit(QStringList{args.value(0) + u" audit"} + args.mid(2));
    if (subject == u"user")
        return serverUser(QStringList{args.value(0) + u" user"} + args.mid(2));
    if (subject == u"push" || subject == u"pull")
        return serverMove(QStringList{args.value(0) + u' ' + subject} + args.mid(2), subject == u"push");
    throw UsageError(subject.isEmpty() ? usage : CliText::tr("Unknown server command '%1'.").arg(subject) + u'\n' + usage);
}

} // namespace profrost::cli
