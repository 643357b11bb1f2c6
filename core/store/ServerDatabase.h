#pragma once

#include "store/ConnectionSpec.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace profrost {

class Database;

// A ProfRost database on a PostgreSQL server, seen from outside it: made
// on the server when it is not there yet (profrost-cli server init). The
// schema itself is the migrations' business, as for a file.
class ServerDatabase
{
    Q_DECLARE_TR_FUNCTIONS(ServerDatabase)
public:
    // Whether `name` is a name the program creates a database under:
    // Latin letters, digits and "_", not starting with a digit, at most
    // 63 characters (PostgreSQL's limit). Names are never quoted into SQL
    // otherwise, so nothing else is let through.
    static bool validName(const QString &name);
    // Creates the database of `spec` on its server unless it exists,
    // connecting to the server's own "postgres" database as the same user
    // (who needs the CREATEDB right). Returns true when it was created;
    // throws profrost::Error with the server's message otherwise.
    static bool createIfMissing(const ConnectionSpec &spec);

    // What `profrost-cli server init` does, and the GUI before a copy onto
    // a server: the database made when missing, opened (the schema created
    // or upgraded) and its roles, audit log and change notices set up
    // (ServerSecurity::install). `created` says whether it was made now.
    static std::unique_ptr<Database> initialise(const ConnectionSpec &spec, bool *created = nullptr);
};

} // namespace profrost
