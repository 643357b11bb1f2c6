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

TEST_CASE("server push and pull move a whole database and compare every table's rows", "[cli][server]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"district.sqlite"_s);
    CliResult r = runCli({u"demo"_s, file, u"--teachers"_s, u"300"_s}, {}, QDate(2026, 12, 2));
    INFO(r);
    REQUIRE(r.exitCode == 0);
    // The two places in the wrong order: refused before anything is opened.
    r = runCli({u"server"_s, u"push"_s, u"postgresql://metodist@127.0.0.1:1/profrost"_s, file});
    INFO(r);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"is not a server's URL"_s));

    const QString server = testServer();
    if (server.isEmpty())
        return;
    const ConnectionSpec admin = ConnectionSpec::fromText(server);
    const QString name = u"profrost_push_%1"_s.arg(QCoreApplication::applicationPid());
    DropAtEnd drop{admin, name};
    ConnectionSpec target = admin;
    target.databaseName = name;
    const QString url = target.url();
    REQUIRE(runCli({u"server"_s, u"init"_s, url}).exitCode == 0);

    r = runCli({u"server"_s, u"push"_s, file, url});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"every table's rows agree"_s));
    CHECK(QRegularExpression(u"teacher +300 = +300\n"_s).match(r.out).hasMatch());
    // The same numbers from the server as from the file.
    const QDate day(2026, 12, 2);
    const CliResult onFile = runCli({u"indicators"_s, file, u"--as-of"_s, u"2026-12-02"_s, u"--json"_s}, {}, day);
    const CliResult onServer = runCli({u"indicators"_s, url, u"--as-of"_s, u"2026-12-02"_s, u"--json"_s}, {}, day);
    REQUIRE(onFile.exitCode == 0);
    REQUIRE(onServer.exitCode == 0);
    CHECK(onServer.out == onFile.out);
    // A new teacher on the server gets the next id, not one the copy brought.
    const QString csv = writeFile(dir.path(), u"one.csv"_s,
                                  "ФИО;Дата рождения;Муниципалитет;Организация;Должность\n"
                                  "Орлова Анна Петровна;05.03.1980;Шарыповский округ;МБОУ СОШ № 1;учитель\n");
    r = runCli({u"import"_s, u"teachers"_s, url, csv}, {}, day);
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"imported 1,"_s));

    // A second push would replace that registry: only when asked.
    r = runCli({u"server"_s, u"push"_s, file, url});
    INFO(r);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"already holds organisations or teachers"_s));

    // Back into a new file: 301 teachers, and the file's own numbers agree with the server's.
    const QString back = dir.filePath(u"back.sqlite"_s);
    r = runCli({u"server"_s, u"pull"_s, url, back});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(QRegularExpression(u"teacher +301 = +301\n"_s).match(r.out).hasMatch());
    const CliResult pulled = runCli({u"indicators"_s, back, u"--as-of"_s, u"2026-12-02"_s, u"--json"_s}, {}, day);
    const CliResult serverNow = runCli({u"indicators"_s, url, u"--as-of"_s, u"2026-12-02"_s, u"--json"_s}, {}, day);
    CHECK(pulled.out == serverNow.out);

    r = runCli({u"server"_s, u"push"_s, file, url, u"--replace"_s});
    INFO(r);
    CHECK(r.exitCode == 0);
    CHECK(QRegularExpression(u"teacher +300 = +300\n"_s).match(r.out).hasMatch());
}

TEST_CASE("server user add gives a login a role the server keeps in every command", "[cli][server]")
{
    CliResult r = runCli({u"server"_s, u"user"_s, u"add"_s, u"postgresql://metodist@127.0.0.1:1/profrost"_s, u"ivanova"_s,
                          u"--role"_s, u"director"_s});
    INFO(r);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"--role must be admin, methodist, rmo_head, school_head or observer."_s));

    const QString server = testServer();
    if (server.isEmpty())
        return;
    QTemporaryDir dir;
    const QDate day(2026, 12, 2);
    const QString file = dir.filePath(u"district.sqlite"_s);
    REQUIRE(runCli({u"demo"_s, file, u"--teachers"_s, u"300"_s}, {}, day).exitCode == 0);
    const ConnectionSpec admin = ConnectionSpec::fromText(server);
    const QString name = u"profrost_users_%1"_s.arg(QCoreApplication::applicationPid());
    const QString observer = u"obs_%1"_s.arg(QCoreApplication::applicationPid());
    const QString head = u"head_%1"_s.arg(QCoreApplication::applicationPid());
    struct DropLogins
    {
        ConnectionSpec admin;
        QStringList logins;
        ~DropLogins()
        {
            for (const QString &login : std::as_const(logins))
                runOnServer(admin, u"DROP ROLE IF EXISTS %1"_s.arg(login));
        }
    } dropLogins{admin, {observer, head}}; // after the database (declared before it)
    DropAtEnd drop{admin, name};
    ConnectionSpec target = admin;
    target.databaseName = name;
    const QString url = target.url();
    REQUIRE(runCli({u"server"_s, u"init"_s, url}).exitCode == 0);
    REQUIRE(runCli({u"server"_s, u"push"_s, file, url}).exitCode == 0);

    r = runCli({u"server"_s, u"user"_s, u"add"_s, url, observer, u"--role"_s, u"observer"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(u"%1 is observer in "_s.arg(observer)));
    r = runCli({u"server"_s, u"user"_s, u"add"_s, url, head, u"--role"_s, u"school_head"_s, u"--organisation"_s,
                u"СОШ № 77"_s});
    INFO(r);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"The registry has no organisation \"СОШ № 77\"."_s));
    r = runCli({u"server"_s, u"user"_s, u"add"_s, url, head, u"--role"_s, u"school_head"_s, u"--organisation"_s,
                u"СОШ № 2"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"is head of the organisation in"_s));
    r = runCli({u"server"_s, u"user"_s, u"list"_s, url});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == u"%1\tschool_head\tМАОУ СОШ № 2\n%2\tobserver\t\n"_s.arg(head, observer));

    // As the observer: the whole registry is read; an import is refused before any row (as the server would refuse it).
    ConnectionSpec asObserver = target;
    asObserver.user = observer;
    const QString out = dir.filePath(u"all.csv"_s);
    r = runCli({u"export"_s, u"teachers"_s, asObserver.url(), out});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"exported 300 teachers"_s));
    const QString csv = writeFile(dir.path(), u"one.csv"_s,
                                  "ФИО;Дата рождения;Муниципалитет;Организация;Должность\n"
                                  "Орлова Анна Петровна;05.03.1980;Ермаковский муниципальный округ;МАОУ СОШ № 2;учитель\n");
    r = runCli({u"import"_s, u"teachers"_s, asObserver.url(), csv}, {}, day);
    INFO(r);
    CHECK(r.exitCode == 2); // the file refused, as a file with a missing column is
    CHECK(r.err.contains(u"your role on the server (observer) may not change the registry of teachers"_s));
    // As the head of СОШ № 2: only its teachers, and its new teacher is taken.
    ConnectionSpec asHead = target;
    asHead.user = head;
    r = runCli({u"export"_s, u"teachers"_s, asHead.url(), out});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QString own = QString::fromUtf8(readBytes(out));
    CHECK(own.contains(u"СОШ № 2"_s));
    CHECK_FALSE(own.contains(u"СОШ № 1;"_s));
    CHECK_FALSE(r.out.contains(u"exported 300 teachers"_s));
    r = runCli({u"import"_s, u"teachers"_s, asHead.url(), csv}, {}, day);
    INFO(r);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"imported 1,"_s));
}
