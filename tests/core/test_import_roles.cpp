// An import under a role of a shared server (issue 11's «dry run = real
// run», issue 17's roles): the rows the server would refuse are refused in
// the preview, each with its column, and the real import of the rest then
// succeeds. Without these checks the server refuses the whole file at the
// apply step with its own message and no row.
#include <catch2/catch.hpp>

#include "io/TeacherImporter.h"
#include "store/Query.h"
#include "store/ServerSecurity.h"
#include "store/TeacherRepository.h"
#include "support/ServerLogins.h"
#include "support/TestSupport.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

qint64 count(Database &db, const QString &sql, const QVariantList &values = {})
{
    return Query(db, sql).bindAll(values).scalar().toLongLong();
}

Table table(const QList<QStringList> &rows)
{
    Table t;
    t.header = {u"ФИО"_s, u"Дата рождения"_s, u"СНИЛС"_s, u"Муниципалитет"_s, u"Организация"_s, u"Должность"_s,
                u"Категория"_s, u"Дата присвоения категории"_s};
    t.headerRow = 1;
    int sourceRow = 1;
    for (const QStringList &cells : rows)
        t.rows.append({++sourceRow, cells});
    return t;
}

// The issues of the preview as «row column: reason» lines.
QString issueOf(const ImportPreview &preview, int row)
{
    for (const RowIssue &e : preview.errors) {
        if (e.row == row)
            return e.column + u": "_s + e.reason;
    }
    return QString();
}

} // namespace

TEST_CASE("An import under a role refuses in the preview the rows the server would refuse", "[roles][server][import]")
{
    ServerLogins logins;
    TempDatabase t;
    if (!t.onServer()) {
        // A file's user is its administrator: every row is theirs (the import
        // tests), and every СНИЛС is in sight.
        insertId(t.db(), u"INSERT INTO teacher (surname, name, snils) VALUES ('Андреева', 'Анна', '11223344595')"_s);
        CHECK(TeacherRepository(t.db()).snilsRegistered(u"11223344595"_s));
        CHECK_FALSE(TeacherRepository(t.db()).snilsRegistered(u"56789012343"_s));
        return;
    }
    Database &owner = t.db();
    ServerSecurity::install(owner);
    const qint64 ermakovo = insertId(owner, u"INSERT INTO municipality (name) VALUES ('Ермаковский округ')"_s);
    const qint64 shushenskoe = insertId(owner, u"INSERT INTO municipality (name) VALUES ('Шушенский округ')"_s);
    const QString org = u"INSERT INTO organisation (name, short_name, type, municipality_id) VALUES (?, ?, 'school', ?)"_s;
    const qint64 school1 = insertId(owner, org, {u"МБОУ СОШ № 1"_s, u"СОШ № 1"_s, ermakovo});
    insertId(owner, org, {u"МБОУ СОШ № 2"_s, u"СОШ № 2"_s, ermakovo});
    insertId(owner, org, {u"МБОУ Шушенская СОШ"_s, u"Шушенская СОШ"_s, shushenskoe});
    // Андреева works at СОШ № 1: the head of СОШ № 2 cannot see her.
    const qint64 anna = insertId(owner, u"INSERT INTO teacher (surname, name, patronymic, birth_date, snils) "
                                        "VALUES ('Андреева', 'Анна', 'Петровна', '1980-03-05', '11223344595')"_s);
    Query(owner, u"INSERT INTO employment (teacher_id, organisation_id, position_id, hired) "
                 "SELECT ?, ?, id, '2015-09-01' FROM position WHERE name = 'учитель'"_s)
        .bindAll({anna, school1})
        .exec();

    ServerSecurity::NewUser user;
    user.role = UserAccess::Role::OrganisationHead;
    user.organisation = u"СОШ № 2"_s;
    const QString head = logins.add(owner, u"head"_s, user);
    user = {};
    user.role = UserAccess::Role::Methodist;
    user.municipality = u"Ермаковский округ"_s;
    const QString methodist = logins.add(owner, u"met"_s, user);
    user = {};
    user.role = UserAccess::Role::Observer;
    const QString observer = logins.add(owner, u"obs"_s, user);

    SECTION("the head of an organisation imports its own teachers, and only them")
    {
        auto db = connectAs(owner, head);
        TeacherImporter importer(*db, referenceDay());
        const Table file = table({
            // 2: a new teacher of СОШ № 2 with СЗД: imported, the СЗД left to the centre
            {u"Новикова Ольга Игоревна"_s, u"12.04.1990"_s, u""_s, u""_s, u"СОШ № 2"_s, u"учитель"_s, u"СЗД"_s,
             u"20.05.2025"_s},
            // 3: another school's teacher
            {u"Петрова Мария Ивановна"_s, u"01.02.1985"_s, u""_s, u""_s, u"СОШ № 1"_s, u"учитель"_s, u""_s, u""_s},
            // 4: Андреева, moving in: her СНИЛС is registered where the head cannot see
            {u"Андреева Анна Петровна"_s, u"05.03.1980"_s, u"112-233-445 95"_s, u""_s, u"СОШ № 2"_s,
             u"учитель"_s, u""_s, u""_s},
            // 5: a new teacher without a post would vanish from the head's sight
            {u"Сидорова Елена Павловна"_s, u"07.07.1992"_s, u""_s, u""_s, u""_s, u""_s, u""_s, u""_s},
        });
        const auto preview = importer.preview(file);
        INFO(issueOf(preview, 3).toStdString() << "\n" << issueOf(preview, 4).toStdString() << "\n"
                                               << issueOf(preview, 5).toStdString());
        CHECK(preview.validRows == 1);
        CHECK(preview.rejectedRows() == 3);
        CHECK(issueOf(preview, 3).startsWith(u"Организация: \"СОШ № 1\" is not your organisation"_s));
        CHECK(issueOf(preview, 4).startsWith(u"СНИЛС: СНИЛС 112-233-445 95 belongs to a teacher registered outside"_s));
        CHECK(issueOf(preview, 5).startsWith(u"Организация: a new teacher without a post"_s));
        bool warnedFitness = false;
        for (const RowIssue &w : preview.warnings)
            warnedFitness = warnedFitness || (w.row == 2 && w.reason.contains(u"is not added to the attestation history"_s));
        CHECK(warnedFitness);

        // The real import of what the preview passed: the server refuses none of it.
        const ImportOutcome outcome = importer.apply(preview);
        CHECK(outcome.imported == 1);
        CHECK(count(owner, u"SELECT count(*) FROM teacher"_s) == 2);
        CHECK(count(owner, u"SELECT count(*) FROM employment e JOIN teacher t ON t.id = e.teacher_id "
                           "JOIN organisation o ON o.id = e.organisation_id "
                           "WHERE t.surname = 'Новикова' AND o.short_name = 'СОШ № 2'"_s) == 1);
        CHECK(count(owner, u"SELECT count(*) FROM attestation_record"_s) == 0);
    }

    SECTION("a methodist imports the teachers of their municipality, new schools there included")
    {
        auto db = connectAs(owner, methodist);
        TeacherImporter importer(*db, referenceDay());
        const Table file = table({
            // 2: a new school of their municipality (none named: theirs)
            {u"Новикова Ольга Игоревна"_s, u"12.04.1990"_s, u""_s, u""_s, u"СОШ № 3"_s, u"учитель"_s, u"СЗД"_s,
             u"20.05.2025"_s},
            // 3: another municipality's school
            {u"Петрова Мария Ивановна"_s, u"01.02.1985"_s, u""_s, u"Шушенский округ"_s, u"Шушенская СОШ"_s,
             u"учитель"_s, u""_s, u""_s},
        });
        const auto preview = importer.preview(file);
        INFO(issueOf(preview, 3).toStdString());
        CHECK(preview.validRows == 1);
        CHECK(issueOf(preview, 3).startsWith(u"Муниципалитет: \"Шушенский округ\" is not your municipality"_s));
        const ImportOutcome outcome = importer.apply(preview);
        CHECK(outcome.imported == 1);
        CHECK(outcome.organisationsCreated == 1);
        CHECK(count(owner, u"SELECT municipality_id FROM organisation WHERE name = 'СОШ № 3'"_s) == ermakovo);
        // A methodist records attestation: the СЗД is in the history.
        CHECK(count(owner, u"SELECT count(*) FROM attestation_record WHERE kind = 'fitness'"_s) == 1);
    }

    SECTION("an observer's file is refused whole, before any row")
    {
        auto db = connectAs(owner, observer);
        TeacherImporter importer(*db, referenceDay());
        const auto preview = importer.preview(table({{u"Новикова Ольга Игоревна"_s, u"12.04.1990"_s, u""_s, u""_s,
                                                       u"СОШ № 2"_s, u"учитель"_s, u""_s, u""_s}}));
        CHECK(preview.fileRejected());
        CHECK(preview.rejection().startsWith(u"your role on the server (observer) may not change the registry of teachers"_s));
    }
}
