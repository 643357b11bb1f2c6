#pragma once

#include "store/ConnectionSpec.h"
#include "store/DatabaseAccess.h"
#include "store/SqlDialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <functional>

struct sqlite3;
struct sqlite3_stmt;

namespace profrost {

// What a file on disk is, found without writing to it.
struct DatabaseFileCheck
{
    // Locked: another program holds the file; it may be sound, it is only busy.
    enum class Kind { Missing, Empty, Ours, Foreign, Newer, Corrupted, Locked };
    Kind kind = Kind::Missing;
    int version = 0;  // schema version when Ours or Newer
    QString message;  // for the user, when the file cannot be opened
};

// One open ProfRost database, opened from a ConnectionSpec (a SQLite file
// today; the dialect holds what differs for a server). Opening checks the file first and refuses a
// file that is not ours, is newer than the program, or is damaged, without
// touching it; an older schema is backed up and migrated in one transaction.
// A file that cannot be written (its permissions, its folder's, or the
// user's wish: ConnectionSpec::readOnly) is opened read-only: it is read as
// usual, and every write fails in begin() with a message naming the file.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    explicit Database(const ConnectionSpec &spec);
    // A SQLite file (the common case, and every test's); a server's URL (ConnectionSpec::fromText) opens the server.
    explicit Database(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    enum class Opened { Existing, Created, Migrated };
    struct OpenOptions
    {
        bool create = true;               // create the file when missing
        bool backupBeforeMigration = true;
        int targetVersion = 0;            // 0: the latest; tests build older versions
        // PRAGMA quick_check reads the whole file: the GUI leaves it out here
        // and runs integrityProblem() on a worker thread after the first frame.
        bool quickCheck = true;
    };
    // Throws profrost::Error with a clear message when the file cannot be used.
    Opened open(OpenOptions options);
    Opened open() { return open(OpenOptions()); }
    // A second, read-only connection to a database another Database object
    // has opened and checked already; for reading in a worker thread (it must
    // be opened, used and closed in that thread).
    void openForReading();
    void close();
    bool isOpen() const;

    // quickCheck false leaves the dialect's integrity check to integrityProblem()
    // on a worker thread (the check reads the whole file: seconds at region scale).
    static DatabaseFileCheck inspect(const ConnectionSpec &spec, bool quickCheck = true);
    static DatabaseFileCheck inspect(const QString &path, bool quickCheck = true);
    // The dialect's integrity check on a read-only connection of its own (any
    // thread): empty when the database is sound, else the message for the user.
    static QString integrityProblem(const ConnectionSpec &spec);

    QSqlDatabase connection() const;
    // Where the database is; worker threads open their readers from it.
    const ConnectionSpec &connectionSpec() const { return m_spec; }
    // The file of a SQLite database (empty for a server).
    const QString &path() const { return m_spec.file; }
    const SqlDialect &dialect() const { return m_dialect; }
    int schemaVersion() const;
    int migratedFrom() const { return m_migratedFrom; }
    // Set by open(): the file cannot (or is not to) be written. Reading works.
    bool isReadOnly() const { return m_readOnly != DatabaseAccess::ReadOnly::No; }
    DatabaseAccess::ReadOnly readOnlyReason() const { return m_readOnly; }
    // What a refused write says: "the database is read-only (permissions of FILE)".
    QString readOnlyMessage() const { return DatabaseAccess::readOnlyMessage(m_readOnly, m_spec); }
    // Throws profrost::Error with readOnlyMessage() when the database is read-only.
    void requireWritable() const;
    // The message for a failed statement: a lock held by another program, a
    // write refused as read-only, a role's refusal or a lost connection to
    // the server say so; anything else is `fallback`.
    QString failureMessage(const QSqlError &error, const QString &fallback) const;

    // A server's connection broken under the program (the server restarted,
    // the network went away): Qt closes it, and every statement fails from
    // then on. Noticed by the first statement that fails (failureMessage)
    // or by checkConnection(); the handler is called once, when it is
    // noticed, and may not write (it is called while a statement fails:
    // the window offers the reconnect once the failed action is over).
    bool connectionLost() const { return m_lost; }
    void setConnectionLostHandler(std::function<void()> handler) { m_lostHandler = std::move(handler); }
    // False (and the handler called) when a server's connection is lost.
    bool checkConnection() const;
    // Connects again with the same connection spec (its password kept in
    // memory only): what a lost connection needs. Throws profrost::Error,
    // with the server's words, while the server cannot be reached.
    void reconnect();
    // Set by open() when the file can be read by other users of the computer
    // (FilePrivacy::exposure): the GUI and the CLI say it once.
    const QString &privacyWarning() const { return m_privacyWarning; }

    // Transactions nest: only the outermost one commits (see Transaction).
    // Every write is in one, so begin() is where a read-only database refuses.
    void begin();
    void commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    // Where backups of this database go (a folder beside the file; empty for
    // a server, which is backed up on the server).
    QString backupDirectory() const;

    // The statement cache behind Query: a prepared statement for `sql`, or an
    // empty QSqlQuery when none is free; and giving it back after use.
    QSqlQuery takeStatement(const QString &sql) const;
    void returnStatement(const QString &sql, QSqlQuery &&query) const;

    // The sqlite3 connection under QSQLITE, for BulkInsert to bind straight
    // through: nullptr for another driver, for a build without
    // PROFROST_SQLITE_DIRECT, when the SQLite linked here is not the one the
    // driver runs (their source ids differ), or when turned off.
    sqlite3 *directHandle() const;
    // On by default; tests and the benchmark compare it with QtSql's binding.
    void setDirectWrites(bool enabled);
    // BulkInsert's statement cache, beside Query's. It lives only as long as
    // the outermost transaction: QtSql closes every connection in a post
    // routine of QCoreApplication, which fails (and leaks the connection)
    // while a statement QtSql does not know of is still unfinalized, so none
    // outlives the write it served.
    sqlite3_stmt *takeDirectStatement(const QString &sql) const;
    void returnDirectStatement(const QString &sql, sqlite3_stmt *statement) const;

private:
    void connect(bool readOnly);
    void applyConnectionSetup(bool readOnly);

    ConnectionSpec m_spec;
    SqlDialect m_dialect;
    QString m_connectionName;
    int m_depth = 0;
    bool m_rollbackOnly = false;
    int m_migratedFrom = 0;
    DatabaseAccess::ReadOnly m_readOnly = DatabaseAccess::ReadOnly::No;
    bool m_hadSidecars = false; // -wal / -shm beside the file before it was opened
    QString m_privacyWarning;
    mutable QHash<QString, QList<QSqlQuery>> m_statements;
    void finalizeDirectStatements() const;
    enum class Direct { Unknown, Usable, Unusable };
    mutable Direct m_direct = Direct::Unknown; // worked out at the first use after open
    bool m_directWrites = true;
    mutable QHash<QString, QList<sqlite3_stmt *>> m_directStatements;
    bool m_open = false;
    mutable bool m_lost = false;
    std::function<void()> m_lostHandler;
};

// RAII transaction: rolls back unless commit() was called.
class Transaction
{
public:
    explicit Transaction(Database &db) : m_db(db) { m_db.begin(); }
    ~Transaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    void commit()
    {
        m_db.commit();
        m_done = true;
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace profrost
