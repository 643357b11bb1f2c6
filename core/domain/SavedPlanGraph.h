#pragma once

#include "domain/ReadVersion.h"

#include <QList>

namespace profrost {

// A plan-graph of one first year as read from the store, with the version
// read before its lines (store/PlanGraphVersion): what a plan's editor
// saves back, and what a conflict compares with. `saved` false: no plan is
// saved for the year (the proposal is shown), `lines` empty.
template <typename Entry>
struct SavedPlanGraph
{
    QList<Entry> lines;
    bool saved = false;
    ReadVersion version;
};

} // namespace profrost
