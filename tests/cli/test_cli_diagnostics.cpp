// `profrost-cli import diagnostics` as a user runs it: a dry run that lists
// what it would do, the import, the same file again, a corrected score shown
// before it replaces the recorded one, and a bad file with its reasons.

#include <catch2/catch.hpp>

#include "io/TableReader.h"
#include "io/TeacherImporter.h"
#include "domain/DateText.h"
#include "store/DiagnosisRepository.h"
#include "store/RouteRepository.h"
#include "store/TeacherRepository.h"
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
    const QString db = t.location();
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

TEST_CASE("report deficits: the map of a diagnosis named or numbered, to PDF and to Excel", "[cli][diagnosis]")
{
    ClockScope clock;
    TempDatabase t;
    {
        TeacherImporter importer(t.db(), referenceDay());
        importer.apply(importer.preview(TableReader::read(dataFile(u"import/teachers_good.csv"_s))));
    }
    const QString db = t.location();
    REQUIRE(runCli({u"import"_s, u"diagnostics"_s, db, dataFile(u"diagnostics/diagnostics_good.csv"_s)}).exitCode == 0);
    const QStringList report{u"report"_s, u"deficits"_s, db};

    // Everyone's latest results on paper: a row per school, the total, the legend, the signature.
    const QString pdf = t.dir() + u"/map.pdf"_s;
    const CliResult printed = runCli(report + QStringList{u"--out"_s, pdf});
    INFO(printed);
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.out.contains(u"(1 page)"));
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() == 1);
    const QStringList lines = pages.first().split(u'\n');
    CHECK(lineOf(lines, u"Карта профессиональных дефицитов педагогических работников"_s) >= 0);
    // The command runs on the real day, not the tests' fixed one.
    CHECK(lineOf(lines, u"по последним результатам диагностики на "_s
                            + QDate::currentDate().toString(u"dd.MM.yyyy"_s)) >= 0);
    // СОШ № 1: at least one deficit for Иванова and Петров of the three.
    const qsizetype school = lineOf(lines, u"МБОУ СОШ № 1"_s);
    REQUIRE(school >= 0);
    CHECK(lines.at(school).contains(u"66,7 %"_s));
    CHECK(lines.at(school + 1).contains(u"2 из 3"_s));
    const qsizetype total = lineOf(lines, u"Итого"_s);
    REQUIRE(total >= 0);
    CHECK(lines.at(total + 1).contains(u"2 из 4"_s));
    CHECK(lineOf(lines, u"Дефицит — результат ниже 50 %, по функциональной грамотности — ниже 70 %"_s) >= 0);

    // The ODT keeps the colours: СОШ № 1's 66,7 % is red, the kindergarten's 0 % green.
    const QString odt = t.dir() + u"/map.odt"_s;
    REQUIRE(runCli(report + QStringList{u"--out"_s, odt}).exitCode == 0);
    const QString content = QString::fromUtf8(toolOutput(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s}));
    CHECK(content.contains(u"fo:background-color=\"#ffc7ce\""_s));
    CHECK(content.contains(u"fo:background-color=\"#c6efce\""_s));
    // A cell's two lines are one paragraph broken by a line break, with no tab
    // before it (Qt writes one, and LibreOffice then pushes the share aside).
    CHECK(content.contains(u"<text:line-break/>"_s));
    CHECK_FALSE(content.contains(u"<text:tab/>"_s));

    // One diagnosis by name, rows by subject, to Excel.
    const QString sheet = t.dir() + u"/map.xlsx"_s;
    const CliResult excel = runCli(report + QStringList{u"--campaign"_s, u"самодиагностика 2025"_s, u"--by"_s,
                                                        u"subject"_s, u"--out"_s, sheet});
    INFO(excel);
    REQUIRE(excel.exitCode == 0);
    CHECK(excel.out.contains(u"3 teachers diagnosed"));
    const Table table = TableReader::read(sheet);
    CHECK(table.header.first() == u"Предмет"_s);
    REQUIRE(table.rows.size() == 4);
    CHECK(table.rows[2].cells.first() == u"(без предмета на дату)"_s);
    CHECK(table.rows[3].cells.first() == u"Итого"_s);
    CHECK(table.rows[3].cells.last() == u"66,7\u00a0% (2 из 3)"_s);

    // A diagnosis that is not there: the ones that are, with their numbers.
    const CliResult wrong = runCli(report + QStringList{u"--campaign"_s, u"42"_s, u"--out"_s, sheet});
    INFO(wrong);
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(u"--campaign 42: no such diagnosis. The diagnoses:"));
    CHECK(wrong.err.contains(u"Функциональная грамотность (10.02–11.02.2026)"));
    const CliResult both = runCli(report + QStringList{u"--campaign"_s, u"1"_s, u"--from"_s, u"01.01.2026"_s,
                                                       u"--out"_s, sheet});
    CHECK(both.exitCode == 2);
    CHECK(both.err.contains(u"Give either --campaign or a period"));
}

TEST_CASE("report route: a teacher's route by СНИЛС, on paper, and a clear word when there is none", "[cli][routes]")
{
    ClockScope clock;
    TempDatabase t;
    {
        TeacherImporter importer(t.db(), referenceDay());
        importer.apply(importer.preview(TableReader::read(dataFile(u"import/teachers_good.csv"_s))));
    }
    const qint64 ivanova = TeacherRepository(t.db()).findBySnils(u"11223344595"_s);
    const int year = DateText::academicYearStart(QDate::currentDate()); // the command runs on the real day
    IndividualRoute route;
    route.teacherId = ivanova;
    route.startYear = year;
    route.deficits = {CompetencyArea::Subject, CompetencyArea::Digital};
    route.goal = u"Освоить цифровые инструменты урока"_s;
    route.tasks = u"Изучить сервисы ФГИС «Моя школа»\nПровести открытый урок"_s;
    route.curator = u"Белова Ирина Геннадьевна"_s;
    RouteActivity lesson;
    lesson.kind = RouteActivityKind::Event;
    lesson.title = u"Открытый урок с ЦОР"_s;
    lesson.hasArea = true;
    lesson.area = CompetencyArea::Digital;
    lesson.starts = QDate(year + 1, 3, 12);
    lesson.expectedResult = u"применены цифровые ресурсы"_s;
    lesson.evidence = u"конспект урока"_s;
    lesson.status = RouteStatus::Done;
    route.activities = {lesson};
    RouteRepository(t.db()).save(route);

    const QString pdf = t.dir() + u"/route.pdf"_s;
    const CliResult printed = runCli({u"report"_s, u"route"_s, t.location(), u"--teacher"_s, u"112-233-445 95"_s,
                                      u"--out"_s, pdf});
    INFO(printed);
    REQUIRE(printed.exitCode == 0);
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() == 1);
    const QStringList lines = pages.first().split(u'\n');
    CHECK(lineOf(lines, u"УТВЕРЖДАЮ"_s) >= 0);
    CHECK(lineOf(lines, u"Индивидуальный образовательный маршрут педагога"_s) >= 0);
    CHECK(lineOf(lines, u"на %1/%2 учебный год"_s.arg(year).arg(year + 1)) >= 0);
    CHECK(lineOf(lines, u"Ф.И.О. педагога: Иванова Мария Петровна. Должность: учитель, педагог дополнительного"_s) >= 0);
    CHECK(lineOf(lines, u"Выявленные профессиональные дефициты: предметные (49,9 %); цифровые (35,5 %)."_s) < 0);
    CHECK(lineOf(lines, u"Выявленные профессиональные дефициты: предметные; цифровые."_s) >= 0); // no score recorded
    CHECK(lineOf(lines, u"Задачи: 1) Изучить сервисы ФГИС «Моя школа»; 2) Провести открытый урок."_s) >= 0);
    // The activity's row: its cells wrap, so the lines around its title.
    const qsizetype row = lineOf(lines, u"Открытый урок с ЦОР"_s);
    REQUIRE(row >= 1);
    const QString cells = lines.mid(row - 1, 3).join(u' ');
    CHECK(cells.contains(u"Методическое мероприятие:"_s));
    CHECK(cells.contains(u"12.03.%1"_s.arg(year + 1)));
    CHECK(cells.contains(u"выполнено"_s));
    CHECK(cells.contains(u"конспект урока"_s));
    CHECK(lineOf(lines, u"И.Г. Белова"_s) >= 0);
    CHECK(lineOf(lines, u"М.П. Иванова"_s) >= 0);

    const CliResult none = runCli({u"report"_s, u"route"_s, t.location(), u"--teacher"_s, u"112-233-445 95"_s,
                                   u"--year"_s, u"2030/2031"_s, u"--out"_s, pdf});
    CHECK(none.exitCode != 0);
    CHECK(none.err.contains(u"Иванова Мария Петровна has no individual route for 2030/2031."));
    const CliResult badYear = runCli({u"report"_s, u"route"_s, t.location(), u"--teacher"_s, u"1"_s, u"--year"_s,
                                      u"2030/2032"_s, u"--out"_s, pdf});
    CHECK(badYear.exitCode == 2);
    CHECK(badYear.err.contains(u"--year 2030/2032: give the academic year as 2026/2027."));
    const CliResult nobody = runCli({u"report"_s, u"route"_s, t.location(), u"--teacher"_s, u"999"_s, u"--out"_s, pdf});
    CHECK(nobody.exitCode == 2);
    CHECK(nobody.err.contains(u"--teacher 999: no such teacher in the registry."));
}

TEST_CASE("report effect: a route's area scored before and after, on paper and in a workbook of four sheets",
          "[cli][effect]")
{
    ClockScope clock;
    TempDatabase t;
    {
        TeacherImporter importer(t.db(), referenceDay());
        importer.apply(importer.preview(TableReader::read(dataFile(u"import/teachers_good.csv"_s))));
    }
    const qint64 ivanova = TeacherRepository(t.db()).findBySnils(u"11223344595"_s);
    DiagnosisRepository diagnoses(t.db());
    DiagnosisCampaign first;
    first.name = u"Самодиагностика 2025"_s;
    first.starts = QDate(2025, 10, 1);
    first.areas = {CompetencyArea::Subject, CompetencyArea::Digital};
    DiagnosisCampaign second = first;
    second.name = u"Самодиагностика 2026"_s;
    second.starts = QDate(2026, 10, 1);
    const qint64 firstId = diagnoses.addCampaign(first), secondId = diagnoses.addCampaign(second);
    DiagnosisResult before;
    before.campaignId = firstId;
    before.teacherId = ivanova;
    before.takenOn = QDate(2025, 10, 3);
    before.scores = {{CompetencyArea::Subject, 6000}, {CompetencyArea::Digital, 3550}};
    diagnoses.saveResult(before);
    DiagnosisResult after = before;
    after.campaignId = secondId;
    after.takenOn = QDate(2026, 10, 2);
    after.scores = {{CompetencyArea::Subject, 5800}, {CompetencyArea::Digital, 5500}};
    diagnoses.saveResult(after);

    IndividualRoute route;
    route.teacherId = ivanova;
    route.startYear = 2025;
    route.deficits = {CompetencyArea::Digital};
    RouteActivity self;
    self.kind = RouteActivityKind::SelfEducation;
    self.title = u"Цифровые сервисы урока"_s;
    self.starts = QDate(2025, 11, 1);
    self.ends = QDate(2026, 4, 30);
    self.status = RouteStatus::Done;
    route.activities = {self};
    RouteRepository(t.db()).save(route);

    // Paper: the digital area only (the route addresses its deficit), 35,5 → 55: +19,5, the deficit removed.
    const QString pdf = t.dir() + u"/effect.pdf"_s;
    const CliResult printed = runCli({u"report"_s, u"effect"_s, t.location(), u"--out"_s, pdf});
    INFO(printed);
    REQUIRE(printed.exitCode == 0);
    const QStringList lines = pdfPages(pdf).join(u'\n').split(u'\n');
    CHECK(lineOf(lines, u"Результативность индивидуальных образовательных маршрутов"_s) >= 0);
    CHECK(lineOf(lines, u"маршрутов: 1 чел."_s) >= 0);
    INFO(lines.join(u'\n').toStdString());
    // She works in two organisations: both named under her name, and she counts in both rows by organisation.
    const qsizetype teacher = lineOf(lines, u"Иванова Мария Петровна, МБОУ СОШ № 1; МБУ ДО"_s);
    REQUIRE(teacher >= 0);
    CHECK(lines.mid(teacher, 3).join(u' ').contains(u"(ИОМ на 2025/2026 уч. г.)"_s));
    const QStringList below = lines.mid(teacher);
    const qsizetype digitalRow = lineOf(below, u"Цифровая"_s);
    REQUIRE(digitalRow >= 0);
    const QString row = below.at(digitalRow);
    CHECK(row.contains(u"Цифровая"_s));
    CHECK(row.contains(u"35,5 (03.10.25)"_s));
    CHECK(row.contains(u"55 (02.10.26)"_s));
    CHECK(row.contains(u"+19,5"_s));
    CHECK(row.contains(u"устранён"_s));
    CHECK(lineOf(lines, u"Курсов из каталога с повторной диагностикой после них нет."_s) >= 0);

    // The workbook: four sheets; the first the areas', with the teachers behind each figure.
    const QString book = t.dir() + u"/effect.xlsx"_s;
    const CliResult excel = runCli({u"report"_s, u"effect"_s, t.location(), u"--out"_s, book});
    INFO(excel);
    REQUIRE(excel.exitCode == 0);
    CHECK(excel.out.contains(u"(1 teachers diagnosed again"));
    const QString workbook = QString::fromUtf8(toolOutput(u"unzip"_s, {u"-p"_s, book, u"xl/workbook.xml"_s}));
    for (const QString &name : {u"По областям"_s, u"По программам"_s, u"По организациям"_s, u"По педагогам"_s})
        CHECK(workbook.contains(u"name=\"%1\""_s.arg(name)));
    const Table table = TableReader::read(book);
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].cells.mid(0, 8)
          == QStringList{u"Цифровая"_s, u"1"_s, u"35,5"_s, u"55,0"_s, u"+19,5"_s, u"1"_s, u"1"_s, u"да"_s});

    const CliResult csv = runCli({u"report"_s, u"effect"_s, t.location(), u"--out"_s, t.dir() + u"/effect.csv"_s});
    CHECK(csv.exitCode != 0);
    CHECK(csv.err.contains(u"a .csv file holds one table and this report has 4; choose a file name ending in .xlsx."));
}
