#include "store/TrainingPlanRepository.h"

#include "store/Database.h"
#include "store/PlanGraphVersion.h"
#include "store/Query.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"

#include <QSet>

namespace profrost {

bool TrainingPlanRepository::exists(int firstYear) const
{
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM training_plan WHERE start_year = ?"));
    return q.bind(firstYear).scalar().toInt() > 0;
}

void TrainingPlanRepository::remove(int firstYear, int readVersion)
{
    Transaction tx(m_db);
    PlanGraphVersion::claim(m_db, PlanGraphVersion::Kind::Training, firstYear, readVersion);
    Query(m_db, QStringLiteral("DELETE FROM training_plan WHERE start_year = ?")).bind(firstYear).exec();
    tx.commit();
}

QList<TrainingPlanEntry> TrainingPlanRepository::load(int firstYear) const
{
    QList<TrainingPlanEntry> out;
    Query q(m_db, QStringLiteral(
        "SELECT p.teacher_id, p.planned_year, p.programme_id, p.topic"
        " FROM training_plan p JOIN teacher t ON t.id = p.teacher_id"
        " WHERE p.start_year = ?"
        " ORDER BY p.planned_year, t.surname, t.name, t.patronymic, t.id"));
    q.bind(firstYear).exec();
    while (q.next()) {
        TrainingPlanEntry e;
        e.teacherId = q.id(0);
        e.plannedYear = q.value(1).toInt();
        e.programmeId = q.value(2).isNull() ? 0 : q.id(2);
        e.topic = q.text(3);
        out.append(e);
    }
    return out;
}

void TrainingPlanRepository::save(int firstYear, const QList<TrainingPlanEntry> &plan, int readVersion)
{
    const int lastYear = firstYear + kTrainingPlanYears - 1;
    // Everything is checked before the first write: a refused plan leaves
    // the saved one as it was.
    QSet<qint64> seen;
    for (const TrainingPlanEntry &e : plan) {
        if (e.plannedYear < firstYear || e.plannedYear > lastYear)
            throw Error(tr("%1 is planned for %2, outside the years of the plan (%3–%4).")
                            .arg(TeacherRepository(m_db).nameOf(e.teacherId))
                            .arg(e.plannedYear)
                            .arg(firstYear)
                            .arg(lastYear));
        if (seen.contains(e.teacherId))
            throw Error(tr("%1 appears in the plan twice; a teacher has one line in the plan-graph.")
                            .arg(TeacherRepository(m_db).nameOf(e.teacherId)));
        seen.insert(e.teacherId);
    }

    Transaction tx(m_db);
    PlanGraphVersion::claim(m_db, PlanGraphVersion::Kind::Training, firstYear, readVersion);
    Query(m_db, QStringLiteral("DELETE FROM training_plan WHERE start_year = ?")).bind(firstYear).exec();
    for (const TrainingPlanEntry &e : plan) {
        Query(m_db, QStringLiteral("INSERT INTO training_plan (start_year, teacher_id, planned_year, programme_id, topic)"
                                   " VALUES (?, ?, ?, ?, ?)"))
            .bind(firstYear)
            .bind(e.teacherId)
            .bind(e.plannedYear)
            .bind(e.programmeId > 0 ? QVariant(e.programmeId) : QVariant(QMetaType(QMetaType::LongLong)))
            .bind(e.topic.simplified())
            .exec();
    }
    tx.commit();
}

SavedPlanGraph<TrainingPlanEntry> TrainingPlanRepository::read(int firstYear) const
{
    SavedPlanGraph<TrainingPlanEntry> out;
    out.version.value = version(firstYear);
    out.lines = load(firstYear);
    out.saved = !out.lines.isEmpty();
    return out;
}

int TrainingPlanRepository::version(int firstYear) const
{
    return PlanGraphVersion::read(m_db, PlanGraphVersion::Kind::Training, firstYear);
}

QList<int> TrainingPlanRepository::savedPlans() const
{
    QList<int> out;
    Query q(m_db, QStringLiteral("SELECT DISTINCT start_year FROM training_plan ORDER BY start_year DESC"));
    q.exec();
    while (q.next())
        out.append(q.value(0).toInt());
    return out;
}

} // namespace profrost
