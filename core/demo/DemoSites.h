#pragma once

#include <QDate>

#include <utility>

namespace profrost {
class Database;
}

namespace profrost::demo {

// The innovation and internship sites and the staffing needs of the demo
// district, written after the events (inside DemoGenerator's transaction):
// a dozen sites at the three levels (municipal, regional, federal) in the
// schools and kindergartens, some finished, one prolonged, each with three
// to five of its teachers and a report for each year it worked up to last
// year (the regional ones with a file attached); vacancies in a third of the
// schools — teachers of the subjects short in districts (mathematics,
// physics, English, primary classes), a psychologist, a speech therapist —
// some filled since, by a teacher of the registry or by a name not yet in it.
//
// Deterministic: its own DemoRandom seeded from `seed`.
class DemoSites
{
public:
    // Returns the number of sites and of vacancies written.
    static std::pair<int, int> fill(Database &db, quint32 seed, QDate today);
};

} // namespace profrost::demo
