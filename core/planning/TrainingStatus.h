#pragma once

#include "planning/TrainingDue.h"

#include <QDate>
#include <optional>

namespace profrost {

class Database;

struct TrainingCounts
{
    int overdue = 0;
    int dueSoon = 0;
    int total() const { return overdue + dueSoon; }
};

// Overdue and due further training from a database: the one function the
// page, the teacher card, the plan-graph, the documents and the CLI call.
// It reads the interval (setting `training_interval_years`) itself when it
// is made; the rule is TrainingDue, the population ActiveWorkers.
class TrainingStatus
{
public:
    explicit TrainingStatus(Database &db);

    int intervalYears() const { return m_intervalYears; }
    // The first day a course completed on `ends` no longer counts.
    QDate expiresOn(QDate ends) const { return TrainingDue::expiresOn(ends, m_intervalYears); }

    // Overdue and due within `soonMonths` at `at`, sorted (TrainingDue::compute).
    QList<DueItem> due(QDate at, int soonMonths = TrainingDue::kDefaultSoonMonths) const;
    TrainingCounts counts(QDate at) const;
    static TrainingCounts countsOf(const QList<DueItem> &items);
    // One teacher (the card): their standing at `at`, Covered included;
    // nothing when they are not an active pedagogical worker then.
    std::optional<DueItem> of(qint64 teacherId, QDate at) const;

private:
    Database &m_db;
    int m_intervalYears;
};

} // namespace profrost
