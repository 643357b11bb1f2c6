// The printed report of the events held in a period, the schedule of the
// planned ones and a competition's results (core/documents/README.md
// «Events report», «Event schedule», «Competition results»), built from the
// small district of support/EventsFixture.h and checked against the values
// worked out by hand there; the pages through profrost-cli in
// tests/cli/test_cli_event_reports.cpp.
#include <catch2/catch.hpp>

#include "documents/EventReports.h"
#include "support/EventsFixture.h"
#include "support/TestSupport.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

QString cellText(QTextTable *table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor c = cell.firstCursorPosition();
    c.setPosition(cell.lastPosition(), QTextCursor::KeepAnchor);
    return c.selectedText().replace(QChar::LineSeparator, u'\n').replace(QChar::Nbsp, u' ');
}

QStringList rowText(QTextTable *table, int row)
{
    QStringList out;
    for (int c = 0; c < table->columns(); ++c)
        out << cellText(table, row, c);
    return out;
}

QList<QTextTable *> tables(QTextDocument &doc)
{
    QList<QTextTable *> out;
    for (QTextFrame *f : doc.rootFrame()->childFrames()) {
        if (auto *t = qobject_cast<QTextTable *>(f))
            out << t;
    }
    return out;
}

QString plain(const QTextDocument &doc)
{
    return doc.toPlainText().replace(QChar::Nbsp, u' ');
}

} // namespace

TEST_CASE("Events report: the held events from the period's first to its last day, the totals in different "
          "teachers by form and by level, the guests apart",
          "[events][documents]")
{
    EventsFixture f;
    const EventsReportData data = EventReports::reportData(f.t.db(), EventsFixture::from(), EventsFixture::to());
    REQUIRE(data.events.size() == 3);
    CHECK(data.issuer == u"Ермаковский муниципальный округ"_s);
    CHECK(QString(data.signature.name).replace(QChar::Nbsp, u' ') == u"А.В. Лебедева"_s);

    const std::unique_ptr<QTextDocument> doc = EventsReportDocument::build(data);
    const QString text = plain(*doc);
    CHECK(text.contains(u"Отчёт о проведённых мероприятиях за период с 01.09.2026 по 30.11.2026"_s));
    CHECK(text.contains(u"Всего проведено: 3 мероприятия; участников — 4 чел. (разных педагогов), из них "
                        "выступающих — 3 чел.; гостей — 1."_s));
    CHECK(text.contains(u"Гости (приглашённые вне реестра) учтены отдельно"_s));
    CHECK(!text.contains(u"Функциональная грамотность"_s)); // the day before the period
    CHECK(!text.contains(u"Урок открытия нового знания"_s)); // not held
    CHECK(!text.contains(u"Наставничество в школе"_s));      // planned, later

    const QList<QTextTable *> all = tables(*doc);
    REQUIRE(all.size() == 4); // the events, by form, by level, the signature
    QTextTable *events = all.at(0);
    REQUIRE(events->rows() == 4);
    CHECK(rowText(events, 0).at(8) == u"Число участников (из них высту\u00adпающих)"_s);
    CHECK(rowText(events, 1)
          == QStringList({u"1"_s, u"Формирующее оценивание на уроке математики"_s, u"семинар"_s, u"01.09.2026"_s,
                          u"муниципальный"_s, u"МБОУ СОШ № 1"_s, u"РМО учителей математики"_s,
                          u"учителя математики"_s, u"4 (3)\nв т. ч. гостей: 1"_s}));
    CHECK(rowText(events, 2).mid(1, 4)
          == QStringList({u"Подготовка к ОГЭ по математике"_s, u"вебинар"_s, u"15.10.2026"_s, u"муниципальный"_s}));
    CHECK(cellText(events, 2, 8) == u"2 (0)"_s);
    // The master class runs over the period's end: it counts where it starts.
    CHECK(rowText(events, 3).mid(1, 4)
          == QStringList({u"Цифровые инструменты учителя"_s, u"мастер-класс"_s, u"30.11–01.12.2026"_s,
                          u"школьный"_s}));
    CHECK(cellText(events, 3, 8) == u"2 (1)"_s);

    QTextTable *byKind = all.at(1);
    REQUIRE(byKind->rows() == 5);
    CHECK(rowText(byKind, 1) == QStringList({u"семинар"_s, u"1"_s, u"3"_s, u"2"_s, u"1"_s}));
    CHECK(rowText(byKind, 2) == QStringList({u"вебинар"_s, u"1"_s, u"2"_s, u"0"_s, u"0"_s}));
    CHECK(rowText(byKind, 3) == QStringList({u"мастер-класс"_s, u"1"_s, u"2"_s, u"1"_s, u"0"_s}));
    // Андреева went to all three: one participant in all.
    CHECK(rowText(byKind, 4) == QStringList({u"Всего"_s, u"3"_s, u"4"_s, u"3"_s, u"1"_s}));
    QTextTable *byLevel = all.at(2);
    REQUIRE(byLevel->rows() == 4);
    CHECK(rowText(byLevel, 1) == QStringList({u"школьный"_s, u"1"_s, u"2"_s, u"1"_s, u"0"_s}));
    CHECK(rowText(byLevel, 2) == QStringList({u"муниципальный"_s, u"2"_s, u"3"_s, u"2"_s, u"1"_s}));
    CHECK(rowText(byLevel, 3) == QStringList({u"Всего"_s, u"3"_s, u"4"_s, u"3"_s, u"1"_s}));
    CHECK(plain(*doc).contains(u"А.В. Лебедева"_s));

    // A period that begins a day later loses the seminar; one a day shorter, the master class.
    CHECK(EventReports::reportData(f.t.db(), QDate(2026, 9, 2), EventsFixture::to()).events.size() == 2);
    CHECK(EventReports::reportData(f.t.db(), EventsFixture::from(), QDate(2026, 11, 29)).events.size() == 2);
    CHECK(EventReports::reportData(f.t.db(), QDate(2026, 8, 31), EventsFixture::to()).events.size() == 4);
}

TEST_CASE("Events report as a sheet: a line per held event, the registry's participants and the guests apart",
          "[events][documents]")
{
    EventsFixture f;
    const TableSheet sheet =
        EventsReportDocument::sheet(EventReports::reportData(f.t.db(), EventsFixture::from(), EventsFixture::to()));
    CHECK(sheet.name == u"Мероприятия"_s);
    REQUIRE(sheet.rows.size() == 3);
    CHECK(sheet.rows[0]
          == QStringList({u"Формирующее оценивание на уроке математики"_s, u"семинар"_s, u"01.09.2026"_s,
                          u"01.09.2026"_s, u"муниципальный"_s, u"МБОУ СОШ № 1"_s, u"РМО учителей математики"_s,
                          u"учителя математики"_s, QString(), u"3"_s, u"2"_s, u"1"_s}));
    CHECK(sheet.rows[2].at(3) == u"01.12.2026"_s);
}

TEST_CASE("Event schedule: the planned events of the period under the approval block, without counts",
          "[events][documents]")
{
    EventsFixture f;
    const EventScheduleData data = EventReports::scheduleData(f.t.db(), EventsFixture::day(), QDate(2027, 8, 31));
    REQUIRE(data.events.size() == 1);
    CHECK(QString(data.approval.name).replace(QChar::Nbsp, u' ') == u"Н.В. Орлова"_s);
    const std::unique_ptr<QTextDocument> doc = EventScheduleDocument::build(data);
    const QString text = plain(*doc);
    REQUIRE(text.contains(u"УТВЕРЖДАЮ"_s));
    CHECK(text.indexOf(u"УТВЕРЖДАЮ"_s) < text.indexOf(u"График мероприятий"_s));
    CHECK(text.contains(u"График мероприятий на период с 02.12.2026 по 31.08.2027"_s));
    CHECK(text.contains(u"Всего запланировано: 1 мероприятие."_s));
    QTextTable *events = nullptr; // the table of eight columns, after the approval block
    for (QTextTable *table : tables(*doc)) {
        if (!events && table->columns() == 8)
            events = table;
    }
    REQUIRE(events);
    REQUIRE(events->columns() == 8);
    CHECK(rowText(events, 1)
          == QStringList({u"1"_s, u"Наставничество в школе"_s, u"круглый стол"_s, u"10.12.2026"_s,
                          u"муниципальный"_s, u"МБОУ СОШ № 1"_s, u"РМО учителей математики"_s,
                          u"учителя математики"_s}));
    // From the start of the term: the open lesson not marked held is planned still; the held ones are not.
    const EventScheduleData term = EventReports::scheduleData(f.t.db(), EventsFixture::from(), QDate(2026, 12, 31));
    REQUIRE(term.events.size() == 2);
    CHECK(term.events[0].topic == u"Урок открытия нового знания"_s);
}

TEST_CASE("Competition results: winners first, then by name, the nomination and the jury's lines to sign",
          "[competitions][documents]")
{
    EventsFixture f;
    const std::optional<CompetitionDocumentData> data = EventReports::competitionData(f.t.db(), f.competition);
    REQUIRE(data);
    CHECK(data->stage == CompetitionLevel::Municipal); // the default: the municipal stage
    const std::unique_ptr<QTextDocument> doc = CompetitionDocument::build(*data);
    const QString text = plain(*doc);
    CHECK(text.contains(u"Итоги конкурса «Педагогический дебют» 2026 (муниципальный этап)"_s));
    CHECK(text.contains(u"Ермаковский муниципальный округ"_s));
    CHECK(text.contains(u"Всего участников: 4 чел., из них победителей — 2, призёров — 1, лауреатов — 0."_s));
    CHECK(text.contains(u"Председатель жюри"_s));
    CHECK(text.contains(u"Секретарь жюри"_s));
    QTextTable *table = tables(*doc).at(0);
    REQUIRE(table->rows() == 5);
    CHECK(rowText(table, 0)
          == QStringList({u"№ п/п"_s, u"Ф.И.О. участника"_s, u"ОО"_s, u"Должность (предмет)"_s, u"Номинация"_s,
                          u"Результат"_s}));
    CHECK(rowText(table, 1)
          == QStringList({u"1"_s, u"Васильев Дмитрий Олегович"_s, u"СОШ № 1"_s, u"учитель (математика)"_s,
                          u"Учитель"_s, u"победитель"_s}));
    CHECK(rowText(table, 2).at(1) == u"Петрова Наталья Сергеевна"_s);
    CHECK(rowText(table, 2).at(5) == u"победитель"_s);
    CHECK(rowText(table, 3).at(1) == u"Иванова Мария Петровна"_s);
    CHECK(rowText(table, 3).at(5) == u"призёр"_s);
    CHECK(rowText(table, 4).at(1) == u"Андреева Ольга Игоревна"_s);
    CHECK(rowText(table, 4).at(5) == u"участник"_s);

    // The regional stage: only who reached it.
    const std::optional<CompetitionDocumentData> regional =
        EventReports::competitionData(f.t.db(), f.competition, CompetitionLevel::Regional);
    REQUIRE(regional);
    REQUIRE(regional->lines.size() == 1);
    CHECK(regional->lines[0].result == CompetitionResult::Laureate);
    const TableSheet sheet = CompetitionDocument::sheet(*regional);
    CHECK(sheet.rows
          == QList<QStringList>{{u"Васильев Дмитрий Олегович"_s, u"СОШ № 1"_s, u"учитель"_s, u"математика"_s,
                                 u"Учитель"_s, u"региональный"_s, u"лауреат"_s}});
    CHECK(!EventReports::competitionData(f.t.db(), f.competition + 100));
}

TEST_CASE("A competition without a municipal stage prints its highest stage with results by default",
          "[competitions][documents]")
{
    Competition c;
    c.stages = {CompetitionLevel::School, CompetitionLevel::Regional};
    CompetitionEntry e;
    e.results = {{CompetitionLevel::School, CompetitionResult::Winner}};
    c.entries = {e};
    CHECK(EventReports::defaultStage(c) == CompetitionLevel::School);
    c.entries[0].results.insert(CompetitionLevel::Regional, CompetitionResult::Participant);
    CHECK(EventReports::defaultStage(c) == CompetitionLevel::Regional);
    c.entries.clear();
    CHECK(EventReports::defaultStage(c) == CompetitionLevel::School);
}
