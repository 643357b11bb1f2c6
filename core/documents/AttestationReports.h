#pragma once

#include "documents/AttestationLines.h"
#include "documents/AttestationScheduleDocument.h"
#include "documents/ExpiringCategoriesDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <memory>

class QTextDocument;

namespace profrost {

class Database;

// The attestation documents from a database, shared by the GUI and the
// CLI: first the data (to adjust the approval and signature lines), then
// the document (owned by the caller). The settings (validity years, months
// of the application ahead, months of the reminder) come from the database.
class AttestationReports
{
    Q_DECLARE_TR_FUNCTIONS(AttestationReports)
public:
    // The plan of `firstYear` for five years: the saved plan of that first
    // year when there is one, else the proposal (AttestationPlan::propose) at
    // `at` — today when invalid. Teachers as on `at`.
    static AttestationDocumentData planData(Database &db, int firstYear, QDate at = {});
    // The expiring and lapsed categories at `at` (today when invalid) within
    // `months` (the setting when 0).
    static ExpiringCategoriesDocumentData expiringData(Database &db, QDate at = {}, int months = 0);

    // The year schedule of `year`: from the saved 5-year plan whose years
    // hold it (the newest first year), else the proposal with `year` first.
    static std::unique_ptr<QTextDocument> yearSchedule(Database &db, int year, QDate at = {},
                                                       AttestationScheduleDocument::Grouping grouping =
                                                           AttestationScheduleDocument::Grouping::ByMonth);
    static std::unique_ptr<QTextDocument> fiveYearPlan(Database &db, int firstYear, QDate at = {});
    static std::unique_ptr<QTextDocument> expiring(Database &db, QDate at = {}, int months = 0);
};

} // namespace profrost
