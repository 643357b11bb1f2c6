#pragma once

// A demo district made once and copied for every test that wants one: the
// demo with five years of history takes seconds (tens under the
// sanitizers), and dozens of test cases start from the same one. CTest runs
// each test case in a process of its own, so the copy is kept in a file:
// in the system's temporary folder, named after what makes it (`key`) and
// the binaries that make it (their size and time), so that a rebuilt
// program never reuses an older program's demo. Two processes making it at
// once each write their own file and rename it into place; QFile::rename
// never replaces an existing file, so the first one wins, the second drops
// its own copy, and a reader never sees the cached file missing or half-made.

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <filesystem>
#include <functional>
#include <system_error>

namespace profrost::test {

// The path of the cached demo for `key`, made by `make(path)` when missing;
// `binaries`: the programs besides this test binary whose build decides it.
inline QString cachedDemo(const QString &key, const std::function<void(const QString &path)> &make,
                          const QStringList &binaries = {})
{
    QString stamp;
    for (const QString &binary : QStringList{QCoreApplication::applicationFilePath()} + binaries) {
        const QFileInfo info(binary);
        stamp += QStringLiteral("-%1-%2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
    }
    const QDir dir(QDir::temp().filePath(QStringLiteral("profrost-test-demos")));
    QDir().mkpath(dir.path());
    const QString cached = dir.filePath(key + stamp + QStringLiteral(".sqlite"));
    if (!QFile::exists(cached)) {
        const QString part = cached + QStringLiteral(".part%1").arg(QCoreApplication::applicationPid());
        QFile::remove(part);
        make(part);
        std::error_code failed;
        std::filesystem::rename(part.toStdString(), cached.toStdString(), failed);
        if (failed)
            QFile::remove(part);
    }
    return cached;
}

// A fresh copy of the cached demo at `path` (readable and writable by the owner only, as the program makes them).
inline bool copyDemo(const QString &cached, const QString &path)
{
    QFile::remove(path);
    if (!QFile::copy(cached, path))
        return false;
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace profrost::test
