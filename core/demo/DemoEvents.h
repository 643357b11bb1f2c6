#pragma once

#include <QDate>

namespace profrost {
class Database;
}

namespace profrost::demo {

// The methodical events of the demo district, written after the
// associations (inside DemoGenerator's transaction): for the last academic
// year and this one, each РМО's seminars and master classes with its
// members listening and two of them speaking, the August conference of all
// teachers, a методический десант to each school of low results, regional
// webinars a few teachers attend, inter-municipal mini-courses, open lessons
// and a round table with a guest from the institute. Events up to today are
// held; the rest of this year's are planned (the «график мероприятий»).
//
// Deterministic: its own DemoRandom seeded from `seed`, associations by name.
class DemoEvents
{
public:
    // Returns the number of events written.
    static int fill(Database &db, quint32 seed, QDate today);
};

} // namespace profrost::demo
