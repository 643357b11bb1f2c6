#pragma once

#include <QDate>

namespace profrost {
class Database;
}

namespace profrost::demo {

struct DemoAssociationsSummary
{
    int associations = 0; // РМО and ШМО
    int members = 0;
    int plans = 0;
    int meetings = 0;     // held, each with its protocol
};

// The methodical associations of the demo database, written after the
// registry (inside DemoGenerator's transaction), in the shape of
// core/demo/README.md: in each municipality an РМО for each main subject and for
// the primary teachers, every teacher of the subject a member (some joined
// this year, a few left), a head and a secretary; the plans of the last and
// this academic year with five meetings each (the later one copied from the
// earlier, as «copy from last year» does); the meetings held before today
// with their protocols (attendance, agenda, СЛУШАЛИ / ВЫСТУПИЛИ / РЕШИЛИ,
// a vote); ШМО in most schools where more than two teachers teach a
// subject (the rest show up in the ШМО hint); the ИМЦ's work plan of each
// municipality, and one roadmap shaped like the region's roadmaps (core/documents/README.md);
// last, the year plans most РМО had in the four years before (no protocols:
// those were kept on paper), so that the monitoring's I8 has a history.
//
// Deterministic: its own DemoRandom seeded from `seed`, rows in id order.
class DemoAssociations
{
public:
    static DemoAssociationsSummary fill(Database &db, quint32 seed, QDate today);
};

} // namespace profrost::demo
