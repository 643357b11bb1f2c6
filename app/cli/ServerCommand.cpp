#include "cli/ServerCommand.h"

#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "store/Database.h"
#include "store/DatabaseCopy.h"
#include "store/ServerDatabase.h"
#include "util/Error.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace profrost::cli {

namespace {

int serverInit(const QStringList &args)
{
    const QString usage = CliText::tr("Usage: profrost-cli server init postgresql://USER@HOST[:PORT]/DBNAME\n"
                                      "Creates the database on the server when it is not there, and creates or "
                                      "upgrades its schema.\nThe password comes from PGPASSWORD or ~/.pgpass.");
    QCommandLineParser parser;
    if (!parseOptions(parser, args, usage))
        return Success;
    const QString url = requirePositional(parser, 0, 1, CliText::tr("the server's URL"), usage);
    if (!ConnectionSpec::isServerUrl(url))
        throw UsageError(CliText::tr("'%1' is not a server's URL; write postgresql://USER@HOST[:PORT]/DBNAME.").arg(url)
                         + u'\n' + usage);
    const ConnectionSpec spec = databaseSpec(url);
    if (!ServerDatabase::validName(spec.databaseName)) {
        try {
            ServerDatabase::createIfMissing(spec); // refuses the name, in its words
        } catch (const Error &e) {
            throw UsageError(e.message()); // bad input, not a failure of the server
        }
    }
    const bool created = ServerDatabase::createIfMissing(spec);
    Database db(spec);
    openDatabase(db, true);
    if (created || db.migratedFrom() == 0)
        out() << CliText::tr("created %1 (schema version %2)").arg(spec.fullName()).arg(db.schemaVersion()) << '\n';
    else
        out() << CliText::tr("%1 is at schema version %2").arg(spec.fullName()).arg(db.schemaVersion()) << '\n';
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
    if (!ConnectionSpec::isServerUrl(url))
        throw UsageError(CliText::tr("'%1' is not a server's URL; write postgresql://USER@HOST[:PORT]/DBNAME.").arg(url)
                         + u'\n' + usage);
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

} // namespace

int cmdServer(const QStringList &args)
{
    const QString usage = CliText::tr("Usage: profrost-cli server init|push|pull ...");
    const QString subject = args.value(1);
    if (subject == u"init")
        return serverInit(QStringList{args.value(0) + u" init"} + args.mid(2));
    if (subject == u"push" || subject == u"pull")
        return serverMove(QStringList{args.value(0) + u' ' + subject} + args.mid(2), subject == u"push");
    throw UsageError(subject.isEmpty() ? usage : CliText::tr("Unknown server command '%1'.").arg(subject) + u'\n' + usage);
}

} // namespace profrost::cli
