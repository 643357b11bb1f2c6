#include "registry/OrganisationCard.h"

#include "common/StatusPalette.h"
#include "domain/DateText.h"
#include "planning/YoungTeachers.h"
#include "store/CompetitionRepository.h"
#include "store/DictionaryRepository.h"
#include "store/EventRepository.h"
#include "store/OrganisationRepository.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"

#include <QSet>

namespace profrost {

namespace {

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return u"<tr><td style='" + StatusPalette::textStyle(StatusPalette::mutedText()) + u" padding-right:12px'>"
        + label.toHtmlEscaped() + u"</td><td>" + value.toHtmlEscaped() + u"</td></tr>";
}

} // namespace

QString OrganisationCard::html(Database &db, qint64 organisationId, QDate today)
{
    Organisation o;
    QString municipality;
    try {
        o = OrganisationRepository(db).get(organisationId);
        for (const Municipality &m : DictionaryRepository(db).municipalities()) {
            if (m.id == o.municipalityId)
                municipality = m.name;
        }
    } catch (const Error &e) {
        return e.message().toHtmlEscaped();
    }
    QString out = u"<h2 style='margin-bottom:2px'>" + o.name.toHtmlEscaped() + u"</h2><table cellspacing='2'>";
    out += row(tr("Type"), OrganisationTypeText::displayName(o.type));
    out += row(tr("Municipality"), municipality);
    out += row(tr("Address"), o.address);
    out += row(tr("Director"), o.director);
    QStringList marks;
    if (o.lowResults)
        marks << tr("low educational results (ШНОР)");
    if (o.unfavourableConditions)
        marks << tr("unfavourable social conditions");
    out += row(tr("Status"), marks.join(QStringLiteral("; ")));
    out += u"</table>";
    out += mentoringSection(db, organisationId, today);
    out += eventsSection(db, o, today);
    out += sitesSection(db, organisationId, today);
    out += growthSection(db, organisationId, today);
    return out;
}

QString OrganisationCard::mentoringSection(Database &db, qint64 organisationId, QDate today)
{
    QString out = u"<h3>" + tr("Young teachers and mentoring on %1").arg(DateText::numeric(today)).toHtmlEscaped()
        + u"</h3>";
    YoungTeachersData data;
    try {
        data = YoungTeachersData::read(db, today, organisationId);
    } catch (const Error &e) {
        return out + u"<p>" + e.message().toHtmlEscaped() + u"</p>";
    }
    const QList<YoungTeacher> young = YoungTeachers::list(data);
    QSet<qint64> staff;
    for (const TeacherRow &r : data.teachers)
        staff.insert(r.id);
    TeacherRepository teachers(db);
    if (young.isEmpty()) {
        out += u"<p>" + tr("No young teachers on the staff.").toHtmlEscaped() + u"</p>";
    } else {
        int unsupported = 0;
        QString items;
        for (const YoungTeacher &y : young) {
            QStringList support;
            for (const Mentorship &m : y.mentorships)
                support << tr("mentor %1 (%2)").arg(teachers.nameOf(m.mentorId), MentorshipText::displayName(m.form));
            support << y.associations;
            QString line = u"<b>" + y.name.toHtmlEscaped() + u"</b>, " + y.positions.toHtmlEscaped() + u": ";
            if (support.isEmpty()) {
                ++unsupported;
                line += StatusPalette::boldHtml(StatusPalette::overdue(), tr("no support").toHtmlEscaped());
            } else {
                line += support.join(QStringLiteral("; ")).toHtmlEscaped();
            }
            items += u"<li>" + line + u"</li>";
        }
        out += u"<p>" + tr("%n young teacher(s)", nullptr, int(young.size())).toHtmlEscaped() + u", "
            + tr("%n without support", nullptr, unsupported).toHtmlEscaped() + u"</p><ul>" + items + u"</ul>";
    }
    QString mentors;
    for (const MentorLoad &m : YoungTeachers::mentors(data)) {
        if (!staff.contains(m.mentorId))
            continue; // a mentor of its young teachers from another organisation
        QStringList mentees;
        for (const Mentorship &pair : m.pairs)
            mentees << teachers.nameOf(pair.menteeId);
        QString load = tr("%n mentee(s)", nullptr, m.load()).toHtmlEscaped();
        if (m.overLimit)
            load = StatusPalette::boldHtml(StatusPalette::overdue(),
                                           load + u' ' + tr("(above the limit of %1)").arg(data.loadLimit).toHtmlEscaped());
        mentors += u"<li><b>" + m.name.toHtmlEscaped() + u"</b>: " + load + u" — "
            + mentees.join(QStringLiteral(", ")).toHtmlEscaped() + u"</li>";
    }
    if (!mentors.isEmpty())
        out += u"<p>" + tr("Its mentors:").toHtmlEscaped() + u"</p><ul>" + mentors + u"</ul>";
    return out;
}

QString OrganisationCard::eventsSection(Database &db, const Organisation &o, QDate today)
{
    const int year = DateText::academicYearStart(today);
    const QDate from(year, 9, 1), to(year + 1, 8, 31);
    QString out = u"<h3>" + tr("Events of %1/%2").arg(year).arg(year + 1).toHtmlEscaped() + u"</h3>";
    QList<MethodicalEvent> events;
    QSet<qint64> staff;
    try {
        events = EventRepository(db).between(from, to);
        for (const TeacherRow &r : TeacherRepository(db).rowsOf(o.id, today))
            staff.insert(r.id);
    } catch (const Error &e) {
        return out + u"<p>" + e.message().toHtmlEscaped() + u"</p>";
    }
    QSet<qint64> took, spoke;
    QString here;
    for (const MethodicalEvent &e : events) {
        if (e.place == o.name || (!o.shortName.isEmpty() && e.place == o.shortName))
            here += u"<li>" + QString(DateText::numeric(e.starts) + u", " + EventText::displayName(e.kind) + u": «"
                                      + e.topic + u"»" + (e.held ? QString() : u" (" + tr("planned") + u')'))
                                      .toHtmlEscaped()
                + u"</li>";
        if (!e.held)
            continue;
        for (const EventParticipant &p : e.participants) {
            if (!staff.contains(p.teacherId))
                continue;
            took.insert(p.teacherId);
            if (p.role != EventRole::Listener)
                spoke.insert(p.teacherId);
        }
    }
    out += u"<p>" + tr("%n of its teachers took part in held events", nullptr, int(took.size())).toHtmlEscaped()
        + u", " + tr("%n spoke or organised", nullptr, int(spoke.size())).toHtmlEscaped() + u".</p>";
    if (!here.isEmpty())
        out += u"<p>" + tr("Held or planned here:").toHtmlEscaped() + u"</p><ul>" + here + u"</ul>";
    return out + competitionsOf(db, staff, today.year());
}

QString OrganisationCard::competitionsOf(Database &db, const QSet<qint64> &staff, int year)
{
    QList<Competition> ofStaff;
    try {
        for (const Competition &c : CompetitionRepository(db).ofYear(year)) {
            Competition mine = c;
            mine.entries.clear();
            for (const CompetitionEntry &e : c.entries) {
                if (staff.contains(e.teacherId))
                    mine.entries << e;
            }
            if (!mine.entries.isEmpty())
                ofStaff << mine;
        }
    } catch (const Error &e) {
        return u"<p>" + e.message().toHtmlEscaped() + u"</p>";
    }
    if (ofStaff.isEmpty())
        return {};
    // The same counting as the competitions page, on its teachers' entries.
    const CompetitionCounts counts = CompetitionCounts::of(ofStaff, year);
    QStringList names;
    for (const Competition &c : ofStaff)
        names << c.name;
    return u"<h3>" + tr("Competitions of %1").arg(year).toHtmlEscaped() + u"</h3><p>"
        + tr("%n of its teachers took part", nullptr, counts.total.participants).toHtmlEscaped() + u", "
        + tr("%n with a prize", nullptr, counts.total.prizewinners).toHtmlEscaped() + u": "
        + names.join(QStringLiteral(", ")).toHtmlEscaped() + u".</p>";
}

} // namespace profrost
