// `profrost-cli server init` as an administrator runs it. On the test
// server of scripts/test's second pass (PROFROST_TEST_POSTGRES) it makes a
// database of its own and drops it again; without a server, what it refuses
// before connecting anywhere.
#include <catch2/catch.hpp>

#include "store/ConnectionSpec.h"
#include "support/CliFixtures.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

// Drops `database` on the test server, whatever the test left.
struct DropAtEnd
{
    ConnectionSpec admin;
    QString database;
    ~DropAtEnd()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"server-test-drop"_s);
            db.setHostName(admin.host);
            db.setPort(admin.port);
            db.setDatabaseName(admin.databaseName);
            db.setUserName(admin.user);
            if (db.open())
                QSqlQuery(db).exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"server-test-drop"_s);
    }
};

} // namespace

TEST_CASE("server init refuses a file and a database name it cannot create, before connecting", "[cli][server]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"profrost.sqlite"_s);
    CliResult r = runCli({u"server"_s, u"init"_s, file});
    INFO(r);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"is not a server's URL; write postgresql://USER@HOST[:PORT]/DBNAME"_s));
    CHECK_FALSE(QFile::exists(file));

    // A name that would need quoting: refused as bad input, nothing asked of any server.
    r = runCli({u"server"_s, u"init"_s, u"postgresql://metodist@127.0.0.1:1/imc-2026"_s});
    INFO(r);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"\"imc-2026\" cannot be a database's name here"_s));
}

TEST_CASE("server init creates the database and its schema once, and the CLI then works on it", "[cli][server]")
{
    const QString server = testServer();
    if (server.isEmpty()) {
        // No server here: the command names the one it could not reach.
        const CliResult r = runCli({u"server"_s, u"init"_s, u"postgresql://metodist@127.0.0.1:1/profrost"_s});
        INFO(r);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(u"Cannot connect to the server 127.0.0.1:1 as metodist"_s));
        return;
    }
    const ConnectionSpec admin = ConnectionSpec::fromText(server);
    const QString name = u"profrost_server_init_%1"_s.arg(QCoreApplication::applicationPid());
    DropAtEnd drop{admin, name};
    ConnectionSpec target = admin;
    target.databaseName = name;
    const QString url = target.url();

    CliResult r = runCli({u"server"_s, u"init"_s, url});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(u"created %1 (schema version "_s.arg(target.fullName())));
    r = runCli({u"server"_s, u"init"_s, url});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"is at schema version"_s));

    // The same commands as on a file: a teacher in, the registry out.
    QTemporaryDir dir;
    const QString csv = writeFile(dir.path(), u"teachers.csv"_s,
                                  "ФИО;Дата рождения;Муниципалитет;Организация;Должность\n"
                                  "Орлова Анна Петровна;05.03.1980;Шарыповский округ;МБОУ СОШ № 1;учитель\n");
    r = runCli({u"import"_s, u"teachers"_s, url, csv}, {}, QDate(2026, 12, 2));
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"imported 1, updated 0, rejected 0"_s));
    // A server's database is backed up by its administrator: no copy, and no error for it.
    CHECK_FALSE(r.err.contains(u"backup"_s));
    const QString out = dir.filePath(u"out.csv"_s);
    r = runCli({u"export"_s, u"teachers"_s, url, out});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(QString::fromUtf8(readBytes(out)).contains(u"Орлова Анна Петровна;05.03.1980"_s));
    r = runCli({u"backup"_s, url});
    INFO(r);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"its administrator backs it up and restores it with pg_dump and pg_restore"_s));
}
