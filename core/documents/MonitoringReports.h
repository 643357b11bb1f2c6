#pragma once

#include "documents/MonitoringReportDocument.h"

#include <QDate>
#include <memory>

class QTextDocument;

namespace profrost {

class Database;

// The analytic report of the monitoring from a database, shared by the GUI
// and the CLI: the figures through IndicatorInputs and IndicatorEngine (the
// dashboard's and `profrost-cli indicators`' own), the recommendations
// through RecommendationRepository, the signer from the centre's card
// (SignedDocument::Monitoring).
class MonitoringReports
{
public:
    // This monitoring's recommendations are those made in the academic
    // year of `asOf` up to it; the earlier ones due by `asOf` are checked.
    static MonitoringReportData data(Database &db, QDate asOf);
    static std::unique_ptr<QTextDocument> report(Database &db, QDate asOf);
};

} // namespace profrost
