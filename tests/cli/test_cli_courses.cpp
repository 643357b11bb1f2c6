// End-to-end tests of `profrost-cli import courses`: the real executable
// against databases in a temporary folder.

#include <catch2/catch.hpp>

#include "support/CliFixtures.h"
#include "support/TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <ostream>

using namespace profrost::test;

namespace {

const QString kImport = QStringLiteral("import");
const QString kCourses = QStringLiteral("courses");

class Workspace
{
public:
    Workspace() { REQUIRE(m_dir.isValid()); }
    QString path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    CliResult run(const QStringList &args) const { return runCli(args, m_dir.path()); }

    // A new database with the four teachers of import/teachers_good.csv.
    QString databaseWithTeachers(const char *name) const
    {
        const QString db = path(name);
        CliResult r = run({QStringLiteral("init"), db});
        INFO(r);
        REQUIRE(r.exitCode == 0);
        r = run({kImport, QStringLiteral("teachers"), db, dataFile(QStringLiteral("import/teachers_good.csv"))});
        INFO(r);
        REQUIRE(r.exitCode == 0);
        return db;
    }

private:
    QTemporaryDir m_dir;
};

QString coursesFile(const char *name) { return dataFile(QStringLiteral("courses/") + QString::fromUtf8(name)); }

} // namespace

TEST_CASE("import courses: a good file imports, and again changes nothing", "[cli][courses]")
{
    Workspace w;
    const QString db = w.databaseWithTeachers("courses.profrost");
    const CliResult first = w.run({kImport, kCourses, db, coursesFile("courses_good.csv")});
    INFO(first);
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(u"imported 5, updated 0, rejected 0"));
    CHECK(first.out.contains(u"added to the catalogue: 4 programme(s), 4 course run(s)"));
    CHECK(linesStartingWith(first.err, QStringLiteral("rejected:")).isEmpty());
    CHECK(linesStartingWith(first.err, QStringLiteral("warning: row ")).size() == 4); // one per new programme

    const CliResult second = w.run({kImport, kCourses, db, coursesFile("courses_good.csv")});
    INFO(second);
    CHECK(second.exitCode == 0);
    CHECK(second.out.contains(u"imported 0, updated 0, rejected 0 (5 already up to date)"));
    CHECK_FALSE(second.out.contains(u"added to the catalogue"));
    CHECK(second.err.isEmpty());
}

TEST_CASE("import courses: rejected rows are listed on stderr and the exit code is 2", "[cli][courses]")
{
    Workspace w;
    const QString db = w.databaseWithTeachers("bad.profrost");
    SECTION("valid rows are imported")
    {
        const CliResult r = w.run({kImport, kCourses, db, coursesFile("courses_bad.csv")});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.out.contains(u"imported 1, updated 0, rejected 8"));
        const QStringList rejected = linesStartingWith(r.err, QStringLiteral("rejected: row "));
        CHECK(rejected.size() == 9); // row 6 has two reasons
        CHECK(r.err.contains(QString::fromUtf8("rejected: row 2, ФИО: Смирнова Ирина Олеговна")));
        CHECK(r.err.contains(QString::fromUtf8("rejected: row 3, Часы: further training lasts at least 16 hours")));
        CHECK(r.err.contains(QString::fromUtf8("rejected: row 4, Компетенции: unknown competency area \"цифровизация\"")));
        CHECK(r.err.contains(QString::fromUtf8("rejected: row 5, Дата окончания: the course ends")));
        CHECK(r.err.contains(QString::fromUtf8("rejected: row 6, Дата окончания: the date 30.04.2099 is in the future")));
        CHECK(r.err.contains(QString::fromUtf8("rejected: row 7, Вид: unknown kind \"семинар\"")));
    }
    SECTION("--strict imports nothing")
    {
        const CliResult r = w.run({kImport, kCourses, db, coursesFile("courses_bad.csv"), QStringLiteral("--strict")});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.out.contains(u"imported 0, updated 0, rejected 8 (strict: nothing was imported)"));
        const CliResult good = w.run({kImport, kCourses, db, coursesFile("courses_good.csv")});
        INFO(good);
        CHECK(good.out.contains(u"imported 5, updated 0, rejected 0")); // nothing was there yet
    }
    SECTION("--dry-run changes nothing")
    {
        const CliResult r = w.run({kImport, kCourses, db, coursesFile("courses_good.csv"), QStringLiteral("--dry-run")});
        INFO(r);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(u"imported 0, updated 0, rejected 0 (dry run: nothing was changed, 5 rows are valid)"));
        const CliResult good = w.run({kImport, kCourses, db, coursesFile("courses_good.csv")});
        INFO(good);
        CHECK(good.out.contains(u"imported 5, updated 0, rejected 0"));
    }
}

TEST_CASE("import courses: help, usage and bad files", "[cli][courses]")
{
    Workspace w;
    SECTION("--help")
    {
        const CliResult r = w.run({kImport, kCourses, QStringLiteral("--help")});
        INFO(r);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(u"Usage: profrost-cli import courses DB FILE [--dry-run] [--strict]"));
        CHECK(r.out.contains(u"--dry-run"));
        CHECK(r.out.count(u"Usage: profrost-cli import courses") == 1);
    }
    SECTION("the main help mentions it")
    {
        const CliResult r = w.run({QStringLiteral("--help")});
        INFO(r);
        CHECK(r.out.contains(u"import courses DB FILE [--dry-run] [--strict]"));
    }
    SECTION("missing file argument")
    {
        const CliResult r = w.run({kImport, kCourses, w.path("x.profrost")});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"Missing the file to import."));
    }
    SECTION("a file that does not exist")
    {
        const QString db = w.databaseWithTeachers("db.profrost");
        const CliResult r = w.run({kImport, kCourses, db, w.path("missing.csv")});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"does not exist"));
    }
    SECTION("a teachers file is not a courses file")
    {
        const QString db = w.databaseWithTeachers("db.profrost");
        const CliResult r = w.run({kImport, kCourses, db, dataFile(QStringLiteral("import/teachers_good.csv"))});
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"rejected: file: the file has no column"));
        CHECK(r.out.contains(u"imported 0, updated 0, rejected 5"));
    }
}
