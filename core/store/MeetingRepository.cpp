#include "store/MeetingRepository.h"

#include "domain/DateText.h"

#include "store/Database.h"
#include "store/Query.h"
#include "store/RowVersion.h"
#include "util/Error.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

QVariant ref(qint64 id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

QVariant votes(const AgendaItem &a, int n)
{
    return a.voted ? QVariant(n) : QVariant(QMetaType(QMetaType::Int));
}

// Guests are kept one per line in one column: they are free text, never queried.
QString joinGuests(const QStringList &guests)
{
    QStringList kept;
    for (const QString &g : guests)
        if (!g.trimmed().isEmpty())
            kept << g.simplified();
    return kept.join(u'\n');
}

} // namespace

QList<Meeting> MeetingRepository::load(const QString &where, qint64 key) const
{
    QList<Meeting> out;
    QHash<qint64, qsizetype> index;
    {
        Query q(m_db, u"SELECT id, association_id, plan_item_id, held_on, place, form, topic, guests, row_version FROM meeting WHERE "_s
                          + where + u" ORDER BY held_on, id"_s);
        q.bind(key).exec();
        while (q.next()) {
            Meeting m;
            m.id = q.id(0);
            m.associationId = q.id(1);
            m.planItemId = q.id(2);
            m.date = q.date(3);
            m.place = q.text(4);
            m.form = q.text(5);
            m.topic = q.text(6);
            m.version.value = q.value(8).toInt();
            const QString guests = q.text(7);
            if (!guests.isEmpty())
                m.guests = guests.split(u'\n');
            index.insert(m.id, out.size());
            out.append(m);
        }
    }
    if (out.isEmpty())
        return out;
    const QString ids = u"SELECT id FROM meeting WHERE "_s + where;
    {
        Query q(m_db, u"SELECT meeting_id, teacher_id FROM meeting_attendee WHERE meeting_id IN ("_s + ids
                          + u") ORDER BY meeting_id, teacher_id"_s);
        q.bind(key).exec();
        while (q.next())
            out[index.value(q.id(0))].attendees.append(q.id(1));
    }
    Query q(m_db, u"SELECT meeting_id, id, title, speaker, heard, spoke, decided, votes_for, votes_against,"
                  " votes_abstained FROM agenda_item WHERE meeting_id IN ("_s
                      + ids + u") ORDER BY meeting_id, position, id"_s);
    q.bind(key).exec();
    while (q.next()) {
        AgendaItem a;
        a.id = q.id(1);
        a.title = q.text(2);
        a.speaker = q.text(3);
        a.heard = q.text(4);
        a.spoke = q.text(5);
        a.decided = q.text(6);
        a.voted = !q.value(7).isNull();
        a.votesFor = q.value(7).toInt();
        a.votesAgainst = q.value(8).toInt();
        a.votesAbstained = q.value(9).toInt();
        out[index.value(q.id(0))].agenda.append(a);
    }
    return out;
}

QList<Meeting> MeetingRepository::meetingsOf(qint64 associationId) const
{
    return load(u"association_id = ?"_s, associationId);
}

Meeting MeetingRepository::get(qint64 id) const
{
    const QList<Meeting> found = load(u"id = ?"_s, id);
    if (found.isEmpty())
        throw Error(tr("The meeting no longer exists."));
    return found.constFirst();
}

int MeetingRepository::protocolNumber(qint64 meetingId) const
{
    QList<Meeting> dates; // only the dates and ids matter: no need to load the protocols
    Query q(m_db, u"SELECT id, association_id, held_on FROM meeting WHERE association_id ="
                  " (SELECT association_id FROM meeting WHERE id = ?)"_s);
    q.bind(meetingId).exec();
    while (q.next()) {
        Meeting m;
        m.id = q.id(0);
        m.associationId = q.id(1);
        m.date = q.date(2);
        dates.append(m);
    }
    const int number = MeetingRules::protocolNumbers(dates).value(meetingId);
    if (number == 0)
        throw Error(tr("The meeting no longer exists."));
    return number;
}

void MeetingRepository::writeBody(qint64 id, const Meeting &m)
{
    Query(m_db, u"DELETE FROM meeting_attendee WHERE meeting_id = ?"_s).bind(id).exec();
    Query(m_db, u"DELETE FROM agenda_item WHERE meeting_id = ?"_s).bind(id).exec();
    QList<qint64> seen;
    for (qint64 teacher : m.attendees) {
        if (seen.contains(teacher))
            continue;
        seen.append(teacher);
        Query(m_db, u"INSERT INTO meeting_attendee (meeting_id, teacher_id) VALUES (?, ?)"_s)
            .bind(id).bind(teacher).exec();
    }
    for (qsizetype i = 0; i < m.agenda.size(); ++i) {
        const AgendaItem &a = m.agenda.at(i);
        Query(m_db, u"INSERT INTO agenda_item (meeting_id, position, title, speaker, heard, spoke, decided,"
                    " votes_for, votes_against, votes_abstained) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
            .bind(id).bind(int(i + 1)).bind(a.title.trimmed()).bind(a.speaker.trimmed()).bind(a.heard.trimmed())
            .bind(a.spoke.trimmed()).bind(a.decided.trimmed()).bind(votes(a, a.votesFor))
            .bind(votes(a, a.votesAgainst)).bind(votes(a, a.votesAbstained)).exec();
    }
}

qint64 MeetingRepository::insert(const Meeting &m)
{
    return insertWithId(m, 0);
}

qint64 MeetingRepository::restore(const Meeting &m)
{
    const bool taken = m.id == 0
        || Query(m_db, u"SELECT COUNT(*) FROM meeting WHERE id = ?"_s).bind(m.id).scalar().toInt() > 0;
    // The plan it held may have gone meanwhile (deleted): then it is unplanned.
    Meeting back = m;
    if (back.planItemId != 0
        && Query(m_db, u"SELECT COUNT(*) FROM plan_item WHERE id = ?"_s).bind(back.planItemId).scalar().toInt() == 0)
        back.planItemId = 0;
    return insertWithId(back, taken ? 0 : m.id);
}

qint64 MeetingRepository::insertWithId(const Meeting &m, qint64 id)
{
    if (const QStringList problems = MeetingRules::check(m); !problems.isEmpty())
        throw Error(tr("The meeting cannot be stored: %1").arg(problems.join(u"; "_s)));
    Transaction tx(m_db);
    Query q(m_db, id == 0 ? u"INSERT INTO meeting (association_id, plan_item_id, held_on, place, form, topic, guests)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s
                          : u"INSERT INTO meeting (association_id, plan_item_id, held_on, place, form, topic, guests,"
                            " id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.bind(m.associationId).bind(ref(m.planItemId)).bind(m.date).bind(m.place.simplified())
        .bind(m.form.simplified()).bind(m.topic.simplified()).bind(joinGuests(m.guests));
    if (id != 0)
        q.bind(id);
    const qint64 stored = q.scalar().toLongLong();
    writeBody(stored, m);
    tx.commit();
    return stored;
}

void MeetingRepository::update(const Meeting &m)
{
    if (const QStringList problems = MeetingRules::check(m); !problems.isEmpty())
        throw Error(tr("The meeting cannot be stored: %1").arg(problems.join(u"; "_s)));
    Transaction tx(m_db);
    Query q(m_db, u"UPDATE meeting SET association_id = ?, plan_item_id = ?, held_on = ?, place = ?, form = ?,"
                  " topic = ?, guests = ?"_s + RowVersion::bump() + u" WHERE id = ?"_s + RowVersion::guard(m.version.value));
    q.bind(m.associationId).bind(ref(m.planItemId)).bind(m.date).bind(m.place.simplified())
        .bind(m.form.simplified()).bind(m.topic.simplified()).bind(joinGuests(m.guests)).bind(m.id);
    RowVersion::exec(m_db, q, m.version.value, u"meeting"_s, m.id,
                     tr("The meeting of %1").arg(DateText::numeric(m.date)), tr("The meeting no longer exists."));
    writeBody(m.id, m);
    tx.commit();
}

void MeetingRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM meeting WHERE id = ?"_s).bind(id).exec();
    tx.commit();
}

MeetingRepository::PlanProgress MeetingRepository::progress(qint64 planId) const
{
    PlanProgress p;
    p.planned = Query(m_db, u"SELECT COUNT(*) FROM plan_item WHERE plan_id = ? AND is_meeting = 1"_s)
                    .bind(planId).scalar().toInt();
    p.held = Query(m_db, u"SELECT COUNT(DISTINCT i.id) FROM plan_item i JOIN meeting m ON m.plan_item_id = i.id"
                         " WHERE i.plan_id = ? AND i.is_meeting = 1"
                         " AND EXISTS (SELECT 1 FROM agenda_item a WHERE a.meeting_id = m.id)"_s)
                 .bind(planId).scalar().toInt();
    return p;
}

} // namespace profrost
