#include "cli/ServerCommand.h"

#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "store/Database.h"
#include "store/ServerDatabase.h"
#include "util/Error.h"

#include <QCommandLineParser>

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

} // namespace

int cmdServer(const QStringList &args)
{
    const QString usage = CliText::tr("Usage: profrost-cli server init URL");
    const QString subject = args.value(1);
    if (subject == u"init")
        return serverInit(QStringList{args.value(0) + u" init"} + args.mid(2));
    throw UsageError(subject.isEmpty() ? usage : CliText::tr("Unknown server command '%1'.").arg(subject) + u'\n' + usage);
}

} // namespace profrost::cli
