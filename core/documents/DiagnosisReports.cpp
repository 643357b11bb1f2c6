#include "documents/DiagnosisReports.h"

#include "documents/CentreSignatures.h"
#include "util/Clock.h"

#include <QTextDocument>

namespace profrost {

DeficitMapDocumentData DiagnosisReports::deficitMapData(Database &db, const DeficitMapData &read,
                                                        DeficitGrouping grouping)
{
    DeficitMapDocumentData data;
    data.scopeText = read.scopeText;
    data.placesOn = read.placesOn;
    data.thresholds = read.thresholds;
    data.grouping = grouping;
    data.map = DeficitMapBuilder::build(read, grouping);
    const CentreCard card = CentreSignatures::card(db);
    data.issuer = CentreSignatures::issuer(db, card);
    data.signature = CentreSignatures::signature(card, SignedDocument::Diagnostics);
    return data;
}

DeficitMapDocumentData DiagnosisReports::deficitMapData(Database &db, const DeficitScope &scope,
                                                        DeficitGrouping grouping, QDate today)
{
    const QDate day = today.isValid() ? today : Clock::instance().today();
    return deficitMapData(db, DeficitMapData::read(db, scope, day), grouping);
}

std::unique_ptr<QTextDocument> DiagnosisReports::deficitMap(Database &db, const DeficitScope &scope,
                                                            DeficitGrouping grouping, QDate today)
{
    return DeficitMapDocument::build(deficitMapData(db, scope, grouping, today));
}

} // namespace profrost
