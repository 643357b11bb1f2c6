#pragma once

#include "store/Database.h"
#include "util/Clock.h"

#include <QFile>
#include <QTemporaryDir>
#include <functional>
#include <memory>

#include <QString>
#include <catch2/catch.hpp>

// Failed checks print QStrings as text instead of "{?}".
namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace profrost::test {

// The whole of a file that must exist (the check fails the test otherwise).
inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// The day every test calls "today" unless it says otherwise.
inline QDate referenceDay() { return QDate(2026, 11, 22); }

// Installs a fixed clock for the scope of a test.
class ClockScope
{
public:
    explicit ClockScope(QDate day = referenceDay()) : m_clock(day) { Clock::install(&m_clock); }
    ~ClockScope() { Clock::install(nullptr); }
    FixedClock &clock() { return m_clock; }

private:
    FixedClock m_clock;
};

// A fresh database in a temporary folder, opened and migrated.
class TempDatabase
{
public:
    TempDatabase();
    Database &db() { return *m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

// A database file at an old schema `version` (for migration tests), filled
// by `fill` while still old; returns the version it was created at.
int createAtVersion(const QString &path, int version, const std::function<void(Database &)> &fill);

// Writes bytes to a file in `dir`, returning its path.
QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes);
QString dataFile(const QString &name);

} // namespace profrost::test
