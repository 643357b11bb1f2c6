#pragma once

#include "domain/Attestation.h"

#include <QCoreApplication>
#include <QDate>

namespace profrost {

// One line of the 5-year attestation plan-graph (firstYear .. firstYear + 4):
// what the teacher is to be attested for and when.
struct AttestationPlanEntry
{
    qint64 teacherId = 0;
    AttestationKind kind = AttestationKind::Category; // a category, or СЗД
    Category category = Category::None;               // applied for (None for СЗД)
    int applyYear = 0;   // the month the application is due (0: none, as for СЗД,
    int applyMonth = 0;  // which the employer schedules without an application)
    int attestYear = 0;  // the month of the attestation (commission)
    int attestMonth = 0;
    // The category had lapsed at the reference date: AttestationRules::standing,
    // the same rule (and count) as the reminders (AttestationReminders).
    bool lapsed = false;
    bool operator==(const AttestationPlanEntry &) const = default;
};

// The settings a proposal works by (SettingsRepository reads them).
struct AttestationPlanRules
{
    int validityYears = 5;      // category_validity_years
    int applicationMonths = 3;  // attestation_application_months: the application this long before expiry
};

// Whether an entry fits the 5-year plan that starts in January of
// firstYear; the store refuses to save one that does not. (Translated in the
// context of AttestationPlan, where the rule was first written.)
class AttestationPlanEntryCheck
{
    Q_DECLARE_TR_FUNCTIONS(AttestationPlan)
public:
    static constexpr int kYears = 5;
    // Empty when the entry fits; else why not, for the user.
    static QString check(const AttestationPlanEntry &e, int firstYear);
};

} // namespace profrost
