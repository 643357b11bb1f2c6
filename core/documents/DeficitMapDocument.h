#pragma once

#include "documents/DocumentStyle.h"
#include "planning/DeficitMap.h"

#include <QCoreApplication>
#include <memory>

class QTextDocument;

namespace profrost {

// What the printed deficit map holds (DiagnosisReports::deficitMapData).
struct DeficitMapDocumentData
{
    QString scopeText; // «по итогам диагностики «…» (01.10–31.10.2025)»
    QString issuer;    // the municipality, under the title
    QDate placesOn;    // the day whose posts place the teachers
    DeficitThresholds thresholds;
    DeficitGrouping grouping = DeficitGrouping::Organisation;
    DeficitMap map;
    DocumentStyle::Signature signature{QString::fromUtf8("Методист"), QString()};
};

// «Карта профессиональных дефицитов педагогических работников …»
// (forms.md), landscape: № п/п | the organisation (subject, municipality) |
// a column per competency area | «Хотя бы один дефицит»; each cell the
// share of the diagnosed with a deficit over their count, on the colour of
// its level; «Итого» last; the legend of the colours and the thresholds,
// then the signature.
class DeficitMapDocument
{
    Q_DECLARE_TR_FUNCTIONS(DeficitMapDocument)
public:
    static QString title();
    static std::unique_ptr<QTextDocument> build(const DeficitMapDocumentData &data);
};

} // namespace profrost
