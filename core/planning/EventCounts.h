#pragma once

#include "domain/MethodicalEvent.h"

#include <QMap>

namespace profrost {

// What a set of events amounts to: how many events, how many different
// teachers of the registry took part (a teacher at three seminars is one
// participant), how many of them spoke, and the guests from outside the
// registry, counted apart (they cannot be told apart between events).
struct EventTally
{
    int events = 0;
    int participants = 0; // different teachers
    int speakers = 0;     // different teachers who spoke (or organised)
    int guests = 0;       // guest places, event by event
};

// The events held in a period (EventRules::countsIn), as the period's report
// and the counts page give them: in all, by level and by kind.
struct EventCounts
{
    EventTally total;
    QMap<EventLevel, EventTally> byLevel;
    QMap<EventKind, EventTally> byKind;

    static EventCounts of(const QList<MethodicalEvent> &events, QDate from, QDate to);
};

} // namespace profrost
