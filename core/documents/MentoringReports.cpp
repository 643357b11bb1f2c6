#include "documents/MentoringReports.h"

#include "documents/CentreSignatures.h"
#include "domain/TeacherFacts.h"
#include "store/SettingsRepository.h"
#include "util/Clock.h"

#include <QTextDocument>

namespace profrost {

namespace {

QDate dayOr(QDate day)
{
    return day.isValid() ? day : Clock::instance().today();
}

} // namespace

YoungTeachersDocumentData MentoringReports::youngTeachersData(Database &db, QDate day)
{
    return youngTeachersData(db, YoungTeachersData::read(db, dayOr(day)));
}

YoungTeachersDocumentData MentoringReports::youngTeachersData(Database &db, const YoungTeachersData &read)
{
    YoungTeachersDocumentData data;
    data.day = read.day;
    data.teachers = YoungTeachers::list(read);
    QSet<qint64> mentorIds;
    for (const YoungTeacher &y : std::as_const(data.teachers)) {
        for (const Mentorship &m : y.mentorships)
            mentorIds.insert(m.mentorId);
    }
    for (const TeacherRow &row : read.teachers) {
        if (mentorIds.contains(row.id))
            data.mentors.insert(row.id, {row.fullName(), row.organisations, row.positions});
    }
    const CentreCard card = CentreSignatures::card(db);
    data.issuer = CentreSignatures::issuer(db, card);
    data.signature = CentreSignatures::signature(card, SignedDocument::Mentoring);
    return data;
}

std::unique_ptr<QTextDocument> MentoringReports::youngTeachers(Database &db, QDate day)
{
    return YoungTeachersDocument::build(youngTeachersData(db, day));
}

MentorsDocumentData MentoringReports::mentorsData(Database &db, QDate day)
{
    return mentorsData(db, YoungTeachersData::read(db, dayOr(day)));
}

MentorsDocumentData MentoringReports::mentorsData(Database &db, const YoungTeachersData &read)
{
    MentorsDocumentData data;
    data.day = read.day;
    data.loadLimit = read.loadLimit;
    data.mentors = YoungTeachers::mentors(read);
    // A category prints while it is valid on the day, as on every form.
    QHash<qint64, QDate> granted;
    for (const TeacherRow &row : read.teachers)
        granted.insert(row.id, row.categoryDate);
    const int validity = SettingsRepository(db).validityYears();
    for (MentorLoad &m : data.mentors) {
        Teacher t;
        t.category = m.category;
        t.categoryDate = granted.value(m.mentorId);
        if (!TeacherFacts::hasValidCategory(t, read.day, validity))
            m.category = Category::None;
    }
    const CentreCard card = CentreSignatures::card(db);
    data.issuer = CentreSignatures::issuer(db, card);
    data.signature = CentreSignatures::signature(card, SignedDocument::Mentoring);
    return data;
}

std::unique_ptr<QTextDocument> MentoringReports::mentors(Database &db, QDate day)
{
    return MentorsDocument::build(mentorsData(db, day));
}

} // namespace profrost
