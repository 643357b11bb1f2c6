#pragma once

#include "documents/DocumentStyle.h"
#include "io/TableWriter.h"
#include "planning/RouteEffect.h"

#include <QCoreApplication>
#include <memory>

class QTextDocument;

namespace profrost {

// What the printed report holds (DiagnosisReports::effectData).
struct EffectDocumentData
{
    RouteEffect effect;
    QString issuer; // the municipality, under the title
    DocumentStyle::Signature signature{QString::fromUtf8("Методист"), QString()};
};

// «Результативность индивидуальных образовательных маршрутов» (core/README.md
// «What the routes changed»): how the diagnosed scores changed after the
// routes' activities — by competency area, by further-training programme,
// by organisation and by teacher, each figure with the number of teachers
// behind it and the thin ones marked «*»; the signature last.
class EffectDocument
{
    Q_DECLARE_TR_FUNCTIONS(EffectDocument)
public:
    static QString title();
    static std::unique_ptr<QTextDocument> build(const EffectDocumentData &data);
    // The same tables as the sheets of a workbook, in Russian: «По областям»,
    // «По программам», «По организациям», «По педагогам».
    static QList<TableSheet> sheets(const RouteEffect &effect);
};

} // namespace profrost
