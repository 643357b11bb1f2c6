// `profrost-cli indicators` on the small district of support/MentoringFixture.h:
// the JSON's shape and figures (the same engine as the dashboard), the
// breakdown by organisation adding up to the whole, and bad options refused.
#include <catch2/catch.hpp>

#include "store/TrainingPlanRepository.h"
#include "support/CliFixtures.h"
#include "support/MentoringFixture.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject indicator(const QJsonObject &root, const QString &id)
{
    for (const QJsonValue &v : root.value(u"indicators"_s).toArray()) {
        if (v.toObject().value(u"id"_s).toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

TEST_CASE("indicators --json: every indicator with its figures, no data as null, the breakdown adding up",
          "[cli][indicators]")
{
    MentoringFixture f; // 02.12.2026: 6 active pedagogical workers, 4 young of them 3 supported
    const CliResult r = runCli({u"indicators"_s, f.t.location(), u"--json"_s, u"--by"_s, u"organisation"_s}, {},
                               MentoringFixture::day());
    INFO(r);
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(root.value(u"as_of"_s).toString() == u"2026-12-02"_s);
    QStringList ids;
    for (const QJsonValue &v : root.value(u"indicators"_s).toArray())
        ids << v.toObject().value(u"id"_s).toString();
    CHECK(ids
          == QStringList({u"I1"_s, u"I2"_s, u"I3a"_s, u"I3b"_s, u"I4"_s, u"I5"_s, u"I6"_s, u"I7"_s, u"I8"_s, u"I9"_s,
                          u"I10"_s}));

    const QJsonObject i5 = indicator(root, u"I5"_s);
    CHECK(i5.value(u"title"_s).toString() == u"Молодые педагоги в формах поддержки"_s);
    CHECK(i5.value(u"numerator"_s).toInt() == 3);
    CHECK(i5.value(u"denominator"_s).toInt() == 4);
    CHECK(i5.value(u"value"_s).toDouble() == 75.0);
    CHECK(i5.value(u"target"_s).toDouble() == 70.0);
    CHECK(i5.value(u"status"_s).toString() == u"met"_s);
    // By organisation: СОШ № 1 has Андреева and Васильев (1 of 2), СОШ № 2 Борисова and Григорьева (2 of 2).
    const QJsonArray parts = i5.value(u"breakdown"_s).toArray();
    REQUIRE(parts.size() == 2);
    CHECK(parts[0].toObject().value(u"name"_s).toString() == u"СОШ № 1"_s); // worst first by I1: both no data, by name
    int numerators = 0, denominators = 0;
    for (const QJsonValue &p : parts) {
        numerators += p.toObject().value(u"numerator"_s).toInt();
        denominators += p.toObject().value(u"denominator"_s).toInt();
    }
    CHECK(numerators == 3);
    CHECK(denominators == 4);

    // No course on record: I1 has no data, shown as null, never 0.
    const QJsonObject i1 = indicator(root, u"I1"_s);
    CHECK(i1.value(u"status"_s).toString() == u"no_data"_s);
    CHECK(i1.value(u"value"_s).isNull());
    CHECK(i1.value(u"denominator"_s).toInt() == 6);
    // A count has no denominator.
    CHECK(indicator(root, u"I10"_s).value(u"denominator"_s).isNull());
    CHECK(indicator(root, u"I10"_s).value(u"status"_s).toString() == u"informative"_s);
}

TEST_CASE("indicators: the table at --as-of, and a bad --by or date refused with the reason", "[cli][indicators]")
{
    MentoringFixture f;
    // On 01.12.2026 Васильев's pair still runs: all 4 young supported.
    const CliResult table = runCli({u"indicators"_s, f.t.location(), u"--as-of"_s, u"01.12.2026"_s}, {},
                                   MentoringFixture::day());
    INFO(table);
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(u"Indicators at 01.12.2026"_s));
    CHECK(table.out.contains(u"I5    Молодые педагоги в формах поддержки\n      100.0 % (4 / 4); target ≥ 70 %; met"_s));
    const CliResult badBy = runCli({u"indicators"_s, f.t.location(), u"--by"_s, u"school"_s}, {}, MentoringFixture::day());
    CHECK(badBy.exitCode == 2);
    CHECK(badBy.err.contains(u"--by expects organisation or municipality, not 'school'."_s));
    const CliResult badDate = runCli({u"indicators"_s, f.t.location(), u"--as-of"_s, u"31.02.2026"_s}, {},
                                     MentoringFixture::day());
    CHECK(badDate.exitCode == 2);
}

TEST_CASE("indicators --json: the forecasts of I1, I6, I9 and I10 from the saved plans and the five criteria",
          "[cli][indicators][forecast]")
{
    MentoringFixture f; // 02.12.2026: 6 active pedagogical workers, no course on record
    // The plan-graph 2026–2028 puts Андреева and Борисова in 2027: done by
    // 30.06.2027, so on 31.08.2027 2 of 6 = 33.3 %, 4 without courses.
    TrainingPlanRepository(f.t.db()).save(2026, {{f.id.value(u"Андреева"_s), 2027, 0, u"ФГОС"_s},
                                                 {f.id.value(u"Борисова"_s), 2027, 0, u"ФГОС"_s}});
    const CliResult r = runCli({u"indicators"_s, f.t.location(), u"--json"_s}, {}, MentoringFixture::day());
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray i1 = indicator(root, u"I1"_s).value(u"forecast"_s).toArray();
    REQUIRE(i1.size() == 3);
    CHECK(i1[0].toObject().value(u"date"_s).toString() == u"2027-08-31"_s);
    CHECK(i1[0].toObject().value(u"value"_s).toDouble() == 33.3);
    CHECK(i1[0].toObject().value(u"status"_s).toString() == u"not_met"_s);
    CHECK(i1[0].toObject().value(u"plan_first_year"_s).toInt() == 2026);
    CHECK(i1[2].toObject().value(u"date"_s).toString() == u"2029-08-31"_s);
    CHECK(i1[2].toObject().value(u"value"_s).isNull()); // 2029: no plan covers it
    CHECK(i1[2].toObject().value(u"status"_s).toString() == u"no_plan"_s);
    CHECK(indicator(root, u"I9"_s).value(u"forecast"_s).toArray()[0].toObject().value(u"value"_s).toInt() == 4);
    // No attestation plan: I6's forecast says so, with no number.
    const QJsonObject i6 = indicator(root, u"I6"_s).value(u"forecast"_s).toArray()[0].toObject();
    CHECK(i6.value(u"value"_s).isNull());
    CHECK(i6.value(u"status"_s).toString() == u"no_plan"_s);
    CHECK(i6.value(u"plan_first_year"_s).isNull());
    // Only the four have a forecast.
    CHECK_FALSE(indicator(root, u"I5"_s).contains(u"forecast"_s));

    const QJsonArray criteria = root.value(u"criteria"_s).toArray();
    REQUIRE(criteria.size() == 5);
    for (int n = 0; n < 5; ++n)
        CHECK(criteria[n].toObject().value(u"number"_s).toInt() == n + 1);
    const QJsonObject fourth = criteria[3].toObject();
    CHECK(fourth.value(u"title"_s).toString()
          == u"Прогнозирование, планирование и организация повышения квалификации педагогических работников"_s);
    CHECK(fourth.value(u"met"_s).toBool());
    CHECK(fourth.value(u"evidence"_s).toArray()[0].toString().startsWith(
        u"План-график повышения квалификации педагогических работников на 2026–2028 гг."_s));
    CHECK_FALSE(criteria[2].toObject().value(u"met"_s).toBool()); // no attestation plan

    // The table prints them after the indicators.
    const CliResult table = runCli({u"indicators"_s, f.t.location()}, {}, MentoringFixture::day());
    CHECK(table.out.contains(u"Forecasts, as if the saved plan-graphs were carried out"_s));
    CHECK(table.out.contains(u"I6    31.08.2027 no plan"_s));
    CHECK(table.out.contains(u"4. Forecasting, planning and organising the further training of pedagogical workers: met"_s));
}
