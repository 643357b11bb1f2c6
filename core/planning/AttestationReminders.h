#pragma once

#include "domain/Attestation.h"
#include "store/TeacherRepository.h"

#include <QCoreApplication>
#include <QDate>

namespace profrost {

// A category that expires soon or has lapsed, with what a reminder shows.
struct ExpiringCategory
{
    qint64 teacherId = 0;
    QString fullName;
    QString organisations; // as in TeacherRow
    QString positions;
    Category category = Category::None;
    QDate granted;
    QDate validUntil;
    bool lapsed = false;   // expired on or before the reference date (and no СЗД since)
    int daysLeft = 0;      // from the reference date to validUntil (negative when lapsed)
};

// Reminders of categories: those that expire within M months after a
// reference date D (validUntil in [D, D + M months]) and those that have
// lapsed (AttestationRules::standing: expired and no СЗД decided since),
// among the active pedagogical teachers. Lapsed first, then by expiry and name.
class AttestationReminders
{
    Q_DECLARE_TR_FUNCTIONS(AttestationReminders)
public:
    static QList<ExpiringCategory> compute(const QList<TeacherRow> &teachers, const QList<AttestationRecord> &history,
                                           QDate at, int months = 6, int validityYears = 5);

    // The spreadsheet columns (Russian, as the other exports) and rows.
    static QStringList header();
    static QList<QStringList> cells(const QList<ExpiringCategory> &items);
    // Writes the list to .xlsx or .csv (TableWriter); throws Error naming the file.
    static void write(const QString &path, const QList<ExpiringCategory> &items);
};

} // namespace profrost
