// The analytic report of the monitoring (issue 16, item 4; core/documents/
// README.md «Analytic report of the monitoring») on the small district of
// support/MentoringFixture.h with a course and an expiring category: the
// figures are the engine's, «нет данных» where nothing is recorded, the
// recommendations of this monitoring and the check of the earlier ones,
// the annex's people and the signer. The pages through profrost-cli in
// tests/cli/test_cli_monitoring_report.cpp.
#include <catch2/catch.hpp>

#include "documents/MonitoringReports.h"
#include "store/CentreCardRepository.h"
#include "store/RecommendationRepository.h"
#include "store/TrainingPlanRepository.h"
#include "store/TrainingRepository.h"
#include "support/MentoringFixture.h"
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
    return c.selectedText().replace(QChar::LineSeparator, u' ').replace(QChar::Nbsp, u' ');
}

QStringList rowText(QTextTable *table, int row)
{
    QStringList out;
    for (int c = 0; c < table->columns(); ++c)
        out << cellText(table, row, c);
    return out;
}

// The bordered tables whose header has `header` in column `column`, in order.
QList<QTextTable *> tablesWith(QTextDocument &doc, int column, const QString &header)
{
    QList<QTextTable *> out;
    for (QTextFrame *f : doc.rootFrame()->childFrames()) {
        auto *t = qobject_cast<QTextTable *>(f);
        if (t && t->columns() > column && cellText(t, 0, column) == header)
            out << t;
    }
    return out;
}

QString plain(const QTextDocument &doc) { return doc.toPlainText().replace(QChar::Nbsp, u' '); }

// MentoringFixture on 02.12.2026, and: Иванова and Андреева completed a
// 72-hour course in May 2026; Ершова (СОШ № 1) holds the first category
// granted 03.12.2022, valid until 02.12.2027 — within 12 months; the
// centre's card names the report's signer; three recommendations.
struct ReportFixture : MentoringFixture
{
    qint64 earlierDone = 0, earlierNotDue = 0, earlierUnchecked = 0, current = 0;

    ReportFixture()
    {
        const auto s = [](const char *text) { return QString::fromUtf8(text); };
        add(s("Ершова Нина Павловна"), QDate(1980, 1, 1), QDate(2002, 9, 1), school1, teacherPost, 0,
            Category::First, QDate(2022, 12, 3));
        TrainingRepository training(t.db());
        Programme p;
        p.title = s("Формирование функциональной грамотности");
        p.provider = s("ККИПК");
        p.hours = 72;
        CourseRun run;
        run.programmeId = training.insertProgramme(p);
        run.starts = QDate(2026, 5, 11);
        run.ends = QDate(2026, 5, 20);
        const qint64 runId = training.insertRun(run);
        training.recordCompletion(runId, id.value(s("Иванова")), s("№ 1"), run.ends);
        training.recordCompletion(runId, id.value(s("Андреева")), s("№ 2"), run.ends);

        CentreCardRepository cards(t.db());
        CentreCard card = cards.load();
        card.signers.insert(SignedDocument::Monitoring, {s("Заместитель директора"), s("Соколова Елена Андреевна")});
        cards.save(card);

        RecommendationRepository repo(t.db());
        Recommendation r;
        r.madeOn = QDate(2025, 12, 1);
        r.addressee = s("Руководителям ОО");
        r.text = s("Направить на курсы педагогов без курсовой подготовки");
        r.due = QDate(2026, 6, 1);
        r.indicator = s("I1");
        r.state = RecommendationState::Done;
        r.checkedOn = day();
        earlierDone = repo.save(r);
        r.indicator.clear();
        r.text = s("Провести диагностику дефицитов учителей начальных классов");
        r.due = QDate(2026, 11, 30);
        r.state = RecommendationState::Planned;
        r.checkedOn = {};
        earlierUnchecked = repo.save(r);
        r.text = s("Разработать программу наставничества");
        r.due = QDate(2027, 3, 1); // not due yet: not checked at this monitoring
        earlierNotDue = repo.save(r);
        r.madeOn = day();
        r.addressee = s("Руководителю РМО учителей математики");
        r.text = s("Включить в план РМО семинар по функциональной грамотности");
        r.due = QDate(2027, 5, 31);
        r.indicator = s("I3a");
        current = repo.save(r);
    }
};

} // namespace

TEST_CASE("Monitoring report: the figures are the engine's at the same date and no data is never 0 %",
          "[monitoring][documents]")
{
    ReportFixture f;
    const MonitoringReportData data = MonitoringReports::data(f.t.db(), ReportFixture::day());
    const IndicatorInputs in = IndicatorInputs::read(f.t.db(), ReportFixture::day());
    const QList<IndicatorValue> engine = IndicatorEngine(in).all();
    REQUIRE(data.indicators.size() == engine.size());
    for (qsizetype i = 0; i < engine.size(); ++i) {
        CHECK(data.indicators.at(i).id == engine.at(i).id);
        CHECK(data.indicators.at(i).value == engine.at(i).value);
        CHECK(data.indicators.at(i).numerator == engine.at(i).numerator);
        CHECK(data.indicators.at(i).denominator == engine.at(i).denominator);
        CHECK(data.indicators.at(i).status == engine.at(i).status);
    }
    // 7 active pedagogical workers (Петрова is a deputy head) in 2 schools.
    CHECK(data.teachers == 7);
    CHECK(data.organisations == 2);

    std::unique_ptr<QTextDocument> doc = MonitoringReportDocument::build(data);
    const QList<QTextTable *> indicators = tablesWith(*doc, 1, u"Показатель"_s);
    REQUIRE(indicators.size() == 1);
    QTextTable *table = indicators.first();
    REQUIRE(table->rows() == int(engine.size()) + 1);
    for (qsizetype i = 0; i < engine.size(); ++i) {
        const IndicatorValue &v = engine.at(i);
        const QStringList row = rowText(table, int(i) + 1);
        CHECK(row.at(1).endsWith(u"(%1)"_s.arg(IndicatorText::code(v.id))));
        CHECK(row.at(3) == MonitoringReportDocument::valueText(v).replace(QChar::Nbsp, u' '));
        CHECK(row.at(4) == MonitoringReportDocument::statusText(v.status));
    }
    // I1: Иванова and Андреева of 7 = 28.6 %, not met; I9: the other 5.
    CHECK(rowText(table, 1) == QStringList({u"1"_s, u"Курсовая подготовка за 3 года (I1)"_s, u"100 %"_s,
                                            u"28,6 % (2 из 7)"_s, u"не достигнуто"_s}));
    // No diagnosis and no literacy result: I2, I3a, I3b, I7 have no data — never «0,0 %».
    for (int row : {2, 3, 4, 8}) {
        CHECK(cellText(table, row, 3) == u"нет данных"_s);
        CHECK(cellText(table, row, 4) == u"нет данных"_s);
    }
    const QString text = plain(*doc);
    CHECK(text.contains(u"Целевое значение показателя «Курсовая подготовка за 3 года» (I1) не достигнуто: "
                        "28,6 % (2 из 7) при целевом значении 100 % (ниже целевого на 71,4 п. п.)."_s));
    CHECK(text.contains(u"Объекты: 2 образовательные организации, 7 педагогических работников."_s));
    CHECK(text.contains(u"Сроки проведения: с 01.09.2026 по 02.12.2026 (2026/2027 учебный год)."_s));
    CHECK(text.contains(u"Нет данных для расчёта показателей: «"_s));
}

TEST_CASE("Monitoring report: the breakdown by organisation puts the worst first and adds up to the whole",
          "[monitoring][documents]")
{
    ReportFixture f;
    const MonitoringReportData data = MonitoringReports::data(f.t.db(), ReportFixture::day());
    std::unique_ptr<QTextDocument> doc = MonitoringReportDocument::build(data);
    const QList<QTextTable *> parts = tablesWith(*doc, 1, u"Организация"_s);
    REQUIRE(parts.size() == 1);
    // СОШ № 2: Борисова, Григорьева, no course: 0 of 2; СОШ № 1: Иванова, Андреева of 5 = 40.0 %.
    REQUIRE(parts.first()->rows() == 4);
    CHECK(cellText(parts.first(), 1, 1).contains(u"СОШ № 2"_s));
    CHECK(cellText(parts.first(), 1, 2) == u"0,0 % (0 из 2)"_s);
    CHECK(cellText(parts.first(), 1, 4) == u"2"_s);
    CHECK(cellText(parts.first(), 2, 1).contains(u"СОШ № 1"_s));
    CHECK(cellText(parts.first(), 2, 2) == u"40,0 % (2 из 5)"_s);
    CHECK(rowText(parts.first(), 3).mid(2) == QStringList({u"28,6 % (2 из 7)"_s, u"75,0 % (3 из 4)"_s, u"5"_s}));
}

TEST_CASE("Monitoring report: this monitoring's recommendations and the earlier ones due by its date with their "
          "check",
          "[monitoring][documents]")
{
    ReportFixture f;
    const MonitoringReportData data = MonitoringReports::data(f.t.db(), ReportFixture::day());
    QList<qint64> made, checked;
    for (const Recommendation &r : data.recommendations)
        made << r.id;
    for (const Recommendation &r : data.checked)
        checked << r.id;
    CHECK(made == QList<qint64>{f.current});
    CHECK(checked == QList<qint64>({f.earlierDone, f.earlierUnchecked}));

    std::unique_ptr<QTextDocument> doc = MonitoringReportDocument::build(data);
    const QList<QTextTable *> tables = tablesWith(*doc, 1, u"Кому"_s);
    REQUIRE(tables.size() == 2);
    CHECK(rowText(tables.at(0), 0)
          == QStringList({u"№ п/п"_s, u"Кому"_s, u"Что"_s, u"Срок"_s, u"Отметка о выполнении"_s}));
    CHECK(rowText(tables.at(0), 1)
          == QStringList({u"1"_s, u"Руководителю РМО учителей математики"_s,
                          u"Включить в план РМО семинар по функциональной грамотности (показатель I3a)"_s,
                          u"31.05.2027"_s, QString()}));
    REQUIRE(tables.at(1)->rows() == 3);
    CHECK(rowText(tables.at(1), 1)
          == QStringList({u"1"_s, u"Руководителям ОО"_s,
                          u"Направить на курсы педагогов без курсовой подготовки (мониторинг 01.12.2025, "
                          "показатель I1)"_s,
                          u"01.06.2026"_s, u"выполнено (02.12.2026)"_s}));
    CHECK(cellText(tables.at(1), 2, 4) == u"не отмечено"_s);
    const QString text = plain(*doc);
    CHECK(text.contains(u"Всего: 2; выполнено — 1, не выполнено — 0, не отмечено — 1."_s));
    CHECK_FALSE(text.contains(u"Разработать программу наставничества"_s));
}

TEST_CASE("Monitoring report: the annex lists I9's and I10's teachers and the card's signer signs",
          "[monitoring][documents]")
{
    ReportFixture f;
    const MonitoringReportData data = MonitoringReports::data(f.t.db(), ReportFixture::day());
    std::unique_ptr<QTextDocument> doc = MonitoringReportDocument::build(data);
    const QList<QTextTable *> people = tablesWith(*doc, 1, u"Ф.И.О."_s);
    REQUIRE(people.size() == 2);
    QStringList overdue;
    for (int row = 1; row < people.at(0)->rows(); ++row)
        overdue << cellText(people.at(0), row, 1);
    CHECK(overdue
          == QStringList({u"Борисова Екатерина Андреевна"_s, u"Васильев Дмитрий Олегович"_s,
                          u"Григорьева Анна Викторовна"_s, u"Дмитриева Светлана Ивановна"_s,
                          u"Ершова Нина Павловна"_s}));
    CHECK(cellText(people.at(0), 1, 4) == u"нет сведений"_s);
    REQUIRE(people.at(1)->rows() == 2);
    CHECK(rowText(people.at(1), 1)
          == QStringList({u"1"_s, u"Ершова Нина Павловна"_s, u"СОШ № 1"_s, u"учитель"_s, u"первая"_s,
                          u"02.12.2027"_s}));
    const QString text = plain(*doc);
    CHECK(text.contains(u"Аналитическая справка по итогам мониторинга показателей методической работы на "
                        "02.12.2026"_s));
    CHECK(text.contains(u"Ермаковский муниципальный округ"_s));
    CHECK(text.contains(u"Справку составил(а):"_s));
    CHECK(text.contains(u"Заместитель директора"_s));
    CHECK(text.contains(u"Е.А. Соколова"_s));
    CHECK(text.contains(u"Приложение 1"_s));
}

TEST_CASE("Monitoring report: the forecasts from the saved plans and the five regional criteria with evidence",
          "[monitoring][documents][forecast]")
{
    ReportFixture f; // 02.12.2026: 7 active, Иванова and Андреева trained in May 2026
    // The plan-graph 2027–2029 puts Борисова and Григорьева in 2027: on
    // 31.08.2027 4 of 7 = 57.1 %; no attestation plan: I6 «нет плана».
    TrainingPlanRepository(f.t.db()).save(2027, {{f.id.value(u"Борисова"_s), 2027, 0, u"ФГОС"_s},
                                                 {f.id.value(u"Григорьева"_s), 2027, 0, u"ФГОС"_s}});
    const MonitoringReportData data = MonitoringReports::data(f.t.db(), ReportFixture::day());
    std::unique_ptr<QTextDocument> doc = MonitoringReportDocument::build(data);
    const QList<QTextTable *> forecasts = tablesWith(*doc, 4, u"Прогноз на 31.08.2027"_s);
    REQUIRE(forecasts.size() == 1);
    QTextTable *t = forecasts.first();
    REQUIRE(t->rows() == 5); // I1, I6, I9, I10
    CHECK(cellText(t, 0, 3) == u"Значение на 02.12.2026"_s);
    CHECK(cellText(t, 0, 6) == u"Прогноз на 31.08.2029"_s);
    CHECK(cellText(t, 1, 1) == u"Курсовая подготовка за 3 года (I1)"_s);
    CHECK(cellText(t, 1, 3) == u"28,6 % (2 из 7)"_s);
    CHECK(cellText(t, 1, 4) == u"57,1 % (4 из 7)"_s);
    CHECK(cellText(t, 2, 4) == u"нет плана"_s);
    CHECK(cellText(t, 3, 4) == u"3"_s); // I9: Петрова is no teacher; 7 − 4
    const QString text = plain(*doc);
    CHECK(text.contains(u"Прогноз рассчитан при условии выполнения планов: План-график повышения квалификации "
                        "педагогических работников на 2027–2029 гг."_s));

    const QList<QTextTable *> criteria = tablesWith(*doc, 1, u"Критерий"_s);
    REQUIRE(criteria.size() == 1);
    REQUIRE(criteria.first()->rows() == 6);
    CHECK(cellText(criteria.first(), 3, 1)
          == u"Прогнозирование, планирование и организация аттестации педагогических работников"_s);
    CHECK(cellText(criteria.first(), 3, 2) == u"не выполняется"_s);
    // 5: this monitoring's recommendation, but an earlier one due 30.11.2026 was never checked.
    CHECK(cellText(criteria.first(), 5, 2) == u"не выполняется"_s);
    CHECK(cellText(criteria.first(), 5, 3).contains(u"Не проверено выполнение после срока 30.11.2026"_s));
    CHECK(text.contains(u"Выполняется "_s));
    // The sections keep their order: forecasts and criteria after the indicators, before the breakdown.
    CHECK(text.indexOf(u"2. Прогнозные показатели"_s) < text.indexOf(u"3. Региональные критерии"_s));
    CHECK(text.indexOf(u"3. Региональные критерии"_s) < text.indexOf(u"4. Показатели по образовательным"_s));
}
