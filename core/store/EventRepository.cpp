#include "store/EventRepository.h"

#include "store/Database.h"
#include "store/Query.h"
#include "store/RowVersion.h"
#include "util/Error.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace profrost {

qint64 EventRepository::save(const MethodicalEvent &e, QDate today)
{
    if (const QStringList problems = EventRules::check(e, today); !problems.isEmpty())
        throw Error(problems.join(u" "_s));
    Transaction tx(m_db);
    qint64 id = e.id;
    const bool stored = id != 0
        && Query(m_db, u"SELECT COUNT(*) FROM methodical_event WHERE id = ?"_s).bind(id).scalar().toInt() == 1;
    const auto bindFields = [&e](Query &q) -> Query & {
        return q.bind(EventText::code(e.kind))
            .bind(EventText::code(e.level))
            .bind(e.topic.simplified())
            .bind(e.starts)
            .bind(e.ends.isValid() && e.ends != e.starts ? e.ends : QDate())
            .bind(e.organiser.simplified())
            .bind(e.place.simplified())
            .bind(e.audience.simplified())
            .bind(QVariant(e.hours))
            .bind(e.held)
            .bind(e.note.trimmed());
    };
    if (stored) {
        // Another user may have saved it since it was read (store/RowVersion).
        Query q(m_db, u"UPDATE methodical_event SET kind = ?, level = ?, topic = ?, starts = ?, ends = ?, organiser = ?,"
                      " place = ?, audience = ?, hours = ?, held = ?, note = ?"_s
                          + RowVersion::bump() + u" WHERE id = ?"_s + RowVersion::guard(e.version.value));
        bindFields(q).bind(id);
        RowVersion::exec(m_db, q, e.version.value, u"methodical_event"_s, id, e.topic.simplified(),
                         tr("The event no longer exists."));
        Query(m_db, u"DELETE FROM event_participant WHERE event_id = ?"_s).bind(id).exec();
        Query(m_db, u"DELETE FROM event_guest WHERE event_id = ?"_s).bind(id).exec();
    } else {
        // An event deleted before comes back with its id.
        Query q(m_db, id != 0 ? u"INSERT INTO methodical_event (id, kind, level, topic, starts, ends, organiser, place,"
                                 " audience, hours, held, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s
                              : u"INSERT INTO methodical_event (kind, level, topic, starts, ends, organiser, place,"
                                 " audience, hours, held, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        if (id != 0)
            q.bind(id);
        id = bindFields(q).scalar().toLongLong();
        if (id == 0)
            throw Error(tr("The event was not stored."));
    }
    for (const EventParticipant &p : e.participants) {
        Query(m_db, u"INSERT INTO event_participant (event_id, teacher_id, role) VALUES (?, ?, ?)"_s)
            .bind(id)
            .bind(p.teacherId)
            .bind(EventText::code(p.role))
            .exec();
    }
    int position = 0;
    for (const EventGuest &g : e.guests) {
        Query(m_db, u"INSERT INTO event_guest (event_id, position, name, organisation, role) VALUES (?, ?, ?, ?, ?)"_s)
            .bind(id)
            .bind(position++)
            .bind(g.name.simplified())
            .bind(g.organisation.simplified())
            .bind(EventText::code(g.role))
            .exec();
    }
    tx.commit();
    return id;
}

void EventRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM event_participant WHERE event_id = ?"_s).bind(id).exec();
    Query(m_db, u"DELETE FROM event_guest WHERE event_id = ?"_s).bind(id).exec();
    Query(m_db, u"DELETE FROM methodical_event WHERE id = ?"_s).bind(id).exec();
    tx.commit();
}

std::optional<MethodicalEvent> EventRepository::get(qint64 id) const
{
    const QList<MethodicalEvent> found = read(u"e.id = ?"_s, {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<MethodicalEvent> EventRepository::between(QDate from, QDate to) const
{
    QStringList where;
    QVariantList binds;
    if (from.isValid()) {
        where << u"e.starts >= ?"_s;
        binds << Query::dateText(from);
    }
    if (to.isValid()) {
        where << u"e.starts <= ?"_s;
        binds << Query::dateText(to);
    }
    return read(where.join(u" AND "_s), binds);
}

QList<MethodicalEvent> EventRepository::ofTeacher(qint64 teacherId) const
{
    return read(u"e.id IN (SELECT event_id FROM event_participant WHERE teacher_id = ?)"_s, {teacherId});
}

QList<MethodicalEvent> EventRepository::read(const QString &where, const QVariantList &binds) const
{
    // Three queries whatever the count: the events, then their participants
    // and guests for the same condition.
    const QString condition = where.isEmpty() ? QString() : u" WHERE "_s + where;
    QList<MethodicalEvent> out;
    QHash<qint64, qsizetype> index;
    {
        Query q(m_db, u"SELECT e.id, e.kind, e.level, e.topic, e.starts, e.ends, e.organiser, e.place, e.audience,"
                      " e.hours, e.held, e.note, e.row_version FROM methodical_event e"_s
                      + condition + u" ORDER BY e.starts, e.id"_s);
        q.bindAll(binds);
        q.exec();
        while (q.next()) {
            MethodicalEvent e;
            e.id = q.id(0);
            EventText::fromCode(q.text(1), &e.kind);
            EventText::fromCode(q.text(2), &e.level);
            e.topic = q.text(3);
            e.starts = q.date(4);
            e.ends = q.date(5);
            e.organiser = q.text(6);
            e.place = q.text(7);
            e.audience = q.text(8);
            e.hours = q.value(9).toDouble();
            e.held = q.value(10).toInt() != 0;
            e.note = q.text(11);
            e.version.value = q.value(12).toInt();
            index.insert(e.id, out.size());
            out << e;
        }
    }
    if (out.isEmpty())
        return out;
    {
        Query q(m_db, u"SELECT p.event_id, p.teacher_id, p.role FROM event_participant p"
                      " JOIN methodical_event e ON e.id = p.event_id"_s
                      + condition + u" ORDER BY p.event_id, p.teacher_id"_s);
        q.bindAll(binds);
        q.exec();
        while (q.next()) {
            EventParticipant p;
            p.teacherId = q.id(1);
            EventText::fromCode(q.text(2), &p.role);
            if (const auto it = index.constFind(q.id(0)); it != index.cend())
                out[*it].participants << p;
        }
    }
    {
        Query q(m_db, u"SELECT g.event_id, g.name, g.organisation, g.role FROM event_guest g"
                      " JOIN methodical_event e ON e.id = g.event_id"_s
                      + condition + u" ORDER BY g.event_id, g.position"_s);
        q.bindAll(binds);
        q.exec();
        while (q.next()) {
            EventGuest g;
            g.name = q.text(1);
            g.organisation = q.text(2);
            EventText::fromCode(q.text(3), &g.role);
            if (const auto it = index.constFind(q.id(0)); it != index.cend())
                out[*it].guests << g;
        }
    }
    return out;
}

} // namespace profrost
