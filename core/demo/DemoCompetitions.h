#pragma once

#include <QDate>

namespace profrost {
class Database;
}

namespace profrost::demo {

// Two cycles of professional competitions of the demo district (last
// calendar year and this one): «Учитель года России» among school teachers
// with 5 years and more, «Воспитатель года России» among kindergarten
// teachers, «Сердце отдаю детям» in additional education and «Педагогический
// дебют» among the young, in two nominations. At the municipal stage one
// winner, two prizewinners and the rest participants; the winner goes on to
// the regional stage and is a laureate or a participant there — a district
// sends one or two a year (the seeds).
//
// Deterministic: its own DemoRandom seeded from `seed`, teachers by id.
class DemoCompetitions
{
public:
    // Returns the number of competitions written.
    static int fill(Database &db, quint32 seed, QDate today);
};

} // namespace profrost::demo
