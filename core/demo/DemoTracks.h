#pragma once

#include <QDate>

namespace profrost {
class Database;
}

namespace profrost::demo {

// The tracks of development in the demo district (the three of seed 000
// that every new database has), written last inside DemoGenerator's
// transaction: in each of the last four half-years and the current one
// about one working teacher in twenty-five applies (seed 000: «из
// заявленных 24 учителей»), half of them for planned growth, a fifth for the
// staff-shortage track and the rest for the federal programmes, a few on
// two tracks. Past half-years: «проучились почти все» (nine in ten); the
// current one, still under way: about half so far.
//
// Deterministic: its own DemoRandom seeded from `seed`.
class DemoTracks
{
public:
    // Returns the number of enrolments written.
    static int fill(Database &db, quint32 seed, QDate today);
};

} // namespace profrost::demo
