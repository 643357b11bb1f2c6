#pragma once

#include "store/SqlDialect.h"

#include <QString>

namespace profrost {

// Where a database is: everything needed to open a connection to it, and
// nothing about what is in it. Today a SQLite file on this computer; the
// shared regional server (PostgreSQL) is described by the same value, so
// that the main connection and every worker thread's reader are opened from
// one description and nothing above the store knows which it is.
struct ConnectionSpec
{
    SqlDialect::Kind kind = SqlDialect::Kind::Sqlite;
    QString file;          // SQLite: the database file
    QString host;          // PostgreSQL: the server
    int port = 5432;
    QString databaseName;  // PostgreSQL: the database on the server
    QString user;
    QString password;
    // Open for reading only, as the user asked (profrost-cli --read-only):
    // every write is refused with a message, nothing is migrated or backed up.
    bool readOnly = false;
    // How long a statement waits for a lock another program holds before it
    // fails with "another program is using the database" (tests shorten it).
    int busyTimeoutMs = 5000;

    static ConnectionSpec sqliteFile(const QString &path);
    static ConnectionSpec postgres(const QString &host, int port, const QString &databaseName, const QString &user,
                                   const QString &password = {});
    // What a user types where a database is asked for: a server's URL,
    // postgresql://USER@HOST[:PORT]/DBNAME (also postgres://), or else a
    // file's path. A password is not taken from the URL's text (it would
    // stay in the shell's history and the recent list): libpq reads it from
    // PGPASSWORD or ~/.pgpass, or the GUI asks for it.
    static ConnectionSpec fromText(const QString &text);
    // Whether `text` is a server's URL rather than a file's path.
    static bool isServerUrl(const QString &text);
    // The URL of a server's database, as fromText reads it (no password).
    QString url() const;

    bool isFile() const { return kind == SqlDialect::Kind::Sqlite; }
    SqlDialect dialect() const { return SqlDialect(kind); }
    // What the window title and messages show: the file's name, or
    // "database on host" for a server.
    QString shortName() const;
    // The full description for a tooltip: the native path, or user@host:port/database.
    QString fullName() const;

    friend bool operator==(const ConnectionSpec &, const ConnectionSpec &) = default;
};

} // namespace profrost
