#include "planning/TrainingStatus.h"

#include "planning/ActiveWorkers.h"
#include "store/SettingsRepository.h"
#include "store/TrainingRepository.h"

namespace profrost {

TrainingStatus::TrainingStatus(Database &db) : m_db(db), m_intervalYears(SettingsRepository(db).trainingInterval())
{
}

QList<DueItem> TrainingStatus::due(QDate at, int soonMonths) const
{
    return TrainingDue::compute(ActiveWorkers::on(m_db, at), TrainingRepository(m_db).completions(), at,
                                m_intervalYears, soonMonths);
}

TrainingCounts TrainingStatus::countsOf(const QList<DueItem> &items)
{
    TrainingCounts out;
    for (const DueItem &i : items) {
        if (i.state == DueItem::State::Overdue)
            ++out.overdue;
        else if (i.state == DueItem::State::DueSoon)
            ++out.dueSoon;
    }
    return out;
}

TrainingCounts TrainingStatus::counts(QDate at) const
{
    return countsOf(due(at));
}

std::optional<DueItem> TrainingStatus::of(qint64 teacherId, QDate at) const
{
    const TeacherRow row = ActiveWorkers::one(m_db, teacherId, at);
    if (!row.pedagogical)
        return std::nullopt;
    return TrainingDue::assess(row, TrainingDue::latestBy(TrainingRepository(m_db).completionsOf(teacherId), at), at,
                               m_intervalYears);
}

} // namespace profrost
