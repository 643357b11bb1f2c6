#pragma once

#include "domain/TrainingPlanEntry.h"

#include "domain/SavedPlanGraph.h"

#include <QCoreApplication>

namespace profrost {

class Database;

// The saved plan-graphs of further training, one per first year.
class TrainingPlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(TrainingPlanRepository)
public:
    explicit TrainingPlanRepository(Database &db) : m_db(db) {}

    bool exists(int firstYear) const;
    QList<TrainingPlanEntry> load(int firstYear) const;
    // The plan with the version an editor saves it back with (the version
    // read first: a save in between makes a later save a conflict, never a
    // lost edit).
    SavedPlanGraph<TrainingPlanEntry> read(int firstYear) const;
    // Replaces the whole plan of `firstYear` in one transaction; planned
    // years must lie in firstYear..firstYear+2 (Error otherwise). With the
    // version read (> 0) it is refused with an EditConflict when another
    // user saved or removed the plan since (store/PlanGraphVersion).
    void save(int firstYear, const QList<TrainingPlanEntry> &plan, int readVersion = 0);
    // Forgets the saved plan of `firstYear` (the proposal is shown again);
    // checked against `readVersion` as save() is.
    void remove(int firstYear, int readVersion = 0);
    // The version the plan of `firstYear` has now (1: never saved).
    int version(int firstYear) const;
    // The first years of the saved plans, newest first.
    QList<int> savedPlans() const;

private:
    Database &m_db;
};

} // namespace profrost
