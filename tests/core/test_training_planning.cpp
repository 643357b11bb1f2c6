#include <catch2/catch.hpp>

#include "domain/TrainingRules.h"
#include "planning/TrainingDue.h"
#include "planning/TrainingPlan.h"
#include "planning/TrainingStatus.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/TeacherRepository.h"
#include "store/TrainingPlanRepository.h"
#include "store/TrainingRepository.h"
#include "support/TestSupport.h"
#include "util/Error.h"

#include <algorithm>

using namespace profrost;
using namespace profrost::test;

namespace {

// Dates print as text when a check fails.
QString iso(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("(none)");
}

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// A district with two schools, teachers and a catalogue with one ПК
// programme; every course record goes through the real repositories.
struct District
{
    ClockScope clock;
    TempDatabase t;
    qint64 school1 = 0;
    qint64 school2 = 0;
    qint64 teacherPost = 0;
    qint64 directorPost = 0;
    qint64 maths = 0;
    qint64 programme = 0;

    District()
    {
        DictionaryRepository dict(t.db());
        const qint64 municipality = dict.ensureMunicipality(u8("Ермаковский район"));
        OrganisationRepository orgs(t.db());
        Organisation o;
        o.name = u8("МБОУ СОШ № 1");
        o.shortName = u8("СОШ № 1");
        o.municipalityId = municipality;
        school1 = orgs.insert(o);
        o.name = u8("МБОУ СОШ № 2");
        o.shortName = u8("СОШ № 2");
        school2 = orgs.insert(o);
        teacherPost = dict.ensurePosition(u8("учитель"), PositionKind::Pedagogical);
        directorPost = dict.ensurePosition(u8("директор"), PositionKind::Managerial);
        maths = dict.ensureSubject(u8("математика"));

        Programme p;
        p.title = u8("Формирование функциональной грамотности на уроках математики");
        p.provider = u8("ГАУ ДПО «Институт развития образования»");
        p.providerKind = ProviderKind::Iro;
        p.kind = ProgrammeKind::Training;
        p.hours = 36;
        programme = training().insertProgramme(p);
    }

    TeacherRepository teachers() { return TeacherRepository(t.db()); }
    TrainingRepository training() { return TrainingRepository(t.db()); }

    qint64 teacher(const char *surname, qint64 school, qint64 post)
    {
        Teacher x;
        x.surname = u8(surname);
        x.name = u8("Анна");
        x.patronymic = u8("Сергеевна");
        x.birthDate = QDate(1980, 3, 14);
        x.employments.append({0, school, post, {}, QDate(2005, 9, 1), {}});
        return teachers().insert(x);
    }
    qint64 teacher(const char *surname, qint64 school = 0) { return teacher(surname, school ? school : school1, teacherPost); }

    // A course run of the programme that ended on `ends`, completed by the teacher.
    void completed(qint64 teacherId, QDate ends)
    {
        TrainingRepository repo = training();
        qint64 run = repo.findRun(programme, ends.addDays(-9), ends);
        if (run == 0)
            run = repo.insertRun({0, programme, ends.addDays(-9), ends, u8("ИМЦ"), {}, 0, {}});
        REQUIRE(repo.recordCompletion(run, teacherId, QStringLiteral("12345"), ends));
    }

    QList<DueItem> due(QDate at, int soonMonths = 12)
    {
        return TrainingDue::compute(teachers().rows(at), training().completions(), at, 3, soonMonths);
    }
};

const DueItem *find(const QList<DueItem> &items, qint64 teacherId)
{
    for (const DueItem &i : items) {
        if (i.teacherId == teacherId)
            return &i;
    }
    return nullptr;
}
// A pointer into a temporary list would dangle (ASan found two such reads).
const DueItem *find(QList<DueItem> &&items, qint64 teacherId) = delete;

bool overdueAt(District &d, qint64 teacherId, QDate at)
{
    // The list must outlive the pointer into it (ASan found the temporary
    // list freed before the item was read).
    const QList<DueItem> items = d.due(at);
    const DueItem *item = find(items, teacherId);
    return item && item->state == DueItem::State::Overdue;
}

} // namespace

// ---------------------------------------------------------------- the 3-year rule

TEST_CASE("A course expires on the first day it has left the 3-year window", "[training]")
{
    CHECK(iso(TrainingDue::expiresOn(QDate(2023, 5, 15))) == u8("2026-05-15"));
    CHECK(iso(TrainingDue::expiresOn(QDate(2024, 2, 29))) == u8("2027-03-01")); // no 29 February in 2027
    CHECK(iso(TrainingDue::expiresOn(QDate(2024, 2, 28))) == u8("2027-02-28"));
    CHECK(iso(TrainingDue::expiresOn(QDate(2024, 3, 1))) == u8("2027-03-01"));
    CHECK(iso(TrainingDue::expiresOn(QDate(2024, 2, 29), 4)) == u8("2028-02-29"));
    CHECK(iso(TrainingDue::expiresOn(QDate(2023, 12, 31))) == u8("2026-12-31"));
    CHECK_FALSE(TrainingDue::expiresOn(QDate()).isValid());
}

TEST_CASE("Overdue and due soon at a reference date, with the window's boundaries", "[training]")
{
    District d;
    const QDate at = referenceDay(); // 22.11.2026: the window is (22.11.2023, 22.11.2026]
    const qint64 exactly3 = d.teacher("Антонова");   // 22.11.2023: has just left the window
    const qint64 dayLater = d.teacher("Борисова");   // 23.11.2023: still counts, due tomorrow
    const qint64 never = d.teacher("Васильева");     // no courses at all
    const qint64 future = d.teacher("Григорьева");   // only a course that ends after D
    const qint64 oldAndFuture = d.teacher("Дмитриева"); // expired course + a future one
    const qint64 in12 = d.teacher("Егорова");        // expires exactly 12 months after D
    const qint64 in12and1 = d.teacher("Жукова");     // expires 12 months and a day after D
    const qint64 fresh = d.teacher("Зайцева");       // trained in 2025: not listed
    const qint64 director = d.teacher("Иванова", d.school1, d.directorPost); // a manager only, never trained
    const qint64 both = d.teacher("Кузнецова", d.school2, d.directorPost);    // a manager who also teaches
    {
        Teacher t = d.teachers().get(both);
        t.employments.append({0, d.school2, d.teacherPost, {d.maths}, QDate(2010, 9, 1), {}});
        d.teachers().update(t);
    }

    d.completed(exactly3, QDate(2023, 11, 22));
    d.completed(dayLater, QDate(2023, 11, 23));
    d.completed(future, QDate(2026, 12, 5));
    d.completed(oldAndFuture, QDate(2022, 4, 20));
    d.completed(oldAndFuture, QDate(2026, 12, 5));
    d.completed(in12, QDate(2024, 11, 22));
    d.completed(in12and1, QDate(2024, 11, 23));
    d.completed(fresh, QDate(2025, 6, 10));
    d.completed(fresh, QDate(2022, 1, 10)); // an older course changes nothing

    const QList<DueItem> items = d.due(at);

    SECTION("exactly 3 years before D is overdue, one day later is not")
    {
        const DueItem *a = find(items, exactly3);
        REQUIRE(a);
        CHECK(a->state == DueItem::State::Overdue);
        CHECK(iso(a->dueDate) == u8("2026-11-22"));
        REQUIRE(a->last);
        CHECK(iso(a->last->ends) == u8("2023-11-22"));
        CHECK(a->last->certificateNumber == u8("12345"));
        CHECK(a->organisations == u8("СОШ № 1"));
        CHECK(a->positions == u8("учитель"));
        CHECK(a->organisationIds == QList<qint64>{d.school1});

        const DueItem *b = find(items, dayLater);
        REQUIRE(b);
        CHECK(b->state == DueItem::State::DueSoon);
        CHECK(iso(b->dueDate) == u8("2026-11-23"));
        // ... and overdue the next day.
        CHECK(overdueAt(d, dayLater, at.addDays(1)));
    }

    SECTION("never trained since hired on 01.09.2005: overdue since 01.09.2008, with no last course")
    {
        const DueItem *c = find(items, never);
        REQUIRE(c);
        CHECK(c->state == DueItem::State::Overdue);
        CHECK_FALSE(c->last.has_value());
        CHECK(iso(c->dueDate) == u8("2008-09-01"));
        CHECK(c->fullName == u8("Васильева Анна Сергеевна"));
    }

    SECTION("a course that ends after D does not count")
    {
        const DueItem *f = find(items, future);
        REQUIRE(f);
        CHECK(f->state == DueItem::State::Overdue);
        CHECK_FALSE(f->last.has_value());

        const DueItem *g = find(items, oldAndFuture);
        REQUIRE(g);
        CHECK(g->state == DueItem::State::Overdue);
        REQUIRE(g->last);
        CHECK(iso(g->last->ends) == u8("2022-04-20"));
        CHECK(iso(g->dueDate) == u8("2025-04-20"));

        // Once the course has ended, the teacher is covered.
        const QList<DueItem> afterCourse = d.due(QDate(2026, 12, 5));
        CHECK(find(afterCourse, future) == nullptr);
    }

    SECTION("due soon within 12 months, not at 12 months and a day")
    {
        const DueItem *e = find(items, in12);
        REQUIRE(e);
        CHECK(e->state == DueItem::State::DueSoon);
        CHECK(iso(e->dueDate) == u8("2027-11-22"));
        CHECK(find(items, in12and1) == nullptr);
        CHECK(find(items, fresh) == nullptr);
        // A shorter warning period leaves the 12-month one out.
        const QList<DueItem> sixMonths = d.due(at, 6);
        CHECK(find(sixMonths, in12) == nullptr);
        CHECK(find(sixMonths, dayLater) != nullptr);
    }

    SECTION("a manager only is out; a manager who also teaches is in")
    {
        CHECK(find(items, director) == nullptr);
        const DueItem *k = find(items, both);
        REQUIRE(k);
        CHECK(k->state == DueItem::State::Overdue);
    }

    SECTION("sorted by due date, never trained first, then by name")
    {
        QStringList names;
        for (const DueItem &i : items)
            names << i.fullName.section(u' ', 0, 0);
        CHECK(names.join(u',') == u8("Васильева,Григорьева,Кузнецова,Дмитриева,Антонова,Борисова,Егорова"));
    }
}

TEST_CASE("No course on record counts from the hiring, not as overdue at once", "[training]")
{
    District d;
    const QDate at = referenceDay(); // 22.11.2026
    // Hired today (22.11.2026): nothing can be due before 22.11.2029.
    const qint64 today = d.teacher("Лебедева");
    // Hired 01.12.2023: due 01.12.2026, inside the 12 months ahead.
    const qint64 soon = d.teacher("Морозова");
    // Hired 22.11.2023 exactly 3 years ago: overdue today, as a course then would be.
    const qint64 three = d.teacher("Новикова");
    // No current hiring date, only the start of experience 10.01.2025.
    const qint64 byExperience = d.teacher("Орлова");
    // Neither date: nothing tells when training was due, so it is overdue.
    const qint64 unknown = d.teacher("Петрова");
    auto rehire = [&](qint64 id, QDate hired, QDate experience) {
        Teacher t = d.teachers().get(id);
        t.employments[0].hired = hired;
        t.experienceStart = experience;
        d.teachers().update(t);
    };
    rehire(today, QDate(2026, 11, 22), {});
    rehire(soon, QDate(2023, 12, 1), QDate(1999, 9, 1)); // the hiring wins over the experience
    rehire(three, QDate(2023, 11, 22), {});
    rehire(byExperience, {}, QDate(2025, 1, 10));
    rehire(unknown, {}, {});

    const QList<DueItem> items = d.due(at);
    CHECK(find(items, today) == nullptr); // covered, not listed
    const TrainingStatus status(d.t.db());
    const std::optional<DueItem> own = status.of(today, at);
    REQUIRE(own);
    CHECK(own->state == DueItem::State::Covered);
    CHECK(iso(own->dueDate) == u8("2029-11-22"));

    const DueItem *s = find(items, soon);
    REQUIRE(s);
    CHECK(s->state == DueItem::State::DueSoon);
    CHECK(iso(s->dueDate) == u8("2026-12-01"));

    const DueItem *t = find(items, three);
    REQUIRE(t);
    CHECK(t->state == DueItem::State::Overdue);
    CHECK(iso(t->dueDate) == u8("2026-11-22"));

    CHECK(find(items, byExperience) == nullptr); // due 10.01.2028, beyond 12 months
    const std::optional<DueItem> e = status.of(byExperience, at);
    REQUIRE(e);
    CHECK(iso(e->dueDate) == u8("2028-01-10"));

    const DueItem *u = find(items, unknown);
    REQUIRE(u);
    CHECK(u->state == DueItem::State::Overdue);
    CHECK_FALSE(u->dueDate.isValid());

    // The plan-graph for 2027-2029 puts the teacher hired today in 2029.
    const QList<TrainingPlanEntry> plan = TrainingPlan::propose(d.teachers().rows(at), d.training().completions(), 2027);
    int plannedYear = 0;
    for (const TrainingPlanEntry &p : plan) {
        if (p.teacherId == today)
            plannedYear = p.plannedYear;
    }
    CHECK(plannedYear == 2029);
}

TEST_CASE("A course completed on 29 February 2024 counts until 28 February 2027", "[training]")
{
    District d;
    const qint64 leap = d.teacher("Лебедева");
    const qint64 may = d.teacher("Морозова");
    d.completed(leap, QDate(2024, 2, 29));
    d.completed(may, QDate(2023, 5, 15));

    CHECK_FALSE(overdueAt(d, leap, QDate(2027, 2, 28)));
    const QList<DueItem> atLeapEve = d.due(QDate(2027, 2, 28));
    const DueItem *soon = find(atLeapEve, leap);
    REQUIRE(soon);
    CHECK(soon->state == DueItem::State::DueSoon);
    CHECK(iso(soon->dueDate) == u8("2027-03-01"));
    CHECK(overdueAt(d, leap, QDate(2027, 3, 1)));

    CHECK_FALSE(overdueAt(d, may, QDate(2026, 5, 14)));
    CHECK(overdueAt(d, may, QDate(2026, 5, 15)));
}

// ---------------------------------------------------------------- the plan-graph

TEST_CASE("The plan-graph proposal for 2027-2029 puts each teacher in the year the course expires", "[training]")
{
    District d;
    const qint64 never = d.teacher("Абрамова");                 // never trained → 2027
    const qint64 expired = d.teacher("Белова");                 // ended 10.06.2023, expired 2026 → 2027
    const qint64 onFirstDay = d.teacher("Виноградова", d.school2); // ended 01.01.2024, expires 01.01.2027 → 2027
    const qint64 in2028 = d.teacher("Голубева");                // ended 01.03.2025 → 2028
    const qint64 in2029 = d.teacher("Давыдова", d.school2);     // ended 15.10.2026 → 2029
    const qint64 covered = d.teacher("Ершова", d.school2);      // ended 01.01.2027 → 2030: not in the plan
    const qint64 director = d.teacher("Жданова", d.school1, d.directorPost);
    const qint64 twoSchools = d.teacher("Зимина");              // never trained, works in both schools
    {
        Teacher t = d.teachers().get(twoSchools);
        t.employments.append({0, d.school2, d.teacherPost, {}, QDate(2015, 9, 1), {}});
        d.teachers().update(t);
    }
    d.completed(expired, QDate(2023, 6, 10));
    d.completed(onFirstDay, QDate(2024, 1, 1));
    d.completed(in2028, QDate(2025, 3, 1));
    d.completed(in2029, QDate(2026, 10, 15));
    d.completed(covered, QDate(2027, 1, 1));

    // The teachers in reverse alphabetical order: within a year the plan keeps their order.
    QList<TeacherRow> rows = d.teachers().rows(QDate(2027, 1, 1));
    std::sort(rows.begin(), rows.end(), [](const TeacherRow &a, const TeacherRow &b) { return a.surname > b.surname; });

    const QList<TrainingPlanEntry> plan = TrainingPlan::propose(rows, d.training().completions(), 2027);
    const QList<TrainingPlanEntry> expected{
        {twoSchools, 2027, 0, {}}, {onFirstDay, 2027, 0, {}}, {expired, 2027, 0, {}}, {never, 2027, 0, {}},
        {in2028, 2028, 0, {}},     {in2029, 2029, 0, {}},
    };
    CHECK(plan == expected);
    CHECK(std::none_of(plan.cbegin(), plan.cend(), [&](const TrainingPlanEntry &e) {
        return e.teacherId == covered || e.teacherId == director;
    }));

    SECTION("counts by year: every year present")
    {
        const QMap<int, int> byYear = TrainingPlan::countsByYear(plan, 2027);
        CHECK(byYear == QMap<int, int>{{2027, 4}, {2028, 1}, {2029, 1}});
        CHECK(TrainingPlan::countsByYear({}, 2027) == QMap<int, int>{{2027, 0}, {2028, 0}, {2029, 0}});
    }

    SECTION("counts by organisation and year")
    {
        const QMap<QString, QMap<int, int>> byOrg = TrainingPlan::countsByOrganisation(plan, rows);
        QString both;
        for (const TeacherRow &r : rows) {
            if (r.id == twoSchools)
                both = r.organisations;
        }
        CHECK(both.contains(u8("СОШ № 1")));
        CHECK(both.contains(u8("СОШ № 2")));
        CHECK(byOrg.size() == 3);
        CHECK(byOrg.value(u8("СОШ № 1")) == QMap<int, int>{{2027, 2}, {2028, 1}});
        CHECK(byOrg.value(u8("СОШ № 2")) == QMap<int, int>{{2027, 1}, {2029, 1}});
        CHECK(byOrg.value(both) == QMap<int, int>{{2027, 1}});
    }

    SECTION("a course after 1 January of the first year is not looked at")
    {
        // Proposed for 2026, the course of 01.01.2027 lies after 1 January
        // 2026: the teacher counts as never trained and goes to the first year.
        const QList<TrainingPlanEntry> earlier = TrainingPlan::propose(rows, d.training().completions(), 2026);
        const auto it = std::find_if(earlier.cbegin(), earlier.cend(),
                                     [&](const TrainingPlanEntry &e) { return e.teacherId == covered; });
        REQUIRE(it != earlier.cend());
        CHECK(it->plannedYear == 2026);
    }
}

TEST_CASE("A saved plan-graph is read back, replaced as a whole, and a wrong one is refused", "[training]")
{
    District d;
    const qint64 a = d.teacher("Абрамова");
    const qint64 b = d.teacher("Белова");
    const qint64 c = d.teacher("Власова", d.school2);
    TrainingPlanRepository repo(d.t.db());
    CHECK_FALSE(repo.exists(2027));
    CHECK(repo.load(2027).isEmpty());
    CHECK(repo.savedPlans().isEmpty());

    // Given out of order: it comes back by year, then by surname.
    const QList<TrainingPlanEntry> plan{
        {c, 2028, 0, u8("Цифровая образовательная среда")},
        {b, 2027, d.programme, {}},
        {a, 2027, 0, {}},
    };
    repo.save(2027, plan);
    CHECK(repo.exists(2027));
    CHECK_FALSE(repo.exists(2028));
    const QList<TrainingPlanEntry> back = repo.load(2027);
    CHECK(back == QList<TrainingPlanEntry>{plan[2], plan[1], plan[0]});

    repo.save(2030, {{a, 2032, 0, {}}});
    CHECK(repo.savedPlans() == QList<int>{2030, 2027});
    CHECK(repo.load(2027) == back); // another plan does not touch this one

    SECTION("saving again replaces the whole plan")
    {
        const QList<TrainingPlanEntry> shorter{{a, 2029, 0, u8("Наставничество")}};
        repo.save(2027, shorter);
        CHECK(repo.load(2027) == shorter);
        repo.save(2027, {});
        CHECK_FALSE(repo.exists(2027));
        CHECK(repo.savedPlans() == QList<int>{2030});
    }

    SECTION("a year outside the plan is refused and nothing is written")
    {
        REQUIRE_THROWS_WITH(repo.save(2027, {{a, 2027, 0, {}}, {b, 2030, 0, {}}}),
                            Catch::Contains("2030") && Catch::Contains("outside"));
        REQUIRE_THROWS_AS(repo.save(2027, {{a, 2026, 0, {}}}), Error);
        CHECK(repo.load(2027) == back);
    }

    SECTION("a teacher twice is refused and nothing is written")
    {
        REQUIRE_THROWS_WITH(repo.save(2027, {{a, 2027, 0, {}}, {a, 2028, 0, {}}}),
                            Catch::Contains(u8("Абрамова Анна Сергеевна").toStdString()) && Catch::Contains("twice"));
        CHECK(repo.load(2027) == back);
    }

    SECTION("the proposal saved and loaded is the same plan")
    {
        const QList<TrainingPlanEntry> proposal =
            TrainingPlan::propose(d.teachers().rows(QDate(2027, 1, 1)), d.training().completions(), 2027);
        REQUIRE(proposal.size() == 3);
        repo.save(2027, proposal);
        QList<TrainingPlanEntry> expected = proposal; // all in 2027: by surname
        std::sort(expected.begin(), expected.end(),
                  [&](const TrainingPlanEntry &x, const TrainingPlanEntry &y) { return x.teacherId < y.teacherId; });
        CHECK(repo.load(2027) == expected);
    }
}

// ---------------------------------------------------------------- the course repository

TEST_CASE("Course runs: seats, the waiting list, completion and what cannot be deleted", "[training]")
{
    District d;
    TrainingRepository repo = d.training();

    SECTION("the third approved goes to the waiting list; a withdrawal moves the first waiting up")
    {
        const qint64 run = repo.insertRun({0, d.programme, QDate(2027, 2, 1), QDate(2027, 2, 12), u8("ИМЦ"), {}, 2, {}});
        const qint64 t1 = d.teacher("Антонова"), t2 = d.teacher("Борисова"), t3 = d.teacher("Васильева"),
                     t4 = d.teacher("Григорьева");
        const qint64 e1 = repo.apply(run, t1, d.school1, QDate(2026, 11, 1));
        const qint64 e2 = repo.apply(run, t2, d.school1, QDate(2026, 11, 2));
        const qint64 e3 = repo.apply(run, t3, d.school1, QDate(2026, 11, 3));
        const qint64 e4 = repo.apply(run, t4, d.school1, QDate(2026, 11, 4));
        REQUIRE_THROWS_WITH(repo.apply(run, t1, d.school1, QDate(2026, 11, 5)), Catch::Contains("already"));
        CHECK(repo.enrolment(e1).status == EnrolmentStatus::Applied);
        CHECK(repo.enrolment(e1).organisationId == d.school1);

        CHECK(repo.approve(e1) == EnrolmentStatus::Enrolled);
        CHECK(repo.approve(e2) == EnrolmentStatus::Enrolled);
        CHECK(repo.approve(e3) == EnrolmentStatus::Waiting);
        CHECK(repo.approve(e4) == EnrolmentStatus::Waiting);
        CHECK(repo.seatsTaken(run) == 2);
        const QList<CourseRunRow> rows = repo.runs(QDate(2027, 1, 1), QDate(2027, 12, 31));
        REQUIRE(rows.size() == 1);
        CHECK(rows.first().enrolled == 2);
        CHECK(rows.first().waiting == 2);
        CHECK(rows.first().hours == 36);

        repo.withdraw(e2);
        CHECK(repo.enrolment(e2).status == EnrolmentStatus::Withdrawn);
        CHECK(repo.enrolment(e3).status == EnrolmentStatus::Enrolled);
        CHECK(repo.enrolment(e4).status == EnrolmentStatus::Waiting);
        CHECK(repo.seatsTaken(run) == 2);

        // Withdrawing from the waiting list frees no seat.
        repo.withdraw(e4);
        CHECK(repo.seatsTaken(run) == 2);

        SECTION("a certificate dated before the course started is refused")
        {
            REQUIRE_THROWS_WITH(repo.complete(e1, QStringLiteral("7700-123"), QDate(2027, 1, 31)),
                                Catch::Contains("before the course started"));
            CHECK(repo.enrolment(e1).status == EnrolmentStatus::Enrolled);
            CHECK(repo.completionsOf(t1).isEmpty());

            repo.complete(e1, QStringLiteral("7700-123"), QDate(2027, 2, 12));
            const Enrolment done = repo.enrolment(e1);
            CHECK(done.status == EnrolmentStatus::Completed);
            CHECK(done.certificateNumber == u8("7700-123"));
            CHECK(iso(done.certificateDate) == u8("2027-02-12"));
            const QList<Completion> c = repo.completionsOf(t1);
            REQUIRE(c.size() == 1);
            CHECK(iso(c.first().ends) == u8("2027-02-12"));
            CHECK(c.first().hours == 36);
            CHECK(c.first().kind == ProgrammeKind::Training);

            // A completed run keeps its records.
            REQUIRE_THROWS_AS(repo.removeRun(run), Error);
        }
    }

    SECTION("a programme with runs cannot be deleted; without them it can")
    {
        const qint64 run = repo.insertRun({0, d.programme, QDate(2027, 3, 1), QDate(2027, 3, 5), {}, {}, 0, {}});
        REQUIRE_THROWS_WITH(repo.removeProgramme(d.programme), Catch::Contains("cannot be deleted"));
        CHECK(repo.programmes().size() == 1);
        repo.removeRun(run);
        repo.removeProgramme(d.programme);
        CHECK(repo.programmes().isEmpty());
    }

    SECTION("further training lasts at least 16 hours, retraining at least 250")
    {
        Programme p;
        p.title = u8("Оказание первой помощи");
        p.provider = u8("АНО ДПО «Учебный центр»");
        p.kind = ProgrammeKind::Training;
        p.hours = 15;
        REQUIRE_THROWS_WITH(repo.insertProgramme(p), Catch::Contains("at least 16"));
        p.hours = 16;
        CHECK(repo.insertProgramme(p) > 0);

        Programme pp;
        pp.title = u8("Педагогика и методика дополнительного образования");
        pp.provider = u8("ФГБОУ ВО «Педагогический университет»");
        pp.kind = ProgrammeKind::Retraining;
        pp.hours = 249;
        REQUIRE_THROWS_WITH(repo.insertProgramme(pp), Catch::Contains("at least 250"));
        pp.hours = 250;
        const qint64 id = repo.insertProgramme(pp);
        CHECK(repo.programme(id).kind == ProgrammeKind::Retraining);
        CHECK(repo.programme(id).hours == 250);
        CHECK(repo.programmes().size() == 3);
    }

    SECTION("a teacher with a course record stays in the registry")
    {
        const qint64 t = d.teacher("Орлова");
        d.completed(t, QDate(2025, 4, 18));
        // The same certificate again changes nothing.
        const qint64 run = repo.findRun(d.programme, QDate(2025, 4, 9), QDate(2025, 4, 18));
        CHECK_FALSE(repo.recordCompletion(run, t, QStringLiteral("12345"), QDate(2025, 4, 18)));
        REQUIRE_THROWS_WITH(d.teachers().remove(t), Catch::Contains("course record"));
        CHECK(d.teachers().count() == 1);
        CHECK(repo.completions().size() == 1);
    }
}

TEST_CASE("New completions are written at once as recordCompletion writes them, or none when one is refused",
          "[training]")
{
    District d;
    TrainingRepository repo = d.training();
    const qint64 run = repo.insertRun({0, d.programme, QDate(2025, 4, 9), QDate(2025, 4, 18), u8("ИМЦ"), {}, 0, {}});
    const qint64 t1 = d.teacher("Антонова"), t2 = d.teacher("Борисова");

    SECTION("read back as completions, and recordCompletion finds them recorded")
    {
        repo.recordNewCompletions({{run, t1, QStringLiteral(" 24 25 0001 "), QDate(2025, 4, 18)},
                                   {run, t2, QStringLiteral("24250002"), QDate(2025, 4, 18)}});
        const QList<Completion> all = repo.completions();
        REQUIRE(all.size() == 2);
        CHECK(all.at(0).teacherId == t1);
        CHECK(all.at(0).certificateNumber == QStringLiteral("24 25 0001")); // spaces simplified, as recorded one by one
        CHECK(all.at(0).ends == QDate(2025, 4, 18));
        CHECK(all.at(1).teacherId == t2);
        // The same certificate again changes nothing.
        CHECK_FALSE(repo.recordCompletion(run, t2, QStringLiteral("24250002"), QDate(2025, 4, 18)));
        CHECK(repo.completions().size() == 2);
    }
    SECTION("a certificate dated before the course began refuses the lot")
    {
        REQUIRE_THROWS_WITH(repo.recordNewCompletions({{run, t1, QStringLiteral("1"), QDate(2025, 4, 18)},
                                                       {run, t2, QStringLiteral("2"), QDate(2025, 4, 8)}}),
                            Catch::Contains("before the course started"));
        CHECK(repo.completions().isEmpty());
    }
}

TEST_CASE("The kind of a provider is guessed from its name", "[training]")
{
    const auto guess = [](const char *name) { return TrainingText::guessProvider(QString::fromUtf8(name)); };
    CHECK(guess("ГАУ ДПО «Институт развития образования»") == ProviderKind::Iro);
    CHECK(guess("КК ИПК") == ProviderKind::Iro);
    CHECK(guess("ЦНППМ «Учитель будущего»") == ProviderKind::Cnppm);
    CHECK(guess("ФГАОУ ДПО «Академия Минпросвещения России»") == ProviderKind::Other);
    CHECK(guess("ФГБОУ ВО «Красноярский государственный педагогический университет им. В.П. Астафьева»")
          == ProviderKind::University);
    CHECK(guess("Российская академия народного хозяйства") == ProviderKind::University);
    CHECK(guess("ООО «Центр мирового образования»") == ProviderKind::Other); // «иро» inside a word
    CHECK(guess("ООО «Инфоурок»") == ProviderKind::Other);
}

TEST_CASE("A course participant is listed under the school that sent them or else where they worked then", "[training]")
{
    const QDate starts(2026, 10, 5);
    // Hired at school 11 in 2015, moved to school 12 on 01.09.2026, and
    // school 13 since 2027 (an unlikely future post, as a registry may hold).
    const QList<Employment> posts{{1, 11, 5, {}, QDate(2015, 9, 1), QDate(2026, 8, 31)},
                                  {2, 12, 5, {}, QDate(2026, 9, 1), {}},
                                  {3, 13, 5, {}, QDate(2027, 1, 10), {}}};
    Enrolment sent;
    sent.organisationId = 11;
    CHECK(TrainingRules::participantOrganisation(sent, posts, starts) == 11);
    Enrolment imported; // a completion from a file names no organisation
    CHECK(TrainingRules::participantOrganisation(imported, posts, starts) == 12);
    // Before any post: the latest one.
    CHECK(TrainingRules::participantOrganisation(imported, posts, QDate(2010, 1, 1)) == 13);
    CHECK(TrainingRules::participantOrganisation(imported, {}, starts) == 0);
}
