#pragma once

#include "domain/Organisation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace profrost {

class Database;

// An organisation with the figures the registry page shows beside it.
struct OrganisationRow
{
    Organisation organisation;
    QString municipality;
    int activeStaff = 0; // employed at the reference date
};

class OrganisationRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationRepository)
public:
    explicit OrganisationRepository(Database &db) : m_db(db) {}

    QList<Organisation> all() const;
    QList<OrganisationRow> rows(QDate at) const;
    Organisation get(qint64 id) const;
    // Same municipality and name (case, spaces and ё ignored); 0 when none.
    qint64 findByName(qint64 municipalityId, const QString &name) const;

    // Throws profrost::Error with the reason (a duplicate name, a missing field).
    qint64 insert(const Organisation &o);
    // The same for a caller that knows every organisation's name already (an
    // import's RegistryIndex): `sameName` is what findByName() would return,
    // so the municipality's organisations are not read once per new one.
    qint64 insert(const Organisation &o, qint64 sameName);
    // Re-inserts with the id it had (undo of a delete).
    void restore(const Organisation &o);
    void update(const Organisation &o);
    // Refused while people are employed there: the message says how many.
    void remove(qint64 id);

    static QString validate(const Organisation &o); // empty when fine

private:
    void check(const Organisation &o) const;
    void check(const Organisation &o, qint64 sameName) const;
    // findByName() for o's municipality and name; 0 for an invalid o.
    qint64 sameNameAs(const Organisation &o) const;
    Database &m_db;
};

} // namespace profrost
