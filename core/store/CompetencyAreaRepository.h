#pragma once

#include "domain/CompetencyAreas.h"

#include <QCoreApplication>

namespace profrost {

class Database;

// The dictionary of competency areas (table competency_area, migration step
// 13; core/README.md «The competency areas»). Each change is one
// transaction and, once committed, becomes the process-wide snapshot
// (CompetencyAreas::current()), so that every list, column and document
// shows it at once.
class CompetencyAreaRepository
{
    Q_DECLARE_TR_FUNCTIONS(CompetencyAreaRepository)
public:
    explicit CompetencyAreaRepository(Database &db) : m_db(db) {}

    // The stored dictionary in order; the defaults for a database older
    // than the dictionary (a migration test's).
    CompetencyAreas load() const;
    // load() as the process-wide snapshot, owned by this database (Database::open).
    void makeCurrent() const;

    // Adds an area after the others, its code made from the name
    // («Управленческая» → upravlencheskaia), unique. Refuses an empty name or
    // one the dictionary has (case, spaces, punctuation and ё/е ignored).
    CompetencyArea add(const QString &name);
    void rename(const CompetencyArea &area, const QString &name);
    // Moves the area `offset` places (−1 up, +1 down) within the list; at an end, nothing.
    void move(const CompetencyArea &area, int offset);
    // Refused, naming what uses it, while a programme, a campaign, a score or
    // a route holds the area; the literacy area and the last area are kept.
    void remove(const CompetencyArea &area);
    // «2 programmes, 1 score»: what holds the area; empty when nothing does.
    QString usage(const CompetencyArea &area) const;

    // «upravlencheskaya» from «Управленческая»: Latin letters, digits and
    // '_', at most 32 characters (the column's width).
    static QString codeFromName(const QString &name);

private:
    QString checkedName(const QString &name, const CompetencyArea &except) const;
    void storeOrder(const QList<CompetencyArea> &order);

    Database &m_db;
};

} // namespace profrost
