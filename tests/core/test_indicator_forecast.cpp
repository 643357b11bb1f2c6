// The forecasts of I1, I6, I9 and I10 (core/indicators/IndicatorForecast,
// core/README.md «Forecasts») on inputs built by hand, every figure worked
// out in the comments; then the plans read from a database.

#include <catch2/catch.hpp>

#include "domain/TrainingRules.h"
#include "indicators/IndicatorEngine.h"
#include "indicators/IndicatorForecast.h"
#include "store/AttestationPlanRepository.h"
#include "store/TrainingPlanRepository.h"
#include "support/MentoringFixture.h"
#include "support/TestSupport.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

// D = 03.12.2026; the forecast days are 31.08.2027, 31.08.2028, 31.08.2029.
QDate day() { return QDate(2026, 12, 3); }

// Four active pedagogical workers, ids 1 … 4.
IndicatorInputs fourTeachers()
{
    IndicatorInputs in;
    in.at = day();
    const QStringList surnames{u"Антонова"_s, u"Белова"_s, u"Волкова"_s, u"Громова"_s};
    for (qsizetype i = 0; i < surnames.size(); ++i) {
        TeacherRow t;
        t.id = i + 1;
        t.surname = surnames.at(i);
        t.name = u"Анна"_s;
        t.pedagogical = true;
        in.teachers << t;
    }
    return in;
}

Completion course(qint64 teacher, QDate ends)
{
    Completion c;
    c.teacherId = teacher;
    c.programmeId = 100;
    c.runId = 200;
    c.programme = u"Программа"_s;
    c.hours = 72;
    c.starts = ends.addDays(-10);
    c.ends = ends;
    return c;
}

AttestationRecord granted(qint64 teacher, Category category, QDate on)
{
    AttestationRecord r;
    r.id = teacher;
    r.teacherId = teacher;
    r.kind = AttestationKind::Category;
    r.category = category;
    r.granted = on;
    return r;
}

AttestationPlanEntry planned(qint64 teacher, Category category, int year, int month)
{
    AttestationPlanEntry e;
    e.teacherId = teacher;
    e.kind = AttestationKind::Category;
    e.category = category;
    e.attestYear = year;
    e.attestMonth = month;
    return e;
}

const IndicatorForecast &forecastOf(const QList<IndicatorForecast> &all, IndicatorId id)
{
    for (const IndicatorForecast &f : all) {
        if (f.id == id)
            return f;
    }
    FAIL("no forecast of that indicator");
    return all.constFirst();
}

} // namespace

TEST_CASE("Forecasts are taken on the three 31 Augusts after D", "[indicators][forecast]")
{
    CHECK(IndicatorForecasts::dates(day())
          == QList<QDate>({QDate(2027, 8, 31), QDate(2028, 8, 31), QDate(2029, 8, 31)}));
    // On 31 August itself the next one is a year on; in spring it is the same year's.
    CHECK(IndicatorForecasts::dates(QDate(2026, 8, 31)).constFirst() == QDate(2027, 8, 31));
    CHECK(IndicatorForecasts::dates(QDate(2026, 3, 1)).constFirst() == QDate(2026, 8, 31));
    CHECK(IndicatorForecasts::ids()
          == QList<IndicatorId>({IndicatorId::I1, IndicatorId::I6, IndicatorId::I9, IndicatorId::I10}));
    // A planned course is done on 30 June of its year, a planned attestation
    // decided on the last day of its month; a day already past is taken as D.
    CHECK(IndicatorForecasts::courseCompletedOn(2027, day()) == QDate(2027, 6, 30));
    CHECK(IndicatorForecasts::courseCompletedOn(2026, day()) == day());
    CHECK(IndicatorForecasts::attestationDecidedOn(2028, 2, day()) == QDate(2028, 2, 29));
    CHECK(IndicatorForecasts::attestationDecidedOn(2026, 10, day()) == day());
}

TEST_CASE("I1 and I9 forecast from the training plan, a course leaving the window lowers them", "[indicators][forecast]")
{
    IndicatorInputs in = fourTeachers();
    // Антонова's course ended 20.05.2025: in the window at D and at 31.08.2027
    // ((31.08.2024, 31.08.2027]), out of it at 31.08.2028.
    in.completions << course(1, QDate(2025, 5, 20));
    CHECK(IndicatorEngine(in).value(IndicatorId::I1).value == 25.0); // 1 of 4 at D

    ForecastPlans plans;
    // The plan-graph 2027–2029: Белова and Волкова in 2027 (done 30.06.2027), Громова in 2029.
    plans.training.insert(2027, {{2, 2027, 0, u"Функциональная грамотность"_s}, {3, 2027, 0, u"ФГОС"_s},
                                 {4, 2029, 0, u"Цифровая среда"_s}});
    const QList<IndicatorForecast> all = IndicatorForecasts::compute(in, plans);
    const IndicatorForecast &i1 = forecastOf(all, IndicatorId::I1);
    REQUIRE(i1.points.size() == 3);
    // 31.08.2027: Антонова, Белова, Волкова = 3 of 4 = 75.0 %.
    REQUIRE(i1.points[0].value.has_value());
    CHECK(i1.points[0].date == QDate(2027, 8, 31));
    CHECK(i1.points[0].planFirstYear == 2027);
    CHECK(i1.points[0].value->numerator == 3);
    CHECK(i1.points[0].value->value == 75.0);
    CHECK(i1.points[0].value->status == IndicatorStatus::NotMet); // the target is 100 %
    // 31.08.2028: Антонова's course has left the window: 2 of 4 = 50.0 %.
    REQUIRE(i1.points[1].value.has_value());
    CHECK(i1.points[1].value->value == 50.0);
    // 31.08.2029: Громова trained in 2029 as well: 3 of 4 = 75.0 %.
    REQUIRE(i1.points[2].value.has_value());
    CHECK(i1.points[2].value->value == 75.0);
    // I9 is the complement: 1, 2, 1 untrained.
    const IndicatorForecast &i9 = forecastOf(all, IndicatorId::I9);
    CHECK(i9.points[0].value->value == 1.0);
    CHECK(i9.points[1].value->value == 2.0);
    CHECK(i9.points[2].value->value == 1.0);
    CHECK(i9.points[1].value->numeratorIds == QList<qint64>({1, 4}));
    CHECK(i1.nearest()->date == QDate(2027, 8, 31));

    // The planned courses added to the copy are at least 16 hours, of no
    // programme or run, completed on 30 June; D's inputs are left alone.
    const IndicatorInputs on = IndicatorForecasts::projected(in, plans, QDate(2027, 8, 31));
    CHECK(on.at == QDate(2027, 8, 31));
    REQUIRE(on.completions.size() == 3);
    CHECK(on.completions[1].teacherId == 2);
    CHECK(on.completions[1].ends == QDate(2027, 6, 30));
    CHECK(on.completions[1].hours >= TrainingRules::kMinTrainingHours);
    CHECK(on.completions[1].programmeId == 0);
    CHECK(on.completions[1].runId == 0);
    CHECK(in.completions.size() == 1);
    CHECK(on.teachers.size() == in.teachers.size()); // D's registry
}

TEST_CASE("A year no saved training plan covers has no forecast, not a number", "[indicators][forecast]")
{
    IndicatorInputs in = fourTeachers();
    in.completions << course(1, QDate(2025, 5, 20));
    {
        const QList<IndicatorForecast> none = IndicatorForecasts::compute(in, {});
        for (const IndicatorForecast &f : none) {
            REQUIRE(f.points.size() == 3);
            for (const ForecastPoint &p : f.points) {
                CHECK_FALSE(p.value.has_value());
                CHECK(p.planFirstYear == 0);
            }
            CHECK_FALSE(f.nearest().has_value());
        }
    }
    // The plan 2026–2028 covers 2027 and 2028, not 2029; a line of 2026, the
    // year of D, not yet carried out is taken as done on D.
    ForecastPlans plans;
    plans.training.insert(2026, {{2, 2026, 0, u"ФГОС"_s}});
    const IndicatorForecast i1 = forecastOf(IndicatorForecasts::compute(in, plans), IndicatorId::I1);
    REQUIRE(i1.points[0].value.has_value());
    CHECK(i1.points[0].value->value == 50.0); // Антонова, Белова
    REQUIRE(i1.points[1].value.has_value());
    CHECK(i1.points[1].value->value == 25.0); // Белова (done on D, 03.12.2026)
    CHECK_FALSE(i1.points[2].value.has_value());
    // The training plan says nothing of the categories: no attestation plan, no I6 forecast.
    CHECK_FALSE(forecastOf(IndicatorForecasts::compute(in, plans), IndicatorId::I6).points[0].value.has_value());

    // A line of a teacher who has had a course in the planned year or later is already carried out.
    in.completions << course(2, QDate(2026, 10, 1));
    CHECK(IndicatorForecasts::projected(in, plans, QDate(2027, 8, 31)).completions.size() == 2);
}

TEST_CASE("I6 and I10 forecast from the 5-year attestation plan", "[indicators][forecast]")
{
    IndicatorInputs in = fourTeachers();
    // Антонова: first category of 10.12.2022, valid until 09.12.2027.
    // Белова: the highest of 01.10.2021, lapsed on 01.10.2026.
    in.attestation << granted(1, Category::First, QDate(2022, 12, 10))
                   << granted(2, Category::Highest, QDate(2021, 10, 1));
    CHECK(IndicatorEngine(in).value(IndicatorId::I6).value == 25.0); // 1 of 4 at D

    ForecastPlans plans;
    // 2026–2030: Белова in March 2027 (decided 31.03.2027), Антонова renewed
    // in December 2027, Волкова first attested in February 2028 (29.02.2028).
    plans.attestation.insert(2026, {planned(2, Category::First, 2027, 3), planned(1, Category::First, 2027, 12),
                                    planned(3, Category::First, 2028, 2)});
    const QList<IndicatorForecast> all = IndicatorForecasts::compute(in, plans);
    const IndicatorForecast &i6 = forecastOf(all, IndicatorId::I6);
    // 31.08.2027: Антонова, Белова = 2 of 4 = 50.0 %.
    REQUIRE(i6.points[0].value.has_value());
    CHECK(i6.points[0].value->value == 50.0);
    CHECK(i6.points[0].value->status == IndicatorStatus::Informative);
    // 31.08.2028: and Волкова = 3 of 4 = 75.0 %; 31.08.2029 the same.
    CHECK(i6.points[1].value->value == 75.0);
    CHECK(i6.points[2].value->value == 75.0);
    // I10 at 31.08.2027: Антонова's category ends 09.12.2027, within 12
    // months, her renewal not yet decided: 1. At 31.08.2028 renewed: 0.
    const IndicatorForecast &i10 = forecastOf(all, IndicatorId::I10);
    CHECK(i10.points[0].value->value == 1.0);
    CHECK(i10.points[0].value->numeratorIds == QList<qint64>({1}));
    CHECK(i10.points[1].value->value == 0.0);
    CHECK(i10.points[0].planFirstYear == 2026);
    // The attestation plan says nothing of courses: no I1 forecast.
    CHECK_FALSE(forecastOf(all, IndicatorId::I1).points[0].value.has_value());

    // A teacher already decided in the planned month or later is not attested again.
    in.attestation << granted(3, Category::First, QDate(2028, 2, 1)); // recorded ahead, as a test may
    const IndicatorInputs on = IndicatorForecasts::projected(in, plans, QDate(2028, 8, 31));
    CHECK(on.attestation.size() == 3 + 2);
}

TEST_CASE("The forecast plans are read from the saved plan-graphs, the newest covering a year chosen",
          "[indicators][forecast]")
{
    MentoringFixture fx; // 02.12.2026
    const qint64 teacher = fx.id.value(u"Андреева"_s);
    TrainingPlanRepository(fx.t.db()).save(2025, {{teacher, 2026, 0, u"ФГОС"_s}});
    TrainingPlanRepository(fx.t.db()).save(2026, {{teacher, 2027, 0, u"ФГОС"_s}});
    const ForecastPlans plans = ForecastPlans::read(fx.t.db());
    CHECK(plans.training.keys() == QList<int>({2025, 2026}));
    CHECK(plans.trainingPlanFor(2027) == 2026);
    CHECK(plans.trainingPlanFor(2026) == 2026); // both cover it: the newest
    CHECK(plans.trainingPlanFor(2025) == 2025);
    CHECK(plans.trainingPlanFor(2029) == 0);
    CHECK(plans.attestationPlanFor(2027) == 0);
    CHECK(IndicatorForecasts::trainingPlanName(2026)
          == u"План-график повышения квалификации педагогических работников на 2026–2028 гг."_s);
}
