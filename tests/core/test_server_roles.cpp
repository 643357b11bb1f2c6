// The roles of a shared database, enforced by the server (ServerSecurity):
// each test user connects as their own login and tries what the role must
// not do. On scripts/test's PostgreSQL pass; on a file, what a file says.
#include <catch2/catch.hpp>

#include "store/Query.h"
#include "store/ServerSecurity.h"
#include "store/TeacherRepository.h"
#include "store/UserAccess.h"
#include "support/ServerLogins.h"
#include "support/TestSupport.h"
#include "util/Error.h"

#include <QCoreApplication>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

// Two municipalities: Ермаковский with two schools, Шушенский with one; a
// teacher at each school; a school's association at СОШ № 1 and two
// municipal ones (РМО of mathematics and of physics), each with a meeting
// and an agenda item; a course record of each teacher.
struct District
{
    qint64 ermakovo = 0, shushenskoe = 0;
    qint64 school1 = 0, school2 = 0, schoolB = 0;
    qint64 anna = 0, boris = 0, vera = 0; // СОШ № 1, СОШ № 2 (Ермаковский); СОШ Шушенская
    qint64 maths = 0, physics = 0, schoolAssociation = 0;
    qint64 mathsMeeting = 0, physicsMeeting = 0;

    explicit District(Database &db)
    {
        ermakovo = insertId(db, u"INSERT INTO municipality (name) VALUES ('Ермаковский округ')"_s);
        shushenskoe = insertId(db, u"INSERT INTO municipality (name) VALUES ('Шушенский округ')"_s);
        const QString org = u"INSERT INTO organisation (name, short_name, type, municipality_id) VALUES (?, ?, 'school', ?)"_s;
        school1 = insertId(db, org, {u"МБОУ СОШ № 1"_s, u"СОШ № 1"_s, ermakovo});
        school2 = insertId(db, org, {u"МБОУ СОШ № 2"_s, u"СОШ № 2"_s, ermakovo});
        schoolB = insertId(db, org, {u"МБОУ Шушенская СОШ"_s, u"Шушенская СОШ"_s, shushenskoe});
        const qint64 post = Query(db, u"SELECT id FROM position ORDER BY id LIMIT 1"_s).scalar().toLongLong();
        auto teacher = [&](const QString &surname, qint64 organisation) {
            const qint64 id = insertId(db, u"INSERT INTO teacher (surname, name, phone) VALUES (?, 'Ивановна', '100')"_s,
                                       {surname});
            Query(db, u"INSERT INTO employment (teacher_id, organisation_id, position_id, hired) VALUES (?, ?, ?, '2020-09-01')"_s)
                .bindAll({id, organisation, post})
                .exec();
            return id;
        };
        anna = teacher(u"Андреева"_s, school1);
        boris = teacher(u"Борисова"_s, school2);
        vera = teacher(u"Васильева"_s, schoolB);
        const QString association = u"INSERT INTO association (kind, level, name, organisation_id) VALUES (?, ?, ?, ?)"_s;
        maths = insertId(db, association, {u"rmo"_s, u"municipal"_s, u"РМО учителей математики"_s, QVariant()});
        physics = insertId(db, association, {u"rmo"_s, u"municipal"_s, u"РМО учителей физики"_s, QVariant()});
        schoolAssociation = insertId(db, association, {u"shmo"_s, u"school"_s, u"ШМО СОШ № 1"_s, school1});
        const QString meeting = u"INSERT INTO meeting (association_id, held_on, topic) VALUES (?, '2026-10-01', ?)"_s;
        mathsMeeting = insertId(db, meeting, {maths, u"Математика"_s});
        physicsMeeting = insertId(db, meeting, {physics, u"Физика"_s});
        for (qint64 m : {mathsMeeting, physicsMeeting})
            Query(db, u"INSERT INTO agenda_item (meeting_id, position, title, decided) VALUES (?, 1, 'Вопрос', 'Решено')"_s)
                .bindAll({m})
                .exec();
        Query(db, u"INSERT INTO association_member (association_id, teacher_id) VALUES (?, ?)"_s)
            .bindAll({maths, anna})
            .exec();
    }
};

qint64 count(Database &db, const QString &table)
{
    return Query(db, u"SELECT count(*) FROM "_s + table).scalar().toLongLong();
}

// The server's refusal of `sql`, or empty when it ran.
std::string refusal(Database &db, const QString &sql, const QVariantList &values = {})
{
    try {
        Query(db, sql).bindAll(values).exec();
    } catch (const Error &e) {
        return e.message().toStdString();
    }
    return {};
}

int changed(Database &db, const QString &sql, const QVariantList &values = {})
{
    Query q(db, sql);
    q.bindAll(values).exec();
    return q.numRowsAffected();
}

} // namespace

TEST_CASE("A file has no roles: its user is its administrator", "[roles]")
{
    TempDatabase t;
    if (t.onServer())
        return; // the server's own cases follow
    const UserAccess access = UserAccess::current(t.db());
    CHECK(access.role() == UserAccess::Role::Administrator);
    CHECK(access.mayEdit(UserAccess::Area::Settings));
    CHECK_THROWS_WITH(ServerSecurity::install(t.db()),
                      Catch::Contains("Roles are set up on a server's database only"));
    CHECK(ServerSecurity::users(t.db()).isEmpty());
}

TEST_CASE("Each role sees and changes on the server only what it may", "[roles][server]")
{
    ServerLogins logins;
    TempDatabase t;
    if (!t.onServer()) {
        // What the program hides for each role, the same rule the server keeps.
        UserAccess none;
        CHECK_FALSE(none.mayEditAnything());
        CHECK(UserAccess::fromKey(u"rmo_head"_s) == UserAccess::Role::AssociationHead);
        CHECK_FALSE(UserAccess::fromKey(u"director"_s).has_value());
        return;
    }
    Database &owner = t.db();
    ServerSecurity::install(owner);
    const District d(owner);
    const QString prefix = u"u"_s + owner.connectionSpec().databaseName.section(u'_', 2); // pid_counter
    auto add = [&](const QString &suffix, UserAccess::Role role, const QString &municipality,
                   const QString &organisation, const QString &association) {
        ServerSecurity::NewUser user;
        user.role = role;
        user.municipality = municipality;
        user.organisation = organisation;
        user.association = association;
        return logins.add(owner, suffix, user);
    };
    const QString methodist = add(u"met"_s, UserAccess::Role::Methodist, u"Ермаковский округ"_s, {}, {});
    const QString head = add(u"head"_s, UserAccess::Role::OrganisationHead, {}, u"СОШ № 2"_s, {});
    const QString rmo = add(u"rmo"_s, UserAccess::Role::AssociationHead, u"Ермаковский округ"_s, {},
                            u"РМО учителей математики"_s);
    const QString observer = add(u"obs"_s, UserAccess::Role::Observer, {}, {}, {});

    SECTION("the users are listed with their roles and scopes")
    {
        const QList<ServerSecurity::User> users = ServerSecurity::users(owner);
        REQUIRE(users.size() == 4);
        CHECK(users.at(0).login == head);
        CHECK(users.at(0).role == UserAccess::Role::OrganisationHead);
        CHECK(users.at(0).scope == u"МБОУ СОШ № 2"_s);
        CHECK(users.at(2).login == observer);
        CHECK(users.at(2).scope.isEmpty());
    }

    SECTION("a methodist works in their municipality and cannot reach another's teachers")
    {
        auto db = connectAs(owner, methodist);
        const UserAccess access = UserAccess::current(*db);
        CHECK(access.role() == UserAccess::Role::Methodist);
        CHECK(access.login() == methodist);
        CHECK(access.scope() == u"Ермаковский округ"_s);
        CHECK(count(*db, u"teacher"_s) == 2);     // Андреева, Борисова; not Васильева
        CHECK(count(*db, u"employment"_s) == 2);
        CHECK(count(*db, u"organisation"_s) == 2);
        const QList<TeacherRow> rows = TeacherRepository(*db).rows(QDate(2026, 12, 1));
        REQUIRE(rows.size() == 2);
        for (const TeacherRow &row : rows)
            CHECK(row.surname != u"Васильева"_s);
        // Another municipality's teacher: not found to change or delete.
        CHECK(changed(*db, u"UPDATE teacher SET phone = '999' WHERE id = ?"_s, {d.vera}) == 0);
        CHECK(changed(*db, u"DELETE FROM teacher WHERE id = ?"_s, {d.vera}) == 0);
        CHECK(Query(owner, u"SELECT phone FROM teacher WHERE id = ?"_s).bindAll({d.vera}).scalar().toString() == u"100"_s);
        // Nor can a post be written in another municipality's school.
        CHECK_THAT(refusal(*db, u"INSERT INTO employment (teacher_id, organisation_id, position_id) "
                                "SELECT ?, ?, id FROM position LIMIT 1"_s, {d.anna, d.schoolB}),
                   Catch::Contains("row-level security"));
        CHECK_THAT(refusal(*db, u"INSERT INTO organisation (name, type, municipality_id) VALUES ('СОШ № 9', 'school', ?)"_s,
                           {d.shushenskoe}),
                   Catch::Contains("row-level security"));
        // Their own: changed.
        CHECK(changed(*db, u"UPDATE teacher SET phone = '555' WHERE id = ?"_s, {d.boris}) == 1);
        // A new teacher, added the way the program adds one (teacher, then post).
        const qint64 added = insertId(*db, u"INSERT INTO teacher (surname, name) VALUES ('Новикова', 'Ольга')"_s);
        Query(*db, u"INSERT INTO employment (teacher_id, organisation_id, position_id) SELECT ?, ?, id FROM position LIMIT 1"_s)
            .bindAll({added, d.school1})
            .exec();
        CHECK(count(*db, u"teacher"_s) == 3);
        // The users and the schema's bookkeeping are not theirs.
        CHECK_THAT(refusal(*db, u"UPDATE app_user SET role = 'admin'"_s), Catch::Contains("permission denied"));
        CHECK_THAT(refusal(*db, u"DELETE FROM meta"_s), Catch::Contains("row-level security")
                                                            || Catch::Contains("permission denied"));
    }

    SECTION("the head of an organisation sees its teachers and sends applications, nothing else")
    {
        auto db = connectAs(owner, head);
        const UserAccess access = UserAccess::current(*db);
        CHECK(access.role() == UserAccess::Role::OrganisationHead);
        CHECK(access.mayEdit(UserAccess::Area::Applications));
        CHECK_FALSE(access.mayEdit(UserAccess::Area::Attestation));
        CHECK(count(*db, u"teacher"_s) == 1); // Борисова only
        CHECK(count(*db, u"organisation"_s) == 1);
        CHECK(changed(*db, u"UPDATE teacher SET phone = '999' WHERE id = ?"_s, {d.anna}) == 0);
        // An application for a course run: an enrolment of their teacher.
        const qint64 programme = insertId(owner, u"INSERT INTO programme (title, provider, provider_kind, kind, hours, form) VALUES ('Функциональная грамотность', 'ККИПК', 'iro', 'pk', 36, 'distance')"_s);
        const qint64 run = insertId(owner, u"INSERT INTO course_run (programme_id, starts, ends) VALUES (?, '2027-01-10', '2027-01-20')"_s,
                                    {programme});
        Query(*db, u"INSERT INTO enrolment (teacher_id, run_id, organisation_id, status) VALUES (?, ?, ?, 'applied')"_s)
            .bindAll({d.boris, run, d.school2})
            .exec();
        CHECK(count(owner, u"enrolment"_s) == 1);
        CHECK_THAT(refusal(*db, u"INSERT INTO enrolment (teacher_id, run_id, organisation_id, status) VALUES (?, ?, ?, 'applied')"_s,
                           {d.anna, run, d.school1}),
                   Catch::Contains("row-level security"));
        // Attestation and the courses themselves are the centre's.
        CHECK_THAT(refusal(*db, u"INSERT INTO attestation_record (teacher_id, kind, granted, decided_by) VALUES (?, 'fitness', '2026-01-01', 'organisation')"_s,
                           {d.boris}),
                   Catch::Contains("permission denied"));
        CHECK_THAT(refusal(*db, u"UPDATE course_run SET starts = '2027-02-01'"_s), Catch::Contains("permission denied"));
    }

    SECTION("the head of an association writes its protocols and not another association's")
    {
        auto db = connectAs(owner, rmo);
        const UserAccess access = UserAccess::current(*db);
        CHECK(access.role() == UserAccess::Role::AssociationHead);
        CHECK(access.scope() == u"РМО учителей математики"_s);
        CHECK(access.mayEdit(UserAccess::Area::Associations));
        CHECK_FALSE(access.mayEdit(UserAccess::Area::Registry));
        CHECK(changed(*db, u"UPDATE agenda_item SET decided = 'Принято' WHERE meeting_id = ?"_s, {d.mathsMeeting}) == 1);
        CHECK(changed(*db, u"UPDATE agenda_item SET decided = 'Отменено' WHERE meeting_id = ?"_s, {d.physicsMeeting}) == 0);
        CHECK(Query(owner, u"SELECT decided FROM agenda_item WHERE meeting_id = ?"_s).bindAll({d.physicsMeeting}).scalar().toString()
              == u"Решено"_s);
        CHECK_THAT(refusal(*db, u"INSERT INTO agenda_item (meeting_id, position, title) VALUES (?, 2, 'Чужой вопрос')"_s,
                           {d.physicsMeeting}),
                   Catch::Contains("row-level security"));
        CHECK_THAT(refusal(*db, u"INSERT INTO meeting (association_id, held_on) VALUES (?, '2026-11-01')"_s, {d.physics}),
                   Catch::Contains("row-level security"));
        const qint64 meeting = insertId(*db, u"INSERT INTO meeting (association_id, held_on) VALUES (?, '2026-11-01')"_s,
                                        {d.maths});
        CHECK(meeting > 0);
        // The registry is read, not written.
        CHECK(count(*db, u"teacher"_s) == 2);
        CHECK_THAT(refusal(*db, u"UPDATE teacher SET phone = '1' WHERE id = ?"_s, {d.anna}), Catch::Contains("permission denied"));
    }

    SECTION("an observer reads everything and changes nothing")
    {
        auto db = connectAs(owner, observer);
        const UserAccess access = UserAccess::current(*db);
        CHECK(access.role() == UserAccess::Role::Observer);
        CHECK_FALSE(access.mayEditAnything());
        CHECK(count(*db, u"teacher"_s) == 3);
        CHECK(count(*db, u"meeting"_s) == 2);
        CHECK_THAT(refusal(*db, u"UPDATE teacher SET phone = '1'"_s), Catch::Contains("permission denied"));
        CHECK_THAT(refusal(*db, u"INSERT INTO municipality (name) VALUES ('Новый')"_s), Catch::Contains("permission denied"));
        CHECK_THAT(refusal(*db, u"SELECT count(*) FROM app_user"_s), Catch::Contains("permission denied"));
    }

    SECTION("a login the database does not know sees nothing")
    {
        const QString stranger = prefix + u"_x"_s;
        logins.names << stranger;
        REQUIRE(runOnServer(ConnectionSpec::fromText(testServer()), u"CREATE ROLE %1 LOGIN"_s.arg(stranger)).isEmpty());
        ConnectionSpec spec = owner.connectionSpec();
        spec.user = stranger;
        Database db(spec);
        CHECK_THROWS_WITH(db.open(), Catch::Contains("permission denied for database"));
    }

    SECTION("a user's scope must name what the registry holds and fit the role")
    {
        ServerSecurity::NewUser user;
        user.login = prefix + u"_bad"_s;
        user.role = UserAccess::Role::OrganisationHead;
        CHECK_THROWS_WITH(ServerSecurity::addUser(owner, user), Catch::Contains("needs --organisation"));
        user.organisation = u"СОШ № 77"_s;
        CHECK_THROWS_WITH(ServerSecurity::addUser(owner, user), Catch::Contains("The registry has no organisation \"СОШ № 77\""));
        user.role = UserAccess::Role::Administrator;
        user.organisation = u"СОШ № 1"_s;
        CHECK_THROWS_WITH(ServerSecurity::addUser(owner, user), Catch::Contains("An administrator is not limited"));
        user.login = u"Ivanova-A"_s;
        CHECK_THROWS_WITH(ServerSecurity::addUser(owner, user), Catch::Contains("cannot be a login here"));
        CHECK(ServerSecurity::users(owner).size() == 4);
    }
}
