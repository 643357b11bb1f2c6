// Tracks of development (issue 15, item 4; core/README.md «Tracks of
// development»): the three tracks of seed 000 in a new database, the counts
// «из N заявленных прошли M» per track and half-year and in teachers over
// all tracks, what a track and an enrolment must hold, and the store's
// refusals (a twin enrolment, a track with history, a duplicate name).
//
// The hand-built history, on 02.12.2026 (H2 2026 under way):
// - H1 2026, track 1 (planned growth): Иванова ✓, Петрова ✓, Сидорова ✗,
//   Козлова ✗; track 3 (federal programmes): Иванова ✓, Козлова ✓.
//   Track 1: 4 applied, 2 completed; track 3: 2 applied, 2 completed;
//   teachers: Иванова, Петрова, Сидорова, Козлова = 4 applied; completed
//   every track of theirs: Иванова, Петрова = 2 (Козлова missed track 1).
// - H2 2025, track 2 (staff shortages): Петрова ✗.
//   Track 2: 1 applied, 0 completed; teachers 1 / 0.
// - H2 2026, track 1: Сидорова (not yet completed).
#include <catch2/catch.hpp>

#include "demo/DemoGenerator.h"
#include "domain/DevelopmentTrack.h"
#include "store/Database.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/Query.h"
#include "store/TeacherRepository.h"
#include "store/TrackRepository.h"
#include "support/TestSupport.h"
#include "util/Error.h"

#include <QHash>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

QDate today() { return QDate(2026, 12, 2); }

struct TracksFixture
{
    ClockScope clock{today()};
    TempDatabase t;
    QHash<QString, qint64> teacher; // by surname
    QList<DevelopmentTrack> tracks;

    TracksFixture()
    {
        DictionaryRepository dict(t.db());
        Organisation o;
        o.name = u"МБОУ СОШ № 1"_s;
        o.shortName = u"СОШ № 1"_s;
        o.municipalityId = dict.ensureMunicipality(u"Ермаковский район"_s);
        const qint64 school = OrganisationRepository(t.db()).insert(o);
        const qint64 post = dict.ensurePosition(u"учитель"_s, PositionKind::Pedagogical);
        for (const QString &surname : {u"Иванова"_s, u"Петрова"_s, u"Сидорова"_s, u"Козлова"_s}) {
            Teacher x;
            x.surname = surname;
            x.name = u"Анна"_s;
            x.patronymic = u"Петровна"_s;
            Employment e;
            e.organisationId = school;
            e.positionId = post;
            x.employments = {e};
            teacher.insert(surname, TeacherRepository(t.db()).insert(x));
        }
        tracks = TrackRepository(t.db()).tracks();
    }

    qint64 enrol(int track, const QString &surname, HalfYear h, bool completed)
    {
        TrackEnrolment e;
        e.trackId = tracks.at(track - 1).id;
        e.teacherId = teacher.value(surname);
        e.halfYear = h;
        e.completed = completed;
        return TrackRepository(t.db()).saveEnrolment(e, today());
    }

    void history()
    {
        enrol(1, u"Иванова"_s, {2026, 1}, true);
        enrol(1, u"Петрова"_s, {2026, 1}, true);
        enrol(1, u"Сидорова"_s, {2026, 1}, false);
        enrol(1, u"Козлова"_s, {2026, 1}, false);
        enrol(3, u"Иванова"_s, {2026, 1}, true);
        enrol(3, u"Козлова"_s, {2026, 1}, true);
        enrol(2, u"Петрова"_s, {2025, 2}, false);
        enrol(1, u"Сидорова"_s, {2026, 2}, false);
    }
};

} // namespace

TEST_CASE("A new database has the three tracks of seed 000 in their order", "[tracks]")
{
    TracksFixture f;
    REQUIRE(f.tracks.size() == 3);
    CHECK(f.tracks.at(0).name == u"Плановое повышение профессионального мастерства педагогических работников"_s);
    CHECK(f.tracks.at(1).name == u"Устранение дефицита педагогических кадров"_s);
    CHECK(f.tracks.at(2).name.startsWith(u"Повышение квалификации педагогических работников в рамках реализации "
                                         "приоритетных федеральных программ"_s));
}

TEST_CASE("Track counts per half-year: applied and completed per track, and in teachers over all tracks",
          "[tracks]")
{
    TracksFixture f;
    f.history();
    const QList<TrackEnrolment> all = TrackRepository(f.t.db()).enrolments();
    REQUIRE(all.size() == 8);
    const auto id = [&](int track) { return f.tracks.at(track - 1).id; };
    CHECK(TrackRules::tally(all, id(1), {2026, 1}) == TrackTally{4, 2});
    CHECK(TrackRules::tally(all, id(3), {2026, 1}) == TrackTally{2, 2});
    CHECK(TrackRules::tally(all, id(2), {2026, 1}) == TrackTally{0, 0});
    CHECK(TrackRules::tally(all, id(2), {2025, 2}) == TrackTally{1, 0});
    CHECK(TrackRules::tally(all, id(1), {2026, 2}) == TrackTally{1, 0});
    // Иванова and Козлова are on two tracks, each one of the 4 teachers; Козлова
    // completed one of her two and Сидорова none: 2 completed.
    CHECK(TrackRules::teachersTally(all, {2026, 1}) == TrackTally{4, 2});
    CHECK(TrackRules::teachersTally(all, {2025, 2}) == TrackTally{1, 0});
    CHECK(TrackRules::halfYears(all) == QList<HalfYear>{{2026, 2}, {2026, 1}, {2025, 2}});
    CHECK(TrackRepository(f.t.db()).enrolmentsIn({2026, 1}).size() == 6);
    CHECK(TrackRepository(f.t.db()).enrolmentsOf(f.teacher.value(u"Петрова"_s)).size() == 2);
    CHECK(TrackText::outcome(TrackRules::tally(all, id(1), {2026, 1})) == u"4 applied, 2 completed"_s);
}

TEST_CASE("Half-years: the calendar halves, January to June and July to December", "[tracks]")
{
    CHECK(HalfYear::containing(QDate(2026, 6, 30)) == HalfYear{2026, 1});
    CHECK(HalfYear::containing(QDate(2026, 7, 1)) == HalfYear{2026, 2});
    CHECK(HalfYear{2026, 2}.first() == QDate(2026, 7, 1));
    CHECK(HalfYear{2026, 2}.last() == QDate(2026, 12, 31));
    CHECK(HalfYear{2026, 2}.next() == HalfYear{2027, 1});
    CHECK(HalfYear{2026, 1}.previous() == HalfYear{2025, 2});
    CHECK(TrackText::halfYear({2026, 1}) == u"H1 2026"_s);
}

TEST_CASE("An enrolment is refused when incomplete, twice the same, or completed before its half-year began",
          "[tracks]")
{
    TracksFixture f;
    f.enrol(1, u"Иванова"_s, {2026, 2}, false);
    const auto count = [&] { return Query(f.t.db(), u"SELECT COUNT(*) FROM track_enrolment"_s).scalar().toInt(); };
    REQUIRE(count() == 1);
    // The same teacher on the same track in the same half-year.
    try {
        f.enrol(1, u"Иванова"_s, {2026, 2}, true);
        FAIL("a twin enrolment was stored");
    } catch (const Error &e) {
        CHECK(e.message() == u"Иванова Анна Петровна is already enrolled on the track «Плановое повышение "
                             "профессионального мастерства педагогических работников» in H2 2026."_s);
    }
    // Another track or half-year is another enrolment.
    f.enrol(2, u"Иванова"_s, {2026, 2}, false);
    f.enrol(1, u"Иванова"_s, {2026, 1}, true);
    // Completed in a half-year that begins after today.
    CHECK_THROWS_WITH(f.enrol(1, u"Петрова"_s, {2027, 1}, true),
                      "H1 2027 has not begun yet: no one can have completed a track in it.");
    f.enrol(1, u"Петрова"_s, {2027, 1}, false); // applied ahead is allowed
    TrackEnrolment none;
    none.halfYear = {1999, 3};
    CHECK(TrackRules::check(none, today())
          == QStringList{u"Choose a track."_s, u"Choose a teacher."_s, u"Choose a half-year between 2000 and 2100."_s});
    CHECK(count() == 4);
}

TEST_CASE("Tracks are edited: a new one goes last, a name is unique whatever the case, one with history stays",
          "[tracks]")
{
    TracksFixture f;
    TrackRepository repo(f.t.db());
    const qint64 added = repo.saveTrack({0, u"  Цифровая   трансформация "_s, u"Школа цифрового учителя"_s, 0, {}});
    QList<DevelopmentTrack> now = repo.tracks();
    REQUIRE(now.size() == 4);
    CHECK(now.last().id == added);
    CHECK(now.last().name == u"Цифровая трансформация"_s);
    CHECK(now.last().position == 4);
    CHECK_THROWS_WITH(repo.saveTrack({0, u"устранение дефицита педагогических кадров"_s, {}, 0, {}}),
                      "There is already a track «Устранение дефицита педагогических кадров».");
    CHECK_THROWS_WITH(repo.saveTrack({0, u"  "_s, {}, 0, {}}), "A track needs a name.");
    // Renamed in place: the order stays.
    DevelopmentTrack renamed = now.at(1);
    renamed.name = u"Устранение дефицита кадров"_s;
    repo.saveTrack(renamed);
    CHECK(repo.tracks().at(1).name == u"Устранение дефицита кадров"_s);
    // A track with enrolments keeps them; an empty one goes.
    f.enrol(2, u"Козлова"_s, {2026, 1}, true);
    CHECK_THROWS_WITH(repo.removeTrack(now.at(1).id),
                      "The track «Устранение дефицита кадров» has 1 enrolment(s): it is their history. Remove them "
                      "first.");
    CHECK(repo.tracks().size() == 4);
    repo.removeTrack(added);
    CHECK(repo.tracks().size() == 3);
    // Undo of a delete: stored again with its id and place.
    repo.saveTrack(now.last());
    CHECK(repo.tracks().last().id == added);
    CHECK(repo.tracks().last().position == 4);
}

TEST_CASE("A teacher removed from the registry takes their enrolments along", "[tracks]")
{
    TracksFixture f;
    f.history();
    TeacherRepository(f.t.db()).remove(f.teacher.value(u"Петрова"_s));
    const QList<TrackEnrolment> all = TrackRepository(f.t.db()).enrolments();
    CHECK(all.size() == 6);
    CHECK(TrackRules::teachersTally(all, {2026, 1}) == TrackTally{3, 1});
}

TEST_CASE("The demo district: the three tracks in five half-years, one teacher in twenty-five a half-year, almost all "
          "completing",
          "[tracks][demo]")
{
    ClockScope clock;
    TempDatabase temp;
    DemoOptions options;
    options.teachers = 900;
    options.seed = 1;
    options.today = referenceDay();
    DemoGenerator::generate(temp.db(), options);
    TrackRepository repo(temp.db());
    const QList<DevelopmentTrack> tracks = repo.tracks();
    const QList<TrackEnrolment> all = repo.enrolments();
    const HalfYear current = HalfYear::containing(referenceDay());
    const QList<HalfYear> halves = TrackRules::halfYears(all);
    REQUIRE(halves.size() == 5);
    CHECK(halves.first() == current);
    for (HalfYear h : halves) {
        INFO(TrackText::halfYear(h).toStdString());
        const TrackTally teachers = TrackRules::teachersTally(all, h);
        // Seed 000: «из заявленных 24 учителей» in a district of this size.
        CHECK(teachers.applied >= 20);
        CHECK(teachers.applied <= 40);
        for (const DevelopmentTrack &t : tracks)
            CHECK(TrackRules::tally(all, t.id, h).applied > 0);
        if (h < current)
            CHECK(teachers.completed * 10 >= teachers.applied * 8); // «проучились почти все»
        else
            CHECK(teachers.completed < teachers.applied); // still under way
    }
}
