#include "store/DatabaseAccess.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>

namespace profrost {

namespace {

// The primary SQLite result code of a QSQLITE error (extended codes keep it
// in their low byte); -1 for other drivers' errors.
int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
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
    // A WAL file left by a program that stopped mid-write holds changes the
    // immutable file would not show: read it the ordinary way then.
    if (QFileInfo(spec.file + QStringLiteral("-wal")).size() > 0)
        return spec.file;
    // Immutable: SQLite takes no locks and makes no -shm file. Nobody can
    // create one in this folder, so no ProfRost writes the file meanwhile.
    *uri = true;
    return QUrl::fromLocalFile(file.absoluteFilePath()).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1");
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

bool DatabaseAccess::isReadOnlyError(const QSqlError &error)
{
    return sqliteCode(error) == 8; // SQLITE_READONLY
}

} // namespace profrost
