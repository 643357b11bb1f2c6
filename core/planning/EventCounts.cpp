#include "planning/EventCounts.h"

#include <QSet>

namespace profrost {

namespace {

// A tally being counted: the different teachers seen so far.
struct Counting
{
    EventTally tally;
    QSet<qint64> people, speakers;

    void add(const MethodicalEvent &e)
    {
        ++tally.events;
        tally.guests += int(e.guests.size());
        for (const EventParticipant &p : e.participants) {
            people.insert(p.teacherId);
            if (p.role != EventRole::Listener)
                speakers.insert(p.teacherId);
        }
    }
    EventTally done() const
    {
        EventTally out = tally;
        out.participants = int(people.size());
        out.speakers = int(speakers.size());
        return out;
    }
};

} // namespace

EventCounts EventCounts::of(const QList<MethodicalEvent> &events, QDate from, QDate to)
{
    Counting total;
    QMap<EventLevel, Counting> byLevel;
    QMap<EventKind, Counting> byKind;
    for (const MethodicalEvent &e : events) {
        if (!EventRules::countsIn(e, from, to))
            continue;
        total.add(e);
        byLevel[e.level].add(e);
        byKind[e.kind].add(e);
    }
    EventCounts out;
    out.total = total.done();
    for (auto it = byLevel.cbegin(); it != byLevel.cend(); ++it)
        out.byLevel.insert(it.key(), it.value().done());
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        out.byKind.insert(it.key(), it.value().done());
    return out;
}

} // namespace profrost
