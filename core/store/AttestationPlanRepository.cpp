#include "store/AttestationPlanRepository.h"

#include "store/Database.h"
#include "store/PlanGraphVersion.h"
#include "store/Query.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace profrost {

bool AttestationPlanRepository::exists(int firstYear) const
{
    Query q(m_db, u"SELECT COUNT(*) FROM attestation_plan WHERE start_year = ?"_s);
    return q.bind(firstYear).scalar().toInt() > 0;
}

QList<AttestationPlanEntry> AttestationPlanRepository::load(int firstYear) const
{
    QList<AttestationPlanEntry> out;
    Query q(m_db, u"SELECT p.teacher_id, p.kind, p.category, p.apply_year, p.apply_month, p.attest_year,"
                  " p.attest_month, p.lapsed"
                  " FROM attestation_plan p JOIN teacher t ON t.id = p.teacher_id"
                  " WHERE p.start_year = ?"
                  " ORDER BY p.attest_year, p.attest_month, t.surname, t.name, t.patronymic, t.id"_s);
    q.bind(firstYear).exec();
    while (q.next()) {
        AttestationPlanEntry e;
        e.teacherId = q.id(0);
        AttestationText::fromCode(q.text(1), &e.kind);
        e.category = CategoryText::fromCode(q.text(2));
        e.applyYear = q.value(3).toInt();
        e.applyMonth = q.value(4).toInt();
        e.attestYear = q.value(5).toInt();
        e.attestMonth = q.value(6).toInt();
        e.lapsed = q.value(7).toInt() != 0;
        out.append(e);
    }
    return out;
}

void AttestationPlanRepository::save(int firstYear, const QList<AttestationPlanEntry> &plan, int readVersion)
{
    // Everything is checked before the first write: a refused plan leaves
    // the saved one as it was.
    QSet<qint64> seen;
    for (const AttestationPlanEntry &e : plan) {
        if (const QString why = AttestationPlanEntryCheck::check(e, firstYear); !why.isEmpty())
            throw Error(tr("%1: %2.").arg(TeacherRepository(m_db).nameOf(e.teacherId), why));
        if (seen.contains(e.teacherId))
            throw Error(tr("%1 appears in the plan twice; a teacher has one line in the plan-graph.")
                            .arg(TeacherRepository(m_db).nameOf(e.teacherId)));
        seen.insert(e.teacherId);
    }
    const QVariant none{QMetaType(QMetaType::Int)};
    Transaction tx(m_db);
    PlanGraphVersion::claim(m_db, PlanGraphVersion::Kind::Attestation, firstYear, readVersion);
    Query(m_db, u"DELETE FROM attestation_plan WHERE start_year = ?"_s).bind(firstYear).exec();
    for (const AttestationPlanEntry &e : plan) {
        const bool applies = e.applyMonth >= 1;
        Query(m_db, u"INSERT INTO attestation_plan (start_year, teacher_id, kind, category, apply_year, apply_month,"
                    " attest_year, attest_month, lapsed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
            .bind(firstYear)
            .bind(e.teacherId)
            .bind(AttestationText::code(e.kind))
            .bind(CategoryText::code(e.category))
            .bind(applies ? QVariant(e.applyYear) : none)
            .bind(applies ? QVariant(e.applyMonth) : none)
            .bind(e.attestYear)
            .bind(e.attestMonth)
            .bind(e.lapsed)
            .exec();
    }
    tx.commit();
}

void AttestationPlanRepository::remove(int firstYear, int readVersion)
{
    Transaction tx(m_db);
    PlanGraphVersion::claim(m_db, PlanGraphVersion::Kind::Attestation, firstYear, readVersion);
    Query(m_db, u"DELETE FROM attestation_plan WHERE start_year = ?"_s).bind(firstYear).exec();
    tx.commit();
}

SavedPlanGraph<AttestationPlanEntry> AttestationPlanRepository::read(int firstYear) const
{
    SavedPlanGraph<AttestationPlanEntry> out;
    out.version.value = version(firstYear);
    out.lines = load(firstYear);
    out.saved = !out.lines.isEmpty();
    return out;
}

int AttestationPlanRepository::version(int firstYear) const
{
    return PlanGraphVersion::read(m_db, PlanGraphVersion::Kind::Attestation, firstYear);
}

QList<int> AttestationPlanRepository::savedPlans() const
{
    QList<int> out;
    Query q(m_db, u"SELECT DISTINCT start_year FROM attestation_plan ORDER BY start_year DESC"_s);
    q.exec();
    while (q.next())
        out.append(q.value(0).toInt());
    return out;
}

} // namespace profrost
