#pragma once

#include "domain/Attestation.h"
#include "domain/AttestationRules.h"
#include "store/TeacherRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace profrost {

// A category that expires soon or has lapsed, with what a reminder shows.
struct ExpiringCategory
{
    qint64 teacherId = 0;
    QString fullName;
    QString organisations; // as in TeacherRow
    QString positions;
    QList<qint64> organisationIds; // the current organisations (for a filter)
    Category category = Category::None;
    QDate granted;
    QDate validUntil;
    bool lapsed = false;   // expired on or before the reference date (and no СЗД since)
    int daysLeft = 0;      // from the reference date to validUntil (negative when lapsed)
};

// THE RULE of expiring and lapsed categories (its one place; the page, the
// teacher card, the status bar, the printed list and the CLI reach it
// through AttestationStatus, which reads the settings from the database).
// At a reference date D, among the active pedagogical workers
// (TeacherRow::pedagogical), a teacher is listed when the newest category
// granted on or before D (AttestationRules::standing, the validity a
// setting):
// - has lapsed: its last valid day is before D and no СЗД was decided after
//   it (core/README.md: to be attested again as soon as possible); or
// - expires within M months: its last valid day is in [D, D + M months]
//   (M is the setting `category_reminder_months`).
// A category replaced by a newer one, or followed by a СЗД, is not listed.
// The list: lapsed first, then by expiry and name.
class AttestationReminders
{
    Q_DECLARE_TR_FUNCTIONS(AttestationReminders)
public:
    static QList<ExpiringCategory> compute(const QList<TeacherRow> &teachers, const QList<AttestationRecord> &history,
                                           QDate at, int months = AttestationRules::kDefaultReminderMonths,
                                           int validityYears = AttestationRules::kDefaultValidityYears);
    // The same rule for one teacher, given their own history only: the
    // entry when the teacher is listed, nothing otherwise.
    static std::optional<ExpiringCategory> of(const TeacherRow &teacher, const QList<AttestationRecord> &history,
                                              QDate at, int months = AttestationRules::kDefaultReminderMonths,
                                              int validityYears = AttestationRules::kDefaultValidityYears);
};

} // namespace profrost
