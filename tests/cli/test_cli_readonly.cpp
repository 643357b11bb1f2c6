// profrost-cli on a database it cannot write: exports, reports and dry runs
// work; a write exits non-zero naming the file and changes nothing, with no
// backup beside it. A database another program holds is named busy, never
// damaged.
#include <catch2/catch.hpp>

#include "support/CliFixtures.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {


const QString kGood = QStringLiteral(PROFROST_TEST_DATA_DIR "/import/teachers_good.csv");

// A database of four teachers in `dir`.
QString fourTeachers(const QString &dir)
{
    const QString db = QDir(dir).filePath(u"imc.sqlite"_s);
    REQUIRE(runCli({u"init"_s, db}).exitCode == 0);
    REQUIRE(runCli({u"import"_s, u"teachers"_s, db, kGood}).exitCode == 0);
    return db;
}

} // namespace

TEST_CASE("profrost-cli reads a read-only database and refuses to write it", "[cli][readonly]")
{
    QTemporaryDir dir;
    const QString db = fourTeachers(dir.path());
    // As a user the file's permissions make it read-only; as root (CI may
    // run so), whom permissions do not stop, --read-only asks for the same.
    QStringList extra;
    QString refused;
#ifdef Q_OS_UNIX
    const bool root = geteuid() == 0;
#else
    const bool root = false;
#endif
    if (root) {
        WARN("running as root: permissions do not stop root, --read-only is used instead");
        extra << u"--read-only"_s;
        refused = u"was opened for reading only"_s;
    } else {
        REQUIRE(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        refused = u"The database is read-only (permissions of %1)"_s.arg(QDir::toNativeSeparators(db));
    }
    const QByteArray before = readBytes(db);
    // The import that filled it left its copy there; no other may appear.
    const QDir backups(dir.filePath(u"backups"_s));
    const QStringList copiesBefore = backups.entryList(QDir::Files);

    const CliResult exported = runCli(QStringList{u"export"_s, u"teachers"_s, db, dir.filePath(u"list.csv"_s)} + extra);
    INFO(exported);
    CHECK(exported.exitCode == 0);
    CHECK(exported.out.contains(u"exported 4 teachers"_s));

    const QString pdf = dir.filePath(u"expiring.pdf"_s);
    const CliResult report = runCli(QStringList{u"report"_s, u"expiring"_s, db, u"--out"_s, pdf} + extra);
    INFO(report);
    CHECK(report.exitCode == 0);
    CHECK(QFileInfo(pdf).size() > 0);

    const CliResult dryRun = runCli(QStringList{u"import"_s, u"teachers"_s, db, kGood, u"--dry-run"_s} + extra);
    INFO(dryRun);
    CHECK(dryRun.exitCode == 0);
    CHECK(dryRun.out.contains(u"dry run: nothing was changed"_s));

    // A copy to a file of the user's choosing only reads the database.
    const QString copy = dir.filePath(u"copy.sqlite"_s);
    const CliResult backupTo = runCli(QStringList{u"backup"_s, db, copy} + extra);
    INFO(backupTo);
    CHECK(backupTo.exitCode == 0);
    CHECK(QFile::exists(copy));

    const CliResult import = runCli(
        QStringList{u"import"_s, u"teachers"_s, db, QStringLiteral(PROFROST_TEST_DATA_DIR "/cli/teachers_update.csv")}
        + extra);
    INFO(import);
    CHECK(import.exitCode == 1);
    CHECK(import.err.contains(refused));
    CHECK_FALSE(import.err.contains(u"damaged"_s));

    const CliResult backup = runCli(QStringList{u"backup"_s, db} + extra);
    INFO(backup);
    CHECK(backup.exitCode != 0);
    CHECK(backup.err.contains(refused));

    CHECK(backups.entryList(QDir::Files) == copiesBefore);
    CHECK(readBytes(db) == before);
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("profrost-cli says another program holds a locked database, not that it is damaged", "[cli][locked]")
{
    QTemporaryDir dir;
    const QString db = fourTeachers(dir.path());
    const QByteArray before = readBytes(db);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"cli-other-program"_s);
        other.setDatabaseName(db);
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        REQUIRE(q.exec(u"BEGIN EXCLUSIVE"_s));
        REQUIRE(q.exec(u"UPDATE meta SET value = value WHERE key = 'application'"_s));

        qputenv("PROFROST_BUSY_TIMEOUT_MS", "300");
        const CliResult exported = runCli({u"export"_s, u"teachers"_s, db, dir.filePath(u"list.csv"_s)});
        const CliResult import = runCli({u"import"_s, u"teachers"_s, db, kGood});
        qunsetenv("PROFROST_BUSY_TIMEOUT_MS");
        INFO(exported);
        INFO(import);
        const QString expected = u"Another program is using %1"_s.arg(QDir::toNativeSeparators(db));
        CHECK(exported.exitCode == 1); // a failure to retry, not bad input
        CHECK(exported.err.contains(expected));
        CHECK_FALSE(exported.err.contains(u"damaged"_s));
        CHECK(import.exitCode == 1);
        CHECK(import.err.contains(expected));
        CHECK_FALSE(import.err.contains(u"damaged"_s));

        REQUIRE(q.exec(u"ROLLBACK"_s));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"cli-other-program"_s);
    CHECK(readBytes(db) == before);
    // Once the other program lets go, the same command works.
    CHECK(runCli({u"export"_s, u"teachers"_s, db, dir.filePath(u"list.csv"_s)}).exitCode == 0);
}
