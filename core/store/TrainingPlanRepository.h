#pragma once

#include "domain/TrainingPlanEntry.h"

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
    // Replaces the whole plan of `firstYear` in one transaction; planned
    // years must lie in firstYear..firstYear+2 (Error otherwise).
    void save(int firstYear, const QList<TrainingPlanEntry> &plan);
    // Forgets the saved plan of `firstYear` (the proposal is shown again).
    void remove(int firstYear);
    // The first years of the saved plans, newest first.
    QList<int> savedPlans() const;

private:
    Database &m_db;
};

} // namespace profrost
