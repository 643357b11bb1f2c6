#pragma once

#include "domain/Organisation.h"
#include "domain/Position.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace profrost {

class Database;

// Small dictionaries: municipalities, positions, subjects.
class DictionaryRepository
{
    Q_DECLARE_TR_FUNCTIONS(DictionaryRepository)
public:
    explicit DictionaryRepository(Database &db) : m_db(db) {}

    QList<Municipality> municipalities() const;
    qint64 ensureMunicipality(const QString &name);

    QList<Position> positions() const;
    Position position(qint64 id) const;
    // Finds a position by name (case, spaces and ё ignored) or creates it with `kindIfNew`.
    qint64 ensurePosition(const QString &name, PositionKind kindIfNew, bool *created = nullptr);
    void setPositionKind(qint64 id, PositionKind kind);

    QList<Subject> subjects() const;
    qint64 ensureSubject(const QString &name, bool *created = nullptr);

    // Fills positions and subjects with the default lists (on a new database).
    void seedDefaults();

private:
    Database &m_db;
};

} // namespace profrost
