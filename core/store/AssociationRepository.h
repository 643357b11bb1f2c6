#pragma once

#include "domain/Association.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace profrost {

class Database;

// Associations and their members. Every change is one transaction; each
// write checks AssociationRules and throws profrost::Error naming the field
// and the reason.
class AssociationRepository
{
    Q_DECLARE_TR_FUNCTIONS(AssociationRepository)
public:
    explicit AssociationRepository(Database &db) : m_db(db) {}

    // By kind, level and name.
    QList<Association> all() const;
    Association get(qint64 id) const;
    qint64 insert(const Association &a);
    // Stores a removed association again (undo), under its old id when
    // that is free (later undo steps name it), else a new one; the id.
    qint64 restore(const Association &a);
    void update(const Association &a);
    // Removes the association with its members, plans and meetings.
    void remove(qint64 id);

    // ---- members
    // Every membership of the association (past ones too), by joining date.
    QList<AssociationMember> members(qint64 associationId) const;
    // The teachers who were members on `date`.
    QList<qint64> membersOn(qint64 associationId, QDate date) const;
    // How many members each association has on `date` (one query for a list).
    QHash<qint64, int> memberCountsOn(QDate date) const;
    // The associations a teacher is a member of on `date`.
    QList<qint64> associationsOf(qint64 teacherId, QDate date) const;
    // Throws when the teacher is already a member at the joining day.
    qint64 addMember(const AssociationMember &m);
    void updateMember(const AssociationMember &m);
    // The member leaves on `day` (the history stays).
    void endMembership(qint64 memberId, QDate day);
    void removeMember(qint64 memberId);
    // The association's members become exactly `members` (undo of a change
    // to the list): checked like addMember, all or nothing; ids are new.
    void replaceMembers(qint64 associationId, const QList<AssociationMember> &members);

    // ---- bulk (the demo generator)
    // Insert many rows, checked, in one transaction each; ids are filled in.
    void insertMany(QList<Association> &associations);
    void insertMembers(QList<AssociationMember> &members);

private:
    void write(const Association &a, bool insert, qint64 *newId);
    Database &m_db;
};

} // namespace profrost
