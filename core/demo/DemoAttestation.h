#pragma once

#include <QDate>

namespace profrost {
class Database;
}

namespace profrost::demo {

struct DemoAttestationSummary
{
    int records = 0;      // history records written or completed (orders)
    int fitness = 0;      // СЗД among them
    int applications = 0; // in every status
};

// The attestation part of the demo database, written after the registry
// (inside DemoGenerator's transaction). The registry gave each category
// holder their current category (and so its history record); this adds
// what a real district's files hold: the order (number and date) of every
// decision, the earlier categories (the first before the highest, the
// highest before педагог-методист / педагог-наставник, older terms of the
// same category), СЗД decided by the employer for most staff without a
// category (a few overdue, the newest staff exempt), a СЗД after some lapsed
// categories, and applications: open ones (submitted or under review) for
// about two thirds of the categories expiring within 9 months and a third of
// the lapsed, granted ones behind the categories of the last year, and a
// few refusals.
//
// Deterministic: its own DemoRandom seeded from `seed`, teachers in id order.
class DemoAttestation
{
public:
    static DemoAttestationSummary fill(Database &db, quint32 seed, QDate today);
};

} // namespace profrost::demo
