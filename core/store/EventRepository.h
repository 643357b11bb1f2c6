#pragma once

#include "domain/MethodicalEvent.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace profrost {

class Database;

// Methodical events with their participants and guests (migration step 11).
// An event is read and written whole; every write is one transaction.
class EventRepository
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)
public:
    explicit EventRepository(Database &db) : m_db(db) {}

    // Stores the event: a new one (id 0), the stored one with that id, or one
    // deleted before with its old id (undo); its participants and guests
    // become exactly the event's. Throws profrost::Error with EventRules'
    // reasons (as on `today`) or the store's. Returns the id.
    qint64 save(const MethodicalEvent &e, QDate today);
    void remove(qint64 id);

    std::optional<MethodicalEvent> get(qint64 id) const;
    // The events whose first day is in [from, to] (invalid: open), by first day, whole.
    QList<MethodicalEvent> between(QDate from, QDate to) const;
    // The events a teacher took part in, by first day, whole.
    QList<MethodicalEvent> ofTeacher(qint64 teacherId) const;

private:
    QList<MethodicalEvent> read(const QString &where, const QVariantList &binds) const;

    Database &m_db;
};

} // namespace profrost
