#pragma once

#include "domain/Mentorship.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace profrost {

class Database;

// Mentorship pairs (migration step 10). A pair is identified by its mentor,
// its mentee and its first day (what an import matches on); every write is
// one transaction.
class MentorshipRepository
{
    Q_DECLARE_TR_FUNCTIONS(MentorshipRepository)
public:
    explicit MentorshipRepository(Database &db) : m_db(db) {}

    // Stores the pair: a new one (id 0), the stored one with that id, or one
    // deleted before with its old id (undo). Throws profrost::Error with
    // MentorshipRules::check's reasons, or when the same mentor, mentee and
    // first day are stored already. Returns the id.
    qint64 save(const Mentorship &m);
    void remove(qint64 id);

    std::optional<Mentorship> get(qint64 id) const;
    std::optional<Mentorship> find(qint64 mentorId, qint64 menteeId, QDate starts) const;
    // Every pair, by first day.
    QList<Mentorship> all() const;
    // The pairs where the teacher is the mentor or the mentee, by first day.
    QList<Mentorship> ofTeacher(qint64 teacherId) const;

private:
    QList<Mentorship> read(const QString &where, const QVariantList &binds) const;

    Database &m_db;
};

} // namespace profrost
