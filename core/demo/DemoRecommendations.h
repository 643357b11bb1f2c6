#pragma once

#include <QDate>

namespace profrost {
class Database;
}

namespace profrost::demo {

// The demo district's management decisions (issue «Monitoring», seed 002
// criterion 5): four recommendations of last June's monitoring, due this
// autumn — two found done, one not done, one still on watch — and two of a
// monitoring a month ago, so that the analytic report's both tables and the
// recommendations' screen have something to show. Fixed texts, no chance.
class DemoRecommendations
{
public:
    // Returns the number written.
    static int fill(Database &db, QDate today);
};

} // namespace profrost::demo
