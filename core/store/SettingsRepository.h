#pragma once

#include "domain/DeficitRules.h"

#include <QCoreApplication>
#include <QString>

namespace profrost {

class Database;

// Domain settings stored in the database (table `setting`), so that every
// user of a shared database works by the same rules. Missing or unreadable
// values fall back to the defaults given by the caller.
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)
public:
    // Keys of the settings the program reads.
    static QString categoryValidityYears();       // default 5 (step2)
    static QString attestationApplicationMonths(); // default 3 (step4)
    static QString categoryReminderMonths();      // default 6 (step4)
    static QString trainingIntervalYears();       // default 3 (273-ФЗ art. 47)
    static QString deficitThresholdPercent();     // default 50 (step8): below it, a deficit
    static QString literacyPassPercent();         // default 70 (step8, seed 003): passed at or above
    static QString mentorLoadLimitSetting();      // default 3 (step10): more mentees warn the council

    explicit SettingsRepository(Database &db) : m_db(db) {}

    QString value(const QString &key, const QString &fallback = {}) const;
    // A whole number in [minimum, maximum]; `fallback` otherwise.
    int intValue(const QString &key, int fallback, int minimum = 1, int maximum = 1000) const;
    void setValue(const QString &key, const QString &value);
    void setInt(const QString &key, int value);
    // Forgets the setting: the caller's fallback applies again.
    void remove(const QString &key);

    // The attestation settings, read together.
    int validityYears() const;
    int applicationMonths() const;
    int reminderMonths() const;
    // The further-training interval: a course at least once in this many years.
    int trainingInterval() const;
    // The thresholds of deficits (DeficitRules), in whole per cent.
    DeficitThresholds deficitThresholds() const;
    // The most mentees a mentor has before the mentors' council is warned.
    int mentorLoadLimit() const;

private:
    Database &m_db;
};

} // namespace profrost
