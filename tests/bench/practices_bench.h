#pragma once

#include <QTextStream>

// The bank of practices at 10,000 practices (issue 15, section 2): the
// full-text search of a query in two word forms, best of 20 runs, beside
// the floor — the same FTS5 query (match, bm25, the limit) run by the
// sqlite3 shell on the same file. Target: under 50 ms.
namespace practices_bench {

int run(int practices, QTextStream &out);

} // namespace practices_bench
