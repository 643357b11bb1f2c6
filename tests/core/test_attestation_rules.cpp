// The rules of attestation without a database: validity at its boundaries,
// where a teacher stands, the moves of an application and its warnings.

#include <catch2/catch.hpp>

#include "domain/AttestationRules.h"
#include "support/TestSupport.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

AttestationRecord category(Category c, QDate granted, qint64 id = 0)
{
    AttestationRecord r;
    r.id = id;
    r.teacherId = 1;
    r.kind = AttestationKind::Category;
    r.category = c;
    r.granted = granted;
    return r;
}

AttestationRecord fitness(QDate granted)
{
    AttestationRecord r;
    r.teacherId = 1;
    r.kind = AttestationKind::Fitness;
    r.granted = granted;
    r.decidedBy = AttestationDecider::Organisation;
    return r;
}

} // namespace

TEST_CASE("A category is valid 5 years less a day from the decision", "[attestation]")
{
    CHECK(AttestationRules::validUntil({2022, 12, 15}) == QDate(2027, 12, 14));
    CHECK(AttestationRules::validUntil({2024, 1, 1}) == QDate(2028, 12, 31));
    // The validity is a setting: 3 years ends 3 years on.
    CHECK(AttestationRules::validUntil({2022, 12, 15}, 3) == QDate(2025, 12, 14));
    CHECK_FALSE(AttestationRules::validUntil({}).isValid());

    const AttestationRecord r = category(Category::First, {2022, 12, 15});
    CHECK(AttestationRules::isValidOn(r, {2027, 12, 14}));
    CHECK_FALSE(AttestationRules::isValidOn(r, {2027, 12, 15}));
    CHECK_FALSE(AttestationRules::isValidOn(r, {2022, 12, 14})); // not granted yet
    CHECK(AttestationRules::isValidOn(r, {2022, 12, 15}));
}

TEST_CASE("Granted on 29 February 2024: valid until 28 February 2029, not 1 March", "[attestation]")
{
    const AttestationRecord r = category(Category::Highest, {2024, 2, 29});
    CHECK(AttestationRules::validUntil(r.granted) == QDate(2029, 2, 28));
    CHECK(AttestationRules::isValidOn(r, {2029, 2, 28}));
    CHECK_FALSE(AttestationRules::isValidOn(r, {2029, 3, 1}));
    // Into a leap year (4 years): the term ends on 28 February, the day before the anniversary.
    CHECK(AttestationRules::validUntil({2024, 2, 29}, 4) == QDate(2028, 2, 28));
    // Granted on 1 March 2024: until 28 February 2029 as well, granted on 28 February: the 27th.
    CHECK(AttestationRules::validUntil({2024, 3, 1}) == QDate(2029, 2, 28));
    CHECK(AttestationRules::validUntil({2024, 2, 28}) == QDate(2029, 2, 27));
}

TEST_CASE("Standing: the newest category, valid or lapsed, and a СЗД after the lapse", "[attestation]")
{
    const QDate at(2026, 11, 22);
    SECTION("valid: the newest category counts, an older one does not")
    {
        const auto s = AttestationRules::standing({category(Category::First, {2017, 5, 1}),
                                                   category(Category::Highest, {2022, 4, 20})}, at);
        REQUIRE(s.category);
        CHECK(s.category->category == Category::Highest);
        CHECK(s.categoryValid);
        CHECK_FALSE(s.lapsed);
        CHECK(s.categoryUntil == QDate(2027, 4, 19));
    }
    SECTION("expired without a СЗД since: lapsed")
    {
        const auto s = AttestationRules::standing({category(Category::First, {2021, 3, 10})}, at);
        CHECK_FALSE(s.categoryValid);
        CHECK(s.lapsed);
    }
    SECTION("expired, then the employer decided СЗД: no longer lapsed")
    {
        const auto s = AttestationRules::standing({category(Category::First, {2021, 3, 10}), fitness({2026, 5, 5})}, at);
        CHECK_FALSE(s.lapsed);
        REQUIRE(s.fitness);
        CHECK(s.fitness->granted == QDate(2026, 5, 5));
    }
    SECTION("a decision after the reference date is not known yet")
    {
        const auto s = AttestationRules::standing({category(Category::Highest, {2026, 12, 1})}, at);
        CHECK_FALSE(s.category);
    }
}

TEST_CASE("Standing on the last valid day of a category and on the day after", "[attestation]")
{
    // Granted 15.12.2022 for 5 years: the anniversary is 15.12.2027, so the
    // last valid day is 14.12.2027 and the teacher is lapsed from the 15th.
    const QList<AttestationRecord> history{category(Category::First, {2022, 12, 15})};
    const auto lastDay = AttestationRules::standing(history, {2027, 12, 14});
    REQUIRE(lastDay.category);
    CHECK(lastDay.categoryUntil == QDate(2027, 12, 14));
    CHECK(lastDay.categoryValid);
    CHECK_FALSE(lastDay.lapsed);
    const auto dayAfter = AttestationRules::standing(history, {2027, 12, 15});
    REQUIRE(dayAfter.category);
    CHECK(dayAfter.categoryUntil == QDate(2027, 12, 14));
    CHECK_FALSE(dayAfter.categoryValid);
    CHECK(dayAfter.lapsed);

    // Granted 29.02.2024: 2029 has no 29 February, the term ends with the
    // month: valid on 28.02.2029, lapsed on 01.03.2029.
    const QList<AttestationRecord> leap{category(Category::Highest, {2024, 2, 29})};
    const auto leapLast = AttestationRules::standing(leap, {2029, 2, 28});
    CHECK(leapLast.categoryUntil == QDate(2029, 2, 28));
    CHECK(leapLast.categoryValid);
    CHECK_FALSE(leapLast.lapsed);
    const auto leapAfter = AttestationRules::standing(leap, {2029, 3, 1});
    CHECK_FALSE(leapAfter.categoryValid);
    CHECK(leapAfter.lapsed);

    // With the validity set to 4 years the anniversary 29.02.2028 exists:
    // the last valid day is the 28th and the 29th is already the day after.
    const auto fourLast = AttestationRules::standing(leap, {2028, 2, 28}, 4);
    CHECK(fourLast.categoryUntil == QDate(2028, 2, 28));
    CHECK(fourLast.categoryValid);
    const auto fourAfter = AttestationRules::standing(leap, {2028, 2, 29}, 4);
    CHECK_FALSE(fourAfter.categoryValid);
    CHECK(fourAfter.lapsed);

    // A СЗД counts against the lapse only when decided after the last valid
    // day: on 14.12.2027 the category still held, so the teacher is lapsed
    // on the 15th; one decided on the 15th itself ends the lapse.
    const auto fitnessOnLastDay = AttestationRules::standing(
        {category(Category::First, {2022, 12, 15}), fitness({2027, 12, 14})}, {2027, 12, 15});
    CHECK(fitnessOnLastDay.lapsed);
    const auto fitnessDayAfter = AttestationRules::standing(
        {category(Category::First, {2022, 12, 15}), fitness({2027, 12, 15})}, {2027, 12, 15});
    CHECK_FALSE(fitnessDayAfter.categoryValid);
    CHECK_FALSE(fitnessDayAfter.lapsed);
}

TEST_CASE("Applications move submitted → under review → granted or refused, nothing else", "[attestation]")
{
    using S = ApplicationStatus;
    CHECK(AttestationRules::canMove(S::Submitted, S::UnderReview));
    CHECK(AttestationRules::canMove(S::UnderReview, S::Granted));
    CHECK(AttestationRules::canMove(S::UnderReview, S::Refused));
    CHECK_FALSE(AttestationRules::canMove(S::Submitted, S::Granted));
    CHECK_FALSE(AttestationRules::canMove(S::Submitted, S::Refused));
    CHECK_FALSE(AttestationRules::canMove(S::Granted, S::Refused));
    CHECK_FALSE(AttestationRules::canMove(S::Refused, S::UnderReview));
    CHECK_FALSE(AttestationRules::canMove(S::UnderReview, S::Submitted));
    CHECK_FALSE(AttestationRules::canMove(S::Granted, S::Granted));
}

TEST_CASE("Application warnings: the highest needs a valid first, the new categories a valid highest", "[attestation]")
{
    const QDate at(2026, 11, 22);
    const auto warnings = [&](Category wanted, const QList<AttestationRecord> &history) {
        return AttestationRules::applicationWarnings(wanted, history, at);
    };
    // Nothing is needed for the first category.
    CHECK(warnings(Category::First, {}).isEmpty());
    // The highest: a valid first, or a highest held before (even expired).
    CHECK(warnings(Category::Highest, {category(Category::First, {2023, 1, 10})}).isEmpty());
    CHECK(warnings(Category::Highest, {category(Category::Highest, {2019, 1, 10})}).isEmpty());
    const QStringList noFirst = warnings(Category::Highest, {category(Category::First, {2020, 1, 10})});
    REQUIRE(noFirst.size() == 1);
    CHECK(noFirst.first().contains(u"valid first category"_s));
    CHECK(warnings(Category::Highest, {fitness({2024, 1, 1})}).size() == 1);
    // педагог-методист / педагог-наставник: a valid highest.
    CHECK(warnings(Category::Methodist, {category(Category::Highest, {2024, 6, 1})}).isEmpty());
    CHECK(warnings(Category::Mentor, {category(Category::Highest, {2021, 6, 1})}).size() == 1); // expired
    CHECK(warnings(Category::Mentor, {category(Category::First, {2025, 6, 1})}).size() == 1);
}
