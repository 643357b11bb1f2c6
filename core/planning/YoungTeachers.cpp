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

} // namespace

YoungTeachersData YoungTeachersData::read(Database &db, QDate day)
{
    YoungTeachersData data;
    data.day = day;
    data.teachers = TeacherRepository(db).rows(day);
    data.mentorships = MentorshipRepository(db).all();
    AssociationRepository associations(db);
    for (const Association &a : associations.all()) {
        if (a.kind != AssociationKind::YoungTeachers)
            continue;
        data.youngAssociations << a;
        data.members.insert(a.id, associations.members(a.id));
    }
    data.loadLimit = SettingsRepository(db).mentorLoadLimit();
    return data;
}

QList<YoungTeacher> YoungTeachers::list(const YoungTeachersData &data)
{
    QHash<qint64, QList<Mentorship>> asMentee;
    for (const Mentorship &m : data.mentorships) {
        if (MentorshipRules::isActive(m, data.day))
            asMentee[m.menteeId] << m;
    }
    QHash<qint64, QStringList> memberOf;
    const int year = DateText::academicYearStart(data.day);
    for (const Association &a : data.youngAssociations) {
        if (!a.activeInYear(year))
            continue;
        for (const AssociationMember &member : data.members.value(a.id)) {
            if (member.memberOn(data.day) && !memberOf[member.teacherId].contains(a.name))
                memberOf[member.teacherId] << a.name;
        }
    }
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
        y.mentorships = asMentee.value(row.id);
        y.associations = memberOf.value(row.id);
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
