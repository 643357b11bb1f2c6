// `profrost-cli import mentorships` as a user runs it: a dry run that changes
// nothing, the import, the same file again, an end date added to a pair
// (listed by the dry run first), and a bad file refused whole with --strict
// and imported in part without it. Run as on 22.11.2026.

#include <catch2/catch.hpp>

#include "io/TableReader.h"
#include "io/TeacherImporter.h"
#include "store/MentorshipRepository.h"
#include "store/TeacherRepository.h"
#include "support/CliFixtures.h"
#include "support/TestSupport.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

CliResult run(const QStringList &args) { return runCli(args, {}, referenceDay()); }

} // namespace

TEST_CASE("import mentorships: a dry run, the import, the same file again and an end date added", "[cli][mentoring]")
{
    ClockScope clock;
    TempDatabase t;
    {
        TeacherImporter importer(t.db(), referenceDay());
        importer.apply(importer.preview(TableReader::read(dataFile(u"import/teachers_good.csv"_s))));
    }
    const QString db = t.location();
    const QString good = dataFile(u"mentoring/mentorships_good.csv"_s);
    const QStringList import{u"import"_s, u"mentorships"_s, db};
    MentorshipRepository repo(t.db());

    const CliResult dry = run(import + QStringList{good, u"--dry-run"_s});
    INFO(dry);
    CHECK(dry.exitCode == 0);
    CHECK(dry.err.isEmpty());
    CHECK(dry.out == u"imported 0, updated 0, rejected 0 (dry run: nothing was changed, 4 rows are valid)\n");
    CHECK(repo.all().isEmpty());

    const CliResult first = run(import + QStringList{good});
    INFO(first);
    CHECK(first.exitCode == 0);
    CHECK(first.out == u"imported 4, updated 0, rejected 0\n");
    CHECK(repo.all().size() == 4);

    const CliResult again = run(import + QStringList{good});
    INFO(again);
    CHECK(again.exitCode == 0);
    CHECK(again.out == u"imported 0, updated 0, rejected 0 (4 already up to date)\n");
    const QList<Mentorship> stored = repo.all();
    CHECK(stored.size() == 4);

    const QString ended = writeFile(t.dir(), u"ended.csv"_s,
                                    u"Наставник;СНИЛС наставника;Наставляемый;Дата рождения наставляемого;Форма;"
                                    "Дата начала;Дата окончания\n"
                                    "Иванова Мария Петровна;112-233-445 95;Сидорова Анна Викторовна;30.11.2001;"
                                    "педагог-педагог;01.09.2025;29.05.2026\n"_s.toUtf8());
    const CliResult wouldEnd = run(import + QStringList{ended, u"--dry-run"_s});
    INFO(wouldEnd);
    CHECK(wouldEnd.exitCode == 0);
    CHECK(wouldEnd.out.contains(u"would update: row 2, mentor Иванова Мария Петровна, mentee Сидорова Анна "
                                "Викторовна: the pair from 01.09.2025: end date: — → 29.05.2026\n"));
    CHECK(repo.all() == stored);

    const CliResult end = run(import + QStringList{ended});
    INFO(end);
    CHECK(end.out == u"imported 0, updated 1, rejected 0\n");
    const qint64 ivanova = TeacherRepository(t.db()).findBySnils(u"11223344595"_s);
    const qint64 sidorova =
        TeacherRepository(t.db()).findByNameAndBirth(u"Сидорова"_s, u"Анна"_s, u"Викторовна"_s, {2001, 11, 30});
    CHECK(repo.find(ivanova, sidorova, QDate(2025, 9, 1))->ends == QDate(2026, 5, 29));
}

TEST_CASE("import mentorships: --strict refuses a file with a bad row, and without it the good rows go in",
          "[cli][mentoring]")
{
    ClockScope clock;
    TempDatabase t;
    {
        TeacherImporter importer(t.db(), referenceDay());
        importer.apply(importer.preview(TableReader::read(dataFile(u"import/teachers_good.csv"_s))));
    }
    const QString db = t.location();
    const QStringList import{u"import"_s, u"mentorships"_s, db};
    const QString bad = dataFile(u"mentoring/mentorships_bad.csv"_s);
    MentorshipRepository repo(t.db());

    const CliResult strict = run(import + QStringList{bad, u"--strict"_s});
    INFO(strict);
    CHECK(strict.exitCode == 2);
    CHECK(strict.err.contains(u"rejected: row 2, Наставник: Орлова Нина Павловна, born 01.01.1980, is not in the "
                              "registry; import or add the teacher first\n"));
    CHECK(strict.err.contains(u"rejected: row 4, Наставляемый: the mentor and the mentee are the same person "
                              "(Петров Сергей Николаевич)\n"));
    CHECK(strict.err.contains(u"rejected: row 6, Форма: unknown form \"наставник-ученик\""));
    CHECK(strict.err.contains(u"warning: row 11, Дата начала: repeats row 10; counted once\n"));
    CHECK(strict.out == u"imported 0, updated 0, rejected 9 (strict: nothing was imported)\n");
    CHECK(repo.all().isEmpty());

    const CliResult lenient = run(import + QStringList{bad});
    INFO(lenient);
    CHECK(lenient.exitCode == 2);
    CHECK(lenient.out == u"imported 3, updated 0, rejected 9\n");
    CHECK(repo.all().size() == 3);
}

TEST_CASE("import mentorships: the usage and the main help name the command", "[cli][mentoring]")
{
    const CliResult help = runCli({u"import"_s, u"mentorships"_s, u"--help"_s});
    INFO(help);
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"Usage: profrost-cli import mentorships DB FILE [--dry-run] [--strict]"));
    CHECK(help.out.contains(u"--strict"));
    const CliResult main = runCli({u"--help"_s});
    INFO(main);
    CHECK(main.out.contains(u"import mentorships DB FILE [--dry-run] [--strict]"));
}

TEST_CASE("import mentorships: a school's own list (Windows-1251, a title line, its own headers) on the demo district",
          "[cli][mentoring]")
{
    // mentoring/mentorships_school_cp1251.csv as a school sends it: a title
    // above the headers, «ФИО наставника», «Форма наставничества», «№ п/п»;
    // «Педагог — педагог», «руководитель-педагог», «педагог- педагог»; СНИЛС
    // with spaces and dashes; trailing spaces; a blank line; a repeated row;
    // empty end dates. Its people are the demo district's МОУ СОШ № 1.
    const DemoDistrict demo;
    const QString file = dataFile(u"mentoring/mentorships_school_cp1251.csv"_s);
    const QStringList import{u"import"_s, u"mentorships"_s, demo.db(), file};
    const CliResult dry = runCli(import + QStringList{u"--dry-run"_s}, {}, referenceDay());
    INFO(dry);
    CHECK(dry.exitCode == 2);
    CHECK(dry.err
          == u"warning: file: the column headers are in row 2; row 1 above them is the file's title and is "
             "not imported\n"
             "warning: column № п/п: unknown column, ignored\n"
             "warning: row 8, Дата начала: repeats row 4; counted once\n"
             "rejected: row 11, Наставляемый: Кузнецова Дарья Андреевна, born 14.02.2002, is not in the registry; "
             "import or add the teacher first\n"
             "rejected: row 12, Форма: unknown form \"наставник – молодой специалист\"; expected педагог – педагог, "
             "руководитель – педагог, студент – педагог or групповая (a hyphen or a dash between the words alike)\n"
             "rejected: row 13, Дата окончания: the pair ends on 31.05.2025, before it starts (01.09.2025)\n"
             "rejected: row 14, Дата начала: row 4 gives the same mentor, mentee and start date; the rows differ "
             "in: end date, result\n"
             "rejected: row 15, Наставляемый: the mentor and the mentee are the same person (Соловьева Марина "
             "Викторовна)\n"
             "rejected: row 15, Дата начала: the start date is empty\n"_s);
    // Row 10, «Гусева М.В.» with her СНИЛС: the initials agree with the registry's name (core/README.md «Identity of a person»).
    CHECK(dry.out == u"imported 0, updated 0, rejected 5 (dry run: nothing was changed, 7 rows are valid)\n");

    const CliResult first = runCli(import, {}, referenceDay());
    INFO(first);
    CHECK(first.out == u"imported 6, updated 0, rejected 5\n");
    const CliResult again = runCli(import, {}, referenceDay());
    INFO(again);
    CHECK(again.out == u"imported 0, updated 0, rejected 5 (6 already up to date)\n");
}
