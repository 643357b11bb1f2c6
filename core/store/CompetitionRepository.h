#pragma once

#include "domain/Competition.h"

#include <QCoreApplication>
#include <optional>

namespace profrost {

class Database;

// Professional competitions with their entries and results (migration step
// 12). A competition is read and written whole; every write is one transaction.
class CompetitionRepository
{
    Q_DECLARE_TR_FUNCTIONS(CompetitionRepository)
public:
    explicit CompetitionRepository(Database &db) : m_db(db) {}

    // Stores the competition: a new one (id 0), the stored one with that id,
    // or one deleted before with its old id (undo); its entries become
    // exactly the competition's. Throws profrost::Error with
    // CompetitionRules' reasons or the store's. Returns the id.
    qint64 save(const Competition &c);
    void remove(qint64 id);

    std::optional<Competition> get(qint64 id) const;
    // Every competition, the newest year first, then by name; whole.
    QList<Competition> all() const;
    // The competitions of one year, by name; whole.
    QList<Competition> ofYear(int year) const;
    // The competitions a teacher took part in, whole.
    QList<Competition> ofTeacher(qint64 teacherId) const;

private:
    QList<Competition> read(const QString &where, const QVariantList &binds) const;

    Database &m_db;
};

} // namespace profrost
