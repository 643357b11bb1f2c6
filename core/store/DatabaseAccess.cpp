#include "store/DatabaseAccess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>

namespace profrost {

namespace {

// The primary SQLite result code of a QSQLITE error (extended codes keep it
// in their low byte); -1 for other drivers' errors. PostgreSQL's codes are
// SQLSTATEs, always five characters and often all digits ("42501": no
// privilege), while SQLite's are at most four digits: a five-character code
// is never SQLite's, whatever its digits' low byte would say.
int sqliteCode(const QSqlError &error)
{
    const QString text = error.nativeErrorCode();
    if (text.size() > 4)
        return -1;
    bool ok = false;
    const int code = text.toInt(&ok);
    return ok ? (code & 0xFF) : -1;
}

} // namespace

DatabaseAccess::ReadOnly DatabaseAccess::probe(const ConnectionSpec &spec)
{
    if (spec.readOnly)
        return ReadOnly::Requested;
    if (!spec.isFile())
        return ReadOnly::No;
    const QFileInfo file(spec.file);
    if (!file.exists())
        return ReadOnly::No;
    // isWritable() asks the system (access(W_OK) on POSIX), so ACLs and
    // read-only mounts count, not only the permission bits.
    if (!file.isWritable())
        return ReadOnly::File;
    if (!QFileInfo(file.absolutePath()).isWritable())
        return ReadOnly::Folder;
    return ReadOnly::No;
}

QString DatabaseAccess::readOnlyDatabaseName(const ConnectionSpec &spec, bool *uri)
{
    *uri = false;
    if (!spec.isFile())
        return spec.databaseName;
    const QFileInfo file(spec.file);
    if (!file.exists() || QFileInfo(file.absolutePath()).isWritable())
        return spec.file;
    // A -wal or -shm file means another program (one allowed to write here)
    // has the database open, or stopped mid-write: its changes and locks
    // count, so read the ordinary way, through the files already there.
    if (QFileInfo::exists(spec.file + QStringLiteral("-wal")) || QFileInfo::exists(spec.file + QStringLiteral("-shm")))
        return spec.file;
    // Immutable: SQLite takes no locks and makes no -shm file. With neither
    // file beside it, no program has the database open for writing.
    *uri = true;
    return QUrl::fromLocalFile(file.absoluteFilePath()).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1");
}

bool DatabaseAccess::hasSidecars(const ConnectionSpec &spec)
{
    return spec.isFile()
           && (QFileInfo::exists(spec.file + QStringLiteral("-wal"))
               || QFileInfo::exists(spec.file + QStringLiteral("-shm")));
}

void DatabaseAccess::removeSidecarsOfReader(const ConnectionSpec &spec, bool hadSidecars)
{
    if (hadSidecars || !spec.isFile())
        return;
    // Only where nobody here may write the file: a writable one's -shm may be
    // another ProfRost's by now, and removing it would part two writers.
    ConnectionSpec asFound = spec;
    asFound.readOnly = false;
    if (probe(asFound) != ReadOnly::File)
        return;
    const QString wal = spec.file + QStringLiteral("-wal");
    if (QFileInfo(wal).size() > 0)
        return;
    QFile::remove(spec.file + QStringLiteral("-shm"));
    QFile::remove(wal);
}

QString DatabaseAccess::readOnlyMessage(ReadOnly why, const ConnectionSpec &spec)
{
    const QString shown = spec.fullName();
    switch (why) {
    case ReadOnly::No:
        return {};
    case ReadOnly::Requested:
        return tr("The database is open read-only (%1 was opened for reading only).")
            .arg(shown);
    case ReadOnly::File:
        return tr("The database is read-only (permissions of %1).").arg(shown);
    case ReadOnly::Folder:
        return tr("The database is read-only (permissions of the folder %1).")
            .arg(QDir::toNativeSeparators(QFileInfo(spec.file).absolutePath()));
    }
    return {};
}

QString DatabaseAccess::lockedMessage(const ConnectionSpec &spec)
{
    return tr("Another program is using %1 (it holds the database locked). Close it and try again.")
        .arg(spec.fullName());
}

bool DatabaseAccess::isLocked(const QSqlError &error)
{
    const int code = sqliteCode(error);
    return code == 5 || code == 6; // SQLITE_BUSY, SQLITE_LOCKED
}

bool DatabaseAccess::isConnectionLost(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code.size() == 5 && (code.startsWith(QStringLiteral("08")) || code.startsWith(QStringLiteral("57P0")));
}

QString DatabaseAccess::connectionLostMessage(const ConnectionSpec &spec, const QSqlError &error)
{
    // The server's first line («FATAL: terminating connection due to
    // administrator command»); nothing when Qt had closed the connection.
    QString words = error.databaseText().section(u'\n', 0, 0).trimmed();
    if (words.startsWith(QStringLiteral("FATAL:")))
        words = words.mid(6).trimmed();
    const QString server = spec.host + (spec.port > 0 ? QStringLiteral(":%1").arg(spec.port) : QString());
    return (words.isEmpty() ? tr("The connection to the server %1 was lost.").arg(server)
                            : tr("The connection to the server %1 was lost (%2).").arg(server, words))
        + u' '
        + tr("What you were doing was not saved, and nothing is half-written: the server keeps a change whole or "
             "not at all. Reconnect (File → Reconnect to the server) and do it again.");
}

bool DatabaseAccess::isRefusedByRole(const QSqlError &error)
{
    // insufficient_privilege: a missing GRANT or a row-level security policy.
    return error.nativeErrorCode() == QStringLiteral("42501");
}

QString DatabaseAccess::refusedByRoleMessage(const QSqlError &error)
{
    // QPSQL's text reads "ERROR:  permission denied for table teacher\n(42501)".
    QString text = error.databaseText().trimmed();
    if (text.startsWith(QStringLiteral("ERROR:")))
        text = text.mid(6).trimmed();
    const QString code = QStringLiteral("(%1)").arg(error.nativeErrorCode());
    if (text.endsWith(code))
        text = text.chopped(code.size()).trimmed();
    return tr("The server refused: your role does not allow this (%1).").arg(text);
}

bool DatabaseAccess::isReadOnlyError(const QSqlError &error)
{
    return sqliteCode(error) == 8; // SQLITE_READONLY
}

} // namespace profrost
