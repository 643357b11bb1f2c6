#include "store/SettingsRepository.h"

#include "domain/AttestationRules.h"
#include "domain/Mentorship.h"
#include "domain/TrainingRules.h"
#include "store/Database.h"
#include "store/Query.h"

using namespace Qt::StringLiterals;

namespace profrost {

QString SettingsRepository::categoryValidityYears() { return u"category_validity_years"_s; }
QString SettingsRepository::attestationApplicationMonths() { return u"attestation_application_months"_s; }
QString SettingsRepository::categoryReminderMonths() { return u"category_reminder_months"_s; }
QString SettingsRepository::trainingIntervalYears() { return u"training_interval_years"_s; }
QString SettingsRepository::deficitThresholdPercent() { return u"deficit_threshold_percent"_s; }
QString SettingsRepository::literacyPassPercent() { return u"literacy_pass_percent"_s; }
QString SettingsRepository::mentorLoadLimitSetting() { return u"mentor_load_limit"_s; }

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    Query q(m_db, u"SELECT value FROM setting WHERE key = ?"_s);
    q.bind(key).exec();
    return q.next() ? q.text(0) : fallback;
}

int SettingsRepository::intValue(const QString &key, int fallback, int minimum, int maximum) const
{
    bool ok = false;
    const int v = value(key).trimmed().toInt(&ok);
    return ok && v >= minimum && v <= maximum ? v : fallback;
}

void SettingsRepository::setValue(const QString &key, const QString &value)
{
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM setting WHERE key = ?"_s).bind(key).exec();
    Query(m_db, u"INSERT INTO setting (key, value) VALUES (?, ?)"_s).bind(key).bind(QVariant(value)).exec();
    tx.commit();
}

void SettingsRepository::setInt(const QString &key, int value)
{
    setValue(key, QString::number(value));
}

void SettingsRepository::remove(const QString &key)
{
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM setting WHERE key = ?"_s).bind(key).exec();
    tx.commit();
}

int SettingsRepository::validityYears() const
{
    return intValue(categoryValidityYears(), AttestationRules::kDefaultValidityYears, 1, 20);
}

int SettingsRepository::applicationMonths() const
{
    return intValue(attestationApplicationMonths(), AttestationRules::kDefaultApplicationMonths, 0, 24);
}

int SettingsRepository::reminderMonths() const
{
    return intValue(categoryReminderMonths(), AttestationRules::kDefaultReminderMonths, 1, 60);
}

int SettingsRepository::trainingInterval() const
{
    return intValue(trainingIntervalYears(), TrainingRules::kDefaultIntervalYears, 1, 10);
}

DeficitThresholds SettingsRepository::deficitThresholds() const
{
    const DeficitThresholds defaults;
    DeficitThresholds t;
    t.deficitBelow = intValue(deficitThresholdPercent(), defaults.deficitBelow / 100, 1, 100) * 100;
    t.literacyPassedAt = intValue(literacyPassPercent(), defaults.literacyPassedAt / 100, 1, 100) * 100;
    return t;
}

int SettingsRepository::mentorLoadLimit() const
{
    return intValue(mentorLoadLimitSetting(), MentorshipRules::kDefaultLoadLimit, 1, 50);
}

} // namespace profrost
