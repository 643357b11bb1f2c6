// The command line's import: a column the user names with --map, and the
// backup taken before a real import (none for a dry run).
#include <catch2/catch.hpp>

#include "support/CliFixtures.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

// teachers_good.csv with the post's column named as a school's staff list
// names it, which no importer takes for «Должность» by itself.
QString staffListFile(const QString &dir)
{
    QFile good(QStringLiteral(PROFROST_TEST_DATA_DIR "/import/teachers_good.csv"));
    REQUIRE(good.open(QIODevice::ReadOnly));
    QByteArray bytes = good.readAll();
    const QByteArray header = u";Должность;"_s.toUtf8();
    REQUIRE(bytes.indexOf(header) > 0);
    bytes.replace(bytes.indexOf(header), header.size(), u";Должность по штатному расписанию;"_s.toUtf8());
    const QString path = QDir(dir).filePath(u"штатное.csv"_s);
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    return path;
}

QStringList backupsOf(const QString &dir)
{
    return QDir(QDir(dir).filePath(u"backups"_s)).entryList({u"*before-import*"_s}, QDir::Files);
}

} // namespace

TEST_CASE("import --map reads a column the user names, and names the missing field without it", "[cli][import]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"imc.sqlite"_s);
    REQUIRE(runCli({u"init"_s, db}).exitCode == 0);
    const QString file = staffListFile(dir.path());

    const CliResult without = runCli({u"import"_s, u"teachers"_s, db, file});
    INFO(without);
    CHECK(without.exitCode == 2);
    CHECK(without.err.contains(u"Должность"_s));
    CHECK(without.err.contains(u"Должность по штатному расписанию"_s)); // the columns the file has
    CHECK(without.out.contains(u"imported 0"_s));

    const CliResult with = runCli({u"import"_s, u"teachers"_s, db, file, u"--map"_s,
                                   u"Должность по штатному расписанию=Должность"_s});
    INFO(with);
    CHECK(with.exitCode == 0);
    CHECK(with.out.contains(u"imported 4, updated 0, rejected 0"_s)); // five rows, one teacher with two posts

    const CliResult bad = runCli({u"import"_s, u"teachers"_s, db, file, u"--map"_s, u"Должность"_s});
    INFO(bad);
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(u"--map takes"_s));
}

TEST_CASE("A real import from the command line backs the database up first, a dry run does not", "[cli][import]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"imc.sqlite"_s);
    REQUIRE(runCli({u"init"_s, db}).exitCode == 0);
    const QString good = QStringLiteral(PROFROST_TEST_DATA_DIR "/import/teachers_good.csv");

    REQUIRE(runCli({u"import"_s, u"teachers"_s, db, good, u"--dry-run"_s}).exitCode == 0);
    CHECK(backupsOf(dir.path()).isEmpty());

    const CliResult r = runCli({u"import"_s, u"teachers"_s, db, good});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QStringList copies = backupsOf(dir.path());
    REQUIRE(copies.size() == 1);
    CHECK(copies.first().startsWith(u"imc-"_s));

    // The copy is of the database before the import: it holds no teacher yet.
    const QString copy = QDir(QDir(dir.path()).filePath(u"backups"_s)).filePath(copies.first());
    const QString exported = dir.filePath(u"из-копии.csv"_s);
    const CliResult fromCopy = runCli({u"export"_s, u"teachers"_s, copy, exported});
    INFO(fromCopy);
    CHECK(fromCopy.exitCode == 0);
    CHECK(fromCopy.out.contains(u"0 teachers"_s));
}
