#pragma once

#include <QDate>

namespace profrost {
class Database;
}

namespace profrost::demo {

// The bank of practices of the demo district, written after the registry
// (inside DemoGenerator's transaction): sixty practices on the themes the
// district works on — functional literacy, formative assessment, projects,
// digital resources, children with special needs, mentoring, preschool
// play — each by one to three teachers of its subject, at the level it
// reached (most at the school's and the district's, a few regional, one or
// two federal), with the competency areas it helps with; every fifth has a
// small attached file (a lesson plan as text).
//
// Deterministic: its own DemoRandom seeded from `seed`.
class DemoPractices
{
public:
    // Returns the number of practices written.
    static int fill(Database &db, quint32 seed, QDate today);
};

} // namespace profrost::demo
