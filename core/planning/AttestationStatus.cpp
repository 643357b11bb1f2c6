#include "planning/AttestationStatus.h"

#include "planning/ActiveWorkers.h"
#include "store/AttestationRepository.h"
#include "store/SettingsRepository.h"

namespace profrost {

AttestationStatus::AttestationStatus(Database &db)
    : m_db(db),
      m_validityYears(SettingsRepository(db).validityYears()),
      m_reminderMonths(SettingsRepository(db).reminderMonths())
{
}

QList<ExpiringCategory> AttestationStatus::expiring(QDate at, int months) const
{
    return AttestationReminders::compute(ActiveWorkers::on(m_db, at), AttestationRepository(m_db).allRecords(), at,
                                         months > 0 ? months : m_reminderMonths, m_validityYears);
}

AttestationCounts AttestationStatus::countsOf(const QList<ExpiringCategory> &items, int months)
{
    AttestationCounts out;
    out.months = months;
    for (const ExpiringCategory &e : items)
        ++(e.lapsed ? out.lapsed : out.expiring);
    return out;
}

AttestationCounts AttestationStatus::counts(QDate at) const
{
    return countsOf(expiring(at), m_reminderMonths);
}

AttestationCounts AttestationStatus::counts(const QList<TeacherRow> &teachers, const QList<AttestationRecord> &history,
                                            QDate at) const
{
    return countsOf(AttestationReminders::compute(teachers, history, at, m_reminderMonths, m_validityYears),
                    m_reminderMonths);
}

std::optional<ExpiringCategory> AttestationStatus::of(qint64 teacherId, QDate at) const
{
    const TeacherRow row = ActiveWorkers::one(m_db, teacherId, at);
    if (!row.pedagogical)
        return std::nullopt;
    return AttestationReminders::of(row, AttestationRepository(m_db).history(teacherId), at, m_reminderMonths,
                                    m_validityYears);
}

} // namespace profrost
