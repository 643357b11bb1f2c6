// The deficit map (core/README.md, «The deficit map»): organisations,
// subjects or municipalities × competency areas; each cell the share of the
// teachers diagnosed there whose latest score in the scope is a deficit, with
// the count behind it; the total row counts each teacher once. The figures
// below are worked out by hand from the small district built here, and on
// the demo district they are compared with a count made teacher by teacher.
#include <catch2/catch.hpp>

#include "demo/DemoGenerator.h"
#include "domain/DeficitRules.h"
#include "planning/DeficitMap.h"
#include "store/DiagnosisRepository.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"

#include <QSet>

namespace Catch {
template <>
struct StringMaker<profrost::DeficitCell>
{
    static std::string convert(const profrost::DeficitCell &c)
    {
        return std::to_string(c.deficits) + " of " + std::to_string(c.diagnosed);
    }
};
} // namespace Catch

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

using A = CompetencyArea;

// Three schools in two districts; teachers placed so that one works in two
// schools (counted in both rows, once in the total), one has no subject (a
// psychologist), one left before the diagnosis, one was never diagnosed.
struct District
{
    TempDatabase t;
    qint64 school1 = 0, school2 = 0, gymnasium = 0;
    qint64 ermakovsky = 0, shushensky = 0;
    qint64 maths = 0, physics = 0, russian = 0;
    QHash<QString, qint64> teacher; // by surname
    qint64 self2025 = 0, literacy = 0, self2026 = 0;

    District()
    {
        DictionaryRepository dict(t.db());
        ermakovsky = dict.ensureMunicipality(u"Ермаковский район"_s);
        shushensky = dict.ensureMunicipality(u"Шушенский район"_s);
        const auto school = [&](const QString &name, qint64 municipality) {
            Organisation o;
            o.name = name;
            o.municipalityId = municipality;
            return OrganisationRepository(t.db()).insert(o);
        };
        school1 = school(u"МБОУ СОШ № 1"_s, ermakovsky);
        school2 = school(u"МБОУ СОШ № 2"_s, ermakovsky);
        gymnasium = school(u"МБОУ Гимназия"_s, shushensky);
        maths = dict.ensureSubject(u"математика"_s);
        physics = dict.ensureSubject(u"физика"_s);
        russian = dict.ensureSubject(u"русский язык"_s);
        const qint64 teacherPost = dict.ensurePosition(u"учитель"_s, PositionKind::Pedagogical);
        const qint64 psychologist = dict.ensurePosition(u"педагог-психолог"_s, PositionKind::Pedagogical);
        const QDate hired(2010, 9, 1);
        add(u"Антонова"_s, {{0, school1, teacherPost, {maths, physics}, hired, {}}});
        add(u"Борисова"_s, {{0, school1, teacherPost, {maths}, hired, {}}});
        add(u"Власова"_s, {{0, school2, teacherPost, {russian}, hired, {}}});
        add(u"Горина"_s, {{0, school2, teacherPost, {russian}, hired, {}},
                          {0, gymnasium, teacherPost, {russian}, hired, {}}});
        add(u"Дёмина"_s, {{0, gymnasium, psychologist, {}, hired, {}}});
        add(u"Егорова"_s, {{0, school1, teacherPost, {maths}, hired, QDate(2025, 6, 1)}});
        add(u"Жукова"_s, {{0, school1, teacherPost, {maths}, hired, {}}});

        DiagnosisRepository repo(t.db());
        const QList<A> five{A::Subject, A::Methodical, A::Psychological, A::Communicative, A::Digital};
        self2025 = campaign(u"Самодиагностика"_s, DiagnosisKind::SelfAssessment, {2025, 10, 1}, five);
        literacy = campaign(u"Функциональная грамотность"_s, DiagnosisKind::FunctionalLiteracy, {2026, 2, 10},
                            {A::FunctionalLiteracy});
        self2026 = campaign(u"Самодиагностика"_s, DiagnosisKind::SelfAssessment, {2026, 10, 1}, five);
        // Thresholds at 50 %: 49,9 and 49,99 are deficits, 50 and 50,1 are not.
        result(u"Антонова"_s, self2025, {2025, 10, 5}, {{A::Subject, 4000}, {A::Methodical, 5000}, {A::Digital, 4999}});
        result(u"Борисова"_s, self2025, {2025, 10, 6}, {{A::Subject, 4990}, {A::Methodical, 8000}});
        result(u"Власова"_s, self2025, {2025, 10, 7}, {{A::Subject, 5010}, {A::Methodical, 3000}});
        result(u"Горина"_s, self2025, {2025, 10, 8}, {{A::Subject, 2000}, {A::Methodical, 2000}});
        result(u"Дёмина"_s, self2025, {2025, 10, 9}, {{A::Psychological, 4500}});
        result(u"Егорова"_s, self2025, {2025, 10, 10}, {{A::Subject, 9000}});
        // Functional literacy is passed at 70 %: 69,9 is a deficit.
        result(u"Антонова"_s, literacy, {2026, 2, 12}, {{A::FunctionalLiteracy, 6990}});
        result(u"Власова"_s, literacy, {2026, 2, 12}, {{A::FunctionalLiteracy, 7000}});
        // A year later Борисова no longer lacks the subject area.
        result(u"Борисова"_s, self2026, {2026, 10, 6}, {{A::Subject, 6000}});
    }

    void add(const QString &surname, const QList<Employment> &posts)
    {
        Teacher x;
        x.surname = surname;
        x.name = u"Анна"_s;
        x.patronymic = u"Сергеевна"_s;
        x.birthDate = QDate(1980, 3, 14);
        x.employments = posts;
        teacher.insert(surname, TeacherRepository(t.db()).insert(x));
    }

    qint64 campaign(const QString &name, DiagnosisKind kind, QDate starts, const QList<A> &areas)
    {
        DiagnosisCampaign c;
        c.name = name;
        c.kind = kind;
        c.starts = starts;
        c.ends = starts.addDays(30);
        c.areas = areas;
        return DiagnosisRepository(t.db()).addCampaign(c);
    }

    void result(const QString &surname, qint64 campaignId, QDate day, const QList<AreaScore> &scores)
    {
        DiagnosisResult r;
        r.campaignId = campaignId;
        r.teacherId = teacher.value(surname);
        r.takenOn = day;
        r.scores = scores;
        DiagnosisRepository(t.db()).saveResult(r);
    }

    DeficitMapData data(const DeficitScope &scope) { return DeficitMapData::read(t.db(), scope, referenceDay()); }
};

DeficitCell cell(int deficits, int diagnosed) { return {diagnosed, deficits}; }

const DeficitMapRow &row(const DeficitMap &map, const QString &label)
{
    for (const DeficitMapRow &r : map.rows) {
        if (r.label == label)
            return r;
    }
    FAIL("no row " << label.toStdString());
    return map.total;
}

DeficitCell at(const DeficitMap &map, const DeficitMapRow &r, A area)
{
    const qsizetype i = map.areas.indexOf(area);
    return i < 0 ? DeficitCell{} : r.cells[i];
}

QStringList surnames(const QList<const MappedTeacher *> &teachers)
{
    QStringList out;
    for (const MappedTeacher *t : teachers)
        out << t->name.section(u' ', 0, 0);
    return out;
}

} // namespace

TEST_CASE("A cell's share has one decimal, rounded half up, and its colour follows the share", "[deficits]")
{
    CHECK(cell(1, 3).shareTenths() == 333);
    CHECK(cell(2, 3).shareTenths() == 667);
    CHECK(cell(1, 8).shareTenths() == 125);
    CHECK(cell(0, 0).shareTenths() == 0);
    CHECK(cell(0, 0).level() == DeficitLevel::None);
    CHECK(cell(0, 0).text().isEmpty());
    CHECK(cell(0, 4).level() == DeficitLevel::Low);
    CHECK(cell(1, 6).level() == DeficitLevel::Low);       // 16,7 %
    CHECK(cell(1, 5).level() == DeficitLevel::Medium);    // 20 %
    CHECK(cell(499, 1000).level() == DeficitLevel::Medium);
    CHECK(cell(1, 2).level() == DeficitLevel::High);      // 50 %
    CHECK(cell(3, 8).text() == u"37,5\u00a0% (3 из 8)"_s);
}

TEST_CASE("The map of one diagnosis by organisation: a teacher of two schools is in both rows and once in the total",
          "[deficits]")
{
    ClockScope clock;
    District d;
    const DeficitMapData data = d.data({d.self2025, {}, {}});
    CHECK(data.placesOn == QDate(2025, 10, 31)); // the diagnosis's last day
    const DeficitMap map = DeficitMapBuilder::build(data, DeficitGrouping::Organisation);

    // Only the areas somebody was scored in, in the areas' order.
    CHECK(map.areas == QList<A>{A::Subject, A::Methodical, A::Psychological, A::Digital});
    QStringList labels;
    for (const DeficitMapRow &r : map.rows)
        labels << r.label;
    // Егорова had left before the diagnosis: the last row, not a school's.
    CHECK(labels == QStringList{u"МБОУ Гимназия"_s, u"МБОУ СОШ № 1"_s, u"МБОУ СОШ № 2"_s, u"(no post on the day)"_s});

    const DeficitMapRow &first = row(map, u"МБОУ СОШ № 1"_s); // Антонова, Борисова (Жукова was not diagnosed)
    CHECK(at(map, first, A::Subject) == cell(2, 2));          // 40 and 49,9
    CHECK(at(map, first, A::Methodical) == cell(0, 2));       // 50 is not a deficit
    CHECK(at(map, first, A::Psychological) == cell(0, 0));
    CHECK(at(map, first, A::Digital) == cell(1, 1));          // 49,99
    CHECK(first.anyArea == cell(2, 2));

    const DeficitMapRow &second = row(map, u"МБОУ СОШ № 2"_s); // Власова, Горина
    CHECK(at(map, second, A::Subject) == cell(1, 2));          // 50,1 is not a deficit; 20 is
    CHECK(at(map, second, A::Subject).shareTenths() == 500);
    CHECK(at(map, second, A::Methodical) == cell(2, 2));

    const DeficitMapRow &gymnasium = row(map, u"МБОУ Гимназия"_s); // Горина, Дёмина
    CHECK(at(map, gymnasium, A::Subject) == cell(1, 1));
    CHECK(at(map, gymnasium, A::Psychological) == cell(1, 1));
    CHECK(gymnasium.anyArea == cell(2, 2));

    const DeficitMapRow &unplaced = row(map, u"(no post on the day)"_s);
    CHECK(unplaced.key == DeficitMapBuilder::kUnplaced);
    CHECK(at(map, unplaced, A::Subject) == cell(0, 1));

    // Six teachers, Горина once: the rows above add up to seven.
    CHECK(map.teachers() == 6);
    CHECK(at(map, map.total, A::Subject) == cell(3, 5));
    CHECK(at(map, map.total, A::Subject).shareTenths() == 600);
    CHECK(at(map, map.total, A::Methodical) == cell(2, 4));
    CHECK(map.total.anyArea == cell(5, 6));
    CHECK(map.total.anyArea.shareTenths() == 833);

    // Clicking a cell lists its teachers by name.
    CHECK(surnames(DeficitMapBuilder::teachersIn(data, DeficitGrouping::Organisation, d.school2, A::Subject, true))
          == QStringList{u"Горина"_s});
    CHECK(surnames(DeficitMapBuilder::teachersIn(data, DeficitGrouping::Organisation, d.school2, A::Subject, false))
          == QStringList{u"Власова"_s, u"Горина"_s});
    CHECK(surnames(DeficitMapBuilder::teachersIn(data, DeficitGrouping::Organisation, 0, std::nullopt, true))
          == QStringList{u"Антонова"_s, u"Борисова"_s, u"Власова"_s, u"Горина"_s, u"Дёмина"_s});
    CHECK(surnames(DeficitMapBuilder::teachersIn(data, DeficitGrouping::Organisation, DeficitMapBuilder::kUnplaced,
                                                 std::nullopt, false))
          == QStringList{u"Егорова"_s});
}

TEST_CASE("The map by subject and by municipality places each teacher by the posts of the day", "[deficits]")
{
    ClockScope clock;
    District d;
    const DeficitMapData data = d.data({d.self2025, {}, {}});

    const DeficitMap bySubject = DeficitMapBuilder::build(data, DeficitGrouping::Subject);
    CHECK(at(bySubject, row(bySubject, u"математика"_s), A::Subject) == cell(2, 2)); // Антонова, Борисова
    CHECK(at(bySubject, row(bySubject, u"физика"_s), A::Digital) == cell(1, 1));     // Антонова
    // Горина teaches Russian in two schools: one teacher of the subject.
    CHECK(at(bySubject, row(bySubject, u"русский язык"_s), A::Subject) == cell(1, 2));
    CHECK(row(bySubject, u"русский язык"_s).anyArea == cell(2, 2));
    // The psychologist has no subject, Егорова no post: one row for both.
    const DeficitMapRow &none = row(bySubject, u"(no subject on the day)"_s);
    CHECK(none.anyArea == cell(1, 2));
    CHECK(at(bySubject, none, A::Psychological) == cell(1, 1));

    const DeficitMap byMunicipality = DeficitMapBuilder::build(data, DeficitGrouping::Municipality);
    // Антонова, Борисова, Власова, Горина: 40, 49,9, 50,1, 20.
    CHECK(at(byMunicipality, row(byMunicipality, u"Ермаковский район"_s), A::Subject) == cell(3, 4));
    CHECK(at(byMunicipality, row(byMunicipality, u"Ермаковский район"_s), A::Subject).shareTenths() == 750);
    CHECK(row(byMunicipality, u"Шушенский район"_s).anyArea == cell(2, 2)); // Горина, Дёмина
}

TEST_CASE("Without a diagnosis chosen the map shows the current deficits: the latest score of each area",
          "[deficits]")
{
    ClockScope clock;
    District d;
    const DeficitMap all = DeficitMapBuilder::build(d.data({}), DeficitGrouping::Organisation);
    CHECK(all.areas == QList<A>{A::Subject, A::Methodical, A::Psychological, A::Digital, A::FunctionalLiteracy});
    // Борисова's 60 of 2026 replaces her 49,9 of 2025: 40 and 20 remain.
    CHECK(at(all, all.total, A::Subject) == cell(2, 5));
    CHECK(at(all, row(all, u"МБОУ СОШ № 1"_s), A::Subject) == cell(1, 2));
    // The methodical area was not measured again: 2025 still stands.
    CHECK(at(all, all.total, A::Methodical) == cell(2, 4));
    CHECK(at(all, all.total, A::FunctionalLiteracy) == cell(1, 2)); // 69,9 and 70

    // A period counts the results taken in it, both ends included.
    const DeficitMapData year = d.data({0, QDate(2026, 2, 12), QDate(2026, 10, 6)});
    CHECK(year.placesOn == QDate(2026, 10, 6));
    const DeficitMap inYear = DeficitMapBuilder::build(year, DeficitGrouping::Organisation);
    CHECK(inYear.areas == QList<A>{A::Subject, A::FunctionalLiteracy});
    CHECK(inYear.teachers() == 3); // Антонова, Власова, Борисова
    CHECK(at(inYear, inYear.total, A::Subject) == cell(0, 1));
    const DeficitMap dayBefore = DeficitMapBuilder::build(d.data({0, QDate(2026, 2, 13), QDate(2026, 10, 5)}),
                                                          DeficitGrouping::Organisation);
    CHECK(dayBefore.teachers() == 0);
    CHECK(dayBefore.rows.isEmpty());

    // A threshold of 45 % in the settings makes 40 and 20 the only subject deficits of 2025.
    SettingsRepository(d.t.db()).setInt(SettingsRepository::deficitThresholdPercent(), 45);
    const DeficitMap lower = DeficitMapBuilder::build(d.data({d.self2025, {}, {}}), DeficitGrouping::Organisation);
    CHECK(at(lower, lower.total, A::Subject) == cell(2, 5));
    CHECK(at(lower, lower.total, A::Psychological) == cell(0, 1)); // 45 is at the threshold: no deficit
}

TEST_CASE("The map's sheet has the areas as columns, the total last and a colour per cell", "[deficits]")
{
    ClockScope clock;
    District d;
    const DeficitMap map = DeficitMapBuilder::build(d.data({d.self2025, {}, {}}), DeficitGrouping::Organisation);
    QStringList header;
    QList<QStringList> rows;
    QList<QList<quint32>> fills;
    DeficitMapBuilder::asSheet(map, DeficitGrouping::Organisation, &header, &rows, &fills);
    CHECK(header == QStringList{u"Образовательная организация"_s, u"Предметная"_s, u"Методическая"_s,
                                u"Психолого-педагогическая"_s, u"Цифровая"_s, u"Хотя бы один дефицит"_s});
    REQUIRE(rows.size() == 5);
    CHECK(rows.last() == QStringList{u"Итого"_s, u"60\u00a0% (3 из 5)"_s, u"50\u00a0% (2 из 4)"_s,
                                     u"100\u00a0% (1 из 1)"_s, u"100\u00a0% (1 из 1)"_s, u"83,3\u00a0% (5 из 6)"_s});
    // СОШ № 1: 100 % red, 0 % green, nobody: no colour.
    CHECK(rows[1].first() == u"МБОУ СОШ № 1"_s);
    CHECK(fills[1] == QList<quint32>{0, 0xFFC7CE, 0xC6EFCE, 0, 0xFFC7CE, 0xFFC7CE});
}

TEST_CASE("On the demo district every cell of the map equals a count made teacher by teacher", "[deficits]")
{
    ClockScope clock;
    TempDatabase t;
    DemoOptions options;
    options.teachers = 300;
    options.today = referenceDay();
    DemoGenerator::generate(t.db(), options);

    const DeficitMapData data = DeficitMapData::read(t.db(), {}, referenceDay());
    const DeficitMap map = DeficitMapBuilder::build(data, DeficitGrouping::Organisation);
    REQUIRE(map.teachers() > 100);

    // The direct way: every teacher's results, their current deficits, their posts today.
    const DeficitThresholds thresholds = SettingsRepository(t.db()).deficitThresholds();
    const QHash<qint64, QList<DiagnosisResult>> results = DiagnosisRepository(t.db()).allResults();
    QMap<std::pair<qint64, A>, DeficitCell> expected; // (organisation, area)
    int withAny = 0;
    for (auto it = results.cbegin(); it != results.cend(); ++it) {
        const Teacher teacher = TeacherRepository(t.db()).get(it.key());
        const QList<A> deficits = DeficitRules::currentDeficits(*it, thresholds);
        withAny += deficits.isEmpty() ? 0 : 1;
        QSet<qint64> schools;
        for (const Employment &e : teacher.employments) {
            if (e.activeOn(referenceDay()))
                schools.insert(e.organisationId);
        }
        if (schools.isEmpty()) // dismissed since the diagnosis: the row of the unplaced
            schools.insert(DeficitMapBuilder::kUnplaced);
        const QMap<A, AreaScore> latest = DeficitRules::latestScores(*it);
        for (qint64 school : schools) {
            for (auto s = latest.cbegin(); s != latest.cend(); ++s) {
                DeficitCell &c = expected[{school, s.key()}];
                ++c.diagnosed;
                c.deficits += deficits.contains(s.key()) ? 1 : 0;
            }
        }
    }
    CHECK(map.teachers() == results.size());
    CHECK(map.total.anyArea.deficits == withAny);
    int compared = 0;
    for (const DeficitMapRow &r : map.rows) {
        for (qsizetype i = 0; i < map.areas.size(); ++i) {
            INFO(r.label.toStdString() << ", " << TrainingText::code(map.areas[i]).toStdString());
            CHECK(r.cells[i] == expected.value({r.key, map.areas[i]}));
            ++compared;
        }
    }
    CHECK(compared > 50);
}
