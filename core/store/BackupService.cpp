#include "store/BackupService.h"

#include "store/Database.h"
#include "store/FilePrivacy.h"
#include "store/Query.h"
#include "util/Error.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace profrost {

BackupService::BackupService(Database &db, int keep) : m_db(db), m_keep(keep) {}

QString BackupService::baseName() const
{
    return QFileInfo(m_db.path()).completeBaseName();
}

bool BackupService::makesCopies() const
{
    return m_db.connectionSpec().isFile();
}

namespace {

QString serverBackupAdvice(const Database &db)
{
    return BackupService::tr("%1 is a database on a server: its administrator backs it up and restores it with "
                             "pg_dump and pg_restore.").arg(db.connectionSpec().fullName());
}

} // namespace

void BackupService::requireCopies() const
{
    if (!makesCopies())
        throw Error(serverBackupAdvice(m_db));
}

QList<QFileInfo> BackupService::backups() const
{
    if (!makesCopies())
        return {};
    QDir dir(m_db.backupDirectory());
    // Names carry a sortable timestamp, so name order is time order.
    return dir.entryInfoList({baseName() + QStringLiteral("-*.sqlite")}, QDir::Files, QDir::Name);
}

void BackupService::backupTo(const QString &targetPath)
{
    requireCopies();
    if (QFile::exists(targetPath) && !QFile::remove(targetPath))
        throw Error(tr("Cannot replace %1.").arg(QDir::toNativeSeparators(targetPath)));
    const QString statement = m_db.dialect().onlineBackupStatement();
    if (statement.isEmpty())
        throw Error(tr("This kind of database is backed up on its server."));
    Query(m_db, statement).bind(QDir::toNativeSeparators(targetPath)).exec();
    FilePrivacy::restrictFile(targetPath); // a copy holds the same personal data
}

QString BackupService::backupNow(const QString &reason)
{
    // The copy goes beside the file and comes before a write (a migration,
    // an import, a restore): a read-only database gets neither.
    m_db.requireWritable();
    if (!makesCopies())
        return {};
    const QString dirPath = m_db.backupDirectory();
    if (!QDir().mkpath(dirPath))
        throw Error(tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(dirPath)));
    FilePrivacy::restrictFolder(dirPath);
    QString stamp = QDateTime::currentDateTime().toString(u"yyyy-MM-dd_HHmmss_zzz");
    const QString target = QDir(dirPath).filePath(baseName() + u'-' + stamp + u'-' + reason + u".sqlite");
    backupTo(target);
    prune();
    return target;
}

QString BackupService::backupIfDue(QDate today)
{
    if (m_db.isReadOnly() || !makesCopies())
        return {}; // nothing changes in a read-only file, and its folder may refuse the copy
    const QString todayPrefix = baseName() + u'-' + today.toString(u"yyyy-MM-dd") + u'_';
    for (const QFileInfo &info : backups()) {
        if (info.fileName().startsWith(todayPrefix))
            return {};
    }
    return backupNow(QStringLiteral("daily"));
}

void BackupService::prune()
{
    QList<QFileInfo> all = backups();
    while (all.size() > m_keep) {
        QFile::remove(all.takeFirst().absoluteFilePath());
    }
}

void BackupService::restore(const QString &path)
{
    m_db.requireWritable();
    requireCopies();
    const DatabaseFileCheck check = Database::inspect(path);
    if (check.kind != DatabaseFileCheck::Kind::Ours)
        throw Error(check.message.isEmpty() ? tr("%1 is not a ProfRost backup.").arg(QDir::toNativeSeparators(path))
                                            : check.message);
    // Copy the chosen backup aside first: it may be one that pruning removes.
    const QString staged = m_db.path() + QStringLiteral(".restoring");
    QFile::remove(staged);
    if (!QFile::copy(path, staged))
        throw Error(tr("Cannot read the backup %1.").arg(QDir::toNativeSeparators(path)));
    FilePrivacy::restrictFile(staged);
    const QString safety = backupNow(QStringLiteral("before-restore"));

    m_db.close();
    const QString live = m_db.path();
    QFile::remove(live + QStringLiteral("-wal"));
    QFile::remove(live + QStringLiteral("-shm"));
    QFile::remove(live);
    if (!QFile::rename(staged, live)) {
        QFile::copy(safety, live);
        m_db.open();
        throw Error(tr("Cannot replace the database file; nothing was changed."));
    }
    try {
        m_db.open(); // migrates an older backup, like any older file
    } catch (const Error &) {
        QFile::remove(live);
        QFile::copy(safety, live);
        m_db.open();
        throw;
    }
}

} // namespace profrost
