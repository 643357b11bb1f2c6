#include "store/MentorshipRepository.h"

#include "domain/DateText.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/RowVersion.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"

using namespace Qt::StringLiterals;

namespace profrost {

qint64 MentorshipRepository::save(const Mentorship &m)
{
    if (const QStringList problems = MentorshipRules::check(m); !problems.isEmpty())
        throw Error(problems.join(u" "_s));
    Transaction tx(m_db);
    if (const auto same = find(m.mentorId, m.menteeId, m.starts); same && same->id != m.id)
        throw Error(tr("This mentor and mentee have a pair starting on %1 already.").arg(DateText::numeric(m.starts)));
    qint64 id = m.id;
    const bool stored = id != 0
        && Query(m_db, u"SELECT COUNT(*) FROM mentorship WHERE id = ?"_s).bind(id).scalar().toInt() == 1;
    if (stored) {
        // Another user (a methodist, the school's head) may have saved it since it was read (store/RowVersion).
        Query q(m_db, u"UPDATE mentorship SET mentor_id = ?, mentee_id = ?, form = ?, starts = ?, ends = ?, goals = ?,"
                      " result = ?"_s
                          + RowVersion::bump() + u" WHERE id = ?"_s + RowVersion::guard(m.version.value));
        q.bind(m.mentorId)
            .bind(m.menteeId)
            .bind(MentorshipText::code(m.form))
            .bind(m.starts)
            .bind(m.ends)
            .bind(m.goals.trimmed())
            .bind(m.result.trimmed())
            .bind(id);
        RowVersion::exec(m_db, q, m.version.value, u"mentorship"_s, id,
                         tr("Mentoring of %1").arg(TeacherRepository(m_db).nameOf(m.menteeId)),
                         tr("The mentoring pair no longer exists."));
    } else {
        // A pair deleted before comes back with its id.
        Query q(m_db, id != 0 ? u"INSERT INTO mentorship (id, mentor_id, mentee_id, form, starts, ends, goals, result)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s
                              : u"INSERT INTO mentorship (mentor_id, mentee_id, form, starts, ends, goals, result)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        if (id != 0)
            q.bind(id);
        id = q.bind(m.mentorId)
                 .bind(m.menteeId)
                 .bind(MentorshipText::code(m.form))
                 .bind(m.starts)
                 .bind(m.ends)
                 .bind(m.goals.trimmed())
                 .bind(m.result.trimmed())
                 .scalar()
                 .toLongLong();
        if (id == 0)
            throw Error(tr("The mentorship was not stored."));
    }
    tx.commit();
    return id;
}

void MentorshipRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM mentorship WHERE id = ?"_s).bind(id).exec();
    tx.commit();
}

std::optional<Mentorship> MentorshipRepository::get(qint64 id) const
{
    const QList<Mentorship> found = read(u"id = ?"_s, {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<Mentorship> MentorshipRepository::find(qint64 mentorId, qint64 menteeId, QDate starts) const
{
    const QList<Mentorship> found =
        read(u"mentor_id = ? AND mentee_id = ? AND starts = ?"_s, {mentorId, menteeId, Query::dateText(starts)});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Mentorship> MentorshipRepository::all() const { return read(QString(), {}); }

QList<Mentorship> MentorshipRepository::ofTeacher(qint64 teacherId) const
{
    return read(u"mentor_id = ? OR mentee_id = ?"_s, {teacherId, teacherId});
}

QList<Mentorship> MentorshipRepository::read(const QString &where, const QVariantList &binds) const
{
    QString sql = u"SELECT id, mentor_id, mentee_id, form, starts, ends, goals, result, row_version FROM mentorship"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where;
    sql += u" ORDER BY starts, id"_s;
    Query q(m_db, sql);
    q.bindAll(binds);
    q.exec();
    QList<Mentorship> out;
    while (q.next()) {
        Mentorship m;
        m.id = q.id(0);
        m.mentorId = q.id(1);
        m.menteeId = q.id(2);
        MentorshipText::fromCode(q.text(3), &m.form);
        m.starts = q.date(4);
        m.ends = q.date(5);
        m.goals = q.text(6);
        m.result = q.text(7);
        m.version.value = q.value(8).toInt();
        out << m;
    }
    return out;
}

} // namespace profrost
