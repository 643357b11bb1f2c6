#include "planning/YoungTeachers.h"

#include "domain/DateText.h"
#include "domain/TeacherFacts.h"
#include "store/AssociationRepository.h"
#include "store/MentorshipRepository.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"
#include "util/TextNormalize.h"

#include <algorithm>

namespace profrost {

namespace {

// By name, as every list of people (alphabeticalLess).
template <typename T>
void sortByName(QList<T> &items)
{
    std::stable_sort(items.begin(), items.end(),
                     [](const T &a, const T &b) { return alphabeticalLess(a.name, b.name); });
}

// The young-teachers associations with their members, and the load limit.
void readSupportRules(Database &db, YoungTeachersData *data)
{
    AssociationRepository associations(db);
    for (const Association &a : associations.all()) {
        if (a.kind != AssociationKind::YoungTeachers)
            continue;
        data->youngAssociations << a;
        data->members.insert(a.id, associations.members(a.id));
    }
    data->loadLimit = SettingsRepository(db).mentorLoadLimit();
}

// THE RULE of a young teacher's support (core/README.md), its one place:
// the pairs active on the day with them as the mentee, and membership on
// the day of a young-teachers association working in its academic year.
// Indexed once, so that a region's list costs one pass over each table.
class SupportIndex
{
public:
    explicit SupportIndex(const YoungTeachersData &data)
    {
        for (const Mentorship &m : data.mentorships) {
            if (MentorshipRules::isActive(m, data.day))
                m_support[m.menteeId].mentorships << m;
        }
        const int year = DateText::academicYearStart(data.day);
        for (const Association &a : data.youngAssociations) {
            if (!a.activeInYear(year))
                continue;
            for (const AssociationMember &member : data.members.value(a.id)) {
                QStringList &names = m_support[member.teacherId].associations;
                if (member.memberOn(data.day) && !names.contains(a.name))
                    names << a.name;
            }
        }
    }
    YoungSupport of(qint64 teacherId) const { return m_support.value(teacherId); }

private:
    QHash<qint64, YoungSupport> m_support;
};

} // namespace

YoungTeachersData YoungTeachersData::read(Database &db, QDate day, qint64 organisationId)
{
    YoungTeachersData data;
    data.day = day;
    data.teachers = TeacherRepository(db).rowsOf(organisationId, day);
    data.mentorships = MentorshipRepository(db).all();
    readSupportRules(db, &data);
    return data;
}

YoungTeachersData YoungTeachersData::readWith(Database &db, QList<TeacherRow> teachers, QDate day)
{
    YoungTeachersData data;
    data.day = day;
    data.teachers = std::move(teachers);
    data.mentorships = MentorshipRepository(db).all();
    readSupportRules(db, &data);
    return data;
}

YoungTeachersData YoungTeachersData::readFor(Database &db, qint64 teacherId, QDate day)
{
    YoungTeachersData data;
    data.day = day;
    data.mentorships = MentorshipRepository(db).ofTeacher(teacherId);
    readSupportRules(db, &data);
    return data;
}

YoungSupport YoungTeachers::supportOf(const YoungTeachersData &data, qint64 teacherId)
{
    return SupportIndex(data).of(teacherId);
}

QList<YoungTeacher> YoungTeachers::list(const YoungTeachersData &data)
{
    const SupportIndex support(data);
    QList<YoungTeacher> out;
    for (const TeacherRow &row : data.teachers) {
        if (!row.pedagogical)
            continue;
        Teacher t;
        t.birthDate = row.birthDate;
        t.experienceStart = row.experienceStart;
        if (!TeacherFacts::isYoung(t, data.day))
            continue;
        YoungTeacher y;
        y.teacherId = row.id;
        y.name = row.fullName();
        y.organisations = row.organisations;
        y.positions = row.positions;
        y.subjects = row.subjects;
        y.experienceStart = row.experienceStart;
        y.age = TeacherFacts::age(t, data.day);
        y.experienceYears = TeacherFacts::experienceYears(t, data.day);
        const YoungSupport has = support.of(row.id);
        y.mentorships = has.mentorships;
        y.associations = has.associations;
        out << y;
    }
    sortByName(out);
    return out;
}

QList<MentorLoad> YoungTeachers::mentors(const YoungTeachersData &data)
{
    QHash<qint64, const TeacherRow *> rows;
    for (const TeacherRow &row : data.teachers)
        rows.insert(row.id, &row);
    QHash<qint64, MentorLoad> loads;
    for (const Mentorship &m : data.mentorships) {
        if (!MentorshipRules::isActive(m, data.day))
            continue;
        MentorLoad &load = loads[m.mentorId];
        load.mentorId = m.mentorId;
        load.pairs << m;
    }
    QList<MentorLoad> out;
    for (MentorLoad &load : loads) {
        if (const TeacherRow *row = rows.value(load.mentorId)) {
            load.name = row->fullName();
            load.organisations = row->organisations;
            load.positions = row->positions;
            load.category = row->category;
        } else {
            load.name = QStringLiteral("#%1").arg(load.mentorId);
        }
        // The mentees by name.
        const auto menteeName = [&](const Mentorship &m) {
            const TeacherRow *mentee = rows.value(m.menteeId);
            return mentee ? mentee->fullName() : QStringLiteral("#%1").arg(m.menteeId);
        };
        std::stable_sort(load.pairs.begin(), load.pairs.end(), [&](const Mentorship &a, const Mentorship &b) {
            return alphabeticalLess(menteeName(a), menteeName(b));
        });
        for (const Mentorship &m : std::as_const(load.pairs))
            load.mentees << menteeName(m);
        load.overLimit = load.load() > data.loadLimit;
        out << load;
    }
    sortByName(out);
    return out;
}

} // namespace profrost
