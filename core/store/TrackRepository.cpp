#include "store/TrackRepository.h"

#include "store/Database.h"
#include "store/Query.h"
#include "store/RowVersion.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost {

QList<DevelopmentTrack> TrackRepository::tracks() const
{
    QList<DevelopmentTrack> out;
    Query q(m_db, u"SELECT id, name, description, position, row_version FROM development_track ORDER BY position, id"_s);
    q.exec();
    while (q.next())
        out << DevelopmentTrack{q.id(0), q.text(1), q.text(2), q.value(3).toInt(), {q.value(4).toInt()}};
    return out;
}

std::optional<DevelopmentTrack> TrackRepository::track(qint64 id) const
{
    Query q(m_db, u"SELECT id, name, description, position, row_version FROM development_track WHERE id = ?"_s);
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return DevelopmentTrack{q.id(0), q.text(1), q.text(2), q.value(3).toInt(), {q.value(4).toInt()}};
}

qint64 TrackRepository::saveTrack(const DevelopmentTrack &t)
{
    if (const QStringList problems = TrackRules::check(t); !problems.isEmpty())
        throw Error(problems.join(u' '));
    const QString name = t.name.simplified();
    Transaction tx(m_db);
    // Letter case aside: «Устранение дефицита кадров» and «устранение дефицита кадров» are one track.
    for (const DevelopmentTrack &other : tracks()) {
        if (other.id != t.id && other.name.compare(name, Qt::CaseInsensitive) == 0)
            throw Error(tr("There is already a track «%1».").arg(other.name));
    }
    qint64 id = t.id;
    const bool stored = id != 0 && track(id).has_value();
    if (stored) {
        // Another user may have saved it since it was read (store/RowVersion).
        Query q(m_db, u"UPDATE development_track SET name = ?, description = ?"_s + RowVersion::bump()
                          + u" WHERE id = ?"_s + RowVersion::guard(t.version.value));
        q.bind(name).bind(t.description.trimmed()).bind(id);
        RowVersion::exec(m_db, q, t.version.value, u"development_track"_s, id, tr("Track: %1").arg(name),
                         tr("The track is no longer stored."));
    } else {
        const int position = t.position > 0
                                 ? t.position
                                 : Query(m_db, u"SELECT COALESCE(MAX(position), 0) + 1 FROM development_track"_s)
                                       .scalar().toInt();
        Query q(m_db, id != 0 ? u"INSERT INTO development_track (id, name, description, position)"
                                 " VALUES (?, ?, ?, ?) RETURNING id"_s
                              : u"INSERT INTO development_track (name, description, position)"
                                 " VALUES (?, ?, ?) RETURNING id"_s);
        if (id != 0)
            q.bind(id);
        id = q.bind(name).bind(t.description.trimmed()).bind(position).scalar().toLongLong();
        if (id == 0)
            throw Error(tr("The track was not stored."));
    }
    tx.commit();
    return id;
}

void TrackRepository::removeTrack(qint64 id)
{
    Transaction tx(m_db);
    const int enrolled = Query(m_db, u"SELECT COUNT(*) FROM track_enrolment WHERE track_id = ?"_s).bind(id).scalar().toInt();
    if (enrolled > 0) {
        const std::optional<DevelopmentTrack> t = track(id);
        throw Error(tr("The track «%1» has %n enrolment(s): it is their history. Remove them first.", nullptr, enrolled)
                        .arg(t ? t->name : QString()));
    }
    Query(m_db, u"DELETE FROM development_track WHERE id = ?"_s).bind(id).exec();
    tx.commit();
}

QList<TrackEnrolment> TrackRepository::enrolments() const
{
    return readEnrolments(QString(), {});
}

QList<TrackEnrolment> TrackRepository::enrolmentsIn(HalfYear halfYear) const
{
    return readEnrolments(u"e.year = ? AND e.half = ?"_s, {halfYear.year, halfYear.half});
}

QList<TrackEnrolment> TrackRepository::enrolmentsOf(qint64 teacherId) const
{
    return readEnrolments(u"e.teacher_id = ?"_s, {teacherId});
}

std::optional<TrackEnrolment> TrackRepository::enrolment(qint64 id) const
{
    const QList<TrackEnrolment> found = readEnrolments(u"e.id = ?"_s, {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<TrackEnrolmentLine> TrackRepository::linesIn(HalfYear halfYear, QDate today) const
{
    const QDate day = std::min(halfYear.last(), today);
    TeacherRepository teachers(m_db);
    QList<TrackEnrolmentLine> out;
    for (const TrackEnrolment &e : enrolmentsIn(halfYear)) {
        const TeacherOnDay t = teachers.onDay(e.teacherId, day);
        out << TrackEnrolmentLine{e, QStringList{t.surname, t.name, t.patronymic}.join(u' ').simplified(),
                                  t.organisation};
    }
    return out;
}

qint64 TrackRepository::saveEnrolment(const TrackEnrolment &e, QDate today)
{
    if (const QStringList problems = TrackRules::check(e, today); !problems.isEmpty())
        throw Error(problems.join(u' '));
    Transaction tx(m_db);
    const std::optional<DevelopmentTrack> t = track(e.trackId);
    if (!t)
        throw Error(tr("The track is no longer stored."));
    Query teacher(m_db, u"SELECT surname, name, patronymic FROM teacher WHERE id = ?"_s);
    teacher.bind(e.teacherId).exec();
    if (!teacher.next())
        throw Error(tr("The teacher is no longer in the registry."));
    Query twin(m_db, u"SELECT id FROM track_enrolment WHERE track_id = ? AND teacher_id = ? AND year = ? AND half = ?"
                     " AND id <> ?"_s);
    twin.bind(e.trackId).bind(e.teacherId).bind(e.halfYear.year).bind(e.halfYear.half).bind(e.id).exec();
    if (twin.next())
        throw Error(tr("%1 is already enrolled on the track «%2» %3.")
                        .arg(QStringList{teacher.text(0), teacher.text(1), teacher.text(2)}.join(u' ').simplified(), t->name,
                             TrackText::inHalfYear(e.halfYear)));
    qint64 id = e.id;
    const bool stored =
        id != 0 && Query(m_db, u"SELECT COUNT(*) FROM track_enrolment WHERE id = ?"_s).bind(id).scalar().toInt() == 1;
    if (stored) {
        // Two methodists may mark one half-year's completions (store/RowVersion).
        Query q(m_db, u"UPDATE track_enrolment SET track_id = ?, teacher_id = ?, year = ?, half = ?, completed = ?"_s
                          + RowVersion::bump() + u" WHERE id = ?"_s + RowVersion::guard(e.version.value));
        q.bind(e.trackId).bind(e.teacherId).bind(e.halfYear.year).bind(e.halfYear.half).bind(e.completed ? 1 : 0)
            .bind(id);
        RowVersion::exec(m_db, q, e.version.value, u"track_enrolment"_s, id,
                         tr("Track: %1, %2")
                             .arg(t->name, QStringList{teacher.text(0), teacher.text(1), teacher.text(2)}.join(u' ').simplified()),
                         tr("The enrolment is no longer stored."));
    } else {
        Query q(m_db, id != 0 ? u"INSERT INTO track_enrolment (id, track_id, teacher_id, year, half, completed)"
                                 " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s
                              : u"INSERT INTO track_enrolment (track_id, teacher_id, year, half, completed)"
                                 " VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
        if (id != 0)
            q.bind(id);
        id = q.bind(e.trackId).bind(e.teacherId).bind(e.halfYear.year).bind(e.halfYear.half).bind(e.completed ? 1 : 0)
                 .scalar().toLongLong();
        if (id == 0)
            throw Error(tr("The enrolment was not stored."));
    }
    tx.commit();
    return id;
}

void TrackRepository::removeEnrolment(qint64 id)
{
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM track_enrolment WHERE id = ?"_s).bind(id).exec();
    tx.commit();
}

QList<TrackEnrolment> TrackRepository::readEnrolments(const QString &where, const QVariantList &binds) const
{
    Query q(m_db, u"SELECT e.id, e.track_id, e.teacher_id, e.year, e.half, e.completed, e.row_version"
                  " FROM track_enrolment e JOIN teacher t ON t.id = e.teacher_id"
                  " JOIN development_track k ON k.id = e.track_id"_s
                      + (where.isEmpty() ? QString() : u" WHERE "_s + where)
                      + u" ORDER BY e.year DESC, e.half DESC, k.position, t.surname, t.name, t.patronymic, e.id"_s);
    q.bindAll(binds).exec();
    QList<TrackEnrolment> out;
    while (q.next()) {
        TrackEnrolment e;
        e.id = q.id(0);
        e.trackId = q.id(1);
        e.teacherId = q.id(2);
        e.halfYear = {q.value(3).toInt(), q.value(4).toInt()};
        e.completed = q.value(5).toInt() != 0;
        e.version.value = q.value(6).toInt();
        out << e;
    }
    return out;
}

} // namespace profrost
