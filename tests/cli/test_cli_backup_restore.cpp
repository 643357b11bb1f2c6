// profrost-cli backup and restore: a copy taken on demand, a restore that
// brings the registry back and keeps the state it replaced, and a file that
// is not a backup refused with the database left as it was.
#include <catch2/catch.hpp>

#include "support/CliFixtures.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

// `export teachers DB FILE`: the number of teachers it reports.
QString exported(const QString &db, const QString &dir)
{
    const CliResult r = runCli({u"export"_s, u"teachers"_s, db, QDir(dir).filePath(u"list.csv"_s)});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    return r.out;
}

} // namespace

TEST_CASE("backup and restore from the command line bring the registry back and keep what they replace", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"imc.sqlite"_s);
    REQUIRE(runCli({u"init"_s, db}).exitCode == 0);
    REQUIRE(runCli({u"import"_s, u"teachers"_s, db, QStringLiteral(PROFROST_TEST_DATA_DIR "/import/teachers_good.csv")})
                .exitCode == 0);
    CHECK(exported(db, dir.path()).contains(u"exported 4 teachers"_s));

    const QString copy = dir.filePath(u"до-обновления.sqlite"_s);
    const CliResult backup = runCli({u"backup"_s, db, copy});
    INFO(backup);
    REQUIRE(backup.exitCode == 0);
    CHECK(backup.out.contains(u"backup written: "_s));
    REQUIRE(QFile::exists(copy));

    // Without FILE the copy goes into the backups folder beside the database.
    const CliResult daily = runCli({u"backup"_s, db});
    INFO(daily);
    REQUIRE(daily.exitCode == 0);
    CHECK(daily.out.contains(QDir::toNativeSeparators(dir.filePath(u"backups"_s))));

    // A second file adds a fifth teacher; the restore takes the registry back to four.
    REQUIRE(runCli({u"import"_s, u"teachers"_s, db, QStringLiteral(PROFROST_TEST_DATA_DIR "/cli/teachers_update.csv")})
                .exitCode != 1);
    const QString after = exported(db, dir.path());
    REQUIRE_FALSE(after.contains(u"exported 4 teachers"_s));

    const CliResult restore = runCli({u"restore"_s, db, copy});
    INFO(restore);
    REQUIRE(restore.exitCode == 0);
    CHECK(restore.out.contains(u"restored "_s));
    CHECK(exported(db, dir.path()).contains(u"exported 4 teachers"_s));
    // The state it replaced is kept among the backups.
    CHECK_FALSE(QDir(dir.filePath(u"backups"_s)).entryList({u"*before-restore*"_s}, QDir::Files).isEmpty());
}

TEST_CASE("restore refuses a file that is not a ProfRost backup and leaves the database as it was", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"imc.sqlite"_s);
    REQUIRE(runCli({u"init"_s, db}).exitCode == 0);
    REQUIRE(runCli({u"import"_s, u"teachers"_s, db, QStringLiteral(PROFROST_TEST_DATA_DIR "/import/teachers_good.csv")})
                .exitCode == 0);

    const CliResult r = runCli({u"restore"_s, db, QStringLiteral(PROFROST_TEST_DATA_DIR "/cli/not_a_database.profrost")});
    INFO(r);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"not a ProfRost database"_s));
    CHECK(exported(db, dir.path()).contains(u"exported 4 teachers"_s));

    const CliResult missing = runCli({u"restore"_s, db});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(u"Missing the backup to restore"_s));
}
