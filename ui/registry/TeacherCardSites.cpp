// The teacher card's sites section (TeacherCard::sitesSection) and the
// organisation card's sites and vacancies (OrganisationCard::sitesSection).
#include "registry/OrganisationCard.h"
#include "registry/TeacherCard.h"

#include "common/StatusPalette.h"
#include "domain/DateText.h"
#include "store/OrganisationRepository.h"
#include "store/SiteRepository.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"

#include <QHash>

namespace profrost {

namespace {

QString muted(const QString &html)
{
    return u"<span style='" + StatusPalette::textStyle(StatusPalette::mutedText()) + u"'>" + html + u"</span>";
}

// «инновационная площадка, региональная: «Тема» (01.09.2024–31.08.2027, приказ от … № …)».
QString siteLine(const InnovationSite &s, QDate today)
{
    QString line = SiteText::displayName(s.status) + u", " + SiteText::displayName(s.level) + u": «" + s.topic + u"» ("
        + SiteText::period(s);
    if (const QString order = SiteText::order(s); !order.isEmpty())
        line += u", " + order;
    line += u")";
    line = line.toHtmlEscaped();
    return SiteRules::activeOn(s, today) ? line : muted(line);
}

} // namespace

QString TeacherCard::sitesSection(Database &db, qint64 teacherId, QDate today)
{
    QList<InnovationSite> sites;
    QHash<qint64, QString> organisations;
    try {
        sites = SiteRepository(db).ofTeacher(teacherId);
        if (sites.isEmpty())
            return {};
        for (const Organisation &o : OrganisationRepository(db).all())
            organisations.insert(o.id, o.displayName());
    } catch (const Error &e) {
        return u"<h3>" + tr("Innovation sites").toHtmlEscaped() + u"</h3><p>" + e.message().toHtmlEscaped() + u"</p>";
    }
    QString items;
    for (const InnovationSite &s : sites) {
        QString role;
        for (const SitePerson &p : s.people) {
            if (p.teacherId == teacherId)
                role = p.role;
        }
        items += u"<li>" + organisations.value(s.organisationId).toHtmlEscaped() + u" — " + siteLine(s, today)
            + (role.isEmpty() ? QString() : u" — " + role.toHtmlEscaped()) + u"</li>";
    }
    return u"<h3>" + tr("Innovation sites").toHtmlEscaped() + u"</h3><ul>" + items + u"</ul>";
}

QString OrganisationCard::sitesSection(Database &db, qint64 organisationId, QDate today)
{
    QList<InnovationSite> sites;
    QList<Vacancy> vacancies;
    QHash<qint64, QString> names;
    try {
        sites = SiteRepository(db).ofOrganisation(organisationId);
        vacancies = VacancyRepository(db).ofOrganisation(organisationId);
        if (sites.isEmpty() && vacancies.isEmpty())
            return {};
        names = TeacherRepository(db).fullNames();
    } catch (const Error &e) {
        return u"<h3>" + tr("Sites and staffing").toHtmlEscaped() + u"</h3><p>" + e.message().toHtmlEscaped()
            + u"</p>";
    }
    QString out;
    if (!sites.isEmpty()) {
        out += u"<h3>" + tr("Innovation sites").toHtmlEscaped() + u"</h3><ul>";
        for (const InnovationSite &s : sites) {
            QStringList people;
            for (const SitePerson &p : s.people)
                people << names.value(p.teacherId) + (p.role.isEmpty() ? QString() : u" (" + p.role + u")");
            out += u"<li>" + siteLine(s, today);
            if (!people.isEmpty())
                out += u"<br>" + muted(people.join(QStringLiteral(", ")).toHtmlEscaped());
            out += u"</li>";
        }
        out += u"</ul>";
    }
    if (!vacancies.isEmpty()) {
        int open = 0;
        double rate = 0;
        QString items;
        for (const Vacancy &v : vacancies) {
            const bool isOpen = VacancyRules::isOpenOn(v, today);
            QString line = v.post + (v.subject.isEmpty() ? QString() : u", " + v.subject) + u", "
                + tr("%1 rate").arg(VacancyRules::rateText(v.rate)) + u", " + tr("since %1").arg(DateText::numeric(v.since));
            if (isOpen) {
                ++open;
                rate += v.rate;
                items += u"<li>" + line.toHtmlEscaped() + u"</li>";
            } else if (v.isFilled() && v.filledOn >= today.addYears(-1)) {
                const QString by = v.filledByTeacherId != 0 ? names.value(v.filledByTeacherId) : v.filledByName;
                line += u" — " + tr("filled by %1 on %2").arg(by, DateText::numeric(v.filledOn));
                items += u"<li>" + muted(line.toHtmlEscaped()) + u"</li>";
            }
        }
        out += u"<h3>" + tr("Vacancies").toHtmlEscaped() + u"</h3><p>"
            + tr("%n open vacancy(ies)", nullptr, open).toHtmlEscaped() + u", "
            + tr("%1 rate(s) in all").arg(VacancyRules::rateText(rate)).toHtmlEscaped() + u"</p>";
        if (!items.isEmpty())
            out += u"<ul>" + items + u"</ul>";
    }
    return out;
}

} // namespace profrost
