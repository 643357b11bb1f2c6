#pragma once

#include <QDate>

namespace profrost {
class Database;
}

namespace profrost::demo {

// The individual routes of the demo district, written after the diagnoses
// (inside DemoGenerator's transaction). Each academic year before this one
// with a self-assessment in its October: a route for a part of the teachers
// it found deficits in (about half last year, fewer before), holding the
// courses covering them that they then completed (done by themselves),
// self-education and an open lesson, most done, some not; the next
// self-assessment shows those areas improved (DemoDiagnostics). This
// academic year: a route for about a third of the teachers with current
// deficits, planned, with a course suggested by the catalogue.
//
// Deterministic: its own DemoRandom seeded from `seed`, teachers in id order.
class DemoRoutes
{
public:
    static int fill(Database &db, quint32 seed, QDate today);
};

} // namespace profrost::demo
