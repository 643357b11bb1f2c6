#pragma once

#include "domain/AttestationPlanEntry.h"

#include "domain/SavedPlanGraph.h"

#include <QCoreApplication>

namespace profrost {

class Database;

// The saved 5-year attestation plan-graphs, one per first year: the
// proposal (AttestationPlan::propose) as the methodist edited it — the
// planned months of application and attestation per teacher.
class AttestationPlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(AttestationPlanRepository)
public:
    explicit AttestationPlanRepository(Database &db) : m_db(db) {}

    bool exists(int firstYear) const;
    // By attestation month, then name.
    QList<AttestationPlanEntry> load(int firstYear) const;
    // The plan with the version an editor saves it back with (read first).
    SavedPlanGraph<AttestationPlanEntry> read(int firstYear) const;
    // Replaces the whole plan of `firstYear` in one transaction; every entry
    // must pass AttestationPlanEntryCheck::check and a teacher may appear once (Error
    // naming the teacher otherwise, and nothing is written). With the
    // version read (> 0) it is refused with an EditConflict when another
    // user saved or removed the plan since (store/PlanGraphVersion).
    void save(int firstYear, const QList<AttestationPlanEntry> &plan, int readVersion = 0);
    void remove(int firstYear, int readVersion = 0);
    // The version the plan of `firstYear` has now (1: never saved).
    int version(int firstYear) const;
    // The first years of the saved plans, newest first.
    QList<int> savedPlans() const;

private:
    Database &m_db;
};

} // namespace profrost
