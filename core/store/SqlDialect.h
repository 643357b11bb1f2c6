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

    // Column type of stored file contents (the bank's attached files).
    QString blobType() const;

    // Full-text search (the bank of practices, core/README.md «The bank of
    // practices»). The program stems the words itself (util/WordStems) and
    // stores the stems in a table of four text columns — title,
    // description, tags, authors — keyed by the practice's id; the dialect
    // says how that table is made, how a row is keyed, how the stems of a
    // query are written and how matches are found and ranked.
    //
    // SQLite: an FTS5 table ranked by bm25. PostgreSQL: a table with a
    // generated tsvector ('simple' configuration: the words are stems
    // already) weighted A–D by column, a GIN index, ranked by ts_rank.
    QStringList fullTextTableStatements(const QString &table, const QString &ownerTable) const;
    // The column holding the owner's id: rowid (FTS5) or owner_id.
    QString fullTextKeyColumn() const;
    // The stems as a match expression: every stem must occur; the last one
    // also as the beginning of a longer stem when `lastIsPrefix` (a word
    // being typed). The stems hold letters and digits only.
    QString fullTextQuery(const QStringList &stems, bool lastIsPrefix) const;
    // A statement with two binds — the match expression and the row limit —
    // returning (id, score) best first: a lower score is a better match.
    // Column weights: title 10, tags 5, authors 3, description 1.
    QString fullTextSearchStatement(const QString &table) const;

private:
    Kind m_kind;
};

} // namespace profrost
