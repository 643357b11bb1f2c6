// Young teachers and mentoring (issue 14, item 1; core/README.md «Young
// teachers and mentoring»): who is a young teacher at the boundaries, when a
// pair is active, what counts as support, the mentor's load, the forms as
// people write them, and the store. The day is 22.11.2026.
#include <catch2/catch.hpp>

#include "planning/YoungTeachers.h"
#include "store/Database.h"
#include "store/MentorshipRepository.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"
#include "support/ImportFixtures.h"
#include "support/TestSupport.h"
#include "store/OrganisationRepository.h"
#include "util/Error.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

const QDate kDay(2026, 11, 22);

TeacherRow row(qint64 id, const QString &surname, QDate born, QDate experience, bool pedagogical = true)
{
    TeacherRow r;
    r.id = id;
    r.surname = surname;
    r.name = u"Анна"_s;
    r.patronymic = u"Петровна"_s;
    r.birthDate = born;
    r.experienceStart = experience;
    r.pedagogical = pedagogical;
    r.organisations = u"МБОУ СОШ № 1"_s;
    r.positions = u"учитель"_s;
    return r;
}

Mentorship pair(qint64 id, qint64 mentor, qint64 mentee, QDate starts, QDate ends = {})
{
    Mentorship m;
    m.id = id;
    m.mentorId = mentor;
    m.menteeId = mentee;
    m.starts = starts;
    m.ends = ends;
    return m;
}

QStringList names(const QList<YoungTeacher> &list)
{
    QStringList out;
    for (const YoungTeacher &y : list)
        out << y.name.section(u' ', 0, 0);
    return out;
}

} // namespace

TEST_CASE("A young teacher: under 35 full years and under 3 years of experience that day", "[mentoring]")
{
    YoungTeachersData data;
    data.day = kDay;
    data.teachers = {
        row(1, u"Алексеева"_s, QDate(1991, 11, 22), QDate(2025, 9, 1)), // 35 today: no longer young
        row(2, u"Борисова"_s, QDate(1991, 11, 23), QDate(2023, 11, 23)), // 35 tomorrow, 3 years tomorrow: young
        row(3, u"Васильева"_s, QDate(1995, 1, 1), QDate(2023, 11, 22)),  // exactly 3 years today: not young
        row(4, u"Григорьева"_s, QDate(2000, 5, 5), QDate(2025, 9, 1), false), // no pedagogical post
        row(5, u"Дмитриева"_s, QDate(2000, 5, 5), QDate()),              // experience unknown
        row(6, u"Ершова"_s, QDate(2001, 2, 3), QDate(2026, 9, 1))};
    const QList<YoungTeacher> young = YoungTeachers::list(data);
    CHECK(names(young) == QStringList({u"Борисова"_s, u"Ершова"_s}));
    CHECK(young[0].age == 34);
    CHECK(young[0].experienceYears == 2);
    CHECK_FALSE(young[0].supported());
}

TEST_CASE("A pair supports its mentee from its first day to its last, and so does a young-teachers association",
          "[mentoring]")
{
    YoungTeachersData data;
    data.day = kDay;
    data.teachers = {row(1, u"Иванова"_s, QDate(1970, 1, 1), QDate(1995, 9, 1)), // a mentor
                     row(2, u"Петрова"_s, QDate(1970, 1, 1), QDate(1995, 9, 1)), // another
                     row(10, u"Андреева"_s, QDate(2000, 1, 1), QDate(2025, 9, 1)),
                     row(11, u"Белова"_s, QDate(2000, 1, 1), QDate(2025, 9, 1)),
                     row(12, u"Волкова"_s, QDate(2000, 1, 1), QDate(2025, 9, 1)),
                     row(13, u"Гусева"_s, QDate(2000, 1, 1), QDate(2025, 9, 1)),
                     row(14, u"Демина"_s, QDate(2000, 1, 1), QDate(2025, 9, 1))};
    data.mentorships = {pair(1, 1, 10, kDay),                       // starts today
                        pair(2, 2, 10, QDate(2025, 9, 1)),           // a second mentor at once
                        pair(3, 1, 11, QDate(2025, 9, 1), kDay),     // ends today: still active
                        pair(4, 1, 12, QDate(2025, 9, 1), kDay.addDays(-1)), // ended yesterday
                        pair(5, 1, 13, kDay.addDays(1))};           // starts tomorrow
    Association school;
    school.id = 7;
    school.kind = AssociationKind::YoungTeachers;
    school.name = u"Школа молодого педагога"_s;
    data.youngAssociations = {school};
    AssociationMember member;
    member.associationId = 7;
    member.teacherId = 14;
    member.joined = QDate(2026, 9, 1);
    data.members.insert(7, {member});

    const QList<YoungTeacher> young = YoungTeachers::list(data);
    REQUIRE(names(young) == QStringList({u"Андреева"_s, u"Белова"_s, u"Волкова"_s, u"Гусева"_s, u"Демина"_s}));
    CHECK(young[0].mentorships.size() == 2);
    CHECK(young[1].supported());
    CHECK_FALSE(young[2].supported());
    CHECK_FALSE(young[3].supported());
    CHECK(young[4].supported());
    CHECK(young[4].associations == QStringList{u"Школа молодого педагога"_s});

    // One teacher's support (a card) by the same rule.
    CHECK(YoungTeachers::supportOf(data, 10).mentorships.size() == 2);
    CHECK(YoungTeachers::supportOf(data, 11).any());
    CHECK_FALSE(YoungTeachers::supportOf(data, 12).any());
    CHECK_FALSE(YoungTeachers::supportOf(data, 13).any());
    CHECK(YoungTeachers::supportOf(data, 14).associations == QStringList{u"Школа молодого педагога"_s});

    // The association no longer works this academic year: no support.
    data.youngAssociations[0].activeTo = 2025;
    CHECK_FALSE(YoungTeachers::list(data)[4].supported());
    CHECK_FALSE(YoungTeachers::supportOf(data, 14).any());
}

TEST_CASE("A mentor's load counts the pairs active that day, and above the limit the council is warned", "[mentoring]")
{
    YoungTeachersData data;
    data.day = kDay;
    data.loadLimit = 3;
    data.teachers = {row(1, u"Иванова"_s, QDate(1970, 1, 1), QDate(1995, 9, 1)),
                     row(2, u"Петрова"_s, QDate(1970, 1, 1), QDate(1995, 9, 1)),
                     row(10, u"Андреева"_s, QDate(2000, 1, 1), QDate(2025, 9, 1)),
                     row(11, u"Белова"_s, QDate(2000, 1, 1), QDate(2025, 9, 1)),
                     row(12, u"Волкова"_s, QDate(2000, 1, 1), QDate(2025, 9, 1)),
                     row(13, u"Гусева"_s, QDate(2000, 1, 1), QDate(2025, 9, 1))};
    data.mentorships = {pair(1, 2, 13, QDate(2025, 9, 1)), pair(2, 2, 12, QDate(2025, 9, 1)),
                        pair(3, 2, 11, QDate(2025, 9, 1)), pair(4, 2, 10, QDate(2025, 9, 1), kDay.addDays(-1)),
                        pair(5, 1, 10, QDate(2025, 9, 1))};
    QList<MentorLoad> mentors = YoungTeachers::mentors(data);
    REQUIRE(mentors.size() == 2);
    CHECK(mentors[0].name.startsWith(u"Иванова"_s));
    CHECK(mentors[0].load() == 1);
    CHECK(mentors[1].load() == 3); // the fourth pair ended yesterday
    CHECK(mentors[1].mentees == QStringList({u"Белова Анна Петровна"_s, u"Волкова Анна Петровна"_s,
                                             u"Гусева Анна Петровна"_s}));
    CHECK_FALSE(mentors[1].overLimit); // 3 is the limit itself
    data.mentorships[3].ends = QDate();
    mentors = YoungTeachers::mentors(data);
    CHECK(mentors[1].load() == 4);
    CHECK(mentors[1].overLimit);
}

TEST_CASE("Mentoring forms are read as people write them", "[mentoring]")
{
    MentorshipForm f = MentorshipForm::Group;
    CHECK(MentorshipText::parse(u"педагог-педагог"_s, &f));
    CHECK(f == MentorshipForm::TeacherTeacher);
    f = MentorshipForm::Group;
    CHECK(MentorshipText::parse(u"Педагог — педагог"_s, &f));
    CHECK(f == MentorshipForm::TeacherTeacher);
    CHECK(MentorshipText::parse(u"руководитель – педагог"_s, &f));
    CHECK(f == MentorshipForm::ManagerTeacher);
    CHECK(MentorshipText::parse(u"Студент-педагог"_s, &f));
    CHECK(f == MentorshipForm::StudentTeacher);
    CHECK(MentorshipText::parse(u"группа"_s, &f));
    CHECK(f == MentorshipForm::Group);
    CHECK_FALSE(MentorshipText::parse(u"ученик – ученик"_s, &f));
    CHECK_FALSE(MentorshipText::parse(u""_s, &f));
}

TEST_CASE("Mentorships are stored once per mentor, mentee and first day, and bad pairs are refused with reasons",
          "[mentoring][store]")
{
    TempDatabase t;
    TeacherRepository teachers(t.db());
    Teacher mentor;
    mentor.surname = u"Иванова"_s;
    mentor.name = u"Мария"_s;
    const qint64 mentorId = teachers.insert(mentor);
    Teacher mentee;
    mentee.surname = u"Андреева"_s;
    mentee.name = u"Ольга"_s;
    const qint64 menteeId = teachers.insert(mentee);

    MentorshipRepository repo(t.db());
    Mentorship m = pair(0, mentorId, menteeId, QDate(2026, 9, 1));
    m.form = MentorshipForm::ManagerTeacher;
    m.goals = u"Освоить технологию формирующего оценивания"_s;
    m.id = repo.save(m);
    CHECK(repo.get(m.id) == m);
    CHECK(repo.ofTeacher(mentorId) == QList<Mentorship>{m});
    CHECK(repo.ofTeacher(menteeId) == QList<Mentorship>{m});
    CHECK(SettingsRepository(t.db()).mentorLoadLimit() == 3);

    Mentorship again = m;
    again.id = 0;
    CHECK_THROWS_WITH(repo.save(again), Catch::Contains("have a pair starting on 01.09.2026 already"));
    Mentorship self = pair(0, mentorId, mentorId, QDate(2026, 9, 1));
    CHECK_THROWS_WITH(repo.save(self), Catch::Contains("the same person"));
    Mentorship backwards = pair(0, mentorId, menteeId, QDate(2026, 9, 2), QDate(2026, 9, 1));
    CHECK_THROWS_WITH(repo.save(backwards), Catch::Contains("ends before it starts"));

    // Deleted, then brought back with its id (undo).
    repo.remove(m.id);
    CHECK_FALSE(repo.get(m.id));
    CHECK(repo.save(m) == m.id);
    CHECK(repo.all() == QList<Mentorship>{m});
}

TEST_CASE("An organisation's card reads its own staff with all their posts, and a teacher's card their own pairs",
          "[mentoring][store]")
{
    // teachers_good.csv on 22.11.2026: Иванова at СОШ № 1 and the ДДТ,
    // Петров (director) and Козлова at СОШ № 1, Сидорова (born 30.11.2001,
    // in post since 01.09.2024: young) at детский сад № 3.
    TempDatabase t;
    addRegistryTeachers(t.db());
    qint64 school = 0, kindergarten = 0;
    for (const Organisation &o : OrganisationRepository(t.db()).all()) {
        if (o.name == u"МБОУ СОШ № 1"_s)
            school = o.id;
        if (o.name.contains(u"Звездочка"_s))
            kindergarten = o.id;
    }
    REQUIRE(school > 0);
    REQUIRE(kindergarten > 0);
    const QList<TeacherRow> staff = TeacherRepository(t.db()).rowsOf(school, kDay);
    QStringList surnames;
    for (const TeacherRow &r : staff)
        surnames << r.surname;
    surnames.sort();
    CHECK(surnames == QStringList({u"Иванова"_s, u"Козлова"_s, u"Петров"_s}));
    for (const TeacherRow &r : staff) {
        if (r.surname == u"Иванова"_s)
            CHECK(r.posts.size() == 2); // the ДДТ's post too
    }
    CHECK(TeacherRepository(t.db()).rowsOf(0, kDay).size() == 4); // everyone, as rows()

    YoungTeachersData data = YoungTeachersData::read(t.db(), kDay, kindergarten);
    QList<YoungTeacher> young = YoungTeachers::list(data);
    REQUIRE(names(young) == QStringList{u"Сидорова"_s});
    CHECK_FALSE(young[0].supported());
    CHECK(YoungTeachers::list(YoungTeachersData::read(t.db(), kDay, school)).isEmpty());

    qint64 petrov = 0;
    for (const TeacherRow &r : staff) {
        if (r.surname == u"Петров"_s)
            petrov = r.id;
    }
    Mentorship m = pair(0, petrov, young[0].teacherId, QDate(2026, 9, 1));
    m.form = MentorshipForm::ManagerTeacher;
    MentorshipRepository(t.db()).save(m);
    CHECK(YoungTeachers::list(YoungTeachersData::read(t.db(), kDay, kindergarten))[0].supported());
    const YoungTeachersData one = YoungTeachersData::readFor(t.db(), young[0].teacherId, kDay);
    CHECK(one.teachers.isEmpty()); // no registry read for a card
    CHECK(YoungTeachers::supportOf(one, young[0].teacherId).mentorships.size() == 1);
    CHECK_FALSE(YoungTeachers::supportOf(YoungTeachersData::readFor(t.db(), petrov, kDay), petrov).any());
}
