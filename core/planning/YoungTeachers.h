#pragma once

#include "domain/Association.h"
#include "domain/Mentorship.h"
#include "domain/TeacherRow.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace profrost {

class Database;

// One young teacher on the day (TeacherFacts::isYoung, an active
// pedagogical worker) with the support they have then.
struct YoungTeacher
{
    qint64 teacherId = 0;
    QString name; // «Фамилия Имя Отчество»
    QString organisations, positions, subjects;
    QDate experienceStart;
    int age = -1;
    int experienceYears = -1;
    QList<Mentorship> mentorships; // active on the day, as the mentee
    QStringList associations;      // young-teachers associations they belong to on the day
    bool supported() const { return !mentorships.isEmpty() || !associations.isEmpty(); }
};

// A mentor with pairs active on the day.
struct MentorLoad
{
    qint64 mentorId = 0;
    QString name;
    QString organisations, positions;
    Category category = Category::None;
    QList<Mentorship> pairs; // active on the day, by mentee's name
    QStringList mentees;     // their names, in the same order
    bool overLimit = false;  // more pairs than the setting allows
    int load() const { return int(pairs.size()); }
};

// What the lists are computed from: read once, computed without reading again.
struct YoungTeachersData
{
    QDate day;
    QList<TeacherRow> teachers;   // the registry on the day
    QList<Mentorship> mentorships;
    QList<Association> youngAssociations; // of kind YoungTeachers
    QHash<qint64, QList<AssociationMember>> members; // by association
    int loadLimit = MentorshipRules::kDefaultLoadLimit;

    // `organisationId` not 0: only the staff of that organisation on the day
    // (its card), with every pair of the registry. Throws profrost::Error.
    static YoungTeachersData read(Database &db, QDate day, qint64 organisationId = 0);
    // With the registry on the day read already (the indicators hold it). Throws profrost::Error.
    static YoungTeachersData readWith(Database &db, QList<TeacherRow> teachers, QDate day);
    // What one teacher's support is computed from (a card): their pairs and
    // the young-teachers associations, no registry.
    static YoungTeachersData readFor(Database &db, qint64 teacherId, QDate day); // throws profrost::Error
};

// The support a teacher has on the day (as the mentee).
struct YoungSupport
{
    QList<Mentorship> mentorships; // active on the day
    QStringList associations;      // young-teachers associations, member on the day
    bool any() const { return !mentorships.isEmpty() || !associations.isEmpty(); }
};

// The young teachers and their mentors (core/README.md «Young teachers and
// mentoring»), in one place for the screens, the paper, the card and the
// indicator I5: a young teacher is supported on a day by a mentorship active
// then (as the mentee) or by membership of a young-teachers association
// (школа молодого педагога) working that academic year.
class YoungTeachers
{
    Q_DECLARE_TR_FUNCTIONS(YoungTeachers)
public:
    // The young active pedagogical workers on the day, by name.
    static QList<YoungTeacher> list(const YoungTeachersData &data);
    // The support of one teacher on data.day, by the same rule as list().
    static YoungSupport supportOf(const YoungTeachersData &data, qint64 teacherId);
    // The mentors with a pair active on the day, by name; overLimit above data.loadLimit.
    static QList<MentorLoad> mentors(const YoungTeachersData &data);
};

} // namespace profrost
