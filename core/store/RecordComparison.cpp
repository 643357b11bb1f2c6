#include "store/RecordComparison.h"

#include "domain/DateText.h"
#include "domain/Snils.h"
#include "store/ComparedNames.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/TeacherRepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

QString dateText(QDate d)
{
    return DateText::numeric(d);
}

QString municipalityName(Database &db, qint64 id)
{
    for (const Municipality &m : DictionaryRepository(db).municipalities()) {
        if (m.id == id)
            return m.name;
    }
    return QString();
}

// The registry's names of the ids a teacher's posts refer to, read once.
struct PostNames
{
    QHash<qint64, QString> organisations;
    ComparedNames names;

    explicit PostNames(Database &db) : names(db)
    {
        for (const Organisation &o : OrganisationRepository(db).all())
            organisations.insert(o.id, o.displayName());
    }

    // «СОШ № 1, учитель (математика, физика), 01.09.2015 – 31.08.2024», one a line.
    QString posts(const QList<Employment> &employments)
    {
        QStringList lines;
        for (const Employment &e : employments) {
            QString line = organisations.value(e.organisationId) + u", "_s + names.position(e.positionId);
            QStringList taught;
            for (qint64 id : e.subjectIds)
                taught << names.subject(id);
            if (!taught.isEmpty())
                line += u" ("_s + taught.join(u", "_s) + u')';
            if (e.hired.isValid() || e.dismissed.isValid())
                line += u", "_s + dateText(e.hired) + u" – "_s + dateText(e.dismissed);
            lines << line;
        }
        return lines.join(u'\n');
    }
};

} // namespace

QString RecordComparison::yesNo(bool flag)
{
    return flag ? tr("yes") : tr("no");
}

QList<ComparedField> RecordComparison::teachers(Database &db, const Teacher &mine, const Teacher &theirs)
{
    PostNames names(db);
    auto category = [](const Teacher &t) -> QString {
        return t.category == Category::None ? QString()
                                            : CategoryText::displayName(t.category) + u", "_s + dateText(t.categoryDate);
    };
    auto snils = [](const Teacher &t) -> QString { return t.snils.isEmpty() ? QString() : Snils::formatted(t.snils); };
    return {
        {tr("Surname"), mine.surname, theirs.surname},
        {tr("Name"), mine.name, theirs.name},
        {tr("Patronymic"), mine.patronymic, theirs.patronymic},
        {tr("Birth date"), dateText(mine.birthDate), dateText(theirs.birthDate)},
        {tr("SNILS"), snils(mine), snils(theirs)},
        {tr("Phone"), mine.phone, theirs.phone},
        {tr("E-mail"), mine.email, theirs.email},
        {tr("Teaching since"), dateText(mine.experienceStart), dateText(theirs.experienceStart)},
        {tr("Category"), category(mine), category(theirs)},
        {tr("Posts"), names.posts(mine.employments), names.posts(theirs.employments)},
    };
}

QList<ComparedField> RecordComparison::organisations(Database &db, const Organisation &mine, const Organisation &theirs)
{
    return {
        {tr("Name"), mine.name, theirs.name},
        {tr("Short name"), mine.shortName, theirs.shortName},
        {tr("Type"), OrganisationTypeText::displayName(mine.type), OrganisationTypeText::displayName(theirs.type)},
        {tr("Municipality"), municipalityName(db, mine.municipalityId), municipalityName(db, theirs.municipalityId)},
        {tr("Low results (ШНОР)"), yesNo(mine.lowResults), yesNo(theirs.lowResults)},
        {tr("Unfavourable social conditions"), yesNo(mine.unfavourableConditions),
         yesNo(theirs.unfavourableConditions)},
        {tr("Address"), mine.address, theirs.address},
        {tr("Director"), mine.director, theirs.director},
    };
}

QList<ComparedField> RecordComparison::meetings(Database &db, const Meeting &mine, const Meeting &theirs)
{
    ComparedNames people(db); // the few dozen present, not the whole registry
    auto attendees = [&](const Meeting &m) -> QString {
        QStringList out;
        for (qint64 id : m.attendees)
            out << people.of(id);
        return out.join(u", "_s);
    };
    // Each item's title and decision: what a protocol's readers compare.
    auto agenda = [](const Meeting &m) -> QString {
        QStringList out;
        for (qsizetype i = 0; i < m.agenda.size(); ++i) {
            const AgendaItem &a = m.agenda.at(i);
            out << u"%1. %2"_s.arg(i + 1).arg(a.title)
                       + (a.decided.isEmpty() ? QString() : u" — "_s + RecordComparison::tr("decided: %1").arg(a.decided));
        }
        return out.join(u'\n');
    };
    return {
        {tr("Date"), dateText(mine.date), dateText(theirs.date)},
        {tr("Place"), mine.place, theirs.place},
        {tr("Form"), mine.form, theirs.form},
        {tr("Topic"), mine.topic, theirs.topic},
        {tr("Present"), attendees(mine), attendees(theirs)},
        {tr("Guests"), mine.guests.join(u", "_s), theirs.guests.join(u", "_s)},
        {tr("Agenda"), agenda(mine), agenda(theirs)},
    };
}

QList<ComparedField> RecordComparison::plans(const MethodicalPlan &mine, const MethodicalPlan &theirs)
{
    auto period = [](const MethodicalPlan &p) -> QString {
        return p.startYear > 0 ? PlanText::academicYear(p.startYear) : DateText::period(p.periodFrom, p.periodTo);
    };
    auto approval = [](const MethodicalPlan &p) -> QString {
        return QStringList{p.approval.position, p.approval.name, dateText(p.approval.date)}.join(u' ').simplified();
    };
    // Each item as the plan's table reads it: title, form, term.
    auto items = [](const MethodicalPlan &p) -> QString {
        QStringList out;
        for (qsizetype i = 0; i < p.items.size(); ++i) {
            const PlanItem &item = p.items.at(i);
            const QString term = item.from.isValid() ? DateText::period(item.from, item.to) : item.term;
            out << u"%1. %2"_s.arg(i + 1).arg(item.title.section(u'\n', 0, 0))
                       + (item.form.isEmpty() ? QString() : u" — "_s + item.form)
                       + (term.isEmpty() ? QString() : u", "_s + term);
        }
        return out.join(u'\n');
    };
    return {
        {tr("Title"), mine.title, theirs.title},
        {tr("Period"), period(mine), period(theirs)},
        {tr("Methodical theme"), mine.theme, theirs.theme},
        {tr("Goal"), mine.goal, theirs.goal},
        {tr("Tasks"), mine.tasks, theirs.tasks},
        {tr("Approved"), approval(mine), approval(theirs)},
        {tr("Items"), items(mine), items(theirs)},
    };
}

QList<ComparedField> RecordComparison::associations(Database &db, const Association &mine,
                                                    const QList<AssociationMember> &myMembers,
                                                    const Association &theirs,
                                                    const QList<AssociationMember> &theirMembers)
{
    ComparedNames people(db);
    auto kind = [](const Association &a) -> QString {
        return AssociationText::displayName(a.kind) + u", "_s + AssociationText::displayName(a.level);
    };
    auto years = [](const Association &a) -> QString {
        const QString from = a.activeFrom > 0 ? PlanText::academicYear(a.activeFrom) : QString();
        const QString to = a.activeTo > 0 ? PlanText::academicYear(a.activeTo) : QString();
        return to.isEmpty() ? from : from + u" – "_s + to;
    };
    // «Иванова Анна Петровна, 01.09.2025 – 31.05.2026», one a line.
    auto members = [&](const QList<AssociationMember> &list) -> QString {
        QStringList out;
        for (const AssociationMember &m : list) {
            QString line = people.of(m.teacherId);
            if (m.joined.isValid() || m.left.isValid())
                line += u", "_s + dateText(m.joined) + u" – "_s + dateText(m.left);
            out << line;
        }
        return out.join(u'\n');
    };
    return {
        {tr("Name"), mine.name, theirs.name},
        {tr("Kind"), kind(mine), kind(theirs)},
        {tr("Direction"), mine.direction, theirs.direction},
        {tr("Head"), people.of(mine.headId), people.of(theirs.headId)},
        {tr("Secretary"), people.of(mine.secretaryId), people.of(theirs.secretaryId)},
        {tr("Academic years"), years(mine), years(theirs)},
        {tr("Members"), members(myMembers), members(theirMembers)},
    };
}

} // namespace profrost
