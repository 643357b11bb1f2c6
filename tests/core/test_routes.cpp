// Individual routes (core/README.md «Individual routes»): what a route must
// hold, the store, the course suggestions for a teacher's deficits (their
// order, the 3-year exclusion, the areas covered), the automatic «done» of
// a course once it is finished, and group routes. The reference day is
// 22.11.2026, so the academic year is 2026/2027.
#include <catch2/catch.hpp>

#include "domain/RouteRules.h"
#include "planning/GroupRoutes.h"
#include "planning/RouteSuggestions.h"
#include "store/Database.h"
#include "store/DiagnosisRepository.h"
#include "store/DictionaryRepository.h"
#include "store/Migrations.h"
#include "store/OrganisationRepository.h"
#include "store/RouteRepository.h"
#include "store/TeacherRepository.h"
#include "store/TrainingRepository.h"
#include "support/TestSupport.h"
#include "util/Error.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

using A = CompetencyArea;

RouteActivity activity(RouteActivityKind kind, const QString &title)
{
    RouteActivity a;
    a.kind = kind;
    a.title = title;
    return a;
}

Programme programme(qint64 id, const QString &title, int hours, bool federal, const QList<A> &areas)
{
    Programme p;
    p.id = id;
    p.title = title;
    p.provider = u"КК ИПК"_s;
    p.hours = hours;
    p.federalRegistry = federal;
    p.areas = areas;
    return p;
}

CourseRunRow run(qint64 id, qint64 programmeId, QDate starts, int seats, int enrolled)
{
    CourseRunRow row;
    row.run.id = id;
    row.run.programmeId = programmeId;
    row.run.starts = starts;
    row.run.ends = starts.addDays(10);
    row.run.seats = seats;
    row.enrolled = enrolled;
    return row;
}

Completion completed(qint64 programmeId, QDate ends, qint64 enrolmentId = 0)
{
    Completion c;
    c.programmeId = programmeId;
    c.enrolmentId = enrolmentId;
    c.ends = ends;
    return c;
}

QStringList titles(const QList<CourseSuggestion> &suggestions)
{
    QStringList out;
    for (const CourseSuggestion &s : suggestions)
        out << s.programme.title;
    return out;
}

// A school with three teachers: Антонова lacks the digital area, Борисова the
// digital and the methodical, Власова nothing.
struct School
{
    TempDatabase t;
    qint64 school = 0;
    QHash<QString, qint64> teacher;

    School()
    {
        DictionaryRepository dict(t.db());
        Organisation o;
        o.name = u"МБОУ СОШ № 1"_s;
        o.municipalityId = dict.ensureMunicipality(u"Ермаковский район"_s);
        school = OrganisationRepository(t.db()).insert(o);
        const qint64 post = dict.ensurePosition(u"учитель"_s, PositionKind::Pedagogical);
        for (const QString &surname : {u"Антонова"_s, u"Борисова"_s, u"Власова"_s}) {
            Teacher x;
            x.surname = surname;
            x.name = u"Анна"_s;
            x.patronymic = u"Сергеевна"_s;
            x.birthDate = QDate(1980, 3, 14);
            x.employments.append({0, school, post, {}, QDate(2010, 9, 1), {}});
            teacher.insert(surname, TeacherRepository(t.db()).insert(x));
        }
        DiagnosisCampaign c;
        c.name = u"Самодиагностика"_s;
        c.starts = QDate(2026, 10, 1);
        c.areas = {A::Methodical, A::Digital};
        DiagnosisRepository repo(t.db());
        c.id = repo.addCampaign(c);
        const auto result = [&](const QString &surname, int methodical, int digital) {
            DiagnosisResult r;
            r.campaignId = c.id;
            r.teacherId = teacher.value(surname);
            r.takenOn = QDate(2026, 10, 5);
            r.scores = {{A::Methodical, methodical}, {A::Digital, digital}};
            repo.saveResult(r);
        };
        result(u"Антонова"_s, 7000, 4000);
        result(u"Борисова"_s, 3000, 4500);
        result(u"Власова"_s, 8000, 9000);
    }
};

} // namespace

TEST_CASE("A route needs a teacher, a year and activities with titles and dates in order", "[routes]")
{
    IndividualRoute r;
    r.teacherId = 1;
    r.startYear = 2026;
    CHECK(RouteRules::check(r).isEmpty());
    r.activities = {activity(RouteActivityKind::SelfEducation, u"Цифровые образовательные ресурсы на уроке"_s),
                    activity(RouteActivityKind::Course, u" "_s), activity(RouteActivityKind::Event, u"Семинар"_s)};
    r.activities[2].starts = QDate(2027, 3, 10);
    r.activities[2].ends = QDate(2027, 3, 9);
    CHECK(RouteRules::check(r) == QStringList{u"Activity 2: choose the course's programme or write its title."_s,
                                              u"Activity 3: it ends before it starts."_s});
    r.teacherId = 0;
    r.startYear = 26;
    r.activities.clear();
    CHECK(RouteRules::check(r).size() == 2);
}

TEST_CASE("A new route addresses the teacher's current deficits: the latest score of each area", "[routes]")
{
    DiagnosisResult autumn;
    autumn.id = 1;
    autumn.teacherId = 7;
    autumn.takenOn = QDate(2025, 10, 1);
    autumn.scores = {{A::Subject, 4000}, {A::Methodical, 4999}};
    DiagnosisResult spring = autumn;
    spring.id = 2;
    spring.takenOn = QDate(2026, 3, 1);
    spring.scores = {{A::Subject, 6000}, {A::Digital, 3000}};
    const IndividualRoute route = RouteRules::newRoute(7, 2026, {spring, autumn}, DeficitThresholds{});
    CHECK(route.teacherId == 7);
    CHECK(route.startYear == 2026);
    // Subject rose to 60 % in spring; methodical's 49,99 % still stands; digital is new.
    CHECK(route.deficits == QList<A>({A::Methodical, A::Digital}));
    CHECK(route.activities.isEmpty());
    CHECK(RouteRules::check(route).isEmpty());
}

TEST_CASE("A course activity is done once its course is finished in the route's year, unless cancelled",
          "[routes]")
{
    RouteActivity course = activity(RouteActivityKind::Course, u"Цифровая школа"_s);
    course.programmeId = 7;
    course.enrolmentId = 70;
    // Its own application completed.
    CHECK(RouteRules::effectiveStatus(course, 2026, {completed(99, QDate(2025, 5, 1), 70)}) == RouteStatus::Done);
    // The same programme finished within 01.09.2026–31.08.2027, by another run (an imported certificate).
    CHECK(RouteRules::effectiveStatus(course, 2026, {completed(7, QDate(2026, 9, 1))}) == RouteStatus::Done);
    CHECK(RouteRules::effectiveStatus(course, 2026, {completed(7, QDate(2027, 8, 31))}) == RouteStatus::Done);
    // Before the year, or another programme: still planned.
    CHECK(RouteRules::effectiveStatus(course, 2026, {completed(7, QDate(2026, 8, 31))}) == RouteStatus::Planned);
    CHECK(RouteRules::effectiveStatus(course, 2026, {completed(8, QDate(2026, 12, 1))}) == RouteStatus::Planned);
    course.status = RouteStatus::Cancelled;
    CHECK(RouteRules::effectiveStatus(course, 2026, {completed(7, QDate(2026, 12, 1), 70)}) == RouteStatus::Cancelled);
    // Other kinds are what the methodist marked.
    RouteActivity consultation = activity(RouteActivityKind::Consultation, u"Консультация"_s);
    consultation.status = RouteStatus::Done;
    CHECK(RouteRules::effectiveStatus(consultation, 2026, {}) == RouteStatus::Done);

    IndividualRoute r;
    r.startYear = 2026;
    course.status = RouteStatus::Planned;
    RouteActivity cancelled = activity(RouteActivityKind::Event, u"Семинар"_s);
    cancelled.status = RouteStatus::Cancelled;
    r.activities = {course, consultation, cancelled, activity(RouteActivityKind::Mentoring, u"Наставничество"_s)};
    const RouteRules::Progress p = RouteRules::progress(r, {completed(7, QDate(2026, 12, 1))});
    CHECK(p.done == 2);
    CHECK(p.total == 3);
}

TEST_CASE("Suggested courses cover the deficits: federal first, then more covered, shorter, sooner", "[routes]")
{
    const QDate today(2026, 11, 22);
    const QList<Programme> catalogue{
        programme(1, u"Цифровая грамотность педагога"_s, 72, false, {A::Digital}),
        programme(2, u"ИКТ в предметном обучении"_s, 36, true, {A::Digital}),
        programme(3, u"Методика и цифра"_s, 72, false, {A::Digital, A::Methodical}),
        programme(4, u"Психология подростка"_s, 36, true, {A::Psychological}),
        programme(5, u"Цифровые сервисы урока"_s, 36, false, {A::Digital}),
        programme(6, u"Пройденная программа"_s, 16, true, {A::Digital}),
        programme(7, u"Давно пройденная программа"_s, 16, true, {A::Methodical}),
    };
    const QList<CourseRunRow> runs{
        run(10, 5, QDate(2027, 3, 1), 25, 3),
        run(11, 5, QDate(2027, 1, 15), 20, 20), // full
        run(12, 5, QDate(2026, 11, 10), 0, 0), // begun already
        run(13, 1, QDate(2027, 2, 1), 0, 40),  // not limited
    };
    // Programme 6 was finished two years ago (within 3 years), 7 four years ago.
    const QList<Completion> done{completed(6, QDate(2024, 12, 1)), completed(7, QDate(2022, 11, 1))};
    const QList<CourseSuggestion> s =
        RouteSuggestions::rank(catalogue, runs, done, {A::Methodical, A::Digital}, today, 3);
    CHECK(titles(s) == QStringList{u"Давно пройденная программа"_s, u"ИКТ в предметном обучении"_s,
                                   u"Методика и цифра"_s, u"Цифровые сервисы урока"_s,
                                   u"Цифровая грамотность педагога"_s});
    CHECK(s[2].covers == QList<A>{A::Methodical, A::Digital});
    // The nearest run not begun with a free seat: 01.03.2027 (15.01 is full, 10.11 began).
    REQUIRE(s[3].run.has_value());
    CHECK(s[3].run->run.id == 10);
    CHECK(s[3].freeSeats == 22);
    REQUIRE(s[4].run.has_value());
    CHECK(s[4].freeSeats == -1);
    CHECK_FALSE(s[1].run.has_value());

    const RouteActivity a = RouteSuggestions::activityFor(s[3], 55);
    CHECK(a.kind == RouteActivityKind::Course);
    CHECK(a.programmeId == 5);
    CHECK(a.enrolmentId == 55);
    CHECK(a.area == A::Digital);
    CHECK(a.starts == QDate(2027, 3, 1));
    CHECK(a.expectedResult == u"устранён дефицит (область: цифровая)"_s);
}

TEST_CASE("A route is stored once per teacher and year, changed whole, deleted and brought back", "[routes]")
{
    ClockScope clock;
    School s;
    RouteRepository repo(s.t.db());
    IndividualRoute r;
    r.teacherId = s.teacher.value(u"Антонова"_s);
    r.startYear = 2026;
    r.deficits = {A::Digital, A::Methodical};
    r.goal = u"Освоить цифровые инструменты урока"_s;
    r.tasks = u"Изучить сервисы\nПровести открытый урок"_s;
    r.curator = u"Белова И.Г."_s;
    RouteActivity lesson = activity(RouteActivityKind::Event, u"Открытый урок"_s);
    lesson.hasArea = true;
    lesson.area = A::Digital;
    lesson.starts = QDate(2027, 2, 10);
    lesson.evidence = u"конспект урока"_s;
    r.activities = {activity(RouteActivityKind::SelfEducation, u"Цифровые сервисы"_s), lesson};
    r.id = repo.save(r);
    REQUIRE(r.id > 0);

    IndividualRoute stored = repo.get(r.id);
    CHECK(stored.deficits == QList<A>{A::Methodical, A::Digital}); // the areas' order
    REQUIRE(stored.activities.size() == 2);
    CHECK(stored.activities[1].title == u"Открытый урок"_s);
    CHECK(stored.activities[1].area == A::Digital);
    CHECK(stored.activities[1].starts == QDate(2027, 2, 10));
    CHECK_FALSE(stored.activities[0].hasArea);
    CHECK(repo.find(r.teacherId, 2026).has_value());
    CHECK_FALSE(repo.find(r.teacherId, 2027).has_value());

    IndividualRoute second = r;
    second.id = 0;
    REQUIRE_THROWS_WITH(repo.save(second), "The teacher has a route for 2026/2027 already: open it to change it.");

    stored.activities.removeFirst();
    stored.activities[0].status = RouteStatus::Done;
    repo.save(stored);
    CHECK(repo.get(r.id).activities.size() == 1);
    CHECK(repo.get(r.id).activities[0].status == RouteStatus::Done);
    CHECK(repo.ofYear(2026).size() == 1);

    const IndividualRoute before = repo.get(r.id);
    repo.remove(r.id);
    CHECK(repo.ofYear(2026).isEmpty());
    repo.save(before); // undo: the same id comes back
    CHECK(repo.get(r.id) == before);
    CHECK(s.t.db().schemaVersion() == Migrations::latestVersion());
}

TEST_CASE("New routes are written at once as save writes them, or none when one is refused", "[routes]")
{
    ClockScope clock;
    School s;
    RouteRepository repo(s.t.db());
    IndividualRoute r;
    r.teacherId = s.teacher.value(u"Антонова"_s);
    r.startYear = 2025;
    r.deficits = {A::Digital, A::Methodical};
    r.goal = u"  Освоить цифровые инструменты урока "_s;
    r.tasks = u"Изучить сервисы\nПровести открытый урок"_s;
    r.curator = u"Белова  И.Г."_s;
    RouteActivity lesson = activity(RouteActivityKind::Event, u"Открытый урок"_s);
    lesson.hasArea = true;
    lesson.area = A::Digital;
    lesson.starts = QDate(2026, 2, 10);
    lesson.ends = lesson.starts;
    lesson.status = RouteStatus::Done;
    lesson.evidence = u"конспект урока"_s;
    r.activities = {activity(RouteActivityKind::SelfEducation, u"Цифровые сервисы"_s), lesson};
    IndividualRoute next = r;
    next.startYear = 2026;
    next.deficits = {A::Subject};
    next.activities = {activity(RouteActivityKind::SelfEducation, u"Олимпиадные задачи"_s)};

    SECTION("read back as save() stores them")
    {
        repo.insertNewRoutes({r, next});
        IndividualRoute saved = r;
        saved.teacherId = s.teacher.value(u"Борисова"_s);
        repo.save(saved);
        const std::optional<IndividualRoute> inserted = repo.find(r.teacherId, 2025);
        const std::optional<IndividualRoute> one = repo.find(saved.teacherId, 2025);
        REQUIRE(inserted.has_value());
        REQUIRE(one.has_value());
        // The same but for the ids and the teacher.
        IndividualRoute a = *inserted, b = *one;
        for (IndividualRoute *x : {&a, &b}) {
            x->id = 0;
            x->teacherId = 0;
            for (RouteActivity &act : x->activities)
                act.id = 0;
        }
        CHECK(a == b);
        CHECK(a.goal == u"Освоить цифровые инструменты урока"_s);
        REQUIRE(a.activities.size() == 2);
        CHECK(a.activities[1].status == RouteStatus::Done);
        CHECK(a.activities[0].programmeId == 0);
        REQUIRE(repo.find(r.teacherId, 2026).has_value());
        CHECK(repo.find(r.teacherId, 2026)->deficits == QList<A>{A::Subject});
    }
    SECTION("a route without a year refuses the lot")
    {
        next.startYear = 0;
        REQUIRE_THROWS_AS(repo.insertNewRoutes({r, next}), Error);
        CHECK(repo.ofYear(2025).isEmpty());
    }
}

TEST_CASE("A route's course is done when the methodist marks the course completed", "[routes]")
{
    ClockScope clock;
    School s;
    TrainingRepository training(s.t.db());
    Programme p = programme(0, u"Цифровая школа"_s, 36, true, {A::Digital});
    p.id = training.insertProgramme(p);
    CourseRun c;
    c.programmeId = p.id;
    c.starts = QDate(2027, 1, 10);
    c.ends = QDate(2027, 1, 20);
    c.id = training.insertRun(c);
    const qint64 teacher = s.teacher.value(u"Борисова"_s);

    // From the suggestions: the course applied for and put in the route.
    const QList<CourseSuggestion> offered =
        RouteSuggestions::courses(s.t.db(), teacher, {A::Methodical, A::Digital}, referenceDay());
    REQUIRE(offered.size() == 1);
    const qint64 application = training.apply(offered[0].run->run.id, teacher, s.school, referenceDay());
    IndividualRoute r;
    r.teacherId = teacher;
    r.startYear = 2026;
    r.activities = {RouteSuggestions::activityFor(offered[0], application)};
    r.id = RouteRepository(s.t.db()).save(r);

    const auto progress = [&] {
        return RouteRules::progress(RouteRepository(s.t.db()).get(r.id), training.completionsOf(teacher)).done;
    };
    CHECK(progress() == 0);
    training.approve(application);
    training.complete(application, u"242400123456"_s, QDate(2027, 1, 20));
    CHECK(progress() == 1);
    // Completed, the programme is not offered again for three years.
    CHECK(RouteSuggestions::courses(s.t.db(), teacher, {A::Digital}, QDate(2027, 2, 1)).isEmpty());
}

TEST_CASE("A group route reaches every teacher of the school with the deficit, once", "[routes]")
{
    ClockScope clock;
    School s;
    const QList<qint64> digital =
        GroupRoutes::teachersWith(s.t.db(), A::Digital, {s.school, 0}, referenceDay());
    CHECK(digital == QList<qint64>{s.teacher.value(u"Антонова"_s), s.teacher.value(u"Борисова"_s)});
    CHECK(GroupRoutes::teachersWith(s.t.db(), A::Methodical, {s.school, 0}, referenceDay())
          == QList<qint64>{s.teacher.value(u"Борисова"_s)});

    // Борисова has a route already, with a consultation.
    IndividualRoute own;
    own.teacherId = s.teacher.value(u"Борисова"_s);
    own.startYear = 2026;
    own.deficits = {A::Methodical};
    own.goal = u"Своя цель"_s;
    own.activities = {activity(RouteActivityKind::Consultation, u"Консультация методиста"_s)};
    RouteRepository(s.t.db()).save(own);

    IndividualRoute templ;
    templ.startYear = 2026;
    templ.goal = u"Освоить цифровые сервисы"_s;
    templ.curator = u"Белова И.Г."_s;
    templ.activities = {activity(RouteActivityKind::Event, u"Семинар «Цифровой урок»"_s),
                        activity(RouteActivityKind::Consultation, u"Консультация методиста"_s)};
    const GroupRouteOutcome first = GroupRoutes::apply(s.t.db(), digital, A::Digital, templ);
    CHECK(first.created == 1);
    CHECK(first.extended == 1);
    CHECK(first.unchanged == 0);

    RouteRepository repo(s.t.db());
    const IndividualRoute antonova = *repo.find(s.teacher.value(u"Антонова"_s), 2026);
    CHECK(antonova.deficits == QList<A>{A::Digital}); // her current deficits
    CHECK(antonova.goal == u"Освоить цифровые сервисы"_s);
    CHECK(antonova.activities.size() == 2);
    const IndividualRoute borisova = *repo.find(s.teacher.value(u"Борисова"_s), 2026);
    CHECK(borisova.goal == u"Своя цель"_s);                        // her own stays
    CHECK(borisova.deficits == QList<A>{A::Methodical, A::Digital}); // the group's area added
    REQUIRE(borisova.activities.size() == 2);                       // the consultation not twice
    CHECK(borisova.activities[1].title == u"Семинар «Цифровой урок»"_s);
    CHECK_FALSE(repo.find(s.teacher.value(u"Власова"_s), 2026).has_value());

    const GroupRouteOutcome again = GroupRoutes::apply(s.t.db(), digital, A::Digital, templ);
    CHECK(again.unchanged == 2);
    CHECK(again.created + again.extended == 0);
}
