#pragma once

// Test users of a shared database: created for one test's database on the
// test server and dropped at its end, and connections made as each of them.

#include "store/Database.h"
#include "store/Query.h"
#include "store/ServerSecurity.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <memory>

namespace profrost::test {

// Logins live on the whole server: each test's are named after its
// database and dropped at the end (after the database, which holds their
// CONNECT right: declare this before the TempDatabase).
struct ServerLogins
{
    QStringList names;
    ~ServerLogins()
    {
        if (testServer().isEmpty())
            return;
        for (const QString &name : std::as_const(names))
            runOnServer(ConnectionSpec::fromText(testServer()), QStringLiteral("DROP ROLE IF EXISTS %1").arg(name));
    }

    // Adds `user` to `owner`'s database, its login named after the database
    // (pid_counter) and `suffix`; the login.
    QString add(Database &owner, const QString &suffix, ServerSecurity::NewUser user)
    {
        user.login = QStringLiteral("u") + owner.connectionSpec().databaseName.section(u'_', 2) + u'_' + suffix;
        names << user.login;
        ServerSecurity::addUser(owner, user);
        return user.login;
    }
};

// The id of the row `sql` (an INSERT without its RETURNING) adds: what a
// role test builds its district with, past the program's repositories.
inline qint64 insertId(Database &db, const QString &sql, const QVariantList &values = {})
{
    Query q(db, sql + QStringLiteral(" RETURNING id"));
    q.bindAll(values).exec();
    REQUIRE(q.next());
    return q.id(0);
}

// A connection to `owner`'s database as `login` (no password: the test
// server trusts the loopback interface).
inline std::unique_ptr<Database> connectAs(Database &owner, const QString &login)
{
    ConnectionSpec spec = owner.connectionSpec();
    spec.user = login;
    auto db = std::make_unique<Database>(spec);
    db->open();
    return db;
}

} // namespace profrost::test
