// The teacher card's events section (TeacherCard::eventsSection).
#include "registry/TeacherCard.h"

#include "common/StatusPalette.h"
#include "domain/DateText.h"
#include "domain/MethodicalEvent.h"
#include "store/EventRepository.h"
#include "util/Error.h"

namespace profrost {

QString TeacherCard::eventsSection(Database &db, qint64 teacherId)
{
    QList<MethodicalEvent> events;
    try {
        events = EventRepository(db).ofTeacher(teacherId);
    } catch (const Error &e) {
        return u"<h3>" + tr("Events").toHtmlEscaped() + u"</h3><p>" + e.message().toHtmlEscaped() + u"</p>";
    }
    if (events.isEmpty())
        return {};
    int held = 0, spoke = 0;
    QString items;
    // The newest first: what a methodist asks about is the last year.
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        EventRole role = EventRole::Listener;
        for (const EventParticipant &p : it->participants) {
            if (p.teacherId == teacherId)
                role = p.role;
        }
        held += it->held ? 1 : 0;
        spoke += it->held && role != EventRole::Listener ? 1 : 0;
        QString line = DateText::numeric(it->starts) + u", " + EventText::displayName(it->kind) + u", "
            + EventText::displayName(it->level) + u": «" + it->topic + u"» — " + EventText::displayName(role);
        line = line.toHtmlEscaped();
        if (!it->held)
            line = u"<span style='" + StatusPalette::textStyle(StatusPalette::mutedText()) + u"'>" + line + u" ("
                + tr("planned").toHtmlEscaped() + u")</span>";
        items += u"<li>" + line + u"</li>";
    }
    return u"<h3>" + tr("Events").toHtmlEscaped() + u"</h3><p>"
        + tr("%n event(s) attended", nullptr, held).toHtmlEscaped() + u", "
        + tr("spoke or organised at %n", nullptr, spoke).toHtmlEscaped() + u"</p><ul>" + items + u"</ul>";
}

} // namespace profrost
