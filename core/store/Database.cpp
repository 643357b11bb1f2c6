#include "store/Database.h"

#include "store/BackupService.h"
#include "store/CompetencyAreaRepository.h"
#include "store/DictionaryRepository.h"
#include "store/FilePrivacy.h"
#include "store/Migrations.h"
#include "store/ServerSecurity.h"
#include "store/Query.h"
#include "util/Error.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#ifdef PROFROST_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace profrost {

namespace {

QAtomicInt s_connectionCounter;

QString nextConnectionName(const char *purpose)
{
    return QStringLiteral("profrost-%1-%2").arg(QLatin1String(purpose)).arg(s_connectionCounter.fetchAndAddRelaxed(1));
}

// Opens a connection described by `spec` under `name`, for writing or for
// reading only (then, in a folder SQLite cannot write, the file as immutable).
bool openConnection(const ConnectionSpec &spec, const QString &name, bool readOnly, QString *error,
                    QSqlError *sqlError = nullptr)
{
    const SqlDialect dialect = spec.dialect();
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
    QString options = readOnly ? dialect.readOnlyConnectOptions(spec.busyTimeoutMs)
                               : dialect.connectOptions(spec.busyTimeoutMs);
    if (spec.isFile()) {
        bool uri = false;
        db.setDatabaseName(readOnly ? DatabaseAccess::readOnlyDatabaseName(spec, &uri) : spec.file);
        if (uri)
            options += QStringLiteral(";QSQLITE_OPEN_URI");
    } else {
        db.setHostName(spec.host);
        db.setPort(spec.port);
        db.setDatabaseName(spec.databaseName);
        db.setUserName(spec.user);
        db.setPassword(spec.password);
    }
    db.setConnectOptions(options);
    if (db.open())
        return true;
    if (error)
        *error = db.lastError().text();
    if (sqlError)
        *sqlError = db.lastError();
    return false;
}

// A read-only look at a database: nothing is written, not even the WAL mode.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const ConnectionSpec &spec)
        : m_spec(spec), m_name(nextConnectionName("inspect")), m_hadSidecars(DatabaseAccess::hasSidecars(spec))
    {
        m_ok = openConnection(spec, m_name, true, &m_error, &m_sqlError);
    }
    ~ReadOnlyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
        DatabaseAccess::removeSidecarsOfReader(m_spec, m_hadSidecars);
    }
    bool ok() const { return m_ok; }
    const QString &error() const { return m_error; }
    const QSqlError &sqlError() const { return m_sqlError; }
    bool locked() const { return DatabaseAccess::isLocked(m_sqlError); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    ConnectionSpec m_spec;
    QString m_name;
    bool m_hadSidecars = false;
    QString m_error;
    QSqlError m_sqlError;
    bool m_ok = false;
};

// The checks only a file has: present, not empty, an SQLite file at all.
// Returns true when the database itself is to be looked into next.
bool inspectFile(const QString &path, DatabaseFileCheck &check)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        check.kind = DatabaseFileCheck::Kind::Missing;
        return false;
    }
    if (info.size() == 0) {
        check.kind = DatabaseFileCheck::Kind::Empty;
        return false;
    }
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        check.kind = DatabaseFileCheck::Kind::Corrupted;
        check.message = Database::tr("Cannot read %1: %2").arg(shown, file.errorString());
        return false;
    }
    if (file.read(16) != QByteArrayLiteral("SQLite format 3\0")) {
        check.kind = DatabaseFileCheck::Kind::Foreign;
        check.message = Database::tr("%1 is not a ProfRost database (it is not an SQLite file at all).").arg(shown);
        return false;
    }
    return true;
}

} // namespace

Database::Database(const ConnectionSpec &spec)
    : m_spec(spec), m_dialect(spec.dialect()), m_connectionName(nextConnectionName("main"))
{
}

// A server's URL given as a "path" opens the server, never a file named
// after it in the current folder.
Database::Database(const QString &path) : Database(ConnectionSpec::fromText(path)) {}

Database::~Database()
{
    close();
}

QString Database::integrityProblem(const ConnectionSpec &spec)
{
    const QString integrity = spec.dialect().integrityCheckStatement();
    if (integrity.isEmpty())
        return {};
    const QString shown = spec.fullName();
    ReadOnlyConnection ro(spec);
    // Another program holding the file says nothing about its pages: no
    // check now, and no alarm (a write will say who holds it).
    if (!ro.ok())
        return ro.locked() ? QString() : tr("%1 cannot be opened: %2").arg(shown, ro.error());
    QString detail;
    {
        QSqlQuery q(ro.db());
        if (!q.exec(integrity) || !q.next()) {
            if (DatabaseAccess::isLocked(q.lastError()))
                return {};
            detail = q.lastError().text();
        }
        else if (q.value(0).toString() != u"ok")
            detail = q.value(0).toString();
    }
    if (detail.isEmpty())
        return {};
    return tr("%1 is damaged (%2). Restore it from a backup.").arg(shown, detail);
}

DatabaseFileCheck Database::inspect(const QString &path, bool quickCheck)
{
    return inspect(ConnectionSpec::sqliteFile(path), quickCheck);
}

DatabaseFileCheck Database::inspect(const ConnectionSpec &spec, bool quickCheck)
{
    DatabaseFileCheck check;
    if (spec.isFile() && !inspectFile(spec.file, check))
        return check;
    const QString shown = spec.fullName();
    const SqlDialect dialect = spec.dialect();
    // SQLITE_BUSY is a lock another program holds, never damage.
    const auto locked = [&check, &spec](const QSqlError &error) {
        if (!DatabaseAccess::isLocked(error))
            return false;
        check.kind = DatabaseFileCheck::Kind::Locked;
        check.message = DatabaseAccess::lockedMessage(spec);
        return true;
    };
    ReadOnlyConnection ro(spec);
    if (!ro.ok()) {
        if (locked(ro.sqlError()))
            return check;
        check.kind = DatabaseFileCheck::Kind::Corrupted;
        check.message = tr("%1 cannot be opened: %2").arg(shown, ro.error());
        return check;
    }
    QSqlQuery q(ro.db());
    if (const QString integrity = dialect.integrityCheckStatement(); quickCheck && !integrity.isEmpty()) {
        const bool ran = q.exec(integrity);
        if (!ran && locked(q.lastError()))
            return check;
        if (!ran || !q.next() || q.value(0).toString() != u"ok") {
            check.kind = DatabaseFileCheck::Kind::Corrupted;
            QString detail = q.lastError().isValid() ? q.lastError().text() : q.value(0).toString();
            check.message = tr("%1 is damaged and was not opened (%2). Restore it from a backup.").arg(shown, detail);
            return check;
        }
    }
    if (!q.exec(dialect.tableNamesStatement())) {
        if (locked(q.lastError()))
            return check;
        check.kind = DatabaseFileCheck::Kind::Corrupted;
        check.message = tr("%1 cannot be read: %2").arg(shown, q.lastError().text());
        return check;
    }
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    if (tables.isEmpty()) {
        check.kind = DatabaseFileCheck::Kind::Empty;
        return check;
    }
    if (!tables.contains(u"meta")) {
        check.kind = DatabaseFileCheck::Kind::Foreign;
        check.message = tr("%1 is an SQLite database of another program, not of ProfRost. It was not changed.").arg(shown);
        return check;
    }
    QString application;
    int version = 0;
    if (q.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        while (q.next()) {
            if (q.value(0).toString() == u"application")
                application = q.value(1).toString();
            else if (q.value(0).toString() == u"schema_version")
                version = q.value(1).toInt();
        }
    } else if (locked(q.lastError())) {
        return check;
    }
    if (application != Migrations::applicationTag() || version <= 0) {
        check.kind = DatabaseFileCheck::Kind::Foreign;
        check.message = tr("%1 is an SQLite database of another program, not of ProfRost. It was not changed.").arg(shown);
        return check;
    }
    check.version = version;
    if (version > Migrations::latestVersion()) {
        check.kind = DatabaseFileCheck::Kind::Newer;
        check.message = tr("%1 was written by a newer version of ProfRost (database version %2, this program knows "
                           "up to %3). Update the program; the file was not changed.")
                            .arg(shown)
                            .arg(version)
                            .arg(Migrations::latestVersion());
        return check;
    }
    check.kind = DatabaseFileCheck::Kind::Ours;
    return check;
}

Database::Opened Database::open(OpenOptions options)
{
    close();
    const DatabaseFileCheck check = inspect(m_spec, options.quickCheck);
    const QString shown = m_spec.fullName();
    // Found before anything is written: a read-only file is never migrated,
    // backed up beside itself or made private, only read.
    const DatabaseAccess::ReadOnly readOnly = DatabaseAccess::probe(m_spec);
    switch (check.kind) {
    case DatabaseFileCheck::Kind::Foreign:
    case DatabaseFileCheck::Kind::Newer:
    case DatabaseFileCheck::Kind::Corrupted:
    case DatabaseFileCheck::Kind::Locked:
        throw Error(check.message);
    case DatabaseFileCheck::Kind::Missing:
        if (!options.create || readOnly != DatabaseAccess::ReadOnly::No)
            throw Error(tr("%1 does not exist.").arg(shown));
        if (const QString dir = QFileInfo(m_spec.file).absolutePath(); !QDir().mkpath(dir))
            throw Error(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)));
        break;
    case DatabaseFileCheck::Kind::Empty:
        // An empty file becomes ours only when the caller asked to create one.
        if (!options.create || readOnly != DatabaseAccess::ReadOnly::No)
            throw Error(tr("%1 is empty, not a ProfRost database. It was not changed.").arg(shown));
        break;
    case DatabaseFileCheck::Kind::Ours:
        break;
    }

    const int from = check.kind == DatabaseFileCheck::Kind::Ours ? check.version : 0;
    const int target = options.targetVersion > 0 ? options.targetVersion : Migrations::latestVersion();
    if (readOnly != DatabaseAccess::ReadOnly::No && from < target)
        throw Error(tr("%1 was written by an older version of ProfRost (database version %2, this program uses %3) "
                       "and must be upgraded before it can be used, but it is read-only. Make the file and its "
                       "folder writable and open it again; the file was not changed.")
                        .arg(shown)
                        .arg(from)
                        .arg(target));

    m_readOnly = readOnly;
    m_hadSidecars = DatabaseAccess::hasSidecars(m_spec);
    connect(isReadOnly());
    applyConnectionSetup(isReadOnly());
    if (m_spec.isFile()) {
        // A new file is made private at once; an old one that others can read
        // is left as it is (it may be shared on purpose) but said so.
        if (check.kind != DatabaseFileCheck::Kind::Ours)
            FilePrivacy::restrictFile(m_spec.file);
        m_privacyWarning = FilePrivacy::exposure(m_spec.file);
    }

    m_migratedFrom = from;
    if (from < target) {
        if (from > 0 && options.backupBeforeMigration)
            BackupService(*this).backupNow(QStringLiteral("before-migration-v%1").arg(from));
        Migrations::migrate(*this, from, target);
        if (from == 0 && target == Migrations::latestVersion())
            DictionaryRepository(*this).seedDefaults();
        // A server's roles cover the tables the migration added.
        if (from > 0 && ServerSecurity::installed(*this))
            ServerSecurity::install(*this);
    }
    // The competency areas of this database become the ones every list,
    // rule and document of the process uses (CompetencyAreas::current()).
    CompetencyAreaRepository(*this).makeCurrent();
    if (from >= target)
        return Opened::Existing;
    return from == 0 ? Opened::Created : Opened::Migrated;
}

void Database::openForReading()
{
    close();
    connect(true);
}

void Database::connect(bool readOnly)
{
    QString reason;
    QSqlError error;
    if (!openConnection(m_spec, m_connectionName, readOnly, &reason, &error)) {
        QSqlDatabase::removeDatabase(m_connectionName);
        throw Error(failureMessage(error, tr("Cannot open %1: %2").arg(m_spec.fullName(), reason)));
    }
    m_open = true;
}

void Database::applyConnectionSetup(bool readOnly)
{
    QSqlQuery q(connection());
    for (const QString &statement : m_dialect.connectionSetup(m_spec.busyTimeoutMs, readOnly)) {
        if (!q.exec(statement))
            throw Error(failureMessage(q.lastError(),
                                       tr("Cannot prepare the database connection: %1").arg(q.lastError().text())));
    }
}

void Database::requireWritable() const
{
    if (isReadOnly())
        throw Error(readOnlyMessage());
}

QString Database::failureMessage(const QSqlError &error, const QString &fallback) const
{
    if (!checkConnection() || DatabaseAccess::isConnectionLost(error)) {
        if (!m_lost) { // a fatal message on a connection Qt has not closed yet
            m_lost = true;
            if (m_lostHandler)
                m_lostHandler();
        }
        return DatabaseAccess::connectionLostMessage(m_spec, error);
    }
    if (DatabaseAccess::isLocked(error))
        return DatabaseAccess::lockedMessage(m_spec);
    if (DatabaseAccess::isRefusedByRole(error))
        return DatabaseAccess::refusedByRoleMessage(error);
    // A write that slipped past begin() (outside a transaction).
    if (DatabaseAccess::isReadOnlyError(error) && isReadOnly())
        return readOnlyMessage();
    return fallback;
}

bool Database::checkConnection() const
{
    if (m_lost)
        return false;
    if (m_dialect.kind() != SqlDialect::Kind::Postgres || !m_open
        || QSqlDatabase::database(m_connectionName, false).isOpen())
        return true;
    m_lost = true;
    if (m_lostHandler)
        m_lostHandler();
    return false;
}

void Database::reconnect()
{
    // The statements of the broken connection go with it; a transaction it
    // had open was rolled back by the server when the connection broke.
    close();
    open();
    m_lost = false;
}

QSqlQuery Database::takeStatement(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end() || it->isEmpty())
        return QSqlQuery();
    return it->takeLast();
}

void Database::returnStatement(const QString &sql, QSqlQuery &&query) const
{
    // Schema statements and one-off queries are not worth keeping.
    if (!m_open || sql.startsWith(u"CREATE") || sql.startsWith(u"PRAGMA") || sql.startsWith(u"VACUUM"))
        return;
    QList<QSqlQuery> &free = m_statements[sql];
    if (free.size() < 2)
        free.append(std::move(query));
}

sqlite3 *Database::directHandle() const
{
#ifdef PROFROST_SQLITE_DIRECT
    if (!m_directWrites || !m_open || m_dialect.kind() != SqlDialect::Kind::Sqlite)
        return nullptr;
    const QSqlDatabase db = connection();
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    if (m_direct == Direct::Unknown) {
        // Two copies of SQLite in one process (a driver carrying its own)
        // must never share a connection: the source id names the build.
        QSqlQuery q(db);
        const bool same = q.exec(QStringLiteral("SELECT sqlite_source_id()")) && q.next()
            && q.value(0).toString() == QString::fromUtf8(sqlite3_sourceid());
        m_direct = same ? Direct::Usable : Direct::Unusable;
    }
    return m_direct == Direct::Usable ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
#else
    return nullptr;
#endif
}

void Database::setDirectWrites(bool enabled)
{
    m_directWrites = enabled;
}

sqlite3_stmt *Database::takeDirectStatement(const QString &sql) const
{
    auto it = m_directStatements.find(sql);
    if (it == m_directStatements.end() || it->isEmpty())
        return nullptr;
    return it->takeLast();
}

void Database::returnDirectStatement(const QString &sql, sqlite3_stmt *statement) const
{
#ifdef PROFROST_SQLITE_DIRECT
    QList<sqlite3_stmt *> &free = m_directStatements[sql];
    if (m_open && m_depth > 0 && free.size() < 2) {
        free.append(statement);
        return;
    }
    sqlite3_finalize(statement);
#else
    Q_UNUSED(sql);
    Q_UNUSED(statement);
#endif
}

void Database::finalizeDirectStatements() const
{
#ifdef PROFROST_SQLITE_DIRECT
    for (const QList<sqlite3_stmt *> &list : std::as_const(m_directStatements)) {
        for (sqlite3_stmt *statement : list)
            sqlite3_finalize(statement);
    }
#endif
    m_directStatements.clear();
}

void Database::close()
{
    CompetencyAreas::release(this); // the defaults again, unless another database's areas are current
    m_statements.clear(); // prepared statements must go before the connection
    finalizeDirectStatements();
    m_direct = Direct::Unknown;
    m_open = false;
    const bool readOnly = isReadOnly();
    m_readOnly = DatabaseAccess::ReadOnly::No;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_depth = 0;
    if (readOnly)
        DatabaseAccess::removeSidecarsOfReader(m_spec, m_hadSidecars);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    Query q(*this, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    return q.scalar().toInt();
}

void Database::begin()
{
    if (m_depth > 0) {
        ++m_depth;
        return;
    }
    requireWritable(); // the one place every repository's and importer's write passes
    m_rollbackOnly = false;
    QSqlDatabase db = connection();
    const QString statement = m_dialect.beginTransactionStatement();
    if (statement.isEmpty()) {
        if (!db.transaction())
            throw Error(failureMessage(db.lastError(), tr("Cannot start a transaction: %1").arg(db.lastError().text())));
    } else {
        QSqlQuery q(db);
        if (!q.exec(statement))
            throw Error(failureMessage(q.lastError(), tr("Cannot start a transaction: %1").arg(q.lastError().text())));
    }
    m_depth = 1;
}

void Database::commit()
{
    if (m_depth <= 0)
        return;
    if (--m_depth > 0)
        return;
    finalizeDirectStatements();
    QSqlDatabase db = connection();
    if (m_rollbackOnly) {
        db.rollback();
        throw Error(tr("The change was undone because a part of it failed."));
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        throw Error(failureMessage(error, tr("Cannot save the change: %1").arg(error.text())));
    }
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    if (--m_depth > 0) {
        // An inner part failed: the whole outer transaction must not commit.
        m_rollbackOnly = true;
        return;
    }
    finalizeDirectStatements();
    connection().rollback();
}

QString Database::backupDirectory() const
{
    if (!m_spec.isFile())
        return {};
    const QFileInfo info(m_spec.file);
    return info.absoluteDir().filePath(QStringLiteral("backups"));
}

} // namespace profrost
