// The organisation card's tracks and practices of its staff (OrganisationCard::growthSection).
#include "registry/OrganisationCard.h"

#include "domain/DevelopmentTrack.h"
#include "domain/Practice.h"
#include "domain/TeacherRow.h"
#include "store/PracticeRepository.h"
#include "store/TeacherRepository.h"
#include "store/TrackRepository.h"
#include "util/Error.h"

#include <QSet>

namespace profrost {

QString OrganisationCard::growthSection(Database &db, qint64 organisationId, QDate today)
{
    QSet<qint64> staff;
    QList<TrackEnrolment> enrolments;
    QList<Practice> practices;
    try {
        for (const TeacherRow &r : TeacherRepository(db).rowsOf(organisationId, today, TeacherRepository::Detail::Brief))
            staff.insert(r.id);
        for (const TrackEnrolment &e : TrackRepository(db).enrolments()) {
            if (staff.contains(e.teacherId))
                enrolments << e;
        }
        practices = PracticeRepository(db).ofAuthors(staff.values());
    } catch (const Error &e) {
        return u"<h3>" + tr("Tracks and practices").toHtmlEscaped() + u"</h3><p>" + e.message().toHtmlEscaped()
               + u"</p>";
    }
    QString out;
    const HalfYear current = HalfYear::containing(today);
    QStringList halves;
    for (HalfYear h : {current, current.previous()}) {
        const TrackTally t = TrackRules::teachersTally(enrolments, h);
        if (t.applied > 0)
            halves << TrackText::halfYear(h) + u": " + TrackText::outcome(t);
    }
    if (!halves.isEmpty())
        out += u"<h3>" + tr("Tracks of development (its teachers)").toHtmlEscaped() + u"</h3><p>"
               + halves.join(QStringLiteral("; ")).toHtmlEscaped() + u"</p>";
    if (!practices.isEmpty()) {
        out += u"<h3>" + tr("Practice bank: %n practice(s) of its teachers", nullptr, int(practices.size())).toHtmlEscaped()
               + u"</h3><ul>";
        for (const Practice &p : practices.mid(0, 8))
            out += u"<li>" + QString(u"«" + p.title + u"» — " + PracticeText::displayName(p.level)).toHtmlEscaped()
                   + u"</li>";
        if (practices.size() > 8)
            out += u"<li>" + tr("… and %n more in the bank", nullptr, int(practices.size() - 8)).toHtmlEscaped()
                   + u"</li>";
        out += u"</ul>";
    }
    return out;
}

} // namespace profrost
