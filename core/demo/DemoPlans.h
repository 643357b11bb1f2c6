#pragma once

#include <QDate>

namespace profrost {
class Database;
}

namespace profrost::demo {

// The demo district's saved plan-graphs, as a methodist keeps them: the
// further-training plan of this year (made the autumn before, from the
// courses on record then), next year's (made this autumn) and the 5-year
// attestation plan from January of this year, each the program's proposal
// as saved. The dashboard's forecasts and the regional criteria 3 and 4 are
// computed from them; without them both say «нет плана».
class DemoPlans
{
public:
    static void fill(Database &db, QDate today);
};

} // namespace profrost::demo
