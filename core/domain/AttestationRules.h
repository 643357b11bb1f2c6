#pragma once

#include "domain/Attestation.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace profrost {

// Where a teacher stands at a reference date, from their history alone.
struct AttestationStanding
{
    std::optional<AttestationRecord> category; // the newest category granted on or before the date
    QDate categoryUntil;                       // its last valid day
    bool categoryValid = false;                // valid on the date
    // The category expired before the date and no СЗД was decided after
    // its expiry: the teacher is to be attested again as soon as possible.
    bool lapsed = false;
    std::optional<AttestationRecord> fitness;  // the newest СЗД on or before the date
};

// The rules of attestation that need no database. Every rule takes the
// reference date and the validity as parameters (the validity is the
// setting `category_validity_years`, see SettingsRepository).
class AttestationRules
{
    Q_DECLARE_TR_FUNCTIONS(AttestationRules)
public:
    static constexpr int kDefaultValidityYears = 5;
    static constexpr int kFitnessIntervalYears = 5;   // СЗД at least once in 5 years
    static constexpr int kFitnessExemptYears = 2;     // staff under 2 years in the post are exempt
    static constexpr int kDefaultApplicationMonths = 3; // the application goes in 3 months before expiry
    static constexpr int kDefaultReminderMonths = 6;

    // The last day a category granted on `granted` is valid: granted +
    // years − 1 day. Granted on 29 February: the term ends on 28 February of
    // a common year (the anniversary does not exist, the term ends with the
    // month, ГК РФ art. 192), and on 28 February of a leap year too.
    static QDate validUntil(QDate granted, int validityYears = kDefaultValidityYears);
    // Valid on `at`: granted on or before it and `at` not after validUntil.
    static bool isValidOn(const AttestationRecord &r, QDate at, int validityYears = kDefaultValidityYears);

    // The standing of one teacher at `at` (records of other teachers are ignored
    // only if the caller passes them: pass one teacher's history).
    static AttestationStanding standing(const QList<AttestationRecord> &history, QDate at,
                                        int validityYears = kDefaultValidityYears);

    // Whether an application may move from one status to another:
    // submitted → under review → granted or refused; nothing else.
    static bool canMove(ApplicationStatus from, ApplicationStatus to);

    // Warnings (translated, not errors: the commission decides) about applying
    // for `requested` on `at` with this history: the highest category needs a
    // valid first one (or a highest held before, valid or expired); the
    // teacher-methodologist and teacher-mentor categories need a valid highest.
    static QStringList applicationWarnings(Category requested, const QList<AttestationRecord> &history, QDate at,
                                           int validityYears = kDefaultValidityYears);

    // Empty when the record can be stored; otherwise the reasons (translated).
    static QStringList checkRecord(const AttestationRecord &r, QDate today);
};

} // namespace profrost
