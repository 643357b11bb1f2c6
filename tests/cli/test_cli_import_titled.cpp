// A registry as a centre receives it from schools (Windows-1251, a title line
// above the headers, «Наименование ОО» spelling the schools its own way,
// «Должность по штатному расписанию», a total line at the end) imports
// through the command line with exactly its bad rows named, into the
// schools already registered and the municipality of the centre's card.
#include <catch2/catch.hpp>

#include "support/CliFixtures.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>

using namespace profrost::test;
using namespace Qt::StringLiterals;

TEST_CASE("A titled school registry finds its header and its schools and its municipality", "[cli][import]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"imc.sqlite"_s);
    REQUIRE(runCli({u"init"_s, db}).exitCode == 0);
    REQUIRE(runCli({u"centre"_s, db, u"--set"_s, u"municipality=Ермаковский муниципальный округ"_s}).exitCode == 0);
    // The schools as the registry already holds them (no municipality column:
    // the card's). Three teachers, three new schools.
    const CliResult first = runCli({u"import"_s, u"teachers"_s, db, dataFile(u"import/registry_first_schools.csv"_s)});
    INFO(first);
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(u"imported 3, updated 0, rejected 0"_s));

    const CliResult titled =
        runCli({u"import"_s, u"teachers"_s, db, dataFile(u"import/registry_titled_cp1251.csv"_s), u"--map"_s,
                u"Должность по штатному расписанию=Должность"_s});
    INFO(titled);
    // Row 1 is the title; the header is row 2 and the rows keep the
    // spreadsheet's numbers.
    CHECK(titled.err.contains(u"warning: file: the column headers are in row 2; row 1 above them is the file's "
                              "title and is not imported"_s));
    // «МБОУ СОШ №1», the legal name spelled out and «МКОУ ""Ойская СОШ""»
    // are the schools registered above: nothing new is created for them.
    CHECK_FALSE(titled.err.contains(u"is new; it will be created"_s));
    CHECK(titled.err.contains(u"warning: row 10, ФИО: repeats row 3; skipped"_s));
    const QStringList rejected{
        u"rejected: row 5, Дата присвоения категории: give the date the category was assigned"_s,
        u"rejected: row 6, Дата рождения: 31.02.1985 is not an existing date"_s,
        u"rejected: row 7, Дата начала педстажа: \"2015\" is not a date; expected dd.mm.yyyy"_s,
        u"rejected: row 9, Дата присвоения категории: give the date the category was assigned"_s,
        u"rejected: row 12, ФИО: the name is empty"_s,
    };
    for (const QString &line : rejected)
        CHECK(titled.err.contains(line));
    CHECK(titled.err.count(u"rejected: row"_s) == 6); // row 12 twice: no name, no birth date or SNILS
    // Абрамова (row 3), Белов (row 4, СЗД) and Егоров (row 8) are new; the
    // three schools stay three.
    CHECK(titled.out.contains(u"imported 3, updated 0, rejected 5"_s));
    const CliResult schools = runCli({u"export"_s, u"teachers"_s, db, dir.filePath(u"out.csv"_s)});
    INFO(schools);
    REQUIRE(schools.exitCode == 0);
    const QString exported = QString::fromUtf8(readBytes(dir.filePath(u"out.csv"_s)));
    CHECK(exported.count(u"Ермаковский муниципальный округ"_s) == 6);
    CHECK(exported.count(u"МОУ СОШ № 1"_s) == 2);
    CHECK(exported.count(u"МКОУ «Курдюковская СОШ»"_s) == 3);
}
