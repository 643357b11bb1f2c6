#pragma once

#include <QCoreApplication>
#include <QString>

namespace profrost {

// A database holds every teacher's СНИЛС and birth date: the file, its
// backups and the backups folder are for their owner only (0600 / 0700 on
// POSIX systems). On Windows the files live under the user's profile, which
// is private already; there these calls change nothing.
class FilePrivacy
{
    Q_DECLARE_TR_FUNCTIONS(FilePrivacy)
public:
    // Read and write for the owner only (a file), or also enter (a folder).
    static void restrictFile(const QString &path);
    static void restrictFolder(const QString &path);
    // Empty when only the owner can read `path`; else the warning for the
    // user, naming the file and what to do.
    static QString exposure(const QString &path);
};

} // namespace profrost
