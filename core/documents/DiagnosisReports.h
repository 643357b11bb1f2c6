#pragma once

#include "documents/DeficitMapDocument.h"
#include "documents/EffectDocument.h"
#include "documents/RouteDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <memory>

class QTextDocument;

namespace profrost {

class Database;

// The diagnostics documents from a database, shared by the GUI and the CLI:
// first the data (the GUI has read it already on its worker thread), then
// the document (owned by the caller).
class DiagnosisReports
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisReports)
public:
    // The map of `scope` grouped by `grouping`, placed by the posts of the
    // scope's day (never after `today`, today when invalid), with the
    // centre's issuer and signature.
    static DeficitMapDocumentData deficitMapData(Database &db, const DeficitScope &scope, DeficitGrouping grouping,
                                                 QDate today = {});
    // The same from a map read already.
    static DeficitMapDocumentData deficitMapData(Database &db, const DeficitMapData &read, DeficitGrouping grouping);
    static std::unique_ptr<QTextDocument> deficitMap(Database &db, const DeficitScope &scope,
                                                     DeficitGrouping grouping, QDate today = {});

    // What the routes changed (RouteEffectBuilder), teachers placed by their
    // posts on `today` (today when invalid), with the centre's issuer and
    // signature; the second from figures computed already.
    static EffectDocumentData effectData(Database &db, QDate today = {});
    static EffectDocumentData effectData(Database &db, const RouteEffect &effect);

    // The route of the teacher for the academic year startYear/startYear+1,
    // with their posts, experience and category on `today` (today when
    // invalid), the scores behind the deficits, their finished courses, the
    // school's director for the approval and the curator (else the centre's
    // methodist assigned to routes) for the signature. Throws profrost::Error
    // when the teacher has no route for that year.
    static RouteDocumentData routeData(Database &db, qint64 teacherId, int startYear, QDate today = {});
};

} // namespace profrost
