// Read-only and locked databases: a sound file that cannot be written is
// read as usual and refuses every write with a message naming the file; a
// file another program holds is waited for briefly and said to be busy.
// Neither is ever called damaged, and neither file is changed.
#include <catch2/catch.hpp>

#include "store/BackupService.h"
#include "store/Database.h"
#include "store/DictionaryRepository.h"
#include "store/Migrations.h"
#include "store/OrganisationRepository.h"
#include "support/TestSupport.h"
#include "util/Error.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {


bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return geteuid() == 0;
#else
    return false;
#endif
}

// A database with one school in it, closed.
QString schoolDatabase(const QString &dir)
{
    const QString path = QDir(dir).filePath(u"imc.profrost"_s);
    Database db(path);
    db.open();
    Organisation school;
    school.name = u"МБОУ СОШ № 1"_s;
    school.municipalityId = DictionaryRepository(db).ensureMunicipality(u"Ермаковский район"_s);
    OrganisationRepository(db).insert(school);
    return path;
}

enum class Lock { File, Folder };

// Makes the database at `path` read-only: by its permissions (or its
// folder's) when the tests run as a user; as root, whom permissions do not
// stop, by asking for a read-only connection, so that the same assertions
// still run. `expected` gets what a refused write must say.
ConnectionSpec readOnlySpec(const QString &path, Lock lock, QString *expected)
{
    ConnectionSpec spec = ConnectionSpec::sqliteFile(path);
    if (runningAsRoot()) {
        WARN("running as root: permissions do not stop root, the read-only connection is asked for instead");
        spec.readOnly = true;
        *expected = u"was opened for reading only"_s;
        return spec;
    }
    const QString target = lock == Lock::File ? path : QFileInfo(path).absolutePath();
    REQUIRE(QFile::setPermissions(target, lock == Lock::File
                                              ? QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther
                                              : QFile::ReadOwner | QFile::ExeOwner));
    *expected = lock == Lock::File
                    ? u"The database is read-only (permissions of %1)"_s.arg(QDir::toNativeSeparators(path))
                    : u"The database is read-only (permissions of the folder %1)"_s.arg(
                          QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    return spec;
}

void makeWritableAgain(const QString &path)
{
    QFile::setPermissions(QFileInfo(path).absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

// A second connection that takes the database and keeps it, as another
// program would: exclusive locking, so that not even a reader gets in.
class OtherProgram
{
public:
    OtherProgram(const QString &path, bool exclusive) : m_name(u"other-program"_s)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        if (exclusive)
            REQUIRE(q.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        REQUIRE(q.exec(u"BEGIN EXCLUSIVE"_s));
        REQUIRE(q.exec(u"UPDATE meta SET value = value WHERE key = 'application'"_s));
    }
    ~OtherProgram() { release(); }
    void release()
    {
        if (!QSqlDatabase::contains(m_name))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

private:
    QString m_name;
};

} // namespace

TEST_CASE("A read-only database is read as usual and refuses every write naming the file", "[store][readonly]")
{
    const Lock lock = GENERATE(Lock::File, Lock::Folder);
    INFO((lock == Lock::File ? "the file is read-only" : "its folder is read-only"));
    QTemporaryDir dir;
    const QString path = schoolDatabase(dir.path());
    QString expected;
    const ConnectionSpec spec = readOnlySpec(path, lock, &expected);
    const QByteArray before = readBytes(path);
    {
        Database db(spec);
        CHECK(Database::inspect(spec).kind == DatabaseFileCheck::Kind::Ours);
        CHECK(Database::integrityProblem(spec).isEmpty());
        REQUIRE(db.open() == Database::Opened::Existing);
        CHECK(db.isReadOnly());
        REQUIRE(OrganisationRepository(db).all().size() == 1);
        CHECK(OrganisationRepository(db).all().first().name == u"МБОУ СОШ № 1"_s);

        Organisation second;
        second.name = u"МБОУ СОШ № 2"_s;
        second.municipalityId = OrganisationRepository(db).all().first().municipalityId;
        REQUIRE_THROWS_WITH(OrganisationRepository(db).insert(second), Catch::Contains(expected.toStdString()));
        REQUIRE_THROWS_WITH(DictionaryRepository(db).ensureMunicipality(u"Курагинский район"_s),
                            Catch::Contains(expected.toStdString()));
        CHECK(OrganisationRepository(db).all().size() == 1);

        // No copy beside a file that does not change: the daily one is
        // skipped quietly, one before a write is refused.
        CHECK(BackupService(db).backupIfDue(QDate(2026, 12, 2)).isEmpty());
        REQUIRE_THROWS_WITH(BackupService(db).backupNow(u"manual"_s), Catch::Contains(expected.toStdString()));
    }
    CHECK_FALSE(QFileInfo::exists(QDir(dir.path()).filePath(u"backups"_s)));
    CHECK(readBytes(path) == before);
    if (!runningAsRoot()) {
        // SQLite's -shm would keep the file's read-only permissions and stop
        // every write once the file is writable again: none is left behind.
        CHECK_FALSE(QFileInfo::exists(path + u"-shm"_s));
        CHECK_FALSE(QFileInfo::exists(path + u"-wal"_s));
    }

    // Made writable again, it takes changes as before.
    makeWritableAgain(path);
    Database writable(path);
    REQUIRE(writable.open() == Database::Opened::Existing);
    CHECK_FALSE(writable.isReadOnly());
    Organisation second;
    second.name = u"МБОУ СОШ № 2"_s;
    second.municipalityId = OrganisationRepository(writable).all().first().municipalityId;
    OrganisationRepository(writable).insert(second);
    CHECK(OrganisationRepository(writable).all().size() == 2);
}

TEST_CASE("An older read-only database is refused as needing an upgrade, not as damaged", "[store][readonly]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.profrost"_s);
    REQUIRE(createAtVersion(path, 1, [](Database &) {}) == 1);
    QString expected;
    const ConnectionSpec spec = readOnlySpec(path, Lock::File, &expected);
    const QByteArray before = readBytes(path);
    Database db(spec);
    try {
        db.open();
        FAIL("an older read-only database was opened");
    } catch (const Error &e) {
        INFO(e.message().toStdString());
        CHECK(e.message().contains(u"must be upgraded"_s));
        CHECK(e.message().contains(u"Make the file and its folder writable"_s));
        CHECK(e.message().contains(QDir::toNativeSeparators(path)));
        CHECK_FALSE(e.message().contains(u"damaged"_s));
    }
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"backups"_s)));
    CHECK(readBytes(path) == before);
    makeWritableAgain(path);
}

TEST_CASE("A database another program holds is waited for briefly and named busy, never damaged", "[store][locked]")
{
    QTemporaryDir dir;
    const QString path = schoolDatabase(dir.path());
    ConnectionSpec spec = ConnectionSpec::sqliteFile(path);
    spec.busyTimeoutMs = 300; // the program waits 5 s; the test need not
    const QString expected = u"Another program is using %1"_s.arg(QDir::toNativeSeparators(path));

    SECTION("it holds the whole file: not even reading gets in")
    {
        OtherProgram other(path, true);
        QElapsedTimer timer;
        timer.start();
        const DatabaseFileCheck check = Database::inspect(spec);
        CHECK(check.kind == DatabaseFileCheck::Kind::Locked);
        CHECK(check.message.contains(expected));
        CHECK_FALSE(check.message.contains(u"damaged"_s));
        CHECK(Database::integrityProblem(spec).isEmpty()); // nothing alarming: a lock is not damage
        Database db(spec);
        REQUIRE_THROWS_WITH(db.open(), Catch::Contains(expected.toStdString()));
        CHECK(timer.elapsed() < 5000);
        other.release();
        CHECK(db.open() == Database::Opened::Existing);
        CHECK(OrganisationRepository(db).all().size() == 1);
    }
    SECTION("it is writing: reading goes on, a write waits and then says who holds the file")
    {
        Database db(spec);
        REQUIRE(db.open() == Database::Opened::Existing);
        OtherProgram other(path, false);
        CHECK(OrganisationRepository(db).all().size() == 1);
        Organisation second;
        second.name = u"МБОУ СОШ № 2"_s;
        second.municipalityId = OrganisationRepository(db).all().first().municipalityId;
        QElapsedTimer timer;
        timer.start();
        REQUIRE_THROWS_WITH(OrganisationRepository(db).insert(second), Catch::Contains(expected.toStdString()));
        CHECK(timer.elapsed() >= 250); // it was waited for
        CHECK(timer.elapsed() < 5000);
        other.release();
        OrganisationRepository(db).insert(second); // free again: the same write goes through
        CHECK(OrganisationRepository(db).all().size() == 2);
    }
}

TEST_CASE("A damaged database is still called damaged", "[store][refusal]")
{
    QTemporaryDir dir;
    const QString path = schoolDatabase(dir.path());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    for (qsizetype i = 100; i < bytes.size(); ++i)
        bytes[i] = char((i * 7919) & 0xFF);
    f.seek(0);
    f.write(bytes);
    f.close();
    const DatabaseFileCheck check = Database::inspect(path);
    CHECK(check.kind == DatabaseFileCheck::Kind::Corrupted);
    Database db(path);
    REQUIRE_THROWS_WITH(db.open(), Catch::Contains("damaged") || Catch::Contains("cannot be read"));
}

TEST_CASE("A server's refusal is never taken for a locked file", "[access]")
{
    // 42501 (insufficient_privilege) has 5 in its low byte, SQLite's SQLITE_BUSY.
    const QSqlError refused(QStringLiteral("ERROR"), QStringLiteral("permission denied for table teacher"),
                            QSqlError::StatementError, QStringLiteral("42501"));
    CHECK_FALSE(DatabaseAccess::isLocked(refused));
    CHECK(DatabaseAccess::isRefusedByRole(refused));
    CHECK(DatabaseAccess::refusedByRoleMessage(refused)
          == QStringLiteral("The server refused: your role does not allow this (permission denied for table teacher)."));
    const QSqlError busy(QStringLiteral("database is locked"), QString(), QSqlError::StatementError, QStringLiteral("5"));
    CHECK(DatabaseAccess::isLocked(busy));
    CHECK_FALSE(DatabaseAccess::isRefusedByRole(busy));
    const QSqlError busyRecovery(QString(), QString(), QSqlError::StatementError, QStringLiteral("261")); // SQLITE_BUSY_RECOVERY
    CHECK(DatabaseAccess::isLocked(busyRecovery));
}
