#include "documents/AttestationReports.h"

#include "documents/AttestationPlanDocument.h"
#include "documents/CentreSignatures.h"
#include "planning/AttestationStatus.h"
#include "store/AttestationPlanRepository.h"
#include "store/AttestationRepository.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"
#include "util/Clock.h"

#include <QTextDocument>

namespace profrost {

namespace {

QDate orToday(QDate at)
{
    return at.isValid() ? at : Clock::instance().today();
}

} // namespace

AttestationDocumentData AttestationReports::planData(Database &db, int firstYear, QDate at)
{
    const SettingsRepository settings(db);
    AttestationDocumentData data;
    data.firstYear = firstYear;
    data.at = orToday(at);
    data.validityYears = settings.validityYears();
    const CentreCard card = CentreSignatures::card(db);
    data.issuer = CentreSignatures::issuer(db, card);
    data.approval = CentreSignatures::approval(card);
    data.signature = CentreSignatures::signature(card, SignedDocument::Attestation);
    data.teachers = TeacherRepository(db).rows(data.at);
    AttestationRepository attestation(db);
    data.history = attestation.allRecords();
    data.lapsed = AttestationStatus(db).counts(data.teachers, data.history, data.at).lapsed;
    const AttestationPlanRepository plans(db);
    if (plans.exists(firstYear)) {
        data.entries = plans.load(firstYear);
    } else {
        AttestationPlanRules rules;
        rules.validityYears = data.validityYears;
        rules.applicationMonths = settings.applicationMonths();
        data.entries = AttestationPlan::propose(data.teachers, data.history, attestation.applications(true), data.at,
                                                firstYear, rules);
    }
    return data;
}

ExpiringCategoriesDocumentData AttestationReports::expiringData(Database &db, QDate at, int months)
{
    const AttestationStatus status(db);
    ExpiringCategoriesDocumentData data;
    data.at = orToday(at);
    data.months = months > 0 ? months : status.reminderMonths();
    const CentreCard card = CentreSignatures::card(db);
    data.issuer = CentreSignatures::issuer(db, card);
    data.signature = CentreSignatures::signature(card, SignedDocument::Expiring);
    data.items = status.expiring(data.at, data.months);
    return data;
}

std::unique_ptr<QTextDocument> AttestationReports::yearSchedule(Database &db, int year, QDate at,
                                                                AttestationScheduleDocument::Grouping grouping)
{
    // A saved 5-year plan covering the year is what the methodist approved.
    int firstYear = year;
    for (int saved : AttestationPlanRepository(db).savedPlans()) {
        if (saved <= year && year < saved + AttestationPlan::kYears) {
            firstYear = saved;
            break;
        }
    }
    AttestationDocumentData data = planData(db, firstYear, at);
    data.firstYear = year;
    return AttestationScheduleDocument::build(data, grouping);
}

std::unique_ptr<QTextDocument> AttestationReports::fiveYearPlan(Database &db, int firstYear, QDate at)
{
    return AttestationPlanDocument::build(planData(db, firstYear, at));
}

std::unique_ptr<QTextDocument> AttestationReports::expiring(Database &db, QDate at, int months)
{
    return ExpiringCategoriesDocument::build(expiringData(db, at, months));
}

} // namespace profrost
