// The command line remembers a column assigned with --map for the next file
// with the same headers (issue 11, item 8); a dry run teaches nothing, and an
// explicit --map replaces what was remembered. Each rule was broken once on
// purpose to see this test fail.
#include <catch2/catch.hpp>

#include "support/CliFixtures.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>

using namespace profrost::test;
using namespace Qt::StringLiterals;

TEST_CASE("import --map is remembered for the next file with the same headers, not by a dry run",
          "[cli][import]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"imc.sqlite"_s);
    REQUIRE(runCli({u"init"_s, db}).exitCode == 0);
    // Five rows: row 4 has no such birth date (31.02), row 5 no post.
    const QString may = dataFile(u"import/teachers_staff_post.csv"_s);
    const QString map = u"Должность по штатному расписанию=Должность"_s;

    const CliResult dry = runCli({u"import"_s, u"teachers"_s, db, may, u"--map"_s, map, u"--dry-run"_s});
    INFO(dry);
    CHECK(dry.out.contains(u"imported 0, updated 0, rejected 2 (dry run: nothing was changed, 3 rows are valid)"_s));

    // The dry run remembered nothing: without --map the post is missing again.
    const CliResult forgotten = runCli({u"import"_s, u"teachers"_s, db, may});
    INFO(forgotten);
    CHECK(forgotten.exitCode == 2);
    CHECK(forgotten.out.contains(u"imported 0, updated 0, rejected 5"_s));
    CHECK(forgotten.err.contains(u"the file has no column \"Должность\""_s));
    CHECK_FALSE(forgotten.err.contains(u"note: columns assigned"_s));

    const CliResult mapped = runCli({u"import"_s, u"teachers"_s, db, may, u"--map"_s, map});
    INFO(mapped);
    CHECK(mapped.exitCode == 2); // two rows rejected
    CHECK(mapped.out.contains(u"imported 3, updated 0, rejected 2"_s));

    // The same file without --map: read as assigned before, with a note.
    const CliResult again = runCli({u"import"_s, u"teachers"_s, db, may});
    INFO(again);
    CHECK(again.out.contains(u"imported 0, updated 0, rejected 2 (3 already up to date)"_s));
    CHECK(again.err.contains(
        u"note: columns assigned at an earlier import of a file with these headers: "
        "\"Должность по штатному расписанию=Должность\""_s));

    // Next month's registry: the same headers in another order and case, one new teacher.
    const CliResult june = runCli({u"import"_s, u"teachers"_s, db, dataFile(u"import/teachers_staff_post_next.csv"_s)});
    INFO(june);
    CHECK(june.exitCode == 0);
    CHECK(june.out.contains(u"imported 1, updated 0, rejected 0 (1 already up to date)"_s));
    CHECK(june.err.contains(u"note: columns assigned"_s));

    // An explicit --map replaces the remembered one: «Примечание» as the post
    // leaves rows 2, 4 and 6 with none (and row 4 has no such date anyway).
    const CliResult other = runCli({u"import"_s, u"teachers"_s, db, may, u"--map"_s, u"Примечание=Должность"_s,
                                    u"--dry-run"_s});
    INFO(other);
    CHECK(other.out.contains(u"rejected 3"_s));
    CHECK_FALSE(other.err.contains(u"note: columns assigned"_s));
}
