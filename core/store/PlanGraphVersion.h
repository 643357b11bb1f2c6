#pragma once

#include <QCoreApplication>
#include <QString>

namespace profrost {

class Database;

// Optimistic locking of a plan-graph (issue 17 «no lost edits»). A plan is
// saved whole per first year — its lines deleted and written again — so it
// has no row of its own to carry a version: table plan_version holds one per
// kind and first year. A plan never saved has version 1; every save and
// every removal raises it, whoever makes it. A save that names the version
// it read is refused with an EditConflict when another user saved or removed
// the plan since, before any line is written; version 0 writes unchecked
// (a demo, a test, the first undo step on a file). The version is claimed
// first in the save's transaction, so that on a server the second of two
// savers waits for the first and then finds the version changed.
class PlanGraphVersion
{
    Q_DECLARE_TR_FUNCTIONS(PlanGraphVersion)
public:
    enum class Kind { Training, Attestation };

    // The version of the plan of `firstYear`: 1 when it was never saved.
    static int read(Database &db, Kind kind, int firstYear);
    // Inside the caller's transaction: raises the version, or throws
    // EditConflict naming the plan when `read` (> 0) is not the stored one.
    static void claim(Database &db, Kind kind, int firstYear, int read);
    // «План-график повышения квалификации на 2027–2029 годы»: the plan as a
    // conflict names it.
    static QString name(Kind kind, int firstYear);
};

} // namespace profrost
