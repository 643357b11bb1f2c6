// End-to-end tests of profrost-cli: every test runs the real executable with
// QProcess against databases in a temporary folder and checks what a user
// would check: the exit code, the messages and the files on disk.

#include <catch2/catch.hpp>

#include "support/CliFixtures.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <ostream>

using namespace profrost::test;

namespace {

QString u8(const char *text) { return QString::fromUtf8(text); }

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString importFile(const char *name) { return dataFile(QStringLiteral("import/") + QString::fromUtf8(name)); }
QString cliFile(const char *name) { return dataFile(QStringLiteral("cli/") + QString::fromUtf8(name)); }

// A temporary folder with helpers for databases and exports inside it.
class Workspace
{
public:
    Workspace() { REQUIRE(m_dir.isValid()); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    QString dir() const { return m_dir.path(); }

    CliResult run(const QStringList &args) const { return runCli(args, m_dir.path()); }

    // `init DB`, which must succeed.
    QString init(const char *name) const
    {
        const QString db = path(name);
        const CliResult r = run({QStringLiteral("init"), db});
        INFO(r);
        REQUIRE(r.exitCode == 0);
        return db;
    }

    // `import teachers DB FILE` of a file that must import cleanly.
    void importClean(const QString &db, const QString &file) const
    {
        const CliResult r = run({QStringLiteral("import"), QStringLiteral("teachers"), db, file});
        INFO(r);
        REQUIRE(r.exitCode == 0);
    }

    // `export teachers DB FILE`; returns the bytes written and the reported teacher count.
    QByteArray exportCsv(const QString &db, int *teachers = nullptr) const
    {
        const QString file = path(QStringLiteral("export-%1.csv").arg(++m_exports));
        const CliResult r = run({QStringLiteral("export"), QStringLiteral("teachers"), db, file});
        INFO(r);
        REQUIRE(r.exitCode == 0);
        static const QRegularExpression count(QStringLiteral("exported (\\d+) teachers to "));
        const QRegularExpressionMatch m = count.match(r.out);
        REQUIRE(m.hasMatch());
        if (teachers)
            *teachers = m.captured(1).toInt();
        REQUIRE(QFileInfo::exists(file));
        return fileBytes(file);
    }

    int teacherCount(const QString &db) const
    {
        int n = -1;
        exportCsv(db, &n);
        return n;
    }

private:
    QTemporaryDir m_dir;
    mutable int m_exports = 0;
};

// A database with the good file imported: 4 teachers and the municipality
// that the bad file relies on.
QString goodDatabase(const Workspace &w, const char *name)
{
    const QString db = w.init(name);
    w.importClean(db, importFile("teachers_good.csv"));
    return db;
}

// An SQLite file written by "another program".
QString foreignSqlite(const Workspace &w, const char *name, bool withMetaTable)
{
    const QString path = w.path(name);
    const QString connection = QStringLiteral("cli-test-foreign");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        if (withMetaTable) {
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")));
            REQUIRE(q.exec(QStringLiteral("INSERT INTO meta VALUES ('application', 'somebody-else'), "
                                          "('schema_version', '3')")));
        } else {
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")));
            REQUIRE(q.exec(QStringLiteral("INSERT INTO customers (name) VALUES ('Acme'), ('Globex')")));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return path;
}

const QString kImport = QStringLiteral("import");
const QString kExport = QStringLiteral("export");
const QString kTeachers = QStringLiteral("teachers");

} // namespace

// ---------------------------------------------------------------- help and usage

TEST_CASE("profrost-cli --help lists the commands and the exit codes", "[cli]")
{
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("help")}) {
        const CliResult r = runCli({flag});
        INFO(r);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(u"Usage: profrost-cli <command>"));
        CHECK(r.out.contains(u"init DB"));
        CHECK(r.out.contains(u"demo DB [--teachers N] [--seed S]"));
        CHECK(r.out.contains(u"import teachers DB FILE [--dry-run] [--strict]"));
        CHECK(r.out.contains(u"export teachers DB FILE"));
        CHECK(r.out.contains(u"Exit codes: 0 success, 2 bad input"));
        CHECK(r.err.isEmpty());
    }
}

TEST_CASE("profrost-cli --version prints the version", "[cli]")
{
    const CliResult r = runCli({QStringLiteral("--version")});
    INFO(r);
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(u"profrost-cli "));
    CHECK(r.out.trimmed().size() > QStringLiteral("profrost-cli ").size());
}

TEST_CASE("The --help of every command exits 0 and lists its options", "[cli]")
{
    SECTION("init")
    {
        const CliResult r = runCli({QStringLiteral("init"), QStringLiteral("--help")});
        INFO(r);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(u"Usage: profrost-cli init DB"));
        CHECK(r.out.contains(u"--help"));
    }
    SECTION("demo")
    {
        const CliResult r = runCli({QStringLiteral("demo"), QStringLiteral("--help")});
        INFO(r);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(u"Usage: profrost-cli demo DB [--teachers N] [--seed S]"));
        CHECK(r.out.contains(u"--teachers <N>"));
        CHECK(r.out.contains(u"--seed <S>"));
    }
    SECTION("import teachers")
    {
        const CliResult r = runCli({kImport, kTeachers, QStringLiteral("--help")});
        INFO(r);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(u"Usage: profrost-cli import teachers DB FILE [--dry-run] [--strict]"));
        CHECK(r.out.contains(u"--dry-run"));
        CHECK(r.out.contains(u"--strict"));
    }
    SECTION("export teachers")
    {
        const CliResult r = runCli({kExport, kTeachers, QStringLiteral("-h")});
        INFO(r);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(u"Usage: profrost-cli export teachers DB FILE"));
        CHECK(r.out.contains(u".xlsx or .csv"));
    }
    SECTION("import / export without a subject")
    {
        for (const QString &verb : {kImport, kExport}) {
            const CliResult r = runCli({verb, QStringLiteral("--help")});
            INFO(r);
            CHECK(r.exitCode == 0);
            CHECK(r.out.contains(QStringLiteral("Usage: profrost-cli %1 teachers").arg(verb)));
        }
    }
}

TEST_CASE("No arguments: exit 2 with the usage on stderr", "[cli]")
{
    const CliResult r = runCli({});
    INFO(r);
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(u"Usage: profrost-cli <command>"));
    CHECK(r.err.contains(u"import teachers DB FILE"));
}

TEST_CASE("Unknown commands, subjects and options are bad input", "[cli]")
{
    Workspace w;
    SECTION("unknown command")
    {
        const CliResult r = w.run({QStringLiteral("frobnicate")});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"Unknown command 'frobnicate'"));
        CHECK(r.err.contains(u"Usage: profrost-cli <command>"));
    }
    SECTION("unknown subject")
    {
        const CliResult r = w.run({kImport, QStringLiteral("pupils"), w.path("x.profrost"), w.path("x.csv")});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"Unknown subject 'pupils'"));
    }
    SECTION("import without a subject")
    {
        const CliResult r = w.run({kImport});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"Usage: profrost-cli import teachers"));
    }
    SECTION("unknown option: nothing is created")
    {
        const QString db = w.path("new.profrost");
        const CliResult r = w.run({QStringLiteral("init"), db, QStringLiteral("--frobnicate")});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"frobnicate"));
        CHECK_FALSE(QFileInfo::exists(db));
    }
    SECTION("missing positional arguments")
    {
        const CliResult noDb = w.run({QStringLiteral("init")});
        INFO(noDb);
        CHECK(noDb.exitCode == 2);
        CHECK(noDb.err.contains(u"Missing the database path."));

        const CliResult noFile = w.run({kImport, kTeachers, w.path("x.profrost")});
        INFO(noFile);
        CHECK(noFile.exitCode == 2);
        CHECK(noFile.err.contains(u"Missing the file to import."));

        const CliResult noOut = w.run({kExport, kTeachers, w.path("x.profrost")});
        INFO(noOut);
        CHECK(noOut.exitCode == 2);
        CHECK(noOut.err.contains(u"Missing the output file."));
        CHECK_FALSE(QFileInfo::exists(w.path("x.profrost")));
    }
}

// ---------------------------------------------------------------- init

TEST_CASE("init creates an empty database, a second init on the same path is refused", "[cli]")
{
    Workspace w;
    const QString db = w.path("registry.profrost");
    const CliResult first = w.run({QStringLiteral("init"), db});
    INFO(first);
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("created %1 (schema version ").arg(db)));
    REQUIRE(QFileInfo(db).isFile());
    CHECK(fileBytes(db).startsWith(QByteArrayLiteral("SQLite format 3")));
    CHECK(w.teacherCount(db) == 0);

    const QByteArray before = fileBytes(db);
    const CliResult second = w.run({QStringLiteral("init"), db});
    INFO(second);
    CHECK(second.exitCode == 2);
    CHECK(second.err.contains(u"already exists"));
    CHECK(fileBytes(db) == before);
}

TEST_CASE("init creates missing parent folders", "[cli]")
{
    Workspace w;
    const QString db = w.path("a/b/registry.profrost");
    const CliResult r = w.run({QStringLiteral("init"), db});
    INFO(r);
    CHECK(r.exitCode == 0);
    CHECK(QFileInfo(db).isFile());
}

// ---------------------------------------------------------------- demo

TEST_CASE("demo creates the requested number of teachers, deterministically for a seed", "[cli]")
{
    Workspace w;
    const QString a = w.path("a.profrost");
    const QString b = w.path("b.profrost");
    const QString c = w.path("c.profrost");
    const QStringList options = {QStringLiteral("--teachers"), QStringLiteral("300"), QStringLiteral("--seed")};

    const CliResult ra = w.run(QStringList{QStringLiteral("demo"), a} + options + QStringList{QStringLiteral("5")});
    INFO(ra);
    REQUIRE(ra.exitCode == 0);
    CHECK(ra.out.contains(QStringLiteral("demo database %1: ").arg(a)));
    CHECK(ra.out.contains(u" 300 teachers ("));

    const CliResult rb = w.run(QStringList{QStringLiteral("demo"), b} + options + QStringList{QStringLiteral("5")});
    INFO(rb);
    REQUIRE(rb.exitCode == 0);
    const CliResult rc = w.run(QStringList{QStringLiteral("demo"), c} + options + QStringList{QStringLiteral("6")});
    INFO(rc);
    REQUIRE(rc.exitCode == 0);
    CHECK(rc.out.contains(u" 300 teachers ("));

    int na = 0, nb = 0, nc = 0;
    const QByteArray ea = w.exportCsv(a, &na);
    const QByteArray eb = w.exportCsv(b, &nb);
    const QByteArray ec = w.exportCsv(c, &nc);
    CHECK(na == 300);
    CHECK(nb == 300);
    CHECK(nc == 300);
    CHECK(ea.size() > 1000);
    CHECK(ea == eb); // same seed: byte-identical exports
    CHECK(ea != ec); // another seed: another municipality
}

TEST_CASE("demo refuses bad numbers before creating anything", "[cli]")
{
    Workspace w;
    const QString db = w.path("demo.profrost");
    const auto demo = [&](const char *option, const char *value) {
        return w.run({QStringLiteral("demo"), db, QString::fromUtf8(option), QString::fromUtf8(value)});
    };
    for (const char *bad : {"abc", "0", "-3", "200001", "12x"}) {
        const CliResult r = demo("--teachers", bad);
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"--teachers must be a number from 1 to 200000."));
    }
    for (const char *bad : {"abc", "-1"}) {
        const CliResult r = demo("--seed", bad);
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"--seed must be a non-negative number."));
    }
    CHECK_FALSE(QFileInfo::exists(db));
}

TEST_CASE("demo goes only into a new database, an existing registry is left alone", "[cli]")
{
    Workspace w;
    const QString db = goodDatabase(w, "registry.profrost");
    const QByteArray before = w.exportCsv(db);
    const CliResult r = w.run({QStringLiteral("demo"), db, QStringLiteral("--teachers"), QStringLiteral("10")});
    INFO(r);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"new, empty database"));
    CHECK(w.exportCsv(db) == before);
}

// ---------------------------------------------------------------- import

TEST_CASE("Importing the good file twice: 4 teachers, then nothing new", "[cli]")
{
    Workspace w;
    const QString db = w.init("registry.profrost");
    const QStringList args = {kImport, kTeachers, db, importFile("teachers_good.csv")};

    const CliResult first = w.run(args);
    INFO(first);
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(u"imported 4, updated 0, rejected 0"));
    CHECK(linesStartingWith(first.err, QStringLiteral("rejected:")).isEmpty());
    int teachers = 0;
    const QByteArray exported = w.exportCsv(db, &teachers);
    CHECK(teachers == 4);
    const QString text = QString::fromUtf8(exported);
    CHECK(text.contains(u8("Иванова Мария Петровна")));
    CHECK(text.contains(u8("Козлова Ольга Юрьевна")));

    const CliResult second = w.run(args);
    INFO(second);
    CHECK(second.exitCode == 0);
    CHECK(second.out.contains(u"imported 0, updated 0, rejected 0"));
    CHECK(second.out.contains(u"(4 already up to date)"));
    CHECK(w.exportCsv(db) == exported);
}

TEST_CASE("Importing changed rows updates the known teacher and adds the new one", "[cli]")
{
    Workspace w;
    const QString db = goodDatabase(w, "registry.profrost");
    const CliResult r = w.run({kImport, kTeachers, db, cliFile("teachers_update.csv")});
    INFO(r);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"imported 1, updated 1, rejected 0"));
    int teachers = 0;
    const QString text = QString::fromUtf8(w.exportCsv(db, &teachers));
    CHECK(teachers == 5);
    CHECK(text.contains(u8("+7 913 555-44-33")));
    CHECK(text.contains(u8("Новикова Вера Андреевна")));
}

TEST_CASE("The bad file: valid rows are imported, every rejected row is explained, exit 2", "[cli]")
{
    Workspace w;
    const QString db = goodDatabase(w, "registry.profrost");
    const CliResult r = w.run({kImport, kTeachers, db, importFile("teachers_bad.csv")});
    INFO(r);
    CHECK(r.exitCode == 2);
    CHECK(r.out.contains(u"imported 1, updated 0, rejected 8"));

    const QStringList rejected = linesStartingWith(r.err, QStringLiteral("rejected: row "));
    CHECK(rejected.size() >= 8);
    for (int row : {2, 3, 4, 6, 7, 8, 9, 10}) {
        INFO("row " << row);
        CHECK_FALSE(linesStartingWith(r.err, QStringLiteral("rejected: row %1, ").arg(row)).isEmpty());
    }
    CHECK(linesStartingWith(r.err, QStringLiteral("rejected: row 5, ")).isEmpty()); // the valid row
    const QStringList row3 = linesStartingWith(r.err, QStringLiteral("rejected: row 3, "));
    REQUIRE(row3.size() == 1);
    CHECK(row3.first().contains(u8("СНИЛС")));
    const QStringList row2 = linesStartingWith(r.err, QStringLiteral("rejected: row 2, "));
    REQUIRE_FALSE(row2.isEmpty());
    CHECK(row2.first().contains(u8("Дата рождения")));
    const QStringList row4 = linesStartingWith(r.err, QStringLiteral("rejected: row 4, "));
    REQUIRE_FALSE(row4.isEmpty());
    CHECK(row4.first().contains(u8("вторая")));
    const QStringList row6 = linesStartingWith(r.err, QStringLiteral("rejected: row 6, "));
    REQUIRE_FALSE(row6.isEmpty());
    CHECK(row6.first().contains(u"repeats row 5"));
    const QStringList row8 = linesStartingWith(r.err, QStringLiteral("rejected: row 8, "));
    REQUIRE_FALSE(row8.isEmpty());
    CHECK(row8.first().contains(u8("Должность")));

    int teachers = 0;
    const QString text = QString::fromUtf8(w.exportCsv(db, &teachers));
    CHECK(teachers == 5);
    CHECK(text.contains(u8("Морозова Наталья Ивановна")));
    CHECK_FALSE(text.contains(u8("Волкова")));
}

TEST_CASE("The bad file with --strict imports nothing and exits 2", "[cli]")
{
    Workspace w;
    const QString db = goodDatabase(w, "registry.profrost");
    const QByteArray before = w.exportCsv(db);
    const CliResult r = w.run({kImport, kTeachers, db, importFile("teachers_bad.csv"), QStringLiteral("--strict")});
    INFO(r);
    CHECK(r.exitCode == 2);
    CHECK(r.out.contains(u"imported 0, updated 0, rejected 8 (strict: nothing was imported)"));
    CHECK(linesStartingWith(r.err, QStringLiteral("rejected: row ")).size() >= 8);
    int teachers = 0;
    CHECK(w.exportCsv(db, &teachers) == before);
    CHECK(teachers == 4);
}

TEST_CASE("Strict mode with a clean file imports as usual", "[cli]")
{
    Workspace w;
    const QString db = w.init("registry.profrost");
    const CliResult r = w.run({kImport, kTeachers, db, importFile("teachers_good.csv"), QStringLiteral("--strict")});
    INFO(r);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"imported 4, updated 0, rejected 0"));
    CHECK(w.teacherCount(db) == 4);
}

TEST_CASE("A dry run reports but changes nothing", "[cli]")
{
    Workspace w;
    SECTION("the bad file")
    {
        const QString db = goodDatabase(w, "registry.profrost");
        const QByteArray before = w.exportCsv(db);
        const CliResult r =
            w.run({kImport, kTeachers, db, importFile("teachers_bad.csv"), QStringLiteral("--dry-run")});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.out.contains(u"imported 0, updated 0, rejected 8 (dry run: nothing was changed, 1 rows are valid)"));
        CHECK(linesStartingWith(r.err, QStringLiteral("rejected: row ")).size() >= 8);
        CHECK(w.exportCsv(db) == before);
    }
    SECTION("the good file")
    {
        const QString db = w.init("registry.profrost");
        const QByteArray before = w.exportCsv(db);
        const CliResult r =
            w.run({kImport, kTeachers, db, importFile("teachers_good.csv"), QStringLiteral("--dry-run")});
        INFO(r);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(u"imported 0, updated 0, rejected 0 (dry run: nothing was changed, 5 rows are valid)"));
        int teachers = -1;
        CHECK(w.exportCsv(db, &teachers) == before);
        CHECK(teachers == 0);
    }
    SECTION("an update is listed with its old and new values")
    {
        const QString db = goodDatabase(w, "registry.profrost");
        const QByteArray before = w.exportCsv(db);
        const QString file = writeFile(w.dir(), QStringLiteral("surname.csv"),
                                       u8("ФИО;Дата рождения;СНИЛС;Организация;Должность;Телефон\n"
                                          "Петрова Мария Петровна;12.03.1979;112-233-445 95;МБОУ СОШ № 1;учитель;"
                                          "+7 913 999-00-00\n").toUtf8());
        const CliResult r = w.run({kImport, kTeachers, db, file, QStringLiteral("--dry-run")});
        INFO(r);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(u8("would update: row 2, Иванова Мария Петровна: Фамилия: Иванова → Петрова; "
                                "Телефон: +7 913 111-22-33 → +7 913 999-00-00")));
        CHECK(r.err.contains(u8("the surname changes from Иванова to Петрова")));
        CHECK(w.exportCsv(db) == before);
    }
}

TEST_CASE("A file without a required column is refused as a whole", "[cli]")
{
    Workspace w;
    const QString db = w.init("registry.profrost");
    const CliResult r = w.run({kImport, kTeachers, db, importFile("teachers_no_name.csv")});
    INFO(r);
    CHECK(r.exitCode == 2);
    CHECK(r.out.contains(u"imported 0, updated 0, rejected 1"));
    const QStringList fileErrors = linesStartingWith(r.err, QStringLiteral("rejected: file: "));
    REQUIRE(fileErrors.size() == 1);
    CHECK(fileErrors.first().contains(u8("ФИО")));
    CHECK(w.teacherCount(db) == 0);
}

TEST_CASE("A missing or unreadable import file is bad input naming the file", "[cli]")
{
    Workspace w;
    const QString db = w.init("registry.profrost");
    SECTION("missing")
    {
        const QString missing = w.path("no-such-teachers.csv");
        const CliResult r = w.run({kImport, kTeachers, db, missing});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"no-such-teachers.csv"));
        CHECK(r.err.contains(u"does not exist"));
    }
    SECTION("an old Excel file")
    {
        const QString xls = writeFile(w.dir(), QStringLiteral("teachers.xls"),
                                      QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, '\0'));
        const CliResult r = w.run({kImport, kTeachers, db, xls});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"teachers.xls"));
        CHECK(r.err.contains(u".xlsx or .csv"));
    }
    SECTION("a folder")
    {
        REQUIRE(QDir(w.dir()).mkdir(QStringLiteral("folder.csv")));
        const CliResult r = w.run({kImport, kTeachers, db, w.path("folder.csv")});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"folder.csv"));
    }
    CHECK(w.teacherCount(db) == 0);
}

TEST_CASE("import into a database that does not exist creates nothing", "[cli]")
{
    Workspace w;
    const QString db = w.path("missing.profrost");
    const CliResult r = w.run({kImport, kTeachers, db, importFile("teachers_good.csv")});
    INFO(r);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"missing.profrost does not exist."));
    CHECK_FALSE(QFileInfo::exists(db));

    const CliResult e = w.run({kExport, kTeachers, db, w.path("out.csv")});
    INFO(e);
    CHECK(e.exitCode == 2);
    CHECK(e.err.contains(u"does not exist"));
    CHECK_FALSE(QFileInfo::exists(db));
    CHECK_FALSE(QFileInfo::exists(w.path("out.csv")));
}

// ---------------------------------------------------------------- foreign files

TEST_CASE("A text file given as the database is refused and left unchanged", "[cli]")
{
    Workspace w;
    const QString db = w.path("notes.profrost");
    REQUIRE(QFile::copy(cliFile("not_a_database.profrost"), db));
    const QByteArray original = fileBytes(db);
    REQUIRE_FALSE(original.isEmpty());

    const QList<QStringList> commands = {
        {kImport, kTeachers, db, importFile("teachers_good.csv")},
        {kImport, kTeachers, db, importFile("teachers_good.csv"), QStringLiteral("--dry-run")},
        {kExport, kTeachers, db, w.path("out.csv")},
        {QStringLiteral("demo"), db, QStringLiteral("--teachers"), QStringLiteral("5")},
        {QStringLiteral("init"), db},
    };
    for (const QStringList &args : commands) {
        const CliResult r = w.run(args);
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK_FALSE(r.err.trimmed().isEmpty());
        if (args.first() != u"init")
            CHECK(r.err.contains(u"is not a ProfRost database"));
        CHECK(fileBytes(db) == original);
    }
    CHECK_FALSE(QFileInfo::exists(w.path("out.csv")));
    CHECK_FALSE(QFileInfo::exists(db + QStringLiteral("-wal")));
}

TEST_CASE("An SQLite database of another program is refused and left unchanged", "[cli]")
{
    Workspace w;
    const bool withMeta = GENERATE(false, true);
    INFO("with a meta table: " << withMeta);
    const QString db = foreignSqlite(w, "other.sqlite", withMeta);
    const QByteArray original = fileBytes(db);
    REQUIRE(original.startsWith(QByteArrayLiteral("SQLite format 3")));

    const QList<QStringList> commands = {
        {kImport, kTeachers, db, importFile("teachers_good.csv")},
        {kExport, kTeachers, db, w.path("out.xlsx")},
        {QStringLiteral("demo"), db, QStringLiteral("--teachers"), QStringLiteral("5")},
    };
    for (const QStringList &args : commands) {
        const CliResult r = w.run(args);
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"is an SQLite database of another program, not of ProfRost. It was not changed."));
        CHECK(fileBytes(db) == original);
    }
    CHECK_FALSE(QFileInfo::exists(w.path("out.xlsx")));
    CHECK_FALSE(QFileInfo::exists(w.path("backups")));
}

TEST_CASE("A damaged SQLite file or a folder given as the database is refused", "[cli]")
{
    Workspace w;
    SECTION("damaged")
    {
        const QString db = writeFile(w.dir(), QStringLiteral("broken.profrost"),
                                     QByteArray("SQLite format 3\0", 16) + QByteArray(2000, 'x'));
        const QByteArray original = fileBytes(db);
        const CliResult r = w.run({kExport, kTeachers, db, w.path("out.csv")});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"broken.profrost is damaged"));
        CHECK(fileBytes(db) == original);
        CHECK_FALSE(QFileInfo::exists(w.path("out.csv")));
    }
    SECTION("folder")
    {
        REQUIRE(QDir(w.dir()).mkdir(QStringLiteral("folder.profrost")));
        const CliResult r = w.run({kImport, kTeachers, w.path("folder.profrost"), importFile("teachers_good.csv")});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"folder.profrost"));
    }
}

// ---------------------------------------------------------------- export

TEST_CASE("export writes .xlsx and .csv and refuses other formats", "[cli]")
{
    Workspace w;
    const QString db = goodDatabase(w, "registry.profrost");
    SECTION("xlsx")
    {
        const QString out = w.path("teachers.xlsx");
        const CliResult r = w.run({kExport, kTeachers, db, out});
        INFO(r);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("exported 4 teachers to %1").arg(out)));
        CHECK(fileBytes(out).startsWith(QByteArrayLiteral("PK\x03\x04")));
    }
    SECTION("upper-case suffix")
    {
        const QString out = w.path("TEACHERS.XLSX");
        const CliResult r = w.run({kExport, kTeachers, db, out});
        INFO(r);
        CHECK(r.exitCode == 0);
        CHECK(fileBytes(out).startsWith(QByteArrayLiteral("PK")));
    }
    SECTION("csv: UTF-8 with BOM and the import header")
    {
        const QByteArray bytes = w.exportCsv(db);
        CHECK(bytes.startsWith(QByteArrayLiteral("\xEF\xBB\xBF")));
        const QString text = QString::fromUtf8(bytes.mid(3));
        CHECK(text.startsWith(u8("ФИО")));
        CHECK(text.contains(u8("Иванова Мария Петровна")));
    }
    SECTION("txt is refused")
    {
        const QString out = w.path("teachers.txt");
        const CliResult r = w.run({kExport, kTeachers, db, out});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"The output file must end in .xlsx or .csv."));
        CHECK_FALSE(QFileInfo::exists(out));
    }
    SECTION("no suffix is refused")
    {
        const QString out = w.path("teachers");
        const CliResult r = w.run({kExport, kTeachers, db, out});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK_FALSE(QFileInfo::exists(out));
    }
    SECTION("an unwritable place is an other failure (exit 1)")
    {
        const QString out = w.path("no/such/folder/teachers.csv");
        const CliResult r = w.run({kExport, kTeachers, db, out});
        INFO(r);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(u"error: Cannot write"));
        CHECK_FALSE(QFileInfo::exists(out));
    }
}

TEST_CASE("An exported file imports back without changes", "[cli]")
{
    Workspace w;
    const QString demo = w.path("demo.profrost");
    const CliResult r = w.run({QStringLiteral("demo"), demo, QStringLiteral("--teachers"), QStringLiteral("300"),
                               QStringLiteral("--seed"), QStringLiteral("7")});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QByteArray before = w.exportCsv(demo);
    QFile csv(w.path("roundtrip.csv"));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write(before);
    csv.close();

    SECTION("csv into the same registry")
    {
        const CliResult back = w.run({kImport, kTeachers, demo, csv.fileName()});
        INFO(back);
        CHECK(back.exitCode == 0);
        CHECK(back.out.contains(u"imported 0, updated 0, rejected 0"));
        CHECK(w.exportCsv(demo) == before);
    }
    SECTION("xlsx into the same registry")
    {
        const QString xlsx = w.path("roundtrip.xlsx");
        const CliResult ex = w.run({kExport, kTeachers, demo, xlsx});
        INFO(ex);
        REQUIRE(ex.exitCode == 0);
        const CliResult back = w.run({kImport, kTeachers, demo, xlsx});
        INFO(back);
        CHECK(back.exitCode == 0);
        CHECK(back.out.contains(u"imported 0, updated 0, rejected 0"));
        CHECK(w.exportCsv(demo) == before);
    }
    SECTION("csv into a new registry")
    {
        const QString fresh = w.init("fresh.profrost");
        const CliResult back = w.run({kImport, kTeachers, fresh, csv.fileName()});
        INFO(back);
        CHECK(back.exitCode == 0);
        CHECK(back.out.contains(u"imported 300, updated 0, rejected 0"));
        int teachers = 0;
        CHECK(w.exportCsv(fresh, &teachers) == before); // the same registry, byte for byte
        CHECK(teachers == 300);
    }
}

// ---------------------------------------------------------------- paths

TEST_CASE("Cyrillic paths with spaces work for every command", "[cli]")
{
    Workspace w;
    REQUIRE(QDir(w.dir()).mkdir(u8("папка с пробелом")));
    const QString db = w.path(u8("папка с пробелом/реестр школ.profrost"));
    const QString csv = w.path(u8("папка с пробелом/учителя.csv"));
    const QString xlsx = w.path(u8("папка с пробелом/выгрузка.xlsx"));
    REQUIRE(QFile::copy(importFile("teachers_good.csv"), csv));

    const CliResult init = w.run({QStringLiteral("init"), db});
    INFO(init);
    CHECK(init.exitCode == 0);
    CHECK(init.out.contains(db));
    const CliResult imported = w.run({kImport, kTeachers, db, csv});
    INFO(imported);
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(u"imported 4, updated 0, rejected 0"));
    const CliResult exported = w.run({kExport, kTeachers, db, xlsx});
    INFO(exported);
    CHECK(exported.exitCode == 0);
    CHECK(exported.out.contains(QStringLiteral("exported 4 teachers to %1").arg(xlsx)));
    CHECK(fileBytes(xlsx).startsWith(QByteArrayLiteral("PK")));
    const CliResult missing = w.run({kImport, kTeachers, db, w.path(u8("папка с пробелом/нет такого.csv"))});
    INFO(missing);
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(u8("нет такого.csv")));
}

TEST_CASE("An empty file given as the database is refused, not taken over", "[cli]")
{
    Workspace w;
    const QString db = w.path(QStringLiteral("empty.profrost"));
    QFile(db).open(QIODevice::WriteOnly);
    const CliResult r = w.run({kExport, kTeachers, db, w.path(QStringLiteral("out.csv"))});
    INFO(r);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("empty")));
    CHECK(QFileInfo(db).size() == 0);
}

TEST_CASE("Extra arguments are bad input, not silently ignored", "[cli]")
{
    Workspace w;
    const CliResult init = w.run({QStringLiteral("init"), w.path(QStringLiteral("a.profrost")), w.path(QStringLiteral("b.profrost"))});
    INFO(init);
    CHECK(init.exitCode == 2);
    CHECK(init.err.contains(QStringLiteral("Unexpected argument")));
    CHECK_FALSE(QFileInfo::exists(w.path(QStringLiteral("a.profrost"))));
    const QString db = w.init("c.profrost");
    const CliResult import = w.run({kImport, kTeachers, db, importFile("teachers_good.csv"), importFile("teachers_bad.csv")});
    INFO(import);
    CHECK(import.exitCode == 2);
    CHECK(w.teacherCount(db) == 0);
}
