// BulkInsert writes an import's new rows straight through the sqlite3
// handle instead of QtSql (issue 11 item 10). These tests hold the two ways
// to one result: the same file imported both ways leaves the same rows,
// value for value and type for type, and a statement failing half-way
// through the import undoes all of it either way, with the same message.

#include <catch2/catch.hpp>

#include "io/TableReader.h"
#include "io/TeacherImporter.h"
#include "store/BulkInsert.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "util/Error.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

// Every kind of value a teachers import writes: names with and without a
// patronymic, Latin letters and quotes, СНИЛС or none, phone and e-mail,
// categories with dates, СЗД, several subjects, dismissals, a teacher named
// again (a second post: the update path), new municipalities, schools, posts
// and subjects.
const QString kFile =
    u"ФИО;Дата рождения;СНИЛС;Муниципалитет;Организация;Тип ОО;Должность;Предметы;Дата начала педстажа;"
    "Дата приема;Дата увольнения;Категория;Дата присвоения категории;Телефон;Email\n"
    "Иванова Мария Петровна;12.03.1979;112-233-445 95;Ермаковский район;МБОУ «СОШ № 1»;школа;учитель;"
    "математика, физика;01.09.2001;01.09.2005;;первая;20.04.2022;+7 (391) 555-12-34;ivanova@school1.ru\n"
    "Петров Пётр;05.06.1985;;Ермаковский район;МБДОУ Детский сад № 3;детский сад;воспитатель;;;;"
    ";;;;\n"
    "Müller Anna Maria;17.11.1990;123-456-789 64;Шушенский район;Школа «Радуга»;школа;учитель;"
    "немецкий язык;15.08.2015;15.08.2015;31.05.2024;высшая;15.12.2023;;anna.m@example.org\n"
    "Сидорова Ольга Ивановна;01.02.1970;234-567-891 00;Шушенский район;МКОУ Ооо'шная ООШ;школа;"
    "педагог-психолог;;01.09.1992;01.09.1992;;СЗД;10.10.2022;;\n"
    "Иванова Мария Петровна;12.03.1979;112-233-445 95;Ермаковский район;МБОУ «СОШ № 1»;школа;"
    "заместитель директора;;;01.09.2020;;высшая;15.12.2024;;\n"
    "Кузнецов Иван Сергеевич;30.12.1995;345-678-912 26;ермаковский  район;МБОУ «СОШ № 1»;школа;учитель;информатика;"
    ";01.09.2019;;нет;;;\n"_s;

const QStringList kTables{u"municipality"_s, u"organisation"_s, u"position"_s, u"subject"_s, u"teacher"_s,
                          u"employment"_s, u"employment_subject"_s, u"attestation_record"_s,
                          u"sqlite_sequence"_s};

// A table's rows as SQL literals (quote(): text quoted, numbers bare, NULL
// as NULL), so that a value stored as another type shows.
QStringList rowsOf(Database &db, const QString &table)
{
    QSqlQuery columns(db.connection());
    REQUIRE(columns.exec(u"PRAGMA table_info(%1)"_s.arg(table)));
    QStringList quoted;
    while (columns.next())
        quoted << u"quote(%1)"_s.arg(columns.value(1).toString());
    if (quoted.isEmpty()) // sqlite_sequence has no table_info before its first row
        quoted << u"quote(name)"_s << u"quote(seq)"_s;
    QSqlQuery rows(db.connection());
    REQUIRE(rows.exec(u"SELECT %1 FROM %2 ORDER BY rowid"_s.arg(quoted.join(u" || '|' || "_s), table)));
    QStringList out;
    while (rows.next())
        out << rows.value(0).toString();
    return out;
}

ImportOutcome importInto(Database &db, const QString &file)
{
    TeacherImporter importer(db, referenceDay());
    const auto preview = importer.preview(TableReader::read(file));
    QStringList errors;
    for (const RowIssue &e : preview.errors)
        errors << u"row %1, %2: %3"_s.arg(e.row).arg(e.column, e.reason);
    INFO(errors.join(u'\n').toStdString());
    REQUIRE(preview.errors.isEmpty());
    return TeacherImporter(db, referenceDay()).apply(preview);
}

// Refuses the statement that would write the `n`-th post: a failure deep
// inside the import's transaction, after teachers, posts, subjects, history
// and new schools were written.
void failAtPost(Database &db, int n)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"CREATE TEMP TRIGGER fail_at_post BEFORE INSERT ON employment"
                   " WHEN (SELECT COUNT(*) FROM employment) >= %1"
                   " BEGIN SELECT RAISE(ABORT, 'the disk is full (test)'); END"_s.arg(n - 1)));
}

} // namespace

TEST_CASE("An import written through the sqlite3 handle stores what QtSql stores", "[import][store][bulk][file]")
{
    ClockScope clock;
    TempDatabase direct;
    TempDatabase qtsql;
    qtsql.db().setDirectWrites(false);
#ifdef PROFROST_SQLITE_DIRECT
    // A build with the sqlite3 path takes it here (Debian's QSQLITE links the
    // system SQLite); otherwise both databases write through QtSql.
    REQUIRE(direct.db().directHandle() != nullptr);
#endif
    REQUIRE(qtsql.db().directHandle() == nullptr);
    const QString file = writeFile(direct.dir(), u"teachers.csv"_s, kFile.toUtf8());

    const ImportOutcome a = importInto(direct.db(), file);
    const ImportOutcome b = importInto(qtsql.db(), file);
    CHECK(a.imported == 5);
    CHECK(a.imported == b.imported);
    CHECK(a.updated == b.updated);
    CHECK(a.organisationsCreated == b.organisationsCreated);
    CHECK(a.positionsCreated == b.positionsCreated);
    CHECK(a.subjectsCreated == b.subjectsCreated);
    for (const QString &table : kTables) {
        INFO(table.toStdString());
        const QStringList rows = rowsOf(direct.db(), table);
        CHECK_FALSE(rows.isEmpty());
        CHECK(rows == rowsOf(qtsql.db(), table));
    }
    // The teachers read back as written: the store's own reading agrees too.
    TeacherRepository teachers(direct.db());
    const Teacher muller = teachers.get(teachers.findBySnils(u"12345678964"_s));
    CHECK(muller.surname == u"Müller"_s);
    CHECK(muller.patronymic == u"Maria"_s);
    CHECK(muller.email == u"anna.m@example.org"_s);
    REQUIRE(muller.employments.size() == 1);
    CHECK(muller.employments.first().dismissed == QDate(2024, 5, 31));

    // Importing the file again does the same either way, and again leaves the same rows.
    const ImportOutcome againA = importInto(direct.db(), file);
    const ImportOutcome againB = importInto(qtsql.db(), file);
    CHECK(againA.imported == 0);
    CHECK(againA.imported == againB.imported);
    CHECK(againA.updated == againB.updated);
    CHECK(againA.unchanged == againB.unchanged);
    for (const QString &table : kTables) {
        INFO(table.toStdString());
        CHECK(rowsOf(direct.db(), table) == rowsOf(qtsql.db(), table));
    }
}

TEST_CASE("A statement failing half-way through a direct import undoes all of it", "[import][store][bulk][file]")
{
    ClockScope clock;
    TempDatabase direct;
    TempDatabase qtsql;
    qtsql.db().setDirectWrites(false);
    const QString file = writeFile(direct.dir(), u"teachers.csv"_s, kFile.toUtf8());
    QStringList messages;
    for (TempDatabase *t : {&direct, &qtsql}) {
        Database &db = t->db();
        const QStringList before = rowsOf(db, u"organisation"_s) + rowsOf(db, u"position"_s) + rowsOf(db, u"subject"_s);
        failAtPost(db, 4);
        try {
            importInto(db, file);
            FAIL("the import went through the failing statement");
        } catch (const Error &e) {
            messages << e.message();
        }
        for (const QString &table : {u"teacher"_s, u"employment"_s, u"employment_subject"_s,
                                     u"attestation_record"_s}) {
            INFO(table.toStdString());
            CHECK(rowsOf(db, table).isEmpty());
        }
        // The schools, posts and subjects the import created are gone too.
        CHECK(rowsOf(db, u"organisation"_s) + rowsOf(db, u"position"_s) + rowsOf(db, u"subject"_s) == before);
        CHECK_FALSE(db.inTransaction());

        // The statements are usable again once the cause is gone.
        QSqlQuery(db.connection()).exec(u"DROP TRIGGER fail_at_post"_s);
        CHECK(importInto(db, file).imported == 5);
    }
    REQUIRE(messages.size() == 2);
    CHECK(messages.first().contains(u"the disk is full (test)"_s));
    CHECK(messages.first() == messages.last());
}

TEST_CASE("A bulk insert binds empty text and invalid dates as NULL as Query does", "[store][bulk][file]")
{
    ClockScope clock;
    for (const bool directWrites : {true, false}) {
        INFO((directWrites ? "sqlite3 handle" : "QtSql"));
        TempDatabase t;
        Database &db = t.db();
        db.setDirectWrites(directWrites);
        Transaction tx(db);
        const qint64 id = BulkInsert(db, u"INSERT INTO teacher (surname, name, patronymic, birth_date, snils)"
                                         " VALUES (?, ?, ?, ?, ?)"_s,
                                     BulkInsert::Returns::Id)
                              .bind(u"Орлова"_s).bind(u"Анна"_s).bind(QString()).bind(QDate()).bind(QString())
                              .exec();
        const qint64 next = BulkInsert(db, u"INSERT INTO teacher (surname, name, birth_date) VALUES (?, ?, ?)"_s,
                                       BulkInsert::Returns::Id)
                                .bind(u"Орлов"_s).bind(u"Олег"_s).bind(QDate(1980, 1, 2)).exec();
        tx.commit();
        CHECK(id > 0);
        CHECK(next == id + 1);
        CHECK(rowsOf(db, u"teacher"_s)
              == QStringList{u"%1|'Орлова'|'Анна'|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|1"_s.arg(id),
                             u"%1|'Орлов'|'Олег'|NULL|'1980-01-02'|NULL|NULL|NULL|NULL|NULL|NULL|1"_s.arg(next)});
        // A refused row says what SQLite said, as Query does, and the statement is reusable.
        Transaction again(db);
        try {
            BulkInsert(db, u"INSERT INTO teacher (surname, name) VALUES (?, ?)"_s, BulkInsert::Returns::Id)
                .bind(u"Орлова"_s).bind(QString()).exec();
            FAIL("a teacher without a name was stored");
        } catch (const Error &e) {
            CHECK(e.message().contains(u"NOT NULL constraint failed: teacher.name"_s));
        }
        again.commit();
        CHECK(TeacherRepository(db).count() == 2);
    }
}

TEST_CASE("After a direct import the connection closes as QtSql closes it at exit", "[import][store][bulk][file]")
{
    // QtSql closes every connection still open when QCoreApplication ends;
    // SQLite refuses to close (and the connection leaks) while a statement
    // QtSql does not know of is unfinalized. So none outlives its import.
    ClockScope clock;
    TempDatabase t;
    const QString file = writeFile(t.dir(), u"teachers.csv"_s, kFile.toUtf8());
    CHECK(importInto(t.db(), file).imported == 5);
    QSqlDatabase connection = t.db().connection();
    connection.close();
    CHECK_FALSE(connection.lastError().isValid());
    INFO(connection.lastError().text().toStdString());
    CHECK_FALSE(connection.isOpen());
}
