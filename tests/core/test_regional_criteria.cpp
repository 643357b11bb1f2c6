// Seed 002's five regional criteria (core/indicators/RegionalCriteria,
// core/README.md «The five regional criteria»): each met and not met on
// tiny inputs built by hand, with the evidence it names.

#include <catch2/catch.hpp>

#include "indicators/IndicatorEngine.h"
#include "indicators/RegionalCriteria.h"
#include "store/RecommendationRepository.h"
#include "support/MentoringFixture.h"
#include "support/TestSupport.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

QDate day() { return QDate(2026, 12, 3); } // the academic year 2026/2027

// Two active pedagogical workers, ids 1 and 2, each a «учитель» (post 6) at school 10.
IndicatorInputs inputs()
{
    IndicatorInputs in;
    in.at = day();
    for (qint64 id : {1, 2}) {
        TeacherRow t;
        t.id = id;
        t.surname = id == 1 ? u"Антонова"_s : u"Белова"_s;
        t.name = u"Анна"_s;
        t.pedagogical = true;
        in.teachers << t;
        Employment e;
        e.organisationId = 10;
        e.positionId = 6;
        e.hired = QDate(2010, 9, 1);
        in.employments.insert(id, {e});
    }
    return in;
}

RegionalCriterion criterion(const IndicatorInputs &in, const RegionalCriteriaData &data, int number)
{
    const QList<IndicatorValue> values = IndicatorEngine(in).all();
    const QList<IndicatorForecast> forecasts = IndicatorForecasts::compute(in, data.forecastPlans);
    const QList<RegionalCriterion> all = RegionalCriteria::evaluate(in, values, forecasts, data);
    REQUIRE(all.size() == RegionalCriteria::kCount);
    REQUIRE(all.at(number - 1).number == number);
    return all.at(number - 1);
}

bool anyContains(const QStringList &lines, const QString &text)
{
    for (const QString &l : lines) {
        if (QString(l).replace(QChar::Nbsp, u' ').contains(text))
            return true;
    }
    return false;
}

Association rmo(qint64 id, const QString &name)
{
    Association a;
    a.id = id;
    a.name = name;
    return a;
}

} // namespace

TEST_CASE("The five criteria have the seed's titles", "[indicators][criteria]")
{
    CHECK(RegionalCriteria::russianTitle(3)
          == u"Прогнозирование, планирование и организация аттестации педагогических работников"_s);
    CHECK(RegionalCriteria::russianTitle(2)
          == u"Изучение профессиональных потребностей и дефицитов работников образования"_s);
    for (int n = 1; n <= RegionalCriteria::kCount; ++n) {
        CHECK_FALSE(RegionalCriteria::title(n).isEmpty());
        CHECK_FALSE(RegionalCriteria::russianTitle(n).isEmpty());
    }
}

TEST_CASE("Criterion 1 is met when every district association has a year plan", "[indicators][criteria]")
{
    IndicatorInputs in = inputs();
    RegionalCriteriaData data;
    CHECK_FALSE(criterion(in, data, 1).met); // no РМО at all
    CHECK(anyContains(criterion(in, data, 1).evidence, u"методических объединений в 2026/2027 учебном году нет"_s));

    in.districtAssociations = {rmo(1, u"РМО учителей математики"_s), rmo(2, u"РМО учителей русского языка"_s)};
    in.associationsWithPlan = {1};
    MethodicalPlan plan;
    plan.kind = PlanKind::RmoYear;
    plan.associationId = 1;
    plan.startYear = 2026;
    plan.title = u"План работы РМО учителей математики"_s;
    data.plans << plan;
    const RegionalCriterion half = criterion(in, data, 1);
    CHECK_FALSE(half.met);
    CHECK(half.evidence.constFirst() == u"«План работы РМО учителей математики»."_s); // the title names it
    data.plans.last().title = u"План работы на 2026/2027 учебный год"_s;
    CHECK(criterion(in, data, 1).evidence.constFirst()
          == u"РМО учителей математики: «План работы на 2026/2027 учебный год»."_s);
    CHECK(anyContains(half.evidence, u"РМО учителей русского языка — плана работы на 2026/2027 учебный год нет."_s));
    CHECK(anyContains(half.evidence, u"Показатель I8: 50,0 % (1 из 2)."_s));

    in.associationsWithPlan = {1, 2};
    CHECK(criterion(in, data, 1).met);
}

TEST_CASE("Criterion 2 is met by a diagnosis with results held in the 3 years up to D", "[indicators][criteria]")
{
    const IndicatorInputs in = inputs();
    RegionalCriteriaData data;
    DiagnosisCampaign old;
    old.id = 1;
    old.name = u"Диагностика 2023"_s;
    old.starts = QDate(2023, 11, 1);
    old.ends = QDate(2023, 12, 3); // D − 3 years: out of the window
    data.campaigns << old;
    data.campaignResults.insert(1, 20);
    CHECK(criterion(in, data, 2).evidence
          == QStringList({u"Диагностик профессиональных дефицитов с 04.12.2023 по 03.12.2026 не проводилось."_s}));
    CHECK_FALSE(criterion(in, data, 2).met);

    DiagnosisCampaign recent;
    recent.id = 2;
    recent.name = u"Самооценка 2026"_s;
    recent.starts = QDate(2026, 10, 5);
    recent.ends = QDate(2026, 10, 9);
    data.campaigns << recent;
    CHECK_FALSE(criterion(in, data, 2).met); // held, but no result recorded
    data.campaignResults.insert(2, 12);
    const RegionalCriterion c = criterion(in, data, 2);
    CHECK(c.met);
    CHECK(c.evidence == QStringList({u"Диагностика «Самооценка 2026» (05.10–09.10.2026): результатов — 12."_s}));
}

TEST_CASE("Criterion 3 is met by a saved 5-year attestation plan covering the year of D", "[indicators][criteria]")
{
    const IndicatorInputs in = inputs();
    RegionalCriteriaData data;
    CHECK_FALSE(criterion(in, data, 3).met);
    data.forecastPlans.attestation.insert(2021, {}); // 2021–2025: over
    CHECK_FALSE(criterion(in, data, 3).met);
    AttestationPlanEntry e;
    e.teacherId = 1;
    e.category = Category::First;
    e.attestYear = 2027;
    e.attestMonth = 4;
    data.forecastPlans.attestation.insert(2026, {e});
    const RegionalCriterion c = criterion(in, data, 3);
    CHECK(c.met);
    CHECK(anyContains(c.evidence, u"План-график аттестации педагогических работников на 2026–2030 гг.: строк — 1"_s));
    // Its forecast: Антонова's first category decided 30.04.2027: 1 of 2 = 50.0 %.
    CHECK(anyContains(c.evidence, u"Прогноз I6 «Действующая квалификационная категория»: на 31.08.2027 — 50,0 %"_s));
}

TEST_CASE("Criterion 4 wants the training plan, its forecast and programmes fit for the listeners' posts",
          "[indicators][criteria]")
{
    IndicatorInputs in = inputs();
    RegionalCriteriaData data;
    CHECK_FALSE(criterion(in, data, 4).met);
    // 2024–2026 covers D's year but not the next 31 August: no forecast.
    data.forecastPlans.training.insert(2024, {{1, 2026, 0, u"ФГОС"_s}});
    const RegionalCriterion noForecast = criterion(in, data, 4);
    CHECK_FALSE(noForecast.met);
    CHECK(anyContains(noForecast.evidence, u"Прогноз на 31.08.2027 не рассчитан"_s));

    Programme forTeachers;
    forTeachers.id = 7;
    forTeachers.title = u"Методика преподавания"_s;
    forTeachers.positionIds = {6};
    in.programmes.insert(7, forTeachers);
    data.forecastPlans.training.insert(2026, {{1, 2027, 7, {}}, {2, 2027, 0, u"ФГОС"_s}});
    const RegionalCriterion met = criterion(in, data, 4);
    CHECK(met.met);
    CHECK(anyContains(met.evidence, u"Прогноз I1 «Курсовая подготовка за 3 года»: на 31.08.2027 — 100,0 %"_s));
    CHECK(anyContains(met.evidence, u"Программы выбраны в 1 строках плана; соответствуют должности слушателя — 1."_s));

    // A programme for directors (post 5) chosen for a teacher: not met, named.
    Programme forDirectors = forTeachers;
    forDirectors.id = 8;
    forDirectors.title = u"Управление ОО"_s;
    forDirectors.positionIds = {5};
    in.programmes.insert(8, forDirectors);
    data.forecastPlans.training.insert(2026, {{1, 2027, 7, {}}, {2, 2027, 8, {}}});
    const RegionalCriterion wrong = criterion(in, data, 4);
    CHECK_FALSE(wrong.met);
    CHECK(anyContains(wrong.evidence,
                      u"Программа не предназначена для должности слушателя: Белова Анна — «Управление ОО»."_s));
}

TEST_CASE("Criterion 5 wants recommendations of a monitoring in the year up to D and the due ones checked",
          "[indicators][criteria]")
{
    const IndicatorInputs in = inputs();
    RegionalCriteriaData data;
    CHECK_FALSE(criterion(in, data, 5).met);
    CHECK(criterion(in, data, 5).evidence
          == QStringList({u"Адресных рекомендаций по итогам мониторингов с 04.12.2025 по 03.12.2026 нет."_s}));

    Recommendation r;
    r.madeOn = QDate(2026, 6, 1);
    r.addressee = u"Руководителям ОО"_s;
    r.text = u"Направить на курсы педагогов без курсовой подготовки"_s;
    r.due = QDate(2026, 10, 1);
    r.state = RecommendationState::Done;
    r.checkedOn = QDate(2026, 11, 2);
    data.recommendations << r;
    const RegionalCriterion met = criterion(in, data, 5);
    CHECK(met.met);
    CHECK(met.evidence
          == QStringList({u"Мониторинг 01.06.2026: Руководителям ОО — Направить на курсы педагогов без курсовой "
                         "подготовки, срок 01.10.2026 (выполнено 02.11.2026)."_s}));

    // An earlier one whose due date has passed, never checked: not met.
    Recommendation old = r;
    old.madeOn = QDate(2025, 11, 20);
    old.due = QDate(2026, 5, 31);
    old.state = RecommendationState::Planned;
    old.checkedOn = {};
    data.recommendations << old;
    const RegionalCriterion unchecked = criterion(in, data, 5);
    CHECK_FALSE(unchecked.met);
    CHECK(anyContains(unchecked.evidence, u"Не проверено выполнение после срока 31.05.2026: Руководителям ОО"_s));
}

TEST_CASE("The criteria's data is read from the database", "[indicators][criteria]")
{
    MentoringFixture fx;
    Recommendation r;
    r.madeOn = MentoringFixture::day();
    r.addressee = u"Руководителям ОО"_s;
    r.text = u"Провести диагностику"_s;
    r.due = QDate(2027, 3, 1);
    RecommendationRepository(fx.t.db()).save(r);
    const RegionalCriteriaData data = RegionalCriteriaData::read(fx.t.db());
    REQUIRE(data.recommendations.size() == 1);
    const IndicatorInputs in = IndicatorInputs::read(fx.t.db(), MentoringFixture::day());
    const QList<RegionalCriterion> all = RegionalCriteria::evaluate(
        in, IndicatorEngine(in).all(), IndicatorForecasts::compute(in, data.forecastPlans), data);
    REQUIRE(all.size() == 5);
    CHECK(all.at(4).met);
}
