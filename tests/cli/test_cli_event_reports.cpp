// `profrost-cli report events`, `report event-schedule` and `report
// competition` as a user runs them on the small district of
// support/EventsFixture.h: the PDF's lines, the ODT, the workbook and the
// .csv, the period's first and last day in and the day before out, the
// defaults, and a wrong --id or --stage answered with what there is.
#include <catch2/catch.hpp>

#include "io/TableReader.h"
#include "support/CliFixtures.h"
#include "support/EventsFixture.h"
#include "support/TestSupport.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

QStringList pdfLines(const QString &pdf)
{
    return pdfPages(pdf).join(u'\n').split(u'\n');
}

CliResult report(const QString &kind, const EventsFixture &f, const QString &file, const QStringList &more = {})
{
    QStringList args{u"report"_s, kind, f.t.location()};
    args << more << u"--out"_s << file;
    return runCli(args, {}, EventsFixture::day());
}

const QStringList kPeriod{u"--from"_s, u"01.09.2026"_s, u"--to"_s, u"30.11.2026"_s};

} // namespace

TEST_CASE("report events: the held events of the period on paper, in ODT, a workbook and a .csv", "[cli][events]")
{
    EventsFixture f;
    const QString pdf = f.t.file(u"events.pdf"_s);
    const CliResult printed = report(u"events"_s, f, pdf, kPeriod);
    INFO(printed);
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.out.contains(u"(2 pages)"_s)); // the totals and the note go on to the second
    const QStringList lines = pdfLines(pdf);
    INFO(lines.join(u'\n').toStdString());
    const qsizetype title = lineOf(lines, u"Отчёт о проведённых мероприятиях за период с 01.09.2026 по 30.11.2026"_s);
    REQUIRE(title >= 0);
    CHECK(lineOf(lines, u"Ермаковский муниципальный округ"_s) == title + 1);
    // The first and the last day of the period are in, the day before is out.
    const qsizetype seminar = lineOf(lines, u"Формирующее"_s);
    CHECK(seminar > title + 1);
    CHECK(lines.at(seminar).contains(u"01.09.2026"_s));
    CHECK(lines.mid(seminar - 1, 3).join(u' ').contains(u"4 (3)"_s));
    CHECK(lineOf(lines, u"30.11–"_s) > seminar);
    CHECK(lineOf(lines, u"31.08.2026"_s) < 0);
    CHECK(lineOf(lines, u"Функциональная"_s) < 0);
    CHECK(lineOf(lines, u"Урок открытия"_s) < 0);
    const qsizetype totals = lineOf(lines, u"Всего проведено: 3 мероприятия"_s);
    CHECK(totals > seminar);
    CHECK(lineOf(lines, u"Итоги по формам проведения"_s) > totals);
    CHECK(lineOf(lines, u"Итоги по уровням"_s) > totals);
    CHECK(lineOf(lines, u"А.В. Лебедева"_s) > totals);

    // A day later the seminar is out; from the day before the conference is in.
    const QString later = f.t.file(u"later.pdf"_s);
    REQUIRE(report(u"events"_s, f, later, {u"--from"_s, u"02.09.2026"_s, u"--to"_s, u"30.11.2026"_s}).exitCode == 0);
    CHECK(lineOf(pdfLines(later), u"Формирующее"_s) < 0);
    CHECK(lineOf(pdfLines(later), u"Всего проведено: 2 мероприятия"_s) >= 0);
    const QString earlier = f.t.file(u"earlier.pdf"_s);
    REQUIRE(report(u"events"_s, f, earlier, {u"--from"_s, u"31.08.2026"_s, u"--to"_s, u"29.11.2026"_s}).exitCode
            == 0);
    CHECK(lineOf(pdfLines(earlier), u"Функциональная"_s) >= 0);
    CHECK(lineOf(pdfLines(earlier), u"Цифровые"_s) < 0);

    // By default the academic year 01.09.2026–31.08.2027.
    const QString year = f.t.file(u"year.pdf"_s);
    REQUIRE(report(u"events"_s, f, year).exitCode == 0);
    CHECK(lineOf(pdfLines(year), u"за период с 01.09.2026 по 31.08.2027"_s) >= 0);

    const QString odt = f.t.file(u"events.odt"_s);
    REQUIRE(report(u"events"_s, f, odt, kPeriod).exitCode == 0);
    const QString content = QString::fromUtf8(toolOutput(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s}));
    CHECK(content.contains(u"Отчёт о проведённых мероприятиях за период с 01.09.2026 по 30.11.2026"_s));
    CHECK(content.contains(u"Итоги по уровням"_s));

    for (const QString &name : {u"events.xlsx"_s, u"events.csv"_s}) {
        const QString file = f.t.file(name);
        const CliResult sheet = report(u"events"_s, f, file, kPeriod);
        INFO(sheet);
        REQUIRE(sheet.exitCode == 0);
        CHECK(sheet.out.contains(u"(3 events held)"_s));
        const Table table = TableReader::read(file);
        REQUIRE(table.rows.size() == 3);
        CHECK(table.rows[0].cells.at(0) == u"Формирующее оценивание на уроке математики"_s);
        CHECK(table.rows[0].cells.at(11) == u"1"_s);
        CHECK(table.rows[2].cells.at(1) == u"мастер-класс"_s);
    }

    const CliResult backwards = report(u"events"_s, f, pdf, {u"--from"_s, u"30.11.2026"_s, u"--to"_s, u"01.09.2026"_s});
    CHECK(backwards.exitCode == 2);
    CHECK(backwards.err.contains(u"--to is earlier than --from"_s));
}

TEST_CASE("report event-schedule: the planned events from today under УТВЕРЖДАЮ", "[cli][events]")
{
    EventsFixture f;
    const QString pdf = f.t.file(u"schedule.pdf"_s);
    const CliResult printed = report(u"event-schedule"_s, f, pdf);
    INFO(printed);
    REQUIRE(printed.exitCode == 0);
    const QStringList lines = pdfLines(pdf);
    INFO(lines.join(u'\n').toStdString());
    const qsizetype approval = lineOf(lines, u"УТВЕРЖДАЮ"_s);
    const qsizetype title = lineOf(lines, u"График мероприятий на период с 02.12.2026 по 31.08.2027"_s);
    REQUIRE(approval >= 0);
    CHECK(title > approval);
    CHECK(lineOf(lines, u"Н.В. Орлова"_s) > approval);
    CHECK(lineOf(lines, u"Наставничество в школе"_s) > title);
    CHECK(lineOf(lines, u"Цифровые"_s) < 0);
    CHECK(lineOf(lines, u"Всего запланировано: 1 мероприятие."_s) > title);

    const QString odt = f.t.file(u"schedule.odt"_s);
    REQUIRE(report(u"event-schedule"_s, f, odt).exitCode == 0);
    const QString content = QString::fromUtf8(toolOutput(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s}));
    CHECK(content.contains(u"УТВЕРЖДАЮ"_s));
    CHECK(content.contains(u"Наставничество в школе"_s));

    const CliResult sheet = report(u"event-schedule"_s, f, f.t.file(u"schedule.xlsx"_s));
    CHECK(sheet.exitCode == 2);
}

TEST_CASE("report competition: the results at a stage, winners first, and a wrong --id lists the competitions",
          "[cli][competitions]")
{
    EventsFixture f;
    const QString id = QString::number(f.competition);
    const QString pdf = f.t.file(u"competition.pdf"_s);
    const CliResult printed = report(u"competition"_s, f, pdf, {u"--id"_s, id});
    INFO(printed);
    REQUIRE(printed.exitCode == 0);
    const QStringList lines = pdfLines(pdf);
    INFO(lines.join(u'\n').toStdString());
    const qsizetype title = lineOf(lines, u"Итоги конкурса «Педагогический дебют» 2026 (муниципальный этап)"_s);
    REQUIRE(title >= 0);
    const qsizetype vasiliev = lineOf(lines, u"Васильев Дмитрий"_s);
    const qsizetype petrova = lineOf(lines, u"Петрова Наталья"_s);
    const qsizetype ivanova = lineOf(lines, u"Иванова Мария"_s);
    const qsizetype andreeva = lineOf(lines, u"Андреева Ольга"_s);
    CHECK(title < vasiliev);
    CHECK(vasiliev < petrova);
    CHECK(petrova < ivanova);
    CHECK(ivanova < andreeva);
    CHECK(lines.at(vasiliev).contains(u"победитель"_s));
    CHECK(lines.at(andreeva).contains(u"участник"_s));
    CHECK(lineOf(lines, u"Председатель жюри"_s) > andreeva);
    CHECK(lineOf(lines, u"Секретарь жюри"_s) > andreeva);

    const QString regional = f.t.file(u"regional.xlsx"_s);
    const CliResult sheet = report(u"competition"_s, f, regional, {u"--id"_s, id, u"--stage"_s, u"regional"_s});
    INFO(sheet);
    REQUIRE(sheet.exitCode == 0);
    CHECK(sheet.out.contains(u"regional.xlsx"_s));
    const Table table = TableReader::read(regional);
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].cells.at(6) == u"лауреат"_s);

    const QString odt = f.t.file(u"competition.odt"_s);
    REQUIRE(report(u"competition"_s, f, odt, {u"--id"_s, id, u"--stage"_s, u"муниципальный"_s}).exitCode == 0);
    const QString content = QString::fromUtf8(toolOutput(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s}));
    CHECK(content.contains(u"Педагог дополнительного образования"_s));

    const CliResult wrong = report(u"competition"_s, f, pdf, {u"--id"_s, u"999"_s});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(u"--id 999: no such competition"_s));
    CHECK(wrong.err.contains(id + u"  Педагогический дебют 2026 (municipal, regional)"_s));
    const CliResult missing = report(u"competition"_s, f, pdf);
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(u"Педагогический дебют 2026"_s));
    const CliResult stage = report(u"competition"_s, f, pdf, {u"--id"_s, id, u"--stage"_s, u"federal"_s});
    CHECK(stage.exitCode == 2);
    CHECK(stage.err.contains(u"its stages: municipal, regional"_s));
}
