#include "store/AssociationRepository.h"

#include "domain/DateText.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/RowVersion.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

const QString kColumns =
    u"id, kind, level, name, organisation_id, subject_id, direction, head_id, secretary_id, active_from, active_to,"
    " row_version"_s;

// An optional reference: 0 is stored as NULL.
QVariant ref(qint64 id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

QVariant year(int y)
{
    return y == 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(y);
}

Association read(const Query &q)
{
    Association a;
    a.id = q.id(0);
    AssociationText::fromCode(q.text(1), &a.kind);
    AssociationText::fromCode(q.text(2), &a.level);
    a.name = q.text(3);
    a.organisationId = q.id(4);
    a.subjectId = q.id(5);
    a.direction = q.text(6);
    a.headId = q.id(7);
    a.secretaryId = q.id(8);
    a.activeFrom = q.value(9).toInt();
    a.activeTo = q.value(10).toInt();
    a.version.value = q.value(11).toInt();
    return a;
}

AssociationMember readMember(const Query &q)
{
    return {q.id(0), q.id(1), q.id(2), q.date(3), q.date(4)};
}

void checked(const Association &a)
{
    if (const QStringList problems = AssociationRules::check(a); !problems.isEmpty())
        throw Error(AssociationRepository::tr("The association «%1» cannot be stored: %2")
                        .arg(a.name.trimmed(), problems.join(u"; "_s)));
}

} // namespace

QList<Association> AssociationRepository::all() const
{
    QList<Association> out;
    Query q(m_db, u"SELECT "_s + kColumns + u" FROM association ORDER BY kind, level, name, id"_s);
    q.exec();
    while (q.next())
        out.append(read(q));
    return out;
}

Association AssociationRepository::get(qint64 id) const
{
    Query q(m_db, u"SELECT "_s + kColumns + u" FROM association WHERE id = ?"_s);
    q.bind(id).exec();
    if (!q.next())
        throw Error(tr("The association no longer exists."));
    return read(q);
}

void AssociationRepository::write(const Association &a, bool insert, qint64 *newId)
{
    checked(a);
    Query q(m_db, insert ? u"INSERT INTO association (kind, level, name, organisation_id, subject_id, direction,"
                           " head_id, secretary_id, active_from, active_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                           " RETURNING id"_s
                         : u"UPDATE association SET kind = ?, level = ?, name = ?, organisation_id = ?, subject_id = ?,"
                           " direction = ?, head_id = ?, secretary_id = ?, active_from = ?, active_to = ?"_s
                             + RowVersion::bump() + u" WHERE id = ?"_s + RowVersion::guard(a.version.value));
    q.bind(AssociationText::code(a.kind)).bind(AssociationText::code(a.level)).bind(a.name.simplified())
        .bind(ref(a.organisationId)).bind(ref(a.subjectId)).bind(a.direction.simplified()).bind(ref(a.headId))
        .bind(ref(a.secretaryId)).bind(year(a.activeFrom)).bind(year(a.activeTo));
    if (insert) {
        *newId = q.scalar().toLongLong();
    } else {
        // Another user may have saved it since it was read (store/RowVersion).
        q.bind(a.id);
        RowVersion::exec(m_db, q, a.version.value, u"association"_s, a.id, a.name.simplified(),
                         tr("The association no longer exists."));
    }
}

qint64 AssociationRepository::insert(const Association &a)
{
    Transaction tx(m_db);
    qint64 id = 0;
    write(a, true, &id);
    tx.commit();
    return id;
}

qint64 AssociationRepository::restore(const Association &a)
{
    Transaction tx(m_db);
    qint64 id = 0;
    write(a, true, &id);
    Query taken(m_db, u"SELECT COUNT(*) FROM association WHERE id = ?"_s);
    if (a.id != 0 && taken.bind(a.id).scalar().toInt() == 0) {
        // Nothing refers to the new row yet: it takes the old id back.
        Query(m_db, u"UPDATE association SET id = ? WHERE id = ?"_s).bind(a.id).bind(id).exec();
        id = a.id;
    }
    tx.commit();
    return id;
}

void AssociationRepository::update(const Association &a)
{
    Transaction tx(m_db);
    write(a, false, nullptr);
    tx.commit();
}

void AssociationRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM association WHERE id = ?"_s).bind(id).exec();
    tx.commit();
}

QList<AssociationMember> AssociationRepository::members(qint64 associationId) const
{
    QList<AssociationMember> out;
    Query q(m_db, u"SELECT id, association_id, teacher_id, joined, left_on FROM association_member"
                  " WHERE association_id = ? ORDER BY joined, id"_s);
    q.bind(associationId).exec();
    while (q.next())
        out.append(readMember(q));
    return out;
}

QList<qint64> AssociationRepository::membersOn(qint64 associationId, QDate date) const
{
    return AssociationRules::membersOn(members(associationId), date);
}

QHash<qint64, int> AssociationRepository::memberCountsOn(QDate date) const
{
    // The same day rule as AssociationMember::memberOn, in SQL.
    QHash<qint64, int> out;
    Query q(m_db, u"SELECT association_id, COUNT(DISTINCT teacher_id) FROM association_member"
                  " WHERE (joined IS NULL OR joined <= ?) AND (left_on IS NULL OR left_on > ?)"
                  " GROUP BY association_id"_s);
    q.bind(date).bind(date).exec();
    while (q.next())
        out.insert(q.id(0), q.value(1).toInt());
    return out;
}

QList<qint64> AssociationRepository::associationsOf(qint64 teacherId, QDate date) const
{
    QList<qint64> out;
    Query q(m_db, u"SELECT id, association_id, teacher_id, joined, left_on FROM association_member"
                  " WHERE teacher_id = ? ORDER BY association_id"_s);
    q.bind(teacherId).exec();
    while (q.next()) {
        const AssociationMember m = readMember(q);
        if (m.memberOn(date) && !out.contains(m.associationId))
            out.append(m.associationId);
    }
    return out;
}

qint64 AssociationRepository::addMember(const AssociationMember &m)
{
    if (const QStringList problems = AssociationRules::check(m); !problems.isEmpty())
        throw Error(tr("The member cannot be added: %1").arg(problems.join(u"; "_s)));
    Transaction tx(m_db);
    const QDate day = m.joined.isValid() ? m.joined : QDate(1900, 1, 1);
    for (const AssociationMember &other : members(m.associationId)) {
        // Two memberships of one teacher may not overlap.
        const bool overlaps = other.teacherId == m.teacherId && (!other.left.isValid() || other.left > day)
                              && (!m.left.isValid() || !other.joined.isValid() || other.joined < m.left);
        if (overlaps)
            throw Error(tr("%1 is already a member of «%2» on %3.")
                            .arg(TeacherRepository(m_db).nameOf(m.teacherId), get(m.associationId).name, DateText::numeric(day)));
    }
    Query q(m_db, u"INSERT INTO association_member (association_id, teacher_id, joined, left_on)"
                  " VALUES (?, ?, ?, ?) RETURNING id"_s);
    q.bind(m.associationId).bind(m.teacherId).bind(m.joined).bind(m.left);
    const qint64 id = q.scalar().toLongLong();
    tx.commit();
    return id;
}

void AssociationRepository::updateMember(const AssociationMember &m)
{
    if (const QStringList problems = AssociationRules::check(m); !problems.isEmpty())
        throw Error(tr("The member cannot be changed: %1").arg(problems.join(u"; "_s)));
    Transaction tx(m_db);
    Query(m_db, u"UPDATE association_member SET teacher_id = ?, joined = ?, left_on = ? WHERE id = ?"_s)
        .bind(m.teacherId).bind(m.joined).bind(m.left).bind(m.id).exec();
    tx.commit();
}

void AssociationRepository::endMembership(qint64 memberId, QDate day)
{
    Transaction tx(m_db);
    Query q(m_db, u"SELECT id, association_id, teacher_id, joined, left_on FROM association_member WHERE id = ?"_s);
    q.bind(memberId).exec();
    if (!q.next())
        throw Error(tr("The membership no longer exists."));
    AssociationMember m = readMember(q);
    m.left = day;
    if (!day.isValid() || (m.joined.isValid() && day < m.joined))
        throw Error(tr("Left: the day of leaving must be on or after joining (%1).").arg(DateText::numeric(m.joined)));
    Query(m_db, u"UPDATE association_member SET left_on = ? WHERE id = ?"_s).bind(day).bind(memberId).exec();
    tx.commit();
}

void AssociationRepository::removeMember(qint64 memberId)
{
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM association_member WHERE id = ?"_s).bind(memberId).exec();
    tx.commit();
}

void AssociationRepository::insertMany(QList<Association> &associations)
{
    Transaction tx(m_db);
    for (Association &a : associations)
        write(a, true, &a.id);
    tx.commit();
}

void AssociationRepository::replaceMembers(qint64 associationId, const QList<AssociationMember> &members)
{
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM association_member WHERE association_id = ?"_s).bind(associationId).exec();
    for (AssociationMember m : members) {
        m.id = 0;
        m.associationId = associationId;
        addMember(m);
    }
    tx.commit();
}

void AssociationRepository::insertMembers(QList<AssociationMember> &members)
{
    Transaction tx(m_db);
    for (AssociationMember &m : members) {
        if (const QStringList problems = AssociationRules::check(m); !problems.isEmpty())
            throw Error(tr("The member cannot be added: %1").arg(problems.join(u"; "_s)));
        Query q(m_db, u"INSERT INTO association_member (association_id, teacher_id, joined, left_on)"
                      " VALUES (?, ?, ?, ?) RETURNING id"_s);
        q.bind(m.associationId).bind(m.teacherId).bind(m.joined).bind(m.left);
        m.id = q.scalar().toLongLong();
    }
    tx.commit();
}

} // namespace profrost
