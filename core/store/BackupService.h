#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QList>
#include <QString>

namespace profrost {

class Database;

// Online backups of the open database into its backup folder, the newest
// `keep` of them kept; and restore of one of them in place of the database.
// A database on a server is backed up by the server's administrator
// (pg_dump, README «A shared server»): there the automatic copies before a
// migration or an import are not made (each of those is one transaction
// the server rolls back whole), and a copy or restore asked for by the user
// is refused with that advice.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    explicit BackupService(Database &db, int keep = 10);

    // Whether the program itself backs this database up (a file: yes; a server: no).
    bool makesCopies() const;
    // Throws profrost::Error with the administrator's advice unless makesCopies().
    void requireCopies() const;
    // Writes a consistent copy while the database stays open; returns its
    // path (empty on a server, see above).
    QString backupNow(const QString &reason);
    // Writes the copy to a file the user chose (not counted among the kept ones).
    void backupTo(const QString &targetPath);
    // The daily backup, when none was made on `today` yet. Returns the path or empty.
    QString backupIfDue(QDate today);
    // Backups of this database, oldest first.
    QList<QFileInfo> backups() const;
    // Replaces the database by the backup at `path`; the current state is
    // backed up first. The backup is checked before anything changes: a
    // file that is not ours, newer or damaged is refused.
    void restore(const QString &path);

private:
    QString baseName() const;
    void prune();

    Database &m_db;
    int m_keep;
};

} // namespace profrost
