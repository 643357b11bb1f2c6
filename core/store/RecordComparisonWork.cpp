// RecordComparison of the centre's work: events, competitions, individual
// routes and innovation sites, each in the words of its dialog.
#include "store/RecordComparison.h"

#include "domain/DateText.h"
#include "store/ComparedNames.h"
#include "store/OrganisationRepository.h"

using namespace Qt::StringLiterals;

namespace profrost {

QList<ComparedField> RecordComparison::events(Database &db, const MethodicalEvent &mine, const MethodicalEvent &theirs)
{
    ComparedNames people(db);
    auto kind = [](const MethodicalEvent &e) -> QString {
        return EventText::displayName(e.kind) + u", "_s + EventText::displayName(e.level);
    };
    auto dates = [](const MethodicalEvent &e) -> QString {
        return e.ends.isValid() && e.ends != e.starts ? DateText::period(e.starts, e.ends) : DateText::numeric(e.starts);
    };
    auto hours = [](const MethodicalEvent &e) -> QString { return e.hours > 0 ? QString::number(e.hours) : QString(); };
    // «Иванова Анна Петровна — выступающий», one a line.
    auto participants = [&](const MethodicalEvent &e) -> QString {
        QStringList out;
        for (const EventParticipant &p : e.participants)
            out << people.of(p.teacherId) + u" — "_s + EventText::displayName(p.role);
        return out.join(u'\n');
    };
    auto guests = [](const MethodicalEvent &e) -> QString {
        QStringList out;
        for (const EventGuest &g : e.guests) {
            QStringList parts{g.name, g.organisation};
            parts.removeAll(QString());
            out << parts.join(u", "_s) + u" — "_s + EventText::displayName(g.role);
        }
        return out.join(u'\n');
    };
    return {
        {tr("Kind"), kind(mine), kind(theirs)},
        {tr("Topic"), mine.topic, theirs.topic},
        {tr("Dates"), dates(mine), dates(theirs)},
        {tr("Organiser"), mine.organiser, theirs.organiser},
        {tr("Place"), mine.place, theirs.place},
        {tr("Audience"), mine.audience, theirs.audience},
        {tr("Hours"), hours(mine), hours(theirs)},
        {tr("Held"), yesNo(mine.held), yesNo(theirs.held)},
        {tr("Note"), mine.note, theirs.note},
        {tr("Participants"), participants(mine), participants(theirs)},
        {tr("Guests"), guests(mine), guests(theirs)},
    };
}

QList<ComparedField> RecordComparison::competitions(Database &db, const Competition &mine, const Competition &theirs)
{
    ComparedNames people(db);
    auto stages = [](const Competition &c) -> QString {
        QStringList out;
        for (CompetitionLevel l : c.stages)
            out << CompetitionText::displayName(l);
        return out.join(u", "_s);
    };
    // «Иванова Анна Петровна (Педагогический дебют): муниципальный — победитель», one a line.
    auto entries = [&](const Competition &c) -> QString {
        QStringList out;
        for (const CompetitionEntry &e : c.entries) {
            QString line = people.of(e.teacherId);
            if (!e.nomination.isEmpty())
                line += u" ("_s + e.nomination + u')';
            QStringList results;
            for (auto it = e.results.cbegin(); it != e.results.cend(); ++it)
                results << CompetitionText::displayName(it.key()) + u" — "_s + CompetitionText::displayName(it.value());
            if (!results.isEmpty())
                line += u": "_s + results.join(u"; "_s);
            out << line;
        }
        return out.join(u'\n');
    };
    return {
        {tr("Name"), mine.name, theirs.name},
        {tr("Year"), QString::number(mine.year), QString::number(theirs.year)},
        {tr("Stages"), stages(mine), stages(theirs)},
        {tr("Nominations"), mine.nominations.join(u'\n'), theirs.nominations.join(u'\n')},
        {tr("Note"), mine.note, theirs.note},
        {tr("Entries"), entries(mine), entries(theirs)},
    };
}

QList<ComparedField> RecordComparison::routes(const IndividualRoute &mine, const IndividualRoute &theirs)
{
    auto deficits = [](const IndividualRoute &r) -> QString {
        QStringList out;
        for (const CompetencyArea &a : r.deficits)
            out << TrainingText::displayName(a);
        return out.join(u", "_s);
    };
    // «1. Курс: Формирование функциональной грамотности, 01.10.2026 – 15.10.2026, выполнено», one a line.
    auto activities = [](const IndividualRoute &r) -> QString {
        QStringList out;
        for (qsizetype i = 0; i < r.activities.size(); ++i) {
            const RouteActivity &a = r.activities.at(i);
            QString line = u"%1. %2: %3"_s.arg(i + 1).arg(RouteText::displayName(a.kind), a.title);
            if (a.starts.isValid() || a.ends.isValid())
                line += u", "_s + DateText::period(a.starts, a.ends);
            if (!a.responsible.isEmpty())
                line += u", "_s + a.responsible;
            out << line + u", "_s + RouteText::displayName(a.status);
        }
        return out.join(u'\n');
    };
    return {
        {tr("Academic year"), PlanText::academicYear(mine.startYear), PlanText::academicYear(theirs.startYear)},
        {tr("Deficits"), deficits(mine), deficits(theirs)},
        {tr("Goal"), mine.goal, theirs.goal},
        {tr("Tasks"), mine.tasks, theirs.tasks},
        {tr("Curator"), mine.curator, theirs.curator},
        {tr("Activities"), activities(mine), activities(theirs)},
    };
}

QList<ComparedField> RecordComparison::sites(Database &db, const InnovationSite &mine, const InnovationSite &theirs)
{
    ComparedNames people(db);
    OrganisationRepository organisations(db);
    auto organisation = [&](const InnovationSite &s) -> QString { return organisations.get(s.organisationId).displayName(); };
    auto kind = [](const InnovationSite &s) -> QString {
        return SiteText::displayName(s.status) + u", "_s + SiteText::displayName(s.level);
    };
    auto staff = [&](const InnovationSite &s) -> QString {
        QStringList out;
        for (const SitePerson &p : s.people)
            out << people.of(p.teacherId) + (p.role.isEmpty() ? QString() : u" — "_s + p.role);
        return out.join(u'\n');
    };
    // «2025: отчёт за год (otchet.pdf)», one a line.
    auto reports = [](const InnovationSite &s) -> QString {
        QStringList out;
        for (const SiteReport &r : s.reports)
            out << u"%1: %2"_s.arg(r.year).arg(r.text.section(u'\n', 0, 0))
                       + (r.hasFile() ? u" ("_s + r.fileName + u')' : QString());
        return out.join(u'\n');
    };
    return {
        {tr("Organisation"), organisation(mine), organisation(theirs)},
        {tr("Kind"), kind(mine), kind(theirs)},
        {tr("Topic"), mine.topic, theirs.topic},
        {tr("Order"), SiteText::order(mine), SiteText::order(theirs)},
        {tr("Period"), SiteText::period(mine), SiteText::period(theirs)},
        {tr("State"), SiteText::displayName(mine.state), SiteText::displayName(theirs.state)},
        {tr("Note"), mine.note, theirs.note},
        {tr("People"), staff(mine), staff(theirs)},
        {tr("Reports"), reports(mine), reports(theirs)},
    };
}

} // namespace profrost
