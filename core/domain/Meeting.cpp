#include "domain/Meeting.h"

#include "domain/DateText.h"

#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost {

QStringList MeetingRules::check(const Meeting &m)
{
    QStringList problems;
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

} // namespace profrost
