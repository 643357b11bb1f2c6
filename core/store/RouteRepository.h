#pragma once

#include "domain/Route.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QList>
#include <optional>

namespace profrost {

class Database;

// Individual routes (migration step 9): one per teacher and academic year,
// its deficits and its activities in the plan's order. Every write is one
// transaction; a route is read whole.
class RouteRepository
{
    Q_DECLARE_TR_FUNCTIONS(RouteRepository)
public:
    explicit RouteRepository(Database &db) : m_db(db) {}

    // Stores the route: a new one (id 0; refused when the teacher has a route
    // for that year already), the stored one with that id (its deficits and
    // activities replaced), or one deleted before, with its old id (undo).
    // Throws profrost::Error with RouteRules::check's reasons. Returns the id.
    qint64 save(const IndividualRoute &route);
    // New routes (id 0, no route of that teacher and year stored or among
    // them: the caller's promise, not looked up), checked as save() checks
    // them and written in one transaction with one prepared statement per
    // table: the demo's thousands. Nothing is written when one is refused.
    void insertNewRoutes(const QList<IndividualRoute> &routes);
    void remove(qint64 id);

    IndividualRoute get(qint64 id) const; // throws when there is none
    std::optional<IndividualRoute> find(qint64 teacherId, int startYear) const;
    // Every route of the academic year, by id (three queries, whatever the count).
    QList<IndividualRoute> ofYear(int startYear) const;
    // The teachers with a route for that academic year (the indicators
    // need no more than that).
    QSet<qint64> teachersWithRoute(int startYear) const;
    // Every route of every year (what the effect of the routes is computed from).
    QList<IndividualRoute> all() const;
    // A teacher's routes, the oldest year first.
    QList<IndividualRoute> ofTeacher(qint64 teacherId) const;

private:
    QList<IndividualRoute> read(const QString &where, const QVariantList &binds) const;
    void writeParts(const IndividualRoute &route, qint64 id);

    Database &m_db;
};

} // namespace profrost
