// `profrost-cli sites list`, `vacancies`, `export sites`, `export vacancies`,
// `report sites` and `report staffing` as a user runs them on the small district of
// support/SitesFixture.h: the filters, the open vacancies of a day (the day
// one is filled it is out) and their totals, the printed forms' lines, the
// workbook, and wrong options answered with what is expected.
#include <catch2/catch.hpp>

#include "documents/SitesDocument.h"
#include "io/TableReader.h"
#include "support/CliFixtures.h"
#include "support/SitesFixture.h"
#include "support/TestSupport.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

CliResult run(const SitesFixture &f, const QStringList &args)
{
    QStringList all = args;
    all.insert(args.first() == u"sites"_s ? 2 : (args.first() == u"report"_s || args.first() == u"export"_s ? 2 : 1),
               f.t.location());
    return runCli(all, {}, SitesFixture::day());
}

QStringList pdfLines(const QString &pdf)
{
    return pdfPages(pdf).join(u'\n').split(u'\n');
}

} // namespace

TEST_CASE("sites list: the sites a year, a level and a status choose, with their state in the year", "[cli][sites]")
{
    SitesFixture f;
    const CliResult all = run(f, {u"sites"_s, u"list"_s});
    INFO(all);
    REQUIRE(all.exitCode == 0);
    CHECK(all.out.contains(u"4 site(s)"_s));
    CHECK(all.out.contains(u"СОШ № 2 | стажировочная, муниципальная | Наставничество молодых педагогов | "
                           "приказ от 20.08.2022 № 45-о | 01.09.2022–31.08.2025 | завершена"_s));

    const CliResult year = run(f, {u"sites"_s, u"list"_s, u"--year"_s, u"2025"_s});
    INFO(year);
    CHECK(year.out.contains(u"3 site(s)"_s));
    CHECK(!year.out.contains(u"Цифровая образовательная среда"_s));
    CHECK(year.out.contains(u"Наставничество молодых педагогов"_s));

    const CliResult municipal = run(f, {u"sites"_s, u"list"_s, u"--level"_s, u"муниципальная"_s, u"--year"_s, u"2026"_s});
    INFO(municipal);
    CHECK(municipal.out.contains(u"1 site(s)"_s));
    CHECK(municipal.out.contains(u"Инклюзивное образование"_s));
    CHECK(municipal.out.contains(u"| продлена"_s));

    const CliResult internship = run(f, {u"sites"_s, u"list"_s, u"--status"_s, u"internship"_s});
    CHECK(internship.out.contains(u"1 site(s)"_s));

    const CliResult wrong = run(f, {u"sites"_s, u"list"_s, u"--level"_s, u"district"_s});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(u"Unknown --level 'district'; expected municipal, regional or federal."_s));
}

TEST_CASE("vacancies: the open ones on a day and their totals by municipality, post and subject", "[cli][vacancies]")
{
    SitesFixture f;
    const CliResult open = run(f, {u"vacancies"_s, u"--as-of"_s, u"01.12.2026"_s});
    INFO(open);
    REQUIRE(open.exitCode == 0);
    CHECK(open.out.contains(u"Open on 01.12.2026: 3 vacancies, 3,5 stavki"_s));
    CHECK(open.out.contains(u"Шушенский район | СОШ № 3 | педагог-психолог | 1 | since 01.12.2026"_s));
    CHECK(!open.out.contains(u"физика"_s)); // filled that day

    const CliResult before = run(f, {u"vacancies"_s, u"--as-of"_s, u"30.11.2026"_s});
    CHECK(before.out.contains(u"Open on 30.11.2026: 3 vacancies, 3 stavki"_s));
    CHECK(before.out.contains(u"физика"_s));

    const CliResult byPost = run(f, {u"vacancies"_s, u"--as-of"_s, u"01.12.2026"_s, u"--by"_s, u"post"_s});
    INFO(byPost);
    CHECK(byPost.out.contains(u"педагог-психолог\t1\t1\n"_s));
    CHECK(byPost.out.contains(u"учитель\t2\t2,5\n"_s));
    const CliResult byMunicipality =
        run(f, {u"vacancies"_s, u"--as-of"_s, u"01.12.2026"_s, u"--by"_s, u"municipality"_s});
    CHECK(byMunicipality.out.contains(u"Ермаковский район\t2\t2,5\n"_s));
    CHECK(byMunicipality.out.contains(u"Шушенский район\t1\t1\n"_s));
    const CliResult bySubject = run(f, {u"vacancies"_s, u"--as-of"_s, u"01.12.2026"_s, u"--by"_s, u"subject"_s});
    CHECK(bySubject.out.contains(u"математика\t2\t2,5\n"_s));
    CHECK(bySubject.out.contains(u"—\t1\t1\n"_s));

    const CliResult wrong = run(f, {u"vacancies"_s, u"--by"_s, u"school"_s});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(u"expected municipality, post or subject"_s));
}

TEST_CASE("report sites and report staffing on paper, and the vacancies in a workbook", "[cli][sites][report]")
{
    SitesFixture f;
    const QString sitesPdf = f.t.file(u"sites.pdf"_s);
    const CliResult sites = run(f, {u"report"_s, u"sites"_s, u"--year"_s, u"2026"_s, u"--out"_s, sitesPdf});
    INFO(sites);
    REQUIRE(sites.exitCode == 0);
    {
        const QStringList lines = pdfLines(sitesPdf);
        INFO(lines.join(u'\n').toStdString());
        const qsizetype title = lineOf(lines, u"Перечень инновационных и стажировочных площадок на 2026 год"_s);
        REQUIRE(title >= 0);
        CHECK(lineOf(lines, u"Формирование"_s) > title);
        CHECK(lineOf(lines, u"Наставничество"_s) < 0);
        CHECK(lineOf(lines, u"Всего: 3 площадки"_s) > title);
        CHECK(lineOf(lines, u"Н.В. Орлова"_s) > title);
    }
    const QString staffingPdf = f.t.file(u"staffing.pdf"_s);
    const CliResult staffing =
        run(f, {u"report"_s, u"staffing"_s, u"--as-of"_s, u"01.12.2026"_s, u"--out"_s, staffingPdf});
    INFO(staffing);
    REQUIRE(staffing.exitCode == 0);
    {
        const QStringList lines = pdfLines(staffingPdf);
        INFO(lines.join(u'\n').toStdString());
        const qsizetype title = lineOf(lines, u"Кадровая потребность образовательных организаций на 01.12.2026"_s);
        REQUIRE(title >= 0);
        CHECK(lineOf(lines, u"СОШ № 1: 1 вакансия (1 ст.)"_s) > title);
        CHECK(lineOf(lines, u"физика"_s) < 0);
        CHECK(lineOf(lines, u"Всего на 01.12.2026: 3 вакансии, 3,5 ст."_s) > title);
        CHECK(lineOf(lines, u"Итоги по должностям"_s) > title);
        CHECK(lineOf(lines, u"Н.В. Орлова"_s) > title);
    }
    const QString odt = f.t.file(u"staffing.odt"_s);
    CHECK(run(f, {u"report"_s, u"staffing"_s, u"--out"_s, odt}).exitCode == 0);
    CHECK(QFileInfo(odt).size() > 0);

    const QString workbook = f.t.file(u"vacancies.xlsx"_s);
    const CliResult exported = run(f, {u"export"_s, u"vacancies"_s, workbook, u"--as-of"_s, u"01.12.2026"_s});
    INFO(exported);
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(u"exported 6 vacancies"_s));
    const Table table = TableReader::read(workbook);
    REQUIRE(table.rows.size() == 6);
    int open = 0;
    for (const auto &row : table.rows)
        open += row.cells.at(7) == u"открыта"_s ? 1 : 0;
    CHECK(open == 3);
}

TEST_CASE("export sites: the sites of a year or a level in a workbook, the columns of the GUI's Export",
          "[cli][sites]")
{
    SitesFixture f;
    const QString workbook = f.t.file(u"sites.xlsx"_s);
    const CliResult year = run(f, {u"export"_s, u"sites"_s, workbook, u"--year"_s, u"2026"_s});
    INFO(year);
    REQUIRE(year.exitCode == 0);
    CHECK(year.out.contains(u"exported 3 sites"_s));
    Table table = TableReader::read(workbook);
    CHECK(table.header == SitesListDocument::sheet({}).header);
    REQUIRE(table.rows.size() == 3); // S2 finished in 2025
    CHECK(table.rows.at(0).cells.at(0) == u"СОШ № 1"_s);

    // Municipal, any year: S2 and S4, in the dialect Russian Excel opens.
    const QString csv = f.t.file(u"municipal.csv"_s);
    const CliResult municipal = run(f, {u"export"_s, u"sites"_s, csv, u"--level"_s, u"municipal"_s});
    INFO(municipal);
    REQUIRE(municipal.exitCode == 0);
    table = TableReader::read(csv);
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows.at(1).cells.at(4) == u"Наставничество молодых педагогов"_s);

    const CliResult pdf = run(f, {u"export"_s, u"sites"_s, f.t.file(u"sites.pdf"_s)});
    CHECK(pdf.exitCode != 0);
    CHECK(pdf.err.contains(u".xlsx or .csv"_s));
}
