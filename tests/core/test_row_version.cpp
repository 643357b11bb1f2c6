// No lost edits (issue 17 item 5, store/RowVersion): two users read the
// same record, the first saves, the second's save is refused with an
// EditConflict and nothing of it is written, until they save knowingly over
// the version now stored. Two connections to one database: two files'
// connections here, two sessions of the server on its pass.
#include <catch2/catch.hpp>

#include "domain/Meeting.h"
#include "store/AssociationRepository.h"
#include "store/AttestationPlanRepository.h"
#include "store/AttestationRepository.h"
#include "store/CompetitionRepository.h"
#include "store/DictionaryRepository.h"
#include "store/EventRepository.h"
#include "store/MeetingRepository.h"
#include "store/MentorshipRepository.h"
#include "store/OrganisationRepository.h"
#include "store/PlanRepository.h"
#include "store/PracticeRepository.h"
#include "store/RecommendationRepository.h"
#include "store/RecordComparison.h"
#include "store/RouteRepository.h"
#include "store/RowVersion.h"
#include "store/SiteRepository.h"
#include "store/TeacherRepository.h"
#include "store/TrackRepository.h"
#include "store/TrainingPlanRepository.h"
#include "store/TrainingRepository.h"
#include "support/TestSupport.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

struct TwoUsers
{
    ClockScope clock;
    TempDatabase t;
    std::unique_ptr<Database> second;
    qint64 school = 0, post = 0, anna = 0;

    TwoUsers()
    {
        DictionaryRepository dict(t.db());
        Organisation o;
        o.name = u"МБОУ СОШ № 1"_s;
        o.municipalityId = dict.ensureMunicipality(u"Ермаковский округ"_s);
        school = OrganisationRepository(t.db()).insert(o);
        post = dict.ensurePosition(u"учитель"_s, PositionKind::Pedagogical);
        Teacher x;
        x.surname = u"Андреева"_s;
        x.name = u"Анна"_s;
        x.patronymic = u"Петровна"_s;
        x.birthDate = QDate(1980, 3, 5);
        x.phone = u"100"_s;
        x.employments.append({0, school, post, {}, QDate(2015, 9, 1), {}});
        anna = TeacherRepository(t.db()).insert(x);
        second = std::make_unique<Database>(t.db().connectionSpec());
        second->open();
    }
    Database &first() { return t.db(); }
};

} // namespace

TEST_CASE("The second of two users saving one teacher is refused, and saves only knowingly", "[rowversion]")
{
    TwoUsers u;
    TeacherRepository mine(u.first()), theirs(*u.second);
    Teacher a = mine.get(u.anna);
    Teacher b = theirs.get(u.anna);
    CHECK(a.version.value == 1);
    CHECK(b.version.value == 1);

    a.phone = u"8 913 000-00-01"_s;
    mine.update(a);
    CHECK(RowVersion::of(u.first(), u"teacher"_s, u.anna) == 2);

    b.email = u"andreeva@school1.ru"_s;
    try {
        theirs.update(b);
        FAIL("the stale save went through");
    } catch (const EditConflict &conflict) {
        CHECK(conflict.storedVersion() == 2);
        CHECK(conflict.message().startsWith(u"Андреева Анна Петровна was changed by another user after you opened it"_s));
    }
    // Nothing of the refused save was written; the first user's phone stands.
    const Teacher stored = mine.get(u.anna);
    CHECK(stored.phone == u"8 913 000-00-01"_s);
    CHECK(stored.email.isEmpty());

    // What the conflict shows: the fields that differ, in the card's words.
    const QList<ComparedField> fields = RecordComparison::teachers(*u.second, b, stored);
    QStringList differing;
    for (const ComparedField &f : fields) {
        if (f.differs())
            differing << f.label + u": "_s + f.mine + u" | "_s + f.theirs;
    }
    CHECK(differing == QStringList{u"Phone: 100 | 8 913 000-00-01"_s, u"E-mail: andreeva@school1.ru | "_s});

    // Saved knowingly over version 2: the second user's values win.
    b.version = stored.version;
    theirs.update(b);
    const Teacher last = mine.get(u.anna);
    CHECK(last.email == u"andreeva@school1.ru"_s);
    CHECK(last.phone == u"100"_s);
    CHECK(last.version.value == 3);

    // A record deleted meanwhile is said to be gone, not in conflict.
    Teacher ghost = last;
    ghost.id = u.anna + 1000;
    ghost.surname = u"Борисова"_s;
    CHECK_THROWS_WITH(theirs.update(ghost), "The teacher no longer exists.");
}

TEST_CASE("Every write of a teacher raises the version an open card holds", "[rowversion]")
{
    TwoUsers u;
    TeacherRepository repo(u.first());
    const Teacher open = repo.get(u.anna); // a card opened by the first user
    // The second records an attestation that changes the category the card shows.
    AttestationRecord record;
    record.teacherId = u.anna;
    record.kind = AttestationKind::Category;
    record.category = Category::First;
    record.granted = QDate(2026, 3, 1);
    record.orderNumber = u"123-п"_s;
    record.orderDate = QDate(2026, 3, 1);
    AttestationRepository(*u.second).insertRecord(record);
    CHECK(RowVersion::of(u.first(), u"teacher"_s, u.anna) == 2);
    Teacher edited = open;
    edited.phone = u"200"_s;
    CHECK_THROWS_AS(repo.update(edited), EditConflict);
    CHECK(repo.get(u.anna).category == Category::First); // not written back to none
    // An import's update carries no version read: written, and raising it.
    Teacher imported = repo.get(u.anna);
    imported.version = {};
    imported.phone = u"300"_s;
    repo.update(imported);
    CHECK(RowVersion::of(u.first(), u"teacher"_s, u.anna) == 3);
}

TEST_CASE("Organisations and meetings refuse a stale save the same way", "[rowversion]")
{
    TwoUsers u;
    OrganisationRepository mine(u.first()), theirs(*u.second);
    Organisation a = mine.get(u.school);
    Organisation b = theirs.get(u.school);
    a.director = u"Иванов И. И."_s;
    mine.update(a);
    b.address = u"с. Ермаковское, ул. Ленина, 1"_s;
    CHECK_THROWS_WITH(theirs.update(b), Catch::StartsWith("МБОУ СОШ № 1 was changed by another user"));
    CHECK(mine.get(u.school).address.isEmpty());

    Association rmo;
    rmo.kind = AssociationKind::Rmo;
    rmo.level = AssociationLevel::Municipal;
    rmo.name = u"РМО учителей математики"_s;
    rmo.activeFrom = 2020;
    Meeting m;
    m.associationId = AssociationRepository(u.first()).insert(rmo);
    m.date = QDate(2026, 10, 1);
    m.place = u"ИМЦ"_s;
    AgendaItem item;
    item.title = u"О плане работы"_s;
    m.agenda = {item};
    const qint64 id = MeetingRepository(u.first()).insert(m);
    Meeting head = MeetingRepository(u.first()).get(id);
    Meeting secretary = MeetingRepository(*u.second).get(id);
    head.agenda[0].decided = u"Утвердить план."_s;
    MeetingRepository(u.first()).update(head);
    secretary.topic = u"Планирование"_s;
    CHECK_THROWS_AS(MeetingRepository(*u.second).update(secretary), EditConflict);
    const Meeting stored = MeetingRepository(u.first()).get(id);
    CHECK(stored.agenda.at(0).decided == u"Утвердить план."_s);
    CHECK(stored.topic.isEmpty());
    CHECK(stored.version.value == 2);
}

TEST_CASE("A methodical plan saved by two users keeps the first save and compares the items", "[rowversion]")
{
    TwoUsers u;
    MethodicalPlan plan;
    plan.kind = PlanKind::CentreWork;
    plan.title = u"План работы ИМЦ"_s;
    plan.startYear = 2026;
    PlanItem item;
    item.title = u"Августовская конференция"_s;
    item.term = u"август"_s;
    plan.items = {item};
    const qint64 id = PlanRepository(u.first()).insert(plan);
    MethodicalPlan head = PlanRepository(u.first()).get(id);
    MethodicalPlan methodist = PlanRepository(*u.second).get(id);
    CHECK(head.version.value == 1);
    head.items[0].form = u"конференция"_s;
    PlanRepository(u.first()).update(head);
    methodist.goal = u"Сопровождение педагогов"_s;
    CHECK_THROWS_WITH(PlanRepository(*u.second).update(methodist),
                      Catch::StartsWith("План работы ИМЦ was changed by another user"));
    const MethodicalPlan stored = PlanRepository(u.first()).get(id);
    CHECK(stored.goal.isEmpty());
    CHECK(stored.version.value == 2);
    QStringList differing;
    for (const ComparedField &f : RecordComparison::plans(methodist, stored)) {
        if (f.differs())
            differing << f.label + u": "_s + f.mine + u" | "_s + f.theirs;
    }
    CHECK(differing == QStringList{u"Goal: Сопровождение педагогов | "_s,
                                   u"Items: 1. Августовская конференция, август | 1. Августовская конференция — "
                                   "конференция, август"_s});
}

TEST_CASE("Events, competitions, routes, sites and associations refuse a stale save the same way", "[rowversion]")
{
    TwoUsers u;
    const QDate today(2026, 12, 4);

    SECTION("an event: the second user's save over the first's is refused, the participants kept")
    {
        MethodicalEvent e;
        e.kind = EventKind::Seminar;
        e.topic = u"Формирующее оценивание"_s;
        e.starts = QDate(2026, 12, 10);
        e.place = u"ИМЦ"_s;
        const qint64 id = EventRepository(u.first()).save(e, today);
        MethodicalEvent methodist = *EventRepository(u.first()).get(id);
        MethodicalEvent head = *EventRepository(*u.second).get(id);
        CHECK(methodist.version.value == 1);
        methodist.participants = {{u.anna, EventRole::Speaker}};
        EventRepository(u.first()).save(methodist, today);
        head.place = u"СОШ № 1"_s;
        CHECK_THROWS_WITH(EventRepository(*u.second).save(head, today),
                          Catch::StartsWith("Формирующее оценивание was changed by another user"));
        const MethodicalEvent stored = *EventRepository(u.first()).get(id);
        CHECK(stored.place == u"ИМЦ"_s);
        CHECK(stored.participants.size() == 1);
        CHECK(stored.version.value == 2);
        QStringList differing;
        for (const ComparedField &f : RecordComparison::events(u.first(), head, stored)) {
            if (f.differs())
                differing << f.label + u": "_s + f.mine + u" | "_s + f.theirs;
        }
        CHECK(differing == QStringList{u"Place: СОШ № 1 | ИМЦ"_s,
                                       u"Participants:  | Андреева Анна Петровна — speaker"_s});
        head.version = stored.version; // saved knowingly over the version now stored
        EventRepository(*u.second).save(head, today);
        CHECK(EventRepository(u.first()).get(id)->place == u"СОШ № 1"_s);
    }
    SECTION("a competition")
    {
        Competition c;
        c.name = u"Учитель года"_s;
        c.year = 2027;
        c.stages = {CompetitionLevel::Municipal};
        const qint64 id = CompetitionRepository(u.first()).save(c);
        Competition a = *CompetitionRepository(u.first()).get(id);
        Competition b = *CompetitionRepository(*u.second).get(id);
        a.entries = {CompetitionEntry{0, u.anna, {}, {}}};
        CompetitionRepository(u.first()).save(a);
        b.note = u"Положение от 01.12.2026"_s;
        CHECK_THROWS_AS(CompetitionRepository(*u.second).save(b), EditConflict);
        const Competition stored = *CompetitionRepository(u.first()).get(id);
        CHECK(stored.note.isEmpty());
        CHECK(stored.entries.size() == 1);
        CHECK(stored.version.value == 2);
    }
    SECTION("a route: a mentor's and a methodist's saves")
    {
        IndividualRoute r;
        r.teacherId = u.anna;
        r.startYear = 2026;
        r.goal = u"Освоить формирующее оценивание"_s;
        const qint64 id = RouteRepository(u.first()).save(r);
        IndividualRoute mentor = RouteRepository(u.first()).get(id);
        IndividualRoute methodist = RouteRepository(*u.second).get(id);
        mentor.curator = u"Белова И. Г."_s;
        RouteRepository(u.first()).save(mentor);
        methodist.tasks = u"Посетить 5 уроков"_s;
        CHECK_THROWS_WITH(RouteRepository(*u.second).save(methodist),
                          Catch::StartsWith("The individual route for 2026/2027 was changed by another user"));
        const IndividualRoute stored = RouteRepository(u.first()).get(id);
        CHECK(stored.tasks.isEmpty());
        CHECK(stored.curator == u"Белова И. Г."_s);
        CHECK(stored.version.value == 2);
    }
    SECTION("an innovation site")
    {
        InnovationSite s;
        s.organisationId = u.school;
        s.topic = u"Цифровая школа"_s;
        s.from = QDate(2025, 9, 1);
        const qint64 id = SiteRepository(u.first()).save(s);
        InnovationSite a = *SiteRepository(u.first()).get(id);
        InnovationSite b = *SiteRepository(*u.second).get(id);
        a.people = {{u.anna, u"руководитель"_s}};
        SiteRepository(u.first()).save(a);
        b.orderNumber = u"№ 1234"_s;
        CHECK_THROWS_AS(SiteRepository(*u.second).save(b), EditConflict);
        const InnovationSite stored = *SiteRepository(u.first()).get(id);
        CHECK(stored.orderNumber.isEmpty());
        CHECK(stored.people.size() == 1);
        CHECK(stored.version.value == 2);
    }
    SECTION("an association")
    {
        Association rmo;
        rmo.kind = AssociationKind::Rmo;
        rmo.level = AssociationLevel::Municipal;
        rmo.name = u"РМО учителей математики"_s;
        rmo.activeFrom = 2020;
        const qint64 id = AssociationRepository(u.first()).insert(rmo);
        Association a = AssociationRepository(u.first()).get(id);
        Association b = AssociationRepository(*u.second).get(id);
        a.headId = u.anna;
        AssociationRepository(u.first()).update(a);
        b.direction = u"математика"_s;
        CHECK_THROWS_WITH(AssociationRepository(*u.second).update(b),
                          Catch::StartsWith("РМО учителей математики was changed by another user"));
        const Association stored = AssociationRepository(u.first()).get(id);
        CHECK(stored.direction.isEmpty());
        CHECK(stored.headId == u.anna);
        CHECK(stored.version.value == 2);
        QStringList differing;
        const QList<AssociationMember> members{{0, id, u.anna, QDate(2026, 9, 1), {}}};
        for (const ComparedField &f : RecordComparison::associations(u.first(), b, {}, stored, members)) {
            if (f.differs())
                differing << f.label + u": "_s + f.mine + u" | "_s + f.theirs;
        }
        CHECK(differing == QStringList{u"Direction: математика | "_s, u"Head:  | Андреева Анна Петровна"_s,
                                       u"Members:  | Андреева Анна Петровна, 01.09.2026 – "_s});
    }
}

TEST_CASE("Programmes, course runs, attestation records, mentoring pairs, practices, vacancies and recommendations refuse a stale save the same way", "[rowversion]")
{
    TwoUsers u;
    auto differing = [](const QList<ComparedField> &fields) {
        QStringList out;
        for (const ComparedField &f : fields) {
            if (f.differs())
                out << f.label + u": "_s + f.mine + u" | "_s + f.theirs;
        }
        return out;
    };

    SECTION("a course run edited by two methodists")
    {
        TrainingRepository training(u.first());
        Programme p;
        p.title = u"Функциональная грамотность"_s;
        p.provider = u"ИРО"_s;
        p.hours = 36;
        const qint64 programme = training.insertProgramme(p);
        const qint64 id = training.insertRun({0, programme, QDate(2026, 12, 7), QDate(2026, 12, 18), u"ИМЦ"_s, {}, 25, {}});
        CourseRun a = training.run(id);
        CourseRun b = TrainingRepository(*u.second).run(id);
        CHECK(a.version.value == 1);
        a.seats = 30;
        training.updateRun(a);
        b.place = u"дистанционно"_s;
        CHECK_THROWS_WITH(TrainingRepository(*u.second).updateRun(b),
                          Catch::StartsWith("Course run 07.12–18.12.2026 was changed by another user"));
        const CourseRun stored = training.run(id);
        CHECK(stored.place == u"ИМЦ"_s);
        CHECK(stored.seats == 30);
        CHECK(stored.version.value == 2);
        CHECK(differing(RecordComparison::courseRuns(u.first(), b, stored))
              == QStringList{u"Place: дистанционно | ИМЦ"_s, u"Seats: 25 | 30"_s});
    }
    SECTION("a programme of the catalogue edited by two methodists")
    {
        TrainingRepository training(u.first());
        Programme p;
        p.title = u"Функциональная грамотность"_s;
        p.provider = u"ИРО"_s;
        p.hours = 36;
        const qint64 id = training.insertProgramme(p);
        Programme a = training.programme(id);
        Programme b = TrainingRepository(*u.second).programme(id);
        CHECK(a.version.value == 1);
        a.hours = 72;
        training.updateProgramme(a);
        b.federalRegistry = true;
        CHECK_THROWS_WITH(TrainingRepository(*u.second).updateProgramme(b),
                          Catch::StartsWith("Функциональная грамотность was changed by another user"));
        const Programme stored = training.programme(id);
        CHECK_FALSE(stored.federalRegistry);
        CHECK(stored.hours == 72);
        CHECK(stored.version.value == 2);
        CHECK(differing(RecordComparison::programmes(u.first(), b, stored))
              == QStringList{u"Hours: 36 | 72"_s, u"In the federal registry: yes | no"_s});
    }
    SECTION("an attestation record corrected by two methodists, the card's category following the one saved")
    {
        AttestationRepository attestation(u.first());
        AttestationRecord r;
        r.teacherId = u.anna;
        r.category = Category::First;
        r.granted = QDate(2023, 3, 15);
        const qint64 id = attestation.insertRecord(r);
        AttestationRecord a = attestation.record(id);
        AttestationRecord b = AttestationRepository(*u.second).record(id);
        CHECK(a.version.value == 1);
        a.category = Category::Highest;
        attestation.updateRecord(a);
        b.orderNumber = u"12-од"_s;
        b.orderDate = QDate(2023, 3, 20);
        CHECK_THROWS_WITH(AttestationRepository(*u.second).updateRecord(b),
                          Catch::StartsWith("Attestation of Андреева Анна Петровна of 15.03.2023 was changed by "
                                            "another user"));
        const AttestationRecord stored = attestation.record(id);
        CHECK(stored.orderNumber.isEmpty());
        CHECK(stored.category == Category::Highest);
        CHECK(stored.version.value == 2);
        CHECK(TeacherRepository(u.first()).get(u.anna).category == Category::Highest);
        CHECK(differing(RecordComparison::attestationRecords(u.first(), b, stored))
              == QStringList{u"Category: first | highest"_s, u"Order: 12-од of 20.03.2023 | "_s});
    }
    SECTION("a mentoring pair: the school's head and a methodist")
    {
        Teacher young;
        young.surname = u"Борисова"_s;
        young.name = u"Вера"_s;
        young.birthDate = QDate(2001, 6, 1);
        young.employments.append({0, u.school, u.post, {}, QDate(2025, 9, 1), {}});
        const qint64 vera = TeacherRepository(u.first()).insert(young);
        Mentorship m;
        m.mentorId = u.anna;
        m.menteeId = vera;
        m.starts = QDate(2025, 9, 1);
        const qint64 id = MentorshipRepository(u.first()).save(m);
        Mentorship head = *MentorshipRepository(u.first()).get(id);
        Mentorship methodist = *MentorshipRepository(*u.second).get(id);
        CHECK(head.version.value == 1);
        head.goals = u"Адаптация в коллективе"_s;
        MentorshipRepository(u.first()).save(head);
        methodist.ends = QDate(2026, 5, 31);
        CHECK_THROWS_WITH(MentorshipRepository(*u.second).save(methodist),
                          Catch::StartsWith("Mentoring of Борисова Вера was changed by another user"));
        const Mentorship stored = *MentorshipRepository(u.first()).get(id);
        CHECK_FALSE(stored.ends.isValid());
        CHECK(stored.goals == u"Адаптация в коллективе"_s);
        CHECK(stored.version.value == 2);
        CHECK(differing(RecordComparison::mentorships(u.first(), methodist, stored))
              == QStringList{u"To: 31.05.2026 | "_s, u"Goals:  | Адаптация в коллективе"_s});
        methodist.version = stored.version; // saved knowingly over the version now stored
        MentorshipRepository(*u.second).save(methodist);
        CHECK(MentorshipRepository(u.first()).get(id)->ends == QDate(2026, 5, 31));
    }
    SECTION("a practice of the bank, with its authors")
    {
        Practice p;
        p.title = u"Смысловое чтение на уроках истории"_s;
        const qint64 id = PracticeRepository(u.first()).save(p);
        Practice a = *PracticeRepository(u.first()).get(id, true);
        Practice b = *PracticeRepository(*u.second).get(id, true);
        a.authors = {u.anna};
        PracticeRepository(u.first()).save(a);
        b.subject = u"история"_s;
        CHECK_THROWS_AS(PracticeRepository(*u.second).save(b), EditConflict);
        const Practice stored = *PracticeRepository(u.first()).get(id, true);
        CHECK(stored.subject.isEmpty());
        CHECK(stored.authors == QList<qint64>{u.anna});
        CHECK(stored.version.value == 2);
        CHECK(differing(RecordComparison::practices(u.first(), b, stored))
              == QStringList{u"Authors:  | Андреева Анна Петровна"_s, u"Subject or area: история | "_s});
    }
    SECTION("a vacancy filled by one user and changed by another")
    {
        Vacancy v;
        v.organisationId = u.school;
        v.post = u"учитель"_s;
        v.subject = u"математика"_s;
        v.since = QDate(2026, 9, 1);
        const qint64 id = VacancyRepository(u.first()).save(v);
        Vacancy head = *VacancyRepository(u.first()).get(id);
        Vacancy methodist = *VacancyRepository(*u.second).get(id);
        head.filledByTeacherId = u.anna;
        head.filledOn = QDate(2026, 11, 2);
        VacancyRepository(u.first()).save(head);
        methodist.rate = 1.5;
        CHECK_THROWS_WITH(VacancyRepository(*u.second).save(methodist),
                          Catch::StartsWith("Vacancy: учитель, математика was changed by another user"));
        const Vacancy stored = *VacancyRepository(u.first()).get(id);
        CHECK(stored.rate == 1.0);
        CHECK(stored.isFilled());
        CHECK(stored.version.value == 2);
        CHECK(differing(RecordComparison::vacancies(u.first(), methodist, stored))
              == QStringList{u"Rate: 1,5 | 1"_s, u"Filled by:  | Андреева Анна Петровна"_s,
                             u"Filled on:  | 02.11.2026"_s});
    }
    SECTION("a recommendation checked by the head while a methodist edits it")
    {
        Recommendation r;
        r.madeOn = QDate(2026, 9, 1);
        r.addressee = u"руководителям ОО"_s;
        r.text = u"Направить на курсы педагогов без КПК за 3 года"_s;
        r.due = QDate(2026, 12, 31);
        const qint64 id = RecommendationRepository(u.first()).save(r);
        Recommendation head = *RecommendationRepository(u.first()).get(id);
        Recommendation methodist = *RecommendationRepository(*u.second).get(id);
        head.state = RecommendationState::Done;
        head.checkedOn = QDate(2026, 12, 4);
        RecommendationRepository(u.first()).save(head);
        methodist.due = QDate(2027, 1, 31);
        CHECK_THROWS_AS(RecommendationRepository(*u.second).save(methodist), EditConflict);
        const Recommendation stored = *RecommendationRepository(u.first()).get(id);
        CHECK(stored.due == QDate(2026, 12, 31));
        CHECK(stored.state == RecommendationState::Done);
        CHECK(stored.version.value == 2);
        CHECK(differing(RecordComparison::recommendations(methodist, stored))
              == QStringList{u"By: 31.01.2027 | 31.12.2026"_s, u"Done?: planned | done"_s,
                             u"Checked on:  | 04.12.2026"_s});
    }
}

namespace {

template <typename Entry>
QStringList differingLines(const QList<ComparedField> &fields)
{
    QStringList out;
    for (const ComparedField &f : fields) {
        if (f.differs())
            out << f.label + u": "_s + f.mine + u" | "_s + f.theirs;
    }
    return out;
}

} // namespace

TEST_CASE("A plan-graph saved by two users keeps the first save, compares the lines and saves only knowingly",
          "[rowversion]")
{
    TwoUsers u;
    Teacher boris;
    boris.surname = u"Борисов"_s;
    boris.name = u"Борис"_s;
    boris.birthDate = QDate(1985, 1, 2);
    boris.employments.append({0, u.school, u.post, {}, QDate(2016, 9, 1), {}});
    const qint64 borisId = TeacherRepository(u.first()).insert(boris);
    TrainingPlanRepository mine(u.first()), theirs(*u.second);

    // Both open the proposal: no plan saved, version 1.
    SavedPlanGraph<TrainingPlanEntry> a = mine.read(2027);
    SavedPlanGraph<TrainingPlanEntry> b = theirs.read(2027);
    CHECK_FALSE(a.saved);
    CHECK(a.version.value == 1);
    CHECK(b.version.value == 1);

    a.lines = {{u.anna, 2027, 0, u"ФГОС"_s}, {borisId, 2028, 0, u"ИКТ"_s}};
    mine.save(2027, a.lines, a.version.value);
    CHECK(mine.version(2027) == 2);

    // The second first save is refused: nothing of it is written.
    b.lines = {{u.anna, 2028, 0, u"Функциональная грамотность"_s}, {borisId, 2028, 0, u"ИКТ"_s}};
    try {
        theirs.save(2027, b.lines, b.version.value);
        FAIL("the stale save went through");
    } catch (const EditConflict &conflict) {
        CHECK(conflict.storedVersion() == 2);
        CHECK(conflict.message().startsWith(
            u"The further-training plan-graph 2027–2029 was saved by another user after you opened it"_s));
    }
    const SavedPlanGraph<TrainingPlanEntry> stored = theirs.read(2027);
    CHECK(stored.saved);
    CHECK(stored.version.value == 2);
    CHECK(stored.lines == a.lines);

    // The conflict shows the count of lines and the one teacher whose line differs.
    const QList<ComparedField> fields = RecordComparison::trainingPlans(*u.second, b, stored);
    CHECK(fields.first().label == u"Teachers in the plan"_s);
    CHECK(differingLines<TrainingPlanEntry>(fields)
          == QStringList{u"Андреева Анна Петровна: 2028: Функциональная грамотность | 2027: ФГОС"_s});

    // Knowingly over version 2; then a removal holding the old version is refused too.
    theirs.save(2027, b.lines, stored.version.value);
    CHECK(mine.load(2027) == b.lines);
    CHECK(mine.version(2027) == 3);
    CHECK_THROWS_AS(mine.remove(2027, 2), EditConflict);
    CHECK(mine.exists(2027));
    mine.remove(2027, 3);
    CHECK_FALSE(mine.exists(2027));
    // Removed, the plan keeps counting: an editor that read the saved plan is refused.
    CHECK(theirs.read(2027).version.value == 4);
    CHECK_THROWS_AS(theirs.save(2027, b.lines, 3), EditConflict);
    // Another year's plan is another plan; an unchecked save (a demo) always writes.
    CHECK(mine.version(2028) == 1);
    mine.save(2028, {{u.anna, 2029, 0, u"ФГОС"_s}});
    mine.save(2028, {{u.anna, 2030, 0, u"ФГОС"_s}});
    CHECK(mine.version(2028) == 3);
    CHECK(mine.load(2028).first().plannedYear == 2030);
}

TEST_CASE("An attestation plan-graph refuses a stale save and names the months that differ", "[rowversion]")
{
    TwoUsers u;
    AttestationPlanRepository mine(u.first()), theirs(*u.second);
    const int read = theirs.read(2027).version.value;
    AttestationPlanEntry first;
    first.teacherId = u.anna;
    first.category = Category::First;
    first.applyYear = 2027;
    first.applyMonth = 2;
    first.attestYear = 2027;
    first.attestMonth = 5;
    mine.save(2027, {first}, mine.read(2027).version.value);

    SavedPlanGraph<AttestationPlanEntry> b;
    AttestationPlanEntry fitness;
    fitness.teacherId = u.anna;
    fitness.kind = AttestationKind::Fitness;
    fitness.attestYear = 2028;
    fitness.attestMonth = 11;
    b.lines = {fitness};
    b.version.value = read;
    CHECK_THROWS_WITH(theirs.save(2027, b.lines, read),
                      Catch::StartsWith("The attestation plan-graph 2027–2031 was saved by another user"));
    CHECK(mine.load(2027) == QList<AttestationPlanEntry>{first});
    const QStringList lines = differingLines<AttestationPlanEntry>(
        RecordComparison::attestationPlans(*u.second, b, theirs.read(2027)));
    CHECK(lines == QStringList{u"Андреева Анна Петровна: fitness for the post: attestation 11.2028"
                               " | first: application 02.2027, attestation 05.2027"_s});
    // The training plan of the same year is another plan: its version is untouched.
    CHECK(TrainingPlanRepository(u.first()).version(2027) == 1);
}

TEST_CASE("Steps on participants and applications are made on what the user saw, or refused", "[rowversion]")
{
    TwoUsers u;
    TrainingRepository mine(u.first()), theirs(*u.second);
    Programme p;
    p.title = u"ФГОС"_s;
    p.provider = u"ИРО"_s;
    p.hours = 36;
    const qint64 run = mine.insertRun({0, mine.insertProgramme(p), QDate(2026, 12, 7), QDate(2026, 12, 18), {}, {}, 1, {}});
    const qint64 e = mine.apply(run, u.anna, u.school, QDate(2026, 11, 20));
    const QList<Enrolment> shown = mine.enrolments(run);
    mine.checkParticipants(run, shown); // as shown: no refusal

    // The other methodist approves; this user's list is then out of date.
    theirs.approve(e);
    CHECK_THROWS_AS(mine.checkParticipants(run, shown), EditConflict);
    const QList<Enrolment> approved = mine.enrolments(run);
    mine.checkParticipants(run, approved);
    // An undo on a server restores the list it left only while it is still that.
    theirs.withdraw(e);
    CHECK_THROWS_AS(mine.replaceEnrolments(run, shown, &approved), EditConflict);
    CHECK(mine.enrolment(e).status == EnrolmentStatus::Withdrawn);
    mine.replaceEnrolments(run, shown); // unchecked: a file's undo
    CHECK(mine.enrolment(e).status == EnrolmentStatus::Applied);

    AttestationApplication a;
    a.teacherId = u.anna;
    a.category = Category::First;
    a.plannedYear = 2027;
    a.plannedMonth = 3;
    a.submittedOn = QDate(2026, 11, 20);
    AttestationRepository attestation(u.first());
    const qint64 id = attestation.submit(a).id;
    const AttestationApplication seen = attestation.application(id);
    attestation.checkApplication(seen);
    AttestationRepository(*u.second).startReview(id);
    CHECK_THROWS_WITH(attestation.checkApplication(seen),
                      Catch::StartsWith("The application of Андреева Анна Петровна was changed by another user"));
    const AttestationApplication reviewed = attestation.application(id);
    AttestationRepository(*u.second).withdraw(id);
    CHECK_THROWS_AS(attestation.checkApplication(reviewed), EditConflict); // withdrawn: gone
}

TEST_CASE("Tracks of development and their enrolments refuse a stale save the same way", "[rowversion]")
{
    TwoUsers u;
    TrackRepository mine(u.first()), theirs(*u.second);
    DevelopmentTrack t;
    t.name = u"Устранение дефицита кадров"_s;
    const qint64 track = mine.saveTrack(t);
    DevelopmentTrack a = *mine.track(track), b = *theirs.track(track);
    CHECK(a.version.value == 1);
    a.description = u"Переподготовка по дефицитным предметам"_s;
    mine.saveTrack(a);
    b.name = u"Кадровый дефицит"_s;
    CHECK_THROWS_WITH(theirs.saveTrack(b),
                      Catch::StartsWith("Track: Кадровый дефицит was changed by another user"));
    CHECK(mine.track(track)->name == u"Устранение дефицита кадров"_s);
    QStringList differing;
    for (const ComparedField &f : RecordComparison::tracks(b, *theirs.track(track))) {
        if (f.differs())
            differing << f.label + u": "_s + f.mine + u" | "_s + f.theirs;
    }
    CHECK(differing == QStringList{u"Name: Кадровый дефицит | Устранение дефицита кадров"_s,
                                   u"Description:  | Переподготовка по дефицитным предметам"_s});

    // Two methodists mark one enrolment: the second is refused until they save knowingly.
    TrackEnrolment e;
    e.trackId = track;
    e.teacherId = u.anna;
    e.halfYear = {2026, 2};
    const qint64 id = mine.saveEnrolment(e, QDate(2026, 11, 20));
    TrackEnrolment x = *mine.enrolment(id), y = *theirs.enrolment(id);
    x.completed = true;
    mine.saveEnrolment(x, QDate(2026, 11, 20));
    y.halfYear = {2027, 1};
    try {
        theirs.saveEnrolment(y, QDate(2026, 11, 20));
        FAIL("the stale save went through");
    } catch (const EditConflict &conflict) {
        CHECK(conflict.storedVersion() == 2);
        CHECK(conflict.message().startsWith(
            u"Track: Устранение дефицита кадров, Андреева Анна Петровна was changed by another user"_s));
    }
    const TrackEnrolment stored = *theirs.enrolment(id);
    CHECK(stored.completed);
    CHECK(stored.halfYear == HalfYear{2026, 2});
    differing.clear();
    for (const ComparedField &f : RecordComparison::trackEnrolments(*u.second, y, stored)) {
        if (f.differs())
            differing << f.label + u": "_s + f.mine + u" | "_s + f.theirs;
    }
    CHECK(differing.size() == 2);
    CHECK(differing.first().startsWith(u"Half-year: "_s));
    CHECK(differing.last() == u"Completed: no | yes"_s);
    y.version = stored.version;
    theirs.saveEnrolment(y, QDate(2026, 11, 20));
    CHECK(mine.enrolment(id)->halfYear == HalfYear{2027, 1});
    CHECK(mine.enrolment(id)->version.value == 3);
}
