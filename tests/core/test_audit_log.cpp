// The audit log a server keeps (AuditLog): every write of every user, with
// the values before and after, written by the server's trigger; read by an
// administrator, changed by no one. A file keeps none.
#include <catch2/catch.hpp>

#include "store/AuditLog.h"
#include "store/Query.h"
#include "store/ServerSecurity.h"
#include "support/ServerLogins.h"
#include "support/TestSupport.h"
#include "util/Error.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

std::string refusal(Database &db, const QString &sql)
{
    try {
        Query(db, sql).exec();
    } catch (const Error &e) {
        return e.message().toStdString();
    }
    return {};
}

QString changeOf(const AuditLog::Entry &e, const QString &column)
{
    for (const AuditLog::Change &c : e.changes) {
        if (c.column == column)
            return c.before + u" → "_s + c.after;
    }
    return QString();
}

} // namespace

TEST_CASE("The server logs who changed which record from what to what", "[audit][server]")
{
    ServerLogins logins; // dropped after the database, which holds their right to connect
    TempDatabase t;
    if (!t.onServer()) {
        CHECK_FALSE(AuditLog::available(t.db()));
        CHECK(AuditLog::entries(t.db(), {}).isEmpty());
        CHECK_THROWS_WITH(AuditLog::install(t.db()), Catch::Contains("a file has none"));
        return;
    }
    Database &owner = t.db();
    ServerSecurity::install(owner);
    REQUIRE(AuditLog::available(owner));
    Query(owner, u"INSERT INTO municipality (name) VALUES ('Ермаковский округ')"_s).exec();
    Query(owner, u"INSERT INTO teacher (surname, name, phone) VALUES ('Андреева', 'Анна', '100')"_s).exec();
    const qint64 anna = Query(owner, u"SELECT id FROM teacher"_s).scalar().toLongLong();
    ServerSecurity::NewUser user;
    user.role = UserAccess::Role::Methodist;
    const QString methodist = logins.add(owner, u"met"_s, user);
    user.role = UserAccess::Role::Administrator;
    const QString administrator = logins.add(owner, u"adm"_s, user);

    {
        auto db = connectAs(owner, methodist);
        Query(*db, u"UPDATE teacher SET phone = '555', email = 'a@school.ru' WHERE id = ?"_s).bind(anna).exec();
        Query(*db, u"UPDATE teacher SET phone = '555' WHERE id = ?"_s).bind(anna).exec(); // nothing changes: no entry
        Query(*db, u"DELETE FROM teacher WHERE id = ?"_s).bind(anna).exec();
        // The methodist reads no log, and cannot write one.
        CHECK_THAT(refusal(*db, u"SELECT count(*) FROM audit_log"_s), Catch::Contains("permission denied"));
        CHECK_THAT(refusal(*db, u"INSERT INTO audit_log (table_name, action) VALUES ('teacher', 'note')"_s),
                   Catch::Contains("permission denied"));
    }

    AuditLog::Filter byMethodist;
    byMethodist.login = methodist;
    const QList<AuditLog::Entry> entries = AuditLog::entries(owner, byMethodist);
    REQUIRE(entries.size() == 2); // newest first: the deletion, the update
    CHECK(entries.at(0).action == u"delete"_s);
    CHECK(entries.at(0).table == u"teacher"_s);
    CHECK(entries.at(0).rowId == QString::number(anna));
    CHECK(changeOf(entries.at(0), u"surname"_s) == u"Андреева → "_s);
    CHECK(entries.at(1).action == u"update"_s);
    REQUIRE(entries.at(1).changes.size() == 2); // only what changed
    CHECK(changeOf(entries.at(1), u"phone"_s) == u"100 → 555"_s);
    CHECK(changeOf(entries.at(1), u"email"_s) == u" → a@school.ru"_s);
    CHECK(entries.at(1).changesText() == u"email:  → a@school.ru; phone: 100 → 555"_s);
    CHECK(entries.at(1).at.date() == QDate::currentDate());
    CHECK(AuditLog::logins(owner).contains(methodist));
    CHECK(AuditLog::tables(owner).contains(u"teacher"_s));

    // Filters: another table, a period before today.
    AuditLog::Filter other = byMethodist;
    other.table = u"organisation"_s;
    CHECK(AuditLog::entries(owner, other).isEmpty());
    AuditLog::Filter past = byMethodist;
    past.to = QDate::currentDate().addDays(-1);
    CHECK(AuditLog::entries(owner, past).isEmpty());
    past.to = QDate::currentDate();
    past.from = QDate::currentDate();
    CHECK(AuditLog::entries(owner, past).size() == 2);

    // The administrator reads it and still cannot change or empty it.
    auto admin = connectAs(owner, administrator);
    CHECK(AuditLog::entries(*admin, byMethodist).size() == 2);
    CHECK_THAT(refusal(*admin, u"DELETE FROM audit_log"_s), Catch::Contains("permission denied"));
    CHECK_THAT(refusal(*admin, u"UPDATE audit_log SET login = 'someone'"_s), Catch::Contains("permission denied"));
    QSqlQuery alter(admin->connection()); // DDL: not a prepared statement
    CHECK_FALSE(alter.exec(u"ALTER TABLE teacher DISABLE TRIGGER profrost_audit"_s));
    CHECK_THAT(alter.lastError().text().toStdString(), Catch::Contains("must be owner"));
    CHECK(AuditLog::entries(owner, byMethodist).size() == 2);
}
