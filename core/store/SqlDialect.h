#pragma once

#include <QString>
#include <QStringList>

namespace profrost {

// Everything that differs between SQLite (the local file) and PostgreSQL
// (the shared regional server of a later release) lives here, so the rest
// of the store writes one SQL.
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind = Kind::Sqlite) : m_kind(kind) {}
    Kind kind() const { return m_kind; }
    QString driverName() const;

    // Column definition of a surrogate key.
    QString primaryKey() const;
    // Statements run on every new connection (foreign keys, WAL, busy timeout);
    // a read-only connection leaves out what would write (the journal mode).
    QStringList connectionSetup(int busyTimeoutMs = 5000, bool readOnly = false) const;
    // Connection options of the main (writing) connection: the busy timeout
    // from the first statement on (setting the WAL mode may wait for a lock).
    QString connectOptions(int busyTimeoutMs = 5000) const;
    // The statement opening a write transaction, or empty for the driver's
    // own. SQLite takes the write lock at once (BEGIN IMMEDIATE), so another
    // program's lock is waited for and reported when the change starts,
    // not halfway through it.
    QString beginTransactionStatement() const;
    // A statement copying the live database to the bound file path, or empty
    // when the dialect has no such thing (then the backup is made by other means).
    QString onlineBackupStatement() const;
    // Case-insensitive LIKE operator.
    QString caseInsensitiveLike() const;
    // Connection options of a reader that must not write (a worker thread's
    // connection): SQLite opens the file read-only and waits for a writer.
    QString readOnlyConnectOptions(int busyTimeoutMs = 5000) const;
    // A statement whose single row reads "ok" when the stored data is sound,
    // or empty when the server looks after that itself.
    QString integrityCheckStatement() const;
    // A statement listing the names of the tables of the database.
    QString tableNamesStatement() const;

private:
    Kind m_kind;
};

} // namespace profrost
