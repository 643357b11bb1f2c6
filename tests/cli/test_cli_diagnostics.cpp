// `profrost-cli import diagnostics` as a user runs it: a dry run that lists
// what it would do, the import, the same file again, a corrected score shown
// before it replaces the recorded one, and a bad file with its reasons.

#include <catch2/catch.hpp>

#include "io/TableReader.h"
#include "io/TeacherImporter.h"
#include "store/DiagnosisRepository.h"
#include "support/CliFixtures.h"
#include "support/TestSupport.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

TEST_CASE("import diagnostics: a dry run then the import then the same file again", "[cli][diagnosis]")
{
    ClockScope clock;
    TempDatabase t;
    {
        TeacherImporter importer(t.db(), referenceDay());
        importer.apply(importer.preview(TableReader::read(dataFile(u"import/teachers_good.csv"_s))));
    }
    const QString db = t.path();
    const QString good = dataFile(u"diagnostics/diagnostics_good.csv"_s);
    const QStringList import{u"import"_s, u"diagnostics"_s, db};

    const CliResult dry = runCli(import + QStringList{good, u"--dry-run"_s});
    INFO(dry);
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(u"dry run: nothing was changed, 5 rows are valid"));
    CHECK(DiagnosisRepository(t.db()).campaigns().isEmpty());

    const CliResult first = runCli(import + QStringList{good});
    INFO(first);
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(u"imported 5, updated 0, rejected 0"));
    CHECK(first.out.contains(u"new diagnoses recorded: 2"));
    CHECK(DiagnosisRepository(t.db()).campaigns().size() == 2);

    const CliResult again = runCli(import + QStringList{good});
    INFO(again);
    CHECK(again.out.contains(u"imported 0, updated 0, rejected 0 (5 already up to date)"));
    CHECK_FALSE(again.out.contains(u"new diagnoses"));

    const QString corrected =
        writeFile(t.dir(), u"corrected.csv"_s,
                  u"СНИЛС;Диагностика;Дата;Результат\n112-233-445 95;Функциональная грамотность;10.02.2026;71,5\n"_s
                      .toUtf8());
    const CliResult change = runCli(import + QStringList{corrected, u"--dry-run"_s});
    INFO(change);
    CHECK(change.out.contains(u"would update: row 2, Иванова Мария Петровна: Функциональная грамотность of "
                              "10.02.2026: функциональная грамотность: 69,9\u00a0% → 71,5\u00a0%"));

    const CliResult bad = runCli(import + QStringList{dataFile(u"diagnostics/diagnostics_bad.csv"_s), u"--strict"_s});
    INFO(bad);
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(u"rejected: row 5, Предметная: \"85 баллов\" is not a score"));
    CHECK(bad.err.contains(u"warning: row 12"));
    CHECK(bad.out.contains(u"rejected 11 (strict: nothing was imported)"));
    CHECK(DiagnosisRepository(t.db()).campaigns().size() == 2);
}
