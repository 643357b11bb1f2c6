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

// A fresh database, opened and migrated: a file in a temporary folder, or,
// when PROFROST_TEST_POSTGRES names a server (scripts/test's second pass,
// postgresql://USER@HOST:PORT/DB of a database to connect to for creating
// others), a new database on that server copied from the migrated template
// (PROFROST_TEST_POSTGRES_TEMPLATE, default profrost_template, made on
// first use), dropped again at the end.
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();
    TempDatabase(const TempDatabase &) = delete;
    TempDatabase &operator=(const TempDatabase &) = delete;
    Database &db() { return *m_db; }
    // Whether this test runs on the server (then path() names no file).
    bool onServer() const { return !m_serverDatabase.isEmpty(); }
    QString path() const { return m_path; }
    // What profrost-cli takes for this database: the file's path, or the
    // server's URL of it.
    QString location() const;
    QString dir() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    QString m_serverDatabase;
};

// The server the tests run on (PROFROST_TEST_POSTGRES), or empty for files.
QString testServer();
// Runs `sql` on the server's database `admin` names, outside a transaction
// (CREATE/DROP DATABASE and ROLE); the server's message on failure, else empty.
QString runOnServer(const ConnectionSpec &admin, const QString &sql);

// A database file at an old schema `version` (for migration tests), filled
// by `fill` while still old; returns the version it was created at.
int createAtVersion(const QString &path, int version, const std::function<void(Database &)> &fill);

// Writes bytes to a file in `dir`, returning its path.
QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes);
QString dataFile(const QString &name);

} // namespace profrost::test
