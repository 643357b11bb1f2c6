#pragma once

#include <QDate>

namespace profrost {
class Database;
}

namespace profrost::demo {

// The mentoring of the demo district, written after the staff (inside
// DemoGenerator's transaction). About two young teachers in three get a
// mentor of their own school — an experienced teacher with a category, of
// their subject when the school has one, now and then the director or a
// deputy (руководитель – педагог) — from soon after their hiring; some get a
// second, methodical mentor from another school of the municipality; a few
// pairs ended after the first year. Teachers in their 4th–5th year have
// finished pairs with a result. Each municipality with young teachers runs a
// «Школа молодого педагога» that a third of them attend, so that some are
// supported only there and some not at all (core/demo/README.md).
//
// Deterministic: its own DemoRandom seeded from `seed`, teachers by name.
class DemoMentoring
{
public:
    // Returns the number of pairs written.
    static int fill(Database &db, quint32 seed, QDate today);
};

} // namespace profrost::demo
