// Professional competitions (issue 14, item 3; core/README.md «Professional
// competitions»): what a competition must hold, the words people write, the
// store, and a year's counts by stage (different teachers; prizes are
// winners and prizewinners, not laureates).
#include <catch2/catch.hpp>

#include "domain/Competition.h"
#include "store/CompetitionRepository.h"
#include "store/Database.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "util/Error.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

using L = CompetitionLevel;
using R = CompetitionResult;

CompetitionEntry entry(qint64 teacher, QMap<L, R> results, const QString &nomination = {})
{
    CompetitionEntry e;
    e.teacherId = teacher;
    e.nomination = nomination;
    e.results = results;
    return e;
}

Competition teacherOfTheYear(int year)
{
    Competition c;
    c.name = u"Учитель года России"_s;
    c.year = year;
    c.stages = {L::Municipal, L::Regional, L::Federal};
    return c;
}

} // namespace

TEST_CASE("A competition needs a name, a year and a stage, a teacher once per nomination, results at its stages",
          "[competitions]")
{
    Competition c = teacherOfTheYear(2026);
    c.nominations = {u"Учитель года"_s, u"Педагогический дебют"_s};
    c.entries = {entry(1, {{L::Municipal, R::Winner}, {L::Regional, R::Laureate}}, u"Учитель года"_s),
                 entry(1, {{L::Municipal, R::Participant}}, u"Педагогический дебют"_s)};
    CHECK(CompetitionRules::check(c).isEmpty()); // one teacher, two nominations
    CHECK(c.entries[0].reached() == L::Regional);
    c.entries << entry(1, {}, u"Учитель года"_s);
    c.entries << entry(2, {{L::School, R::Winner}}, u"Лучший урок"_s);
    c.name = u" "_s;
    c.stages.clear();
    CHECK(CompetitionRules::check(c)
          == QStringList({u"Give the name of the competition."_s, u"Choose at least one stage of the competition."_s,
                          u"A teacher is listed twice in the same nomination."_s,
                          u"The nomination «Лучший урок» is not one of the competition's."_s,
                          u"A result is given for a stage the competition does not have."_s}));
    CHECK(CompetitionRules::isPrize(R::Prizewinner));
    CHECK_FALSE(CompetitionRules::isPrize(R::Laureate));
}

TEST_CASE("Competition stages and results are read as people write them", "[competitions]")
{
    R result = R::Participant;
    CHECK(CompetitionText::parse(u"Призер"_s, &result));
    CHECK(result == R::Prizewinner);
    CHECK(CompetitionText::parse(u"ПОБЕДИТЕЛЬ"_s, &result));
    CHECK(result == R::Winner);
    CHECK_FALSE(CompetitionText::parse(u"финалист"_s, &result));
    L level = L::School;
    CHECK(CompetitionText::parse(u"краевой"_s, &level));
    CHECK(level == L::Regional);
    CHECK(CompetitionText::parse(u"заключительный этап"_s, &level));
    CHECK(level == L::Federal);
    CHECK(CompetitionText::russian(R::Prizewinner) == u"призёр"_s);
    CHECK(CompetitionText::knownNames().contains(u"Сердце отдаю детям"_s));
}

TEST_CASE("Competitions are stored whole with their entries and results, the newest year first", "[competitions][store]")
{
    ClockScope clock;
    TempDatabase t;
    TeacherRepository teachers(t.db());
    QList<qint64> ids;
    for (const QString &surname : {u"Иванова"_s, u"Петрова"_s}) {
        Teacher person;
        person.surname = surname;
        person.name = u"Анна"_s;
        ids << teachers.insert(person);
    }
    CompetitionRepository repo(t.db());
    Competition older = teacherOfTheYear(2025);
    older.entries = {entry(ids[0], {{L::Municipal, R::Winner}, {L::Regional, R::Participant}})};
    older.id = repo.save(older);
    Competition c = teacherOfTheYear(2026);
    c.stages = {L::Regional, L::Municipal}; // stored lowest first
    c.nominations = {u"Учитель года"_s, u"Педагогический дебют"_s};
    c.note = u"Приказ УО от 10.01.2026 № 5"_s;
    c.entries = {entry(ids[0], {{L::Municipal, R::Prizewinner}}, u"Учитель года"_s),
                 entry(ids[1], {{L::Municipal, R::Winner}, {L::Regional, R::Laureate}}, u"Педагогический дебют"_s)};
    c.id = repo.save(c);
    const std::optional<Competition> stored = repo.get(c.id);
    REQUIRE(stored);
    CHECK(stored->stages == QList<L>({L::Municipal, L::Regional}));
    CHECK(stored->nominations == c.nominations);
    REQUIRE(stored->entries.size() == 2);
    CHECK(stored->entries[1].results == c.entries[1].results);
    CHECK(stored->entries[1].reached() == L::Regional);
    CHECK(repo.all().size() == 2);
    CHECK(repo.all().first().year == 2026);
    CHECK(repo.ofTeacher(ids[1]).size() == 1);

    // A change replaces the entries; undo of a deletion brings the same rows back.
    Competition changed = *stored;
    changed.entries.removeFirst();
    repo.save(changed);
    CHECK(repo.get(c.id)->entries == changed.entries);
    CHECK(repo.ofTeacher(ids[0]).size() == 1); // only 2025 now
    repo.remove(c.id);
    CHECK_FALSE(repo.get(c.id));
    CHECK(repo.save(changed) == c.id);
    CHECK(repo.get(c.id) == changed);

    // Without nominations: the entry's nomination is empty, once per teacher.
    Competition plain = teacherOfTheYear(2027);
    plain.entries = {entry(ids[0], {{L::Municipal, R::Participant}})};
    plain.id = repo.save(plain);
    CHECK(repo.get(plain.id)->entries.first().nomination.isEmpty());
    plain.entries << entry(ids[0], {});
    CHECK_THROWS_WITH(repo.save(plain), Catch::Contains("listed twice"));
}

TEST_CASE("A year's competitions are counted by stage in different teachers, prizes apart from laureates",
          "[competitions]")
{
    Competition a = teacherOfTheYear(2026);
    a.entries = {entry(1, {{L::Municipal, R::Winner}, {L::Regional, R::Prizewinner}}),
                 entry(2, {{L::Municipal, R::Laureate}}),
                 entry(3, {{L::Municipal, R::Participant}})};
    Competition b;
    b.name = u"Педагогический дебют"_s;
    b.year = 2026;
    b.stages = {L::Municipal, L::Regional};
    b.entries = {entry(1, {{L::Municipal, R::Winner}}), // teacher 1 again: counted once
                 entry(4, {{L::Municipal, R::Prizewinner}, {L::Regional, R::Laureate}})};
    Competition other = teacherOfTheYear(2025);
    other.entries = {entry(5, {{L::Municipal, R::Winner}})};

    const CompetitionCounts counts = CompetitionCounts::of({a, b, other}, 2026);
    CHECK(counts.total.participants == 4);
    CHECK(counts.total.prizewinners == 2); // 1 and 4; 2 was a laureate
    CHECK(counts.total.winners == 1);
    CHECK(counts.byLevel.value(L::Municipal).participants == 4);
    CHECK(counts.byLevel.value(L::Municipal).prizewinners == 2);
    CHECK(counts.byLevel.value(L::Regional).participants == 2);
    CHECK(counts.byLevel.value(L::Regional).prizewinners == 1);
    CHECK(counts.byLevel.value(L::Regional).winners == 0);
    CHECK_FALSE(counts.byLevel.contains(L::Federal));
}
