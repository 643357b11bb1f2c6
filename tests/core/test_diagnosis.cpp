// Diagnostics of professional deficits (core/README.md, «Diagnostics and
// deficits»): a deficit is an area scored below the threshold (50 % unless
// the database says otherwise), functional literacy is passed at 70 %; a
// teacher's current deficits come from the latest result of each area; the
// store keeps campaigns and results, one result per teacher, campaign and
// day. Expected values are worked out by hand.
#include <catch2/catch.hpp>

#include "domain/DeficitRules.h"
#include "domain/DiagnosisRules.h"
#include "store/DiagnosisRepository.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "util/Error.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

AreaScore score(CompetencyArea area, int hundredths) { return {area, hundredths}; }

DiagnosisResult result(qint64 id, QDate day, const QList<AreaScore> &scores)
{
    DiagnosisResult r;
    r.id = id;
    r.takenOn = day;
    r.scores = scores;
    return r;
}

struct DiagnosisWorld
{
    TempDatabase t;
    qint64 teacher = 0;
    qint64 other = 0;

    DiagnosisWorld()
    {
        DictionaryRepository dict(t.db());
        Organisation o;
        o.name = u"СОШ № 1"_s;
        o.municipalityId = dict.ensureMunicipality(u"Ермаковский район"_s);
        const qint64 school = OrganisationRepository(t.db()).insert(o);
        const qint64 post = dict.ensurePosition(u"учитель"_s, PositionKind::Pedagogical);
        for (const QString &surname : {u"Петрова"_s, u"Сидорова"_s}) {
            Teacher x;
            x.surname = surname;
            x.name = u"Анна"_s;
            x.patronymic = u"Сергеевна"_s;
            x.birthDate = QDate(1980, 3, 14);
            x.employments.append({0, school, post, {}, QDate(2005, 9, 1), {}});
            (teacher == 0 ? teacher : other) = TeacherRepository(t.db()).insert(x);
        }
    }

    DiagnosisRepository repo() { return DiagnosisRepository(t.db()); }

    qint64 selfAssessment(QDate starts = {2025, 10, 1})
    {
        DiagnosisCampaign c;
        c.name = u"Самодиагностика профессиональных дефицитов"_s;
        c.kind = DiagnosisKind::SelfAssessment;
        c.starts = starts;
        c.ends = starts.addDays(30);
        c.areas = {CompetencyArea::Subject, CompetencyArea::Methodical, CompetencyArea::Psychological, CompetencyArea::Communicative, CompetencyArea::Digital};
        return repo().addCampaign(c);
    }
};

} // namespace

TEST_CASE("A score below the threshold is a deficit and functional literacy is passed at 70 per cent",
          "[diagnosis]")
{
    const DeficitThresholds defaults;
    CHECK(DeficitRules::isDeficit(score(CompetencyArea::Methodical, 4990), defaults));
    CHECK_FALSE(DeficitRules::isDeficit(score(CompetencyArea::Methodical, 5000), defaults));
    CHECK_FALSE(DeficitRules::isDeficit(score(CompetencyArea::Methodical, 5010), defaults));
    CHECK(DeficitRules::isDeficit(score(CompetencyArea::FunctionalLiteracy, 6990), defaults));
    CHECK_FALSE(DeficitRules::isDeficit(score(CompetencyArea::FunctionalLiteracy, 7000), defaults));
    // 60 % is no deficit of a competency area, but functional literacy not passed.
    CHECK_FALSE(DeficitRules::isDeficit(score(CompetencyArea::Digital, 6000), defaults));
    CHECK(DeficitRules::isDeficit(score(CompetencyArea::FunctionalLiteracy, 6000), defaults));

    SECTION("the thresholds are the database's settings")
    {
        DiagnosisWorld w;
        SettingsRepository settings(w.t.db());
        CHECK(settings.deficitThresholds().deficitBelow == 5000);
        CHECK(settings.deficitThresholds().literacyPassedAt == 7000);
        settings.setInt(SettingsRepository::deficitThresholdPercent(), 60);
        settings.setInt(SettingsRepository::literacyPassPercent(), 75);
        const DeficitThresholds stricter = settings.deficitThresholds();
        CHECK(DeficitRules::isDeficit(score(CompetencyArea::Digital, 5990), stricter));
        CHECK_FALSE(DeficitRules::isDeficit(score(CompetencyArea::Digital, 6000), stricter));
        CHECK(DeficitRules::isDeficit(score(CompetencyArea::FunctionalLiteracy, 7490), stricter));
    }
}

TEST_CASE("The current deficits come from the latest result of each area", "[diagnosis]")
{
    // 2025: subject 40 %, methodical 80 %, digital 45 %.
    // 2026: subject 60 %, methodical 30 % (digital not measured again).
    // Now: subject 60 (fine), methodical 30 (deficit), digital 45 from 2025 (deficit).
    const QList<DiagnosisResult> results{
        result(2, {2026, 10, 1}, {score(CompetencyArea::Subject, 6000), score(CompetencyArea::Methodical, 3000)}),
        result(1, {2025, 10, 1}, {score(CompetencyArea::Subject, 4000), score(CompetencyArea::Methodical, 8000), score(CompetencyArea::Digital, 4500)}),
    };
    CHECK(DeficitRules::currentDeficits(results, {}) == QList<CompetencyArea>{CompetencyArea::Methodical, CompetencyArea::Digital});
    const auto latest = DeficitRules::latestScores(results);
    CHECK(latest.value(CompetencyArea::Subject).hundredths == 6000);
    CHECK(latest.value(CompetencyArea::Digital).hundredths == 4500);

    SECTION("on one day the result recorded last counts")
    {
        const QList<DiagnosisResult> sameDay{result(7, {2026, 10, 1}, {score(CompetencyArea::Subject, 4000)}),
                                             result(5, {2026, 10, 1}, {score(CompetencyArea::Subject, 9000)})};
        CHECK(DeficitRules::currentDeficits(sameDay, {}) == QList<CompetencyArea>{CompetencyArea::Subject});
    }
    SECTION("no result, no deficit")
    {
        CHECK(DeficitRules::currentDeficits({}, {}).isEmpty());
    }
}

TEST_CASE("Scores are read as diagnostic platforms write them", "[diagnosis]")
{
    int h = -1;
    CHECK((DiagnosisText::parsePercent(u"49,9"_s, &h) && h == 4990));
    CHECK((DiagnosisText::parsePercent(u"49.95"_s, &h) && h == 4995));
    CHECK((DiagnosisText::parsePercent(u" 50 %"_s, &h) && h == 5000));
    CHECK((DiagnosisText::parsePercent(u"100"_s, &h) && h == 10000));
    CHECK((DiagnosisText::parsePercent(u"0"_s, &h) && h == 0));
    for (const QString &bad : {u"100,01"_s, u"101"_s, u"-1"_s, u"49,999"_s, u"сорок"_s, u""_s, u"1e2"_s})
        CHECK_FALSE(DiagnosisText::parsePercent(bad, &h));
    CHECK(DiagnosisText::percentText(4990) == u"49,9\u00a0%"_s);
    CHECK(DiagnosisText::percentText(4995) == u"49,95\u00a0%"_s);
    CHECK(DiagnosisText::percentText(7000) == u"70\u00a0%"_s);

    DiagnosisKind kind = DiagnosisKind::Other;
    CHECK((DiagnosisText::parse(u"Самодиагностика"_s, &kind) && kind == DiagnosisKind::SelfAssessment));
    CHECK((DiagnosisText::parse(u"диагностика ЦОПМКП"_s, &kind) && kind == DiagnosisKind::Centre));
    CHECK((DiagnosisText::parse(u"ЦНППМ"_s, &kind) && kind == DiagnosisKind::Centre));
    CHECK((DiagnosisText::parse(u"ФГ"_s, &kind) && kind == DiagnosisKind::FunctionalLiteracy));
    CHECK((DiagnosisText::parse(u"Функциональная грамотность"_s, &kind) && kind == DiagnosisKind::FunctionalLiteracy));
    CHECK_FALSE(DiagnosisText::parse(u"опрос"_s, &kind));
}

TEST_CASE("A campaign and a result are checked before they are stored", "[diagnosis]")
{
    DiagnosisCampaign c;
    c.name = u"ФГ-2026"_s;
    c.kind = DiagnosisKind::FunctionalLiteracy;
    c.starts = QDate(2026, 3, 1);
    c.areas = {CompetencyArea::FunctionalLiteracy};
    CHECK(DiagnosisRules::checkCampaign(c).isEmpty());
    c.areas = {CompetencyArea::FunctionalLiteracy, CompetencyArea::Digital};
    CHECK(DiagnosisRules::checkCampaign(c).join(u' ').contains(u"one overall score"));
    c.areas = {};
    c.kind = DiagnosisKind::Other;
    c.ends = QDate(2026, 2, 1);
    c.name = u" "_s;
    CHECK(DiagnosisRules::checkCampaign(c).size() == 3); // no name, ends before it starts, no area

    DiagnosisCampaign self;
    self.name = u"Самодиагностика"_s;
    self.areas = {CompetencyArea::Subject, CompetencyArea::Methodical};
    DiagnosisResult r = result(0, {2026, 3, 2}, {score(CompetencyArea::Subject, 5000), score(CompetencyArea::Digital, 4000), score(CompetencyArea::Subject, 10100)});
    const QString reasons = DiagnosisRules::checkResult(r, self).join(u"; "_s);
    CHECK(reasons.contains(u"does not measure the area «цифровая»"));
    CHECK(reasons.contains(u"«предметная» is scored twice"));
    CHECK(reasons.contains(u"score of «предметная» is not between 0 and 100"));
}

TEST_CASE("Diagnosis results are stored one per teacher campaign and day", "[diagnosis][store]")
{
    DiagnosisWorld w;
    const qint64 campaign = w.selfAssessment();
    REQUIRE(w.repo().campaigns().size() == 1);
    CHECK(w.repo().campaign(campaign).areas
          == QList<CompetencyArea>{CompetencyArea::Subject, CompetencyArea::Methodical, CompetencyArea::Psychological, CompetencyArea::Communicative, CompetencyArea::Digital});

    DiagnosisResult r = result(0, {2025, 10, 7}, {score(CompetencyArea::Digital, 4500), score(CompetencyArea::Subject, 7250)});
    r.campaignId = campaign;
    r.teacherId = w.teacher;
    const qint64 id = w.repo().saveResult(r);
    QList<DiagnosisResult> stored = w.repo().resultsOf(w.teacher);
    REQUIRE(stored.size() == 1);
    CHECK(stored.at(0).id == id);
    CHECK(stored.at(0).takenOn == QDate(2025, 10, 7));
    // In the order of the areas: subject before digital.
    CHECK(stored.at(0).scores == QList<AreaScore>{score(CompetencyArea::Subject, 7250), score(CompetencyArea::Digital, 4500)});

    SECTION("the same teacher campaign and day again replaces the scores")
    {
        r.scores = {score(CompetencyArea::Methodical, 3000)};
        CHECK(w.repo().saveResult(r) == id);
        stored = w.repo().resultsOf(w.teacher);
        REQUIRE(stored.size() == 1);
        CHECK(stored.at(0).scores == QList<AreaScore>{score(CompetencyArea::Methodical, 3000)});
    }
    SECTION("a bad result is refused and nothing is written")
    {
        DiagnosisResult bad = r;
        bad.takenOn = QDate(2025, 10, 8);
        bad.scores = {score(CompetencyArea::Subject, 8000), score(CompetencyArea::FunctionalLiteracy, 9000)};
        REQUIRE_THROWS_AS(w.repo().saveResult(bad), Error);
        CHECK(w.repo().resultsOf(w.teacher).size() == 1);
        bad.campaignId = 999;
        REQUIRE_THROWS_AS(w.repo().saveResult(bad), Error);
    }
    SECTION("each teacher's results, oldest first, and the campaign's")
    {
        DiagnosisResult later = r;
        later.takenOn = QDate(2026, 10, 7);
        later.scores = {score(CompetencyArea::Digital, 8000)};
        w.repo().saveResult(later);
        DiagnosisResult another = r;
        another.teacherId = w.other;
        w.repo().saveResult(another);
        const auto all = w.repo().allResults();
        REQUIRE(all.value(w.teacher).size() == 2);
        CHECK(all.value(w.teacher).at(0).takenOn == QDate(2025, 10, 7));
        CHECK(all.value(w.teacher).at(1).takenOn == QDate(2026, 10, 7));
        CHECK(all.value(w.other).size() == 1);
        CHECK(w.repo().resultsOfCampaign(campaign).size() == 3);
        // 2025: digital 45 %; 2026: digital 80 %: the deficit is gone.
        CHECK(DeficitRules::currentDeficits(all.value(w.teacher), {}).isEmpty());
        CHECK(DeficitRules::currentDeficits(all.value(w.other), {}) == QList<CompetencyArea>{CompetencyArea::Digital});
    }
    SECTION("removing a campaign removes its results")
    {
        w.repo().removeCampaign(campaign);
        CHECK(w.repo().campaigns().isEmpty());
        CHECK(w.repo().resultsOf(w.teacher).isEmpty());
    }
    SECTION("a campaign's name and start cannot repeat")
    {
        REQUIRE_THROWS_AS(w.selfAssessment(), Error);
        CHECK(w.repo().campaigns().size() == 1);
    }
}

TEST_CASE("New diagnosis results are written at once as saveResult writes them, or none when one is bad",
          "[diagnosis][store]")
{
    DiagnosisWorld w;
    const qint64 campaign = w.selfAssessment();
    DiagnosisResult first = result(0, {2025, 10, 7}, {score(CompetencyArea::Digital, 4500), score(CompetencyArea::Subject, 7250)});
    first.campaignId = campaign;
    first.teacherId = w.teacher;
    DiagnosisResult second = result(0, {2025, 10, 9}, {score(CompetencyArea::Methodical, 5000)});
    second.campaignId = campaign;
    second.teacherId = w.other;

    SECTION("both stored, read back as saved one by one")
    {
        w.repo().insertNewResults({first, second});
        const QList<DiagnosisResult> mine = w.repo().resultsOf(w.teacher);
        REQUIRE(mine.size() == 1);
        CHECK(mine.at(0).campaignId == campaign);
        CHECK(mine.at(0).takenOn == QDate(2025, 10, 7));
        CHECK(mine.at(0).scores == QList<AreaScore>{score(CompetencyArea::Subject, 7250), score(CompetencyArea::Digital, 4500)});
        const QList<DiagnosisResult> theirs = w.repo().resultsOf(w.other);
        REQUIRE(theirs.size() == 1);
        CHECK(theirs.at(0).scores == QList<AreaScore>{score(CompetencyArea::Methodical, 5000)});
        // A result saved again afterwards is the same result: its scores replaced.
        first.scores = {score(CompetencyArea::Digital, 9000)};
        CHECK(w.repo().saveResult(first) == mine.at(0).id);
        CHECK(w.repo().resultsOfCampaign(campaign).size() == 2);
    }
    SECTION("an area the campaign does not measure refuses the lot")
    {
        second.scores << score(CompetencyArea::FunctionalLiteracy, 9000);
        REQUIRE_THROWS_AS(w.repo().insertNewResults({first, second}), Error);
        CHECK(w.repo().resultsOfCampaign(campaign).isEmpty());
    }
}
