#pragma once

#include "store/UserAccess.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace profrost {

class Database;

// The roles of a shared database, enforced by the PostgreSQL server itself
// (core/README.md «Roles on a server»): group roles with their GRANTs, the
// table app_user naming each login's role and scope, and row-level security
// policies on every table, so that a user connecting with psql can do no
// more than the program lets them. Nothing here applies to a file.
class ServerSecurity
{
    Q_DECLARE_TR_FUNCTIONS(ServerSecurity)
public:
    // Creates or renews everything above on the server's database `db`
    // (opened and migrated, by its owner or a superuser). Idempotent:
    // profrost-cli server init runs it every time, and opening a server's
    // database that a migration changed runs it again for the new tables.
    // Throws profrost::Error when a table has no policy (a table added
    // without one here is refused, never left open).
    static void install(Database &db);
    // Whether install() has run on `db` (the table app_user exists).
    static bool installed(Database &db);

    struct NewUser
    {
        QString login;          // a PostgreSQL role name: Latin letters, digits, "_"
        UserAccess::Role role = UserAccess::Role::Observer;
        QString municipality;   // names as the registry holds them; empty: none
        QString organisation;
        QString association;
        QString password;       // empty: none set (then pg_hba.conf decides)
    };
    // Creates the login when the server has none of that name, lets it
    // connect to this database, and records its role and scope (replacing
    // an earlier one), in one transaction. Throws profrost::Error naming
    // what is wrong: an unknown role's scope, a name the registry does not
    // hold, a scope the role needs but was not given.
    static void addUser(Database &db, const NewUser &user);

    struct User
    {
        QString login;
        UserAccess::Role role = UserAccess::Role::Observer;
        QString scope; // the municipality, organisation or association, named
    };
    static QList<User> users(Database &db);
};

} // namespace profrost
