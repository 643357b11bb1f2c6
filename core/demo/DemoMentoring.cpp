#include "demo/DemoMentoring.h"

#include "demo/DemoRandom.h"
#include "domain/DateText.h"
#include "domain/TeacherFacts.h"
#include "planning/YoungTeachers.h"
#include "store/AssociationRepository.h"
#include "store/MentorshipRepository.h"
#include "store/TeacherRepository.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost::demo {

namespace {

// What a school writes as the goals of a young teacher's mentoring, and the result of a finished one.
const QStringList &goals()
{
    static const QStringList list = {
        u"Адаптация в коллективе; структура современного урока по ФГОС"_s,
        u"Рабочая программа и календарно-тематическое планирование; формирующее оценивание"_s,
        u"Классное руководство и работа с родителями обучающихся"_s,
        u"Дисциплина на уроке и мотивация обучающихся; подготовка открытого урока"_s,
        u"Подготовка обучающихся к ВПР и ОГЭ по предмету"_s,
    };
    return list;
}

const QStringList &results()
{
    static const QStringList list = {
        u"Адаптация пройдена; проведён открытый урок"_s,
        u"Разработана рабочая программа; выступление на заседании ШМО"_s,
        u"Проведено родительское собрание; участие в конкурсе «Педагогический дебют»"_s,
    };
    return list;
}

struct Person
{
    const TeacherRow *row = nullptr;
    int age = -1;
    int experience = -1;
    qint64 organisation = 0;
    QString municipality;
    bool manager = false; // директор, заместитель директора, заведующий
};

Person personOf(const TeacherRow &row, QDate today)
{
    Teacher t;
    t.birthDate = row.birthDate;
    t.experienceStart = row.experienceStart;
    Person p;
    p.row = &row;
    p.age = TeacherFacts::age(t, today);
    p.experience = TeacherFacts::experienceYears(t, today);
    p.organisation = row.organisationIds.value(0);
    if (!row.posts.isEmpty()) {
        p.municipality = row.posts.first().municipality;
        const QString position = row.posts.first().position.toLower();
        p.manager = position.contains(u"директор"_s) || position.contains(u"заведующ"_s);
    }
    return p;
}

// An experienced teacher who may mentor: a pedagogical post, 10 years and
// more of experience or a category, under 65.
bool canMentor(const Person &p)
{
    if (!p.row->pedagogical || p.age < 28 || p.age >= 65 || p.experience < 5)
        return false;
    return p.experience >= 10 || p.row->category != Category::None;
}

// The first day of a young teacher's mentoring: soon after they started, never after today.
QDate startOf(DemoRandom &random, const TeacherRow &row, QDate today)
{
    QDate from = row.firstHired.isValid() ? row.firstHired : row.experienceStart;
    if (!from.isValid())
        from = QDate(DateText::academicYearStart(today), 9, 1);
    return std::min(from.addDays(random.between(0, 20)), today);
}

class Builder
{
public:
    Builder(Database &db, quint32 seed, QDate today)
        : m_db(db), m_random(seed ^ 0x4d454e54u), m_today(today), m_historyStarts(today.addYears(-8))
    {
    }

    int run()
    {
        const QList<TeacherRow> rows = TeacherRepository(m_db).rows(m_today);
        QList<Person> people;
        people.reserve(rows.size());
        for (const TeacherRow &row : rows)
            people << personOf(row, m_today);
        for (const Person &p : people) {
            if (canMentor(p) && !p.manager)
                m_mentors[p.organisation] << p;
            if (p.manager)
                m_managers[p.organisation] << p;
            if (canMentor(p) && !p.manager)
                m_municipal[p.municipality] << p;
        }
        YoungTeachersData data;
        data.day = m_today;
        data.teachers = rows;
        const QList<YoungTeacher> young = YoungTeachers::list(data);
        QHash<qint64, const Person *> byId;
        for (const Person &p : people)
            byId.insert(p.row->id, &p);
        QSet<qint64> youngIds;
        for (const YoungTeacher &y : young) {
            mentorYoung(*byId.value(y.teacherId));
            youngIds.insert(y.teacherId);
        }
        // The young of the past years, no longer young: mentored through
        // their first years (ended pairs), fewer the longer ago.
        QList<const Person *> former;
        for (const Person &p : people) {
            if (!youngIds.contains(p.row->id) && wasYoung(p)) {
                former << &p;
                formerPair(p);
            }
        }
        schools(young, former, byId);
        return m_pairs;
    }

private:
    // The mentor for `mentee` among `candidates`: of the mentee's subject
    // when one teaches it, the least loaded first, never the mentee.
    const Person *choose(const QList<Person> &candidates, const Person &mentee)
    {
        const Person *best = nullptr;
        int bestScore = 0;
        for (const Person &c : candidates) {
            if (c.row->id == mentee.row->id)
                continue;
            const bool sameSubject = !mentee.row->subjects.isEmpty() && c.row->subjects == mentee.row->subjects;
            // Same subject first; fewer mentees next; a little chance breaks ties.
            const int score = (sameSubject ? 100 : 0) - 20 * m_load.value(c.row->id) + m_random.between(0, 9);
            if (!best || score > bestScore) {
                best = &c;
                bestScore = score;
            }
        }
        return best;
    }

    void write(const Person &mentor, const Person &mentee, MentorshipForm form, QDate starts, QDate ends,
               const QString &goal, const QString &result)
    {
        Mentorship m;
        m.mentorId = mentor.row->id;
        m.menteeId = mentee.row->id;
        m.form = form;
        m.starts = starts;
        m.ends = ends;
        m.goals = goal;
        m.result = result;
        MentorshipRepository(m_db).save(m);
        ++m_pairs;
        if (!ends.isValid() || ends >= m_today)
            m_load[mentor.row->id] += 1;
    }

    void mentorYoung(const Person &mentee)
    {
        if (!m_random.chance(0.68))
            return; // not (yet) given a mentor: the ones the page shows in red
        const QDate starts = startOf(m_random, *mentee.row, m_today);
        // Copies that outlive the pointers chosen from them; a young deputy
        // head (a manager with a teaching post) does not mentor themselves.
        QList<Person> managers;
        for (const Person &p : m_managers.value(mentee.organisation)) {
            if (p.row->id != mentee.row->id)
                managers << p;
        }
        const QList<Person> colleagues = m_mentors.value(mentee.organisation);
        const bool byManager = m_random.chance(0.1) && !managers.isEmpty();
        const Person *mentor = byManager ? &m_random.pick(managers) : choose(colleagues, mentee);
        if (!mentor)
            return; // a small school with nobody to mentor
        // A few pairs ended after the first year, the mentee on their own since.
        QDate ends;
        QString result;
        if (starts.addYears(1) < m_today && m_random.chance(0.15)) {
            ends = starts.addYears(1).addDays(-1);
            result = m_random.pick(results());
        }
        write(*mentor, mentee, byManager ? MentorshipForm::ManagerTeacher : MentorshipForm::TeacherTeacher, starts,
              ends, m_random.pick(goals()), result);
        // A second, methodical mentor from another school of the municipality.
        if (!ends.isValid() && m_random.chance(0.08)) {
            QList<Person> others;
            for (const Person &p : m_municipal.value(mentee.municipality)) {
                if (p.organisation != mentee.organisation && p.row->id != mentor->row->id)
                    others << p;
            }
            if (const Person *second = choose(others, mentee))
                write(*second, mentee, MentorshipForm::TeacherTeacher, starts.addMonths(1) > m_today ? starts : starts.addMonths(1),
                      {}, u"Методическое сопровождение: подготовка к участию в конкурсе «Педагогический дебют»"_s, {});
        }
    }

    // Young (TeacherFacts::isYoung) at some day since the history's start,
    // eight years before today: a pedagogical post now, started then under 35.
    bool wasYoung(const Person &p) const
    {
        const QDate start = p.row->experienceStart;
        if (!p.row->pedagogical || !start.isValid() || start <= m_historyStarts.addYears(-3)
            || !p.row->birthDate.isValid())
            return false;
        return TeacherFacts::fullYears(p.row->birthDate, start) < TeacherFacts::kYoungAgeBelow;
    }

    // The last day a teacher is young: the day before their third year of
    // experience or their 35th birthday, whichever comes first.
    static QDate youngUntil(const TeacherRow &row)
    {
        return std::min(row.experienceStart.addYears(TeacherFacts::kYoungExperienceBelow),
                        row.birthDate.addYears(TeacherFacts::kYoungAgeBelow)).addDays(-1);
    }

    // A teacher young in the past years, mentored from soon after they
    // started to the end of their young years or for a year or two; more
    // often the nearer the years (the target model of mentoring spread).
    void formerPair(const Person &p)
    {
        const QDate start = p.row->experienceStart;
        const double recent = std::clamp(double(m_historyStarts.daysTo(start)) / m_historyStarts.daysTo(m_today), 0.0, 1.0);
        if (!m_random.chance(0.3 + 0.3 * recent))
            return;
        const QDate starts = start.addDays(m_random.between(0, 20));
        QList<Person> colleagues; // who worked there then
        for (const Person &c : m_mentors.value(p.organisation)) {
            if (c.row->firstHired.isValid() && c.row->firstHired <= starts)
                colleagues << c;
        }
        const Person *mentor = choose(colleagues, p);
        if (!mentor)
            return;
        QDate ends = m_random.chance(0.6) ? youngUntil(*p.row)
                                          : starts.addYears(m_random.between(1, 2)).addDays(-1);
        ends = std::min(ends, m_today.addDays(-1));
        if (ends < starts)
            return;
        Mentorship m;
        m.mentorId = mentor->row->id;
        m.menteeId = p.row->id;
        m.form = MentorshipForm::TeacherTeacher;
        m.starts = starts;
        m.ends = ends;
        m.goals = m_random.pick(goals());
        m.result = m_random.pick(results());
        MentorshipRepository(m_db).save(m);
        ++m_pairs;
    }

    // «Школа молодого педагога» of each municipality with young teachers,
    // working for years: a third of the young attend it, a fifth of those
    // of the past years did, from their first September to the end of the
    // school year in which they stopped being young.
    void schools(const QList<YoungTeacher> &young, const QList<const Person *> &former,
                 const QHash<qint64, const Person *> &byId)
    {
        QMap<QString, QList<const Person *>> byMunicipality, formerBy;
        for (const YoungTeacher &y : young)
            byMunicipality[byId.value(y.teacherId)->municipality] << byId.value(y.teacherId);
        for (const Person *p : former)
            formerBy[p->municipality] << p;
        AssociationRepository repo(m_db);
        const int year = DateText::academicYearStart(m_today);
        for (auto it = byMunicipality.cbegin(); it != byMunicipality.cend(); ++it) {
            if (it.value().size() < 4)
                continue;
            const QList<Person> heads = m_municipal.value(it.key());
            if (heads.isEmpty())
                continue;
            Association a;
            a.kind = AssociationKind::YoungTeachers;
            a.level = AssociationLevel::Municipal;
            a.name = u"Школа молодого педагога"_s + (byMunicipality.size() > 1 ? u" ("_s + it.key() + u')' : QString());
            a.direction = u"молодые педагоги"_s;
            a.headId = m_random.pick(heads).row->id;
            a.activeFrom = year - m_random.between(5, 8);
            a.id = repo.insert(a);
            const QDate opened(a.activeFrom, 9, 1);
            const auto joinedOn = [&](const TeacherRow &row) {
                QDate joined(DateText::academicYearStart(row.experienceStart), 9, 1);
                if (row.firstHired.isValid() && row.firstHired > joined)
                    joined = row.firstHired;
                return std::min(std::max(joined, opened), m_today);
            };
            QList<AssociationMember> members;
            for (const Person *p : it.value()) {
                if (m_random.chance(0.35))
                    members << AssociationMember{0, a.id, p->row->id, joinedOn(*p->row), {}};
            }
            for (const Person *p : formerBy.value(it.key())) {
                if (!m_random.chance(0.2))
                    continue;
                // Until the summer after their last young day.
                const QDate left(DateText::academicYearStart(youngUntil(*p->row)) + 1, 6, 1);
                const QDate joined = joinedOn(*p->row);
                if (left > joined && left <= m_today)
                    members << AssociationMember{0, a.id, p->row->id, joined, left};
            }
            repo.insertMembers(members);
        }
    }

    Database &m_db;
    DemoRandom m_random;
    QDate m_today;
    QDate m_historyStarts; // the young of the years since are mentored in the demo
    QHash<qint64, QList<Person>> m_mentors;  // by organisation: teachers who may mentor
    QHash<qint64, QList<Person>> m_managers; // by organisation: director, deputies
    QHash<QString, QList<Person>> m_municipal; // by municipality: teachers who may mentor
    QHash<qint64, int> m_load;               // active mentees by mentor
    int m_pairs = 0;
};

} // namespace

int DemoMentoring::fill(Database &db, quint32 seed, QDate today)
{
    return Builder(db, seed, today).run();
}

} // namespace profrost::demo
