#pragma once

#include "domain/Recommendation.h"

#include <QCoreApplication>
#include <optional>

namespace profrost {

class Database;

// The addressed recommendations of the monitorings (migration step 14).
// Every write is one transaction; lists are by monitoring date, then as entered.
class RecommendationRepository
{
    Q_DECLARE_TR_FUNCTIONS(RecommendationRepository)
public:
    explicit RecommendationRepository(Database &db) : m_db(db) {}

    // Stores a new recommendation (id 0) or the stored one with that id (a
    // deleted one comes back with its id). Throws profrost::Error with
    // RecommendationRules' reasons or the store's. Returns the id.
    qint64 save(const Recommendation &r);
    void remove(qint64 id);

    std::optional<Recommendation> get(qint64 id) const;
    QList<Recommendation> all() const;
    // Made at a monitoring dated in [from, to].
    QList<Recommendation> madeBetween(QDate from, QDate to) const;
    // Made before `madeBefore` and due on or before `dueBy`: the ones a
    // monitoring checks.
    QList<Recommendation> dueBy(QDate dueBy, QDate madeBefore) const;

private:
    QList<Recommendation> read(const QString &where, const QVariantList &binds) const;

    Database &m_db;
};

} // namespace profrost
