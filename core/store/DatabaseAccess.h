#pragma once

#include "store/ConnectionSpec.h"

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace profrost {

// Whether a database may be written, found before it is opened, and what the
// user is told when a write is refused or another program holds the file.
// A read-only file is a sound file: it is opened for reading (lists, exports,
// reports, dry runs) and never called damaged.
class DatabaseAccess
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseAccess)
public:
    enum class ReadOnly {
        No,
        Requested, // the user asked for it (profrost-cli --read-only)
        File,      // the file's permissions forbid writing
        Folder,    // the folder's: SQLite cannot create its WAL and lock files beside the file
    };

    // Why the existing file of `spec` cannot be written (No for a server or a
    // writable file). As root every file is writable, as it truly is.
    static ReadOnly probe(const ConnectionSpec &spec);

    // Where a read-only connection to `spec` reads: the file, or, in a folder
    // SQLite cannot write, the file opened as immutable (otherwise even a
    // SELECT fails: a WAL database needs its -shm file beside it).
    static QString readOnlyDatabaseName(const ConnectionSpec &spec, bool *uri);

    // SQLite leaves -wal and -shm files beside a read-only file it has read
    // (it cannot checkpoint), made with the file's permissions: once the file
    // is writable again, a read-only -shm would stop every write. Whether
    // they are there before a reader opens; and, after it has closed,
    // removing those it made (only beside a file this user cannot write, and
    // only an empty -wal: nothing in them then belongs to anyone).
    static bool hasSidecars(const ConnectionSpec &spec);
    static void removeSidecarsOfReader(const ConnectionSpec &spec, bool hadSidecars);

    // "the database is read-only (permissions of FILE)" and its variants.
    static QString readOnlyMessage(ReadOnly why, const ConnectionSpec &spec);
    // Another program holds the database locked past the busy timeout.
    static QString lockedMessage(const ConnectionSpec &spec);

    // SQLITE_BUSY / SQLITE_LOCKED: a lock held by another connection, never damage.
    static bool isLocked(const QSqlError &error);
    // PostgreSQL's insufficient_privilege: the user's role (its GRANTs or a
    // row-level security policy, ServerSecurity) does not allow the statement.
    static bool isRefusedByRole(const QSqlError &error);
    // "The server refused: your role does not allow this (SERVER'S WORDS)."
    static QString refusedByRoleMessage(const QSqlError &error);
    // PostgreSQL's connection exceptions (class 08) and shutdowns (57P01-3):
    // the connection to the server is gone.
    static bool isConnectionLost(const QSqlError &error);
    // "The connection to the server HOST was lost (SERVER'S WORDS). ..."
    static QString connectionLostMessage(const ConnectionSpec &spec, const QSqlError &error);
    // SQLITE_READONLY: a write on a connection or file that cannot be written.
    static bool isReadOnlyError(const QSqlError &error);
};

} // namespace profrost
