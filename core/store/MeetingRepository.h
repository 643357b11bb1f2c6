#pragma once

#include "domain/Meeting.h"

#include <QCoreApplication>
#include <QList>

namespace profrost {

class Database;

// Meetings of associations with their attendance and agenda (the protocol).
// A meeting is read and written whole; every change is one transaction.
class MeetingRepository
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRepository)
public:
    explicit MeetingRepository(Database &db) : m_db(db) {}

    // The meetings of an association, by date (with attendance and agenda).
    QList<Meeting> meetingsOf(qint64 associationId) const;
    Meeting get(qint64 id) const;
    // The protocol number (MeetingRules::protocolNumbers): 1, 2, ... in the
    // academic year of the meeting, among the meetings of its association.
    int protocolNumber(qint64 meetingId) const;

    // Throw profrost::Error naming the field and the reason (MeetingRules::check).
    // Agenda item ids are ignored: the items are written anew.
    qint64 insert(const Meeting &m);
    // Stores a removed meeting again (undo), under its old id when that is
    // still free, so that later undo steps that name it still find it;
    // otherwise under a new one. Returns the id.
    qint64 restore(const Meeting &m);
    void update(const Meeting &m);
    void remove(qint64 id);

    // ---- indicators
    // How many meetings of the plan were held: plan items marked as meetings
    // that a meeting with a protocol (an agenda) refers to; and how many are planned.
    struct PlanProgress
    {
        int planned = 0;
        int held = 0;
    };
    PlanProgress progress(qint64 planId) const;

private:
    qint64 insertWithId(const Meeting &m, qint64 id); // id 0: a new one
    void writeBody(qint64 id, const Meeting &m);
    QList<Meeting> load(const QString &where, qint64 key) const;
    Database &m_db;
};

} // namespace profrost
