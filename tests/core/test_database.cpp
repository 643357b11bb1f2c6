#include <catch2/catch.hpp>

#include "store/BackupService.h"
#include "store/Database.h"
#include "store/DictionaryRepository.h"
#include "store/Migrations.h"
#include "store/OrganisationRepository.h"
#include "store/Query.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace profrost;
using namespace profrost::test;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

// Fills a database of an older schema version with data that version can hold.
void fillVersion1(Database &db)
{
    Query(db, QStringLiteral("INSERT INTO municipality (id, name) VALUES (1, 'Ермаковский район')")).exec();
    Query(db, QStringLiteral("INSERT INTO organisation (id, name, type, municipality_id) VALUES (1, 'МБОУ СОШ № 1', 'school', 1)")).exec();
    Query(db, QStringLiteral("INSERT INTO position (id, name, kind) VALUES (1, 'учитель', 'pedagogical')")).exec();
    Query(db, QStringLiteral("INSERT INTO teacher (id, surname, name, birth_date, snils) VALUES (1, 'Иванова', 'Анна', '1980-01-02', '11223344595')")).exec();
    Query(db, QStringLiteral("INSERT INTO employment (teacher_id, organisation_id, position_id, hired) VALUES (1, 1, 1, '2010-09-01')")).exec();
}

} // namespace

TEST_CASE("A new database is created at the latest version with defaults", "[store][migrations]")
{
    TempDatabase t;
    CHECK(t.db().schemaVersion() == Migrations::latestVersion());
    CHECK(DictionaryRepository(t.db()).positions().size() >= 30);
    CHECK(DictionaryRepository(t.db()).subjects().size() >= 20);
    // A teacher's post must name a teacher that exists, on either engine.
    {
        Transaction tx(t.db()); // rolled back
        CHECK_THROWS_AS(Query(t.db(), QStringLiteral("INSERT INTO employment (teacher_id, organisation_id, position_id)"
                                                     " VALUES (999, 999, 999)")).exec(),
                        Error);
    }
    if (t.onServer())
        return; // the rest are a file's settings
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
}

TEST_CASE("Every older schema version migrates to the latest, keeping its data and backing up first", "[store][migrations]")
{
    for (int version = 1; version < Migrations::latestVersion(); ++version) {
        INFO("from version " << version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.profrost"));
        REQUIRE(createAtVersion(path, version, [](Database &old) {
            fillVersion1(old);
        }) == version);
        Database db(path);
        CHECK(db.open() == Database::Opened::Migrated);
        CHECK(db.migratedFrom() == version);
        CHECK(db.schemaVersion() == Migrations::latestVersion());
        const Teacher teacher = TeacherRepository(db).get(1);
        CHECK(teacher.surname == QString::fromUtf8("Иванова"));
        CHECK(teacher.employments.size() == 1);
        CHECK(BackupService(db).backups().size() == 1);
        CHECK(BackupService(db).backups().first().fileName().contains(QStringLiteral("before-migration")));
    }
}

TEST_CASE("A foreign, newer or corrupted file is refused and left untouched", "[store][refusal]")
{
    QTemporaryDir dir;

    SECTION("a text file")
    {
        const QString path = writeFile(dir.path(), QStringLiteral("notes.profrost"), "just some notes\n");
        const QByteArray before = fileBytes(path);
        Database db(path);
        REQUIRE_THROWS_WITH(db.open(), Catch::Contains("not a ProfRost database"));
        CHECK(fileBytes(path) == before);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            REQUIRE(other.open());
            QSqlQuery q(other);
            REQUIRE(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileBytes(path);
        Database db(path);
        REQUIRE_THROWS_WITH(db.open(), Catch::Contains("another program"));
        CHECK(fileBytes(path) == before);
    }
    SECTION("a database of a newer ProfRost")
    {
        const QString path = dir.filePath(QStringLiteral("newer.profrost"));
        {
            Database db(path);
            db.open();
            Query(db, QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'")).exec();
        }
        const QByteArray before = fileBytes(path);
        Database db(path);
        REQUIRE_THROWS_WITH(db.open(), Catch::Contains("newer version"));
        CHECK(fileBytes(path) == before);
    }
    SECTION("a damaged database")
    {
        const QString path = dir.filePath(QStringLiteral("damaged.profrost"));
        {
            Database db(path);
            db.open();
        }
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        // Keep the header, overwrite the schema page and what follows with noise.
        for (qsizetype i = 100; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919) & 0xFF);
        f.seek(0);
        f.write(bytes);
        f.close();
        const QByteArray before = fileBytes(path);
        Database db(path);
        REQUIRE_THROWS_AS(db.open(), Error);
        CHECK(fileBytes(path) == before);
    }
}

TEST_CASE("Backups are kept to the newest ten and a restore brings the old state back", "[store][backup][file]")
{
    ClockScope clock;
    TempDatabase t;
    DictionaryRepository dict(t.db());
    const qint64 municipality = dict.ensureMunicipality(QString::fromUtf8("Ермаковский район"));
    Organisation school;
    school.name = QString::fromUtf8("МБОУ СОШ № 1");
    school.municipalityId = municipality;
    OrganisationRepository(t.db()).insert(school);

    BackupService backups(t.db());
    const QString saved = backups.backupNow(QStringLiteral("manual"));
    CHECK(QFile::exists(saved));

    Organisation second = school;
    second.name = QString::fromUtf8("МБОУ СОШ № 2");
    OrganisationRepository(t.db()).insert(second);
    CHECK(OrganisationRepository(t.db()).all().size() == 2);

    backups.restore(saved);
    CHECK(t.db().isOpen());
    CHECK(OrganisationRepository(t.db()).all().size() == 1);
    // The state before the restore was saved too.
    bool sawSafety = false;
    for (const QFileInfo &info : backups.backups())
        sawSafety = sawSafety || info.fileName().contains(QStringLiteral("before-restore"));
    CHECK(sawSafety);

    for (int i = 0; i < 12; ++i)
        backups.backupNow(QStringLiteral("n%1").arg(i));
    CHECK(backups.backups().size() == 10);
}

TEST_CASE("The daily backup is made once a day", "[store][backup][file]")
{
    TempDatabase t;
    BackupService backups(t.db());
    CHECK_FALSE(backups.backupIfDue(QDate::currentDate()).isEmpty());
    CHECK(backups.backupIfDue(QDate::currentDate()).isEmpty());
    CHECK(backups.backups().size() == 1);
}

TEST_CASE("A file is backed up by the program, a database on a server by its administrator", "[store][backup]")
{
    TempDatabase t;
    BackupService backups(t.db());
    if (!t.onServer()) {
        CHECK(backups.makesCopies());
        CHECK(QFile::exists(backups.backupNow(QStringLiteral("before-import"))));
        CHECK(backups.backups().size() == 1);
        return;
    }
    // No copy is made before an import or a migration: the server rolls a
    // failed one back whole, and pg_dump is the administrator's.
    CHECK_FALSE(backups.makesCopies());
    CHECK(backups.backupNow(QStringLiteral("before-import")).isEmpty());
    CHECK(backups.backupIfDue(QDate::currentDate()).isEmpty());
    CHECK(backups.backups().isEmpty());
    try {
        backups.backupTo(t.file(QStringLiteral("copy.sqlite")));
        FAIL("a copy of a server's database was written");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("pg_dump")));
    }
    CHECK_FALSE(QFile::exists(t.file(QStringLiteral("copy.sqlite"))));
    CHECK_THROWS_AS(backups.restore(t.file(QStringLiteral("copy.sqlite"))), Error);
}

TEST_CASE("Restore refuses a file that is not a ProfRost backup", "[store][backup][file]")
{
    TempDatabase t;
    const QString junk = writeFile(t.dir(), QStringLiteral("junk.sqlite"), "garbage");
    BackupService backups(t.db());
    REQUIRE_THROWS_AS(backups.restore(junk), Error);
    CHECK(t.db().isOpen());
    CHECK(t.db().schemaVersion() == Migrations::latestVersion());
}
