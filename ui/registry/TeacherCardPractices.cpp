// The teacher card's practices section (TeacherCard::practicesSection).
#include "registry/TeacherCard.h"

#include "domain/CompetencyAreas.h"
#include "planning/PracticeSuggestions.h"
#include "store/PracticeRepository.h"
#include "util/Error.h"

namespace profrost {

QString TeacherCard::practicesSection(Database &db, qint64 teacherId)
{
    QList<Practice> own;
    PracticeSuggestions suggested;
    try {
        own = PracticeRepository(db).ofAuthor(teacherId);
        suggested = PracticeSuggestions::forTeacher(db, teacherId, 5);
    } catch (const Error &e) {
        return u"<h3>" + tr("Practice bank").toHtmlEscaped() + u"</h3><p>" + e.message().toHtmlEscaped() + u"</p>";
    }
    if (own.isEmpty() && suggested.practices.isEmpty())
        return {};
    QString out = u"<h3>" + tr("Practice bank").toHtmlEscaped() + u"</h3>";
    const auto line = [](const Practice &p) {
        return QString(u"«" + p.title + u"» — " + PracticeText::displayName(p.level)).toHtmlEscaped();
    };
    if (!own.isEmpty()) {
        out += u"<p>" + tr("Author of %n practice(s):", nullptr, int(own.size())).toHtmlEscaped() + u"</p><ul>";
        for (const Practice &p : own)
            out += u"<li>" + line(p) + u"</li>";
        out += u"</ul>";
    }
    if (!suggested.practices.isEmpty()) {
        const CompetencyAreas areas = CompetencyAreas::current();
        QStringList names;
        for (const CompetencyArea &a : suggested.deficits)
            names << areas.name(a);
        out += u"<p>" + tr("Suggested for the deficits (%1):").arg(names.join(u", ")).toHtmlEscaped() + u"</p><ul>";
        for (const Practice &p : suggested.practices)
            out += u"<li>" + line(p) + u"</li>";
        out += u"</ul>";
    }
    return out;
}

} // namespace profrost
