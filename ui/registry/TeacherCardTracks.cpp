// The teacher card's tracks section (TeacherCard::tracksSection).
#include "registry/TeacherCard.h"

#include "common/StatusPalette.h"
#include "domain/DevelopmentTrack.h"
#include "store/TrackRepository.h"
#include "util/Error.h"

#include <QHash>

namespace profrost {

QString TeacherCard::tracksSection(Database &db, qint64 teacherId, QDate today)
{
    QList<TrackEnrolment> enrolments;
    QHash<qint64, QString> names;
    try {
        TrackRepository repo(db);
        enrolments = repo.enrolmentsOf(teacherId);
        if (enrolments.isEmpty())
            return {};
        for (const DevelopmentTrack &t : repo.tracks())
            names.insert(t.id, t.name);
    } catch (const Error &e) {
        return u"<h3>" + tr("Tracks of development").toHtmlEscaped() + u"</h3><p>" + e.message().toHtmlEscaped()
               + u"</p>";
    }
    const HalfYear current = HalfYear::containing(today);
    QString items;
    for (const TrackEnrolment &e : enrolments) { // latest half-year first
        const QString state = e.completed            ? tr("completed")
                              : e.halfYear < current ? tr("not completed")
                                                     : tr("enrolled");
        const QString line = TrackText::halfYear(e.halfYear) + u": «" + names.value(e.trackId) + u"» — " + state;
        items += u"<li>"
                 + (e.completed || e.halfYear >= current
                        ? line.toHtmlEscaped()
                        : u"<span style='" + StatusPalette::textStyle(StatusPalette::mutedText()) + u"'>"
                              + line.toHtmlEscaped() + u"</span>")
                 + u"</li>";
    }
    return u"<h3>" + tr("Tracks of development").toHtmlEscaped() + u"</h3><ul>" + items + u"</ul>";
}

} // namespace profrost
