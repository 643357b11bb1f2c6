#include "domain/Meeting.h"

#include "domain/DateText.h"
#include "domain/MethodicalPlan.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost {

QStringList MeetingRules::check(const Meeting &m)
{
    QStringList problems;
    // Only the members present vote: more votes than people is a typing slip.
    QList<qint64> present;
    for (qint64 t : m.attendees)
        if (!present.contains(t))
            present.append(t);
    if (m.associationId == 0)
        problems << tr("Association: the meeting belongs to an association.");
    if (!m.date.isValid())
        problems << tr("Date: the meeting needs its date.");
    for (qsizetype i = 0; i < m.agenda.size(); ++i) {
        const AgendaItem &a = m.agenda.at(i);
        if (a.title.trimmed().isEmpty())
            problems << tr("Agenda item %1: the title is empty.").arg(i + 1);
        if (a.voted && (a.votesFor < 0 || a.votesAgainst < 0 || a.votesAbstained < 0))
            problems << tr("Agenda item %1: the votes cannot be negative.").arg(i + 1);
        else if (a.voted && a.votesFor + a.votesAgainst + a.votesAbstained > present.size())
            problems << tr("Agenda item %1: %2 votes, but only %3 present.")
                            .arg(i + 1)
                            .arg(a.votesFor + a.votesAgainst + a.votesAbstained)
                            .arg(present.size());
    }
    return problems;
}

QHash<qint64, int> MeetingRules::protocolNumbers(const QList<Meeting> &meetings)
{
    QList<const Meeting *> sorted;
    for (const Meeting &m : meetings)
        sorted.append(&m);
    std::sort(sorted.begin(), sorted.end(), [](const Meeting *a, const Meeting *b) {
        return a->date != b->date ? a->date < b->date : a->id < b->id;
    });
    QHash<qint64, int> out;
    QHash<QPair<qint64, int>, int> last; // (association, academic year) -> last number
    for (const Meeting *m : sorted)
        out.insert(m->id, ++last[{m->associationId, DateText::academicYearStart(m->date)}]);
    return out;
}

Meeting MeetingRules::fromPlanItem(qint64 associationId, const PlanItem &item)
{
    Meeting m;
    m.associationId = associationId;
    m.planItemId = item.id;
    m.date = item.from;
    m.form = item.form.simplified();
    // Plans often number or bullet their questions («1. …», «– …»); the
    // protocol numbers the agenda itself.
    static const QRegularExpression marker(u"^(\\d+[.)]|[-–—•])\\s*"_s);
    QStringList lines;
    for (const QString &line : item.title.split(u'\n')) {
        QString text = line.simplified();
        if (!lines.isEmpty())
            text.remove(marker);
        if (!text.isEmpty())
            lines << text;
    }
    if (lines.isEmpty())
        return m;
    m.topic = lines.takeFirst();
    if (lines.isEmpty())
        lines << m.topic;
    for (const QString &question : std::as_const(lines)) {
        AgendaItem a;
        a.title = question;
        m.agenda.append(a);
    }
    return m;
}

QList<PlanItem> MeetingRules::unheld(const QList<MethodicalPlan> &plans, const QList<Meeting> &meetings, QDate today)
{
    QSet<qint64> held;
    for (const Meeting &m : meetings)
        held.insert(m.planItemId);
    const int year = PlanRules::academicYearOf(today);
    QList<PlanItem> out;
    for (const MethodicalPlan &plan : plans) {
        if (plan.startYear != 0 && plan.startYear < year)
            continue;
        for (const PlanItem &item : plan.items) {
            if (item.isMeeting && !held.contains(item.id))
                out << item;
        }
    }
    return out;
}

} // namespace profrost
