#pragma once

#include <QDate>

namespace profrost {
class Database;
}

namespace profrost::demo {

struct DemoDiagnosticsSummary
{
    int campaigns = 0;
    int results = 0;
};

// The diagnostics part of the demo database, written after the courses
// (inside DemoGenerator's transaction): a self-assessment of professional
// deficits each October of five years (the latest this October once it is
// over) and a functional literacy diagnosis each February between them.
// Each teacher has a level per competency area (the digital one lowest, as
// the regional monitoring finds), so about a quarter of the scores fall
// below the 50 % threshold; between two self-assessments the areas that a
// course the teacher completed covered improve, the others change little
// either way: some deficits are removed, not all, and the levels rise over
// the years. More take part each year; nobody before their first post.
//
// Deterministic: its own DemoRandom seeded from `seed`, teachers in id order.
class DemoDiagnostics
{
public:
    static DemoDiagnosticsSummary fill(Database &db, quint32 seed, QDate today);
};

} // namespace profrost::demo
