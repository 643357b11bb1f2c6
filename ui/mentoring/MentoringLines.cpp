#include "mentoring/MentoringLines.h"

#include "domain/DateText.h"
#include "store/MentorshipRepository.h"
#include "store/TeacherRepository.h"

namespace profrost {

MentoringLines MentoringLines::read(Database &db, QDate day)
{
    const YoungTeachersData data = YoungTeachersData::read(db, day);
    MentoringLines lines;
    lines.day = day;
    lines.young = YoungTeachers::list(data);
    lines.mentors = YoungTeachers::mentors(data);
    lines.pairs = data.mentorships;
    lines.loadLimit = data.loadLimit;
    // Pairs name people who may hold no post on the day: the whole registry's names.
    lines.names = TeacherRepository(db).fullNames();
    return lines;
}

QString MentoringLines::nameOf(qint64 teacherId) const
{
    return names.value(teacherId, QStringLiteral("#%1").arg(teacherId));
}

QString MentoringWords::support(const YoungTeacher &y, const MentoringLines &lines)
{
    QStringList parts;
    for (const Mentorship &m : y.mentorships)
        parts << tr("%1 (%2)").arg(lines.nameOf(m.mentorId), MentorshipText::displayName(m.form));
    parts << y.associations;
    return parts.join(QStringLiteral("; "));
}

QString MentoringWords::state(const Mentorship &m, QDate day)
{
    if (MentorshipRules::isActive(m, day))
        return tr("active");
    if (m.starts > day)
        return tr("from %1").arg(DateText::numeric(m.starts));
    return tr("finished");
}

} // namespace profrost
