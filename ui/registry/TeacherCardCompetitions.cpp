// The teacher card's competitions section (TeacherCard::competitionsSection).
#include "registry/TeacherCard.h"

#include "common/StatusPalette.h"
#include "domain/Competition.h"
#include "store/CompetitionRepository.h"
#include "util/Error.h"

namespace profrost {

QString TeacherCard::competitionsSection(Database &db, qint64 teacherId)
{
    QList<Competition> competitions;
    try {
        competitions = CompetitionRepository(db).ofTeacher(teacherId);
    } catch (const Error &e) {
        return u"<h3>" + tr("Competitions").toHtmlEscaped() + u"</h3><p>" + e.message().toHtmlEscaped() + u"</p>";
    }
    if (competitions.isEmpty())
        return {};
    QString items;
    for (const Competition &c : competitions) { // the newest year first
        for (const CompetitionEntry &e : c.entries) {
            if (e.teacherId != teacherId)
                continue;
            QStringList stages;
            for (auto it = e.results.cbegin(); it != e.results.cend(); ++it) {
                const QString text = CompetitionText::displayName(it.key()) + u": " + CompetitionText::displayName(it.value());
                stages << (CompetitionRules::isPrize(it.value()) ? StatusPalette::boldHtml(StatusPalette::ok(), text.toHtmlEscaped())
                                                                 : text.toHtmlEscaped());
            }
            QString line = u"<b>" + c.name.toHtmlEscaped() + u"</b> " + QString::number(c.year);
            if (!e.nomination.isEmpty())
                line += u", " + tr("nomination «%1»").arg(e.nomination).toHtmlEscaped();
            if (!stages.isEmpty())
                line += u" — " + stages.join(QStringLiteral("; "));
            items += u"<li>" + line + u"</li>";
        }
    }
    return u"<h3>" + tr("Competitions").toHtmlEscaped() + u"</h3><ul>" + items + u"</ul>";
}

} // namespace profrost
