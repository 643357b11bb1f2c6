// The teacher card's mentoring section (TeacherCard::mentoringSection).
#include "registry/TeacherCard.h"

#include "common/StatusPalette.h"
#include "domain/DateText.h"
#include "domain/Mentorship.h"
#include "planning/YoungTeachers.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"

namespace profrost {

namespace {

// «Петров Пётр Петрович, педагог – педагог, 01.09.2026 – 31.05.2027: действует».
QString pairLine(const Mentorship &m, const QString &other, QDate today)
{
    QString period = DateText::numeric(m.starts) + QStringLiteral(" – ")
        + (m.ends.isValid() ? DateText::numeric(m.ends) : TeacherCard::tr("ongoing"));
    QString line = other.toHtmlEscaped() + u", " + MentorshipText::displayName(m.form).toHtmlEscaped() + u", "
        + period.toHtmlEscaped();
    if (!m.goals.isEmpty())
        line += u"<br/>" + TeacherCard::tr("Goals: %1").arg(m.goals).toHtmlEscaped();
    if (!m.result.isEmpty())
        line += u"<br/>" + TeacherCard::tr("Result: %1").arg(m.result).toHtmlEscaped();
    if (!MentorshipRules::isActive(m, today))
        line = u"<span style='" + StatusPalette::textStyle(StatusPalette::pastMember()) + u"'>" + line + u"</span>";
    return u"<li>" + line + u"</li>";
}

} // namespace

QString TeacherCard::mentoringSection(Database &db, qint64 teacherId, QDate today, bool young)
{
    YoungTeachersData data;
    YoungSupport support;
    try {
        data = YoungTeachersData::readFor(db, teacherId, today);
        support = YoungTeachers::supportOf(data, teacherId);
    } catch (const Error &e) {
        return u"<h3>" + tr("Mentoring").toHtmlEscaped() + u"</h3><p>" + e.message().toHtmlEscaped() + u"</p>";
    }
    if (data.mentorships.isEmpty() && support.associations.isEmpty() && !young)
        return {}; // nothing to say about a teacher who neither mentors nor is mentored
    QString out = u"<h3>" + tr("Mentoring").toHtmlEscaped() + u"</h3>";
    if (young && !support.any())
        out += u"<p>" + StatusPalette::boldHtml(StatusPalette::overdue(),
                                                tr("A young teacher without support: no mentor, no school of the "
                                                   "young teacher.")
                                                    .toHtmlEscaped())
            + u"</p>";
    TeacherRepository teachers(db);
    QString mentors, mentees;
    int active = 0;
    for (const Mentorship &m : data.mentorships) {
        if (m.menteeId == teacherId) {
            mentors += pairLine(m, teachers.nameOf(m.mentorId), today);
        } else {
            mentees += pairLine(m, teachers.nameOf(m.menteeId), today);
            active += MentorshipRules::isActive(m, today) ? 1 : 0;
        }
    }
    if (!mentors.isEmpty())
        out += u"<p>" + tr("Mentors:").toHtmlEscaped() + u"</p><ul>" + mentors + u"</ul>";
    if (!support.associations.isEmpty())
        out += u"<p>" + tr("Member of: %1").arg(support.associations.join(QStringLiteral(", "))).toHtmlEscaped()
            + u"</p>";
    if (!mentees.isEmpty()) {
        QString load = tr("Mentees (%n active now):", nullptr, active).toHtmlEscaped();
        if (active > data.loadLimit)
            load += u' ' + StatusPalette::boldHtml(StatusPalette::overdue(),
                                                   tr("above the limit of %1").arg(data.loadLimit).toHtmlEscaped());
        out += u"<p>" + load + u"</p><ul>" + mentees + u"</ul>";
    }
    return out;
}

} // namespace profrost
