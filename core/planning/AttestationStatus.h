#pragma once

#include "planning/AttestationReminders.h"

#include <QDate>
#include <optional>

namespace profrost {

class Database;

// The counts a summary or the status bar shows.
struct AttestationCounts
{
    int expiring = 0; // still valid, expiring within the months
    int lapsed = 0;
    int months = 0;   // the window they were counted in
    int total() const { return expiring + lapsed; }
};

// Expiring and lapsed categories from a database: the one function the
// reminders page, the teacher card, the status bar, the printed list and
// the CLI call. It reads the settings itself (category_validity_years,
// category_reminder_months) when it is made; the rule is
// AttestationReminders, the population ActiveWorkers.
class AttestationStatus
{
public:
    explicit AttestationStatus(Database &db);

    int validityYears() const { return m_validityYears; }
    int reminderMonths() const { return m_reminderMonths; }

    // The list at `at` within `months` after it (the setting when 0).
    QList<ExpiringCategory> expiring(QDate at, int months = 0) const;
    // Its counts, within the setting's months.
    AttestationCounts counts(QDate at) const;
    // The same from the rows and records a caller has read already (the
    // plan-graph holds them): `teachers` as on `at`, every teacher's history.
    AttestationCounts counts(const QList<TeacherRow> &teachers, const QList<AttestationRecord> &history,
                             QDate at) const;
    static AttestationCounts countsOf(const QList<ExpiringCategory> &items, int months);
    // One teacher (the card's warning): the entry when the teacher is on the
    // list at `at` within the setting's months, nothing otherwise.
    std::optional<ExpiringCategory> of(qint64 teacherId, QDate at) const;

private:
    Database &m_db;
    int m_validityYears;
    int m_reminderMonths;
};

} // namespace profrost
