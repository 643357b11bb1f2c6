#pragma once

#include "documents/MethodicalPlanDocument.h"
#include "documents/ProtocolDocument.h"
#include "planning/ShmoHints.h"

#include <QCoreApplication>
#include <QDate>
#include <memory>

class QTextDocument;

namespace profrost {

class Database;

// The association documents and figures from a database, shared by the GUI
// and the CLI: first the data (to adjust before printing), then the
// document (owned by the caller). Each throws profrost::Error when the plan
// or meeting does not exist.
class AssociationReports
{
    Q_DECLARE_TR_FUNCTIONS(AssociationReports)
public:
    // The plan with its approval block; the head of the association signs
    // an association's plan.
    static PlanDocumentData planData(Database &db, qint64 planId);
    // The meeting with its protocol number, the members of that day present
    // and absent (names, posts and organisations as on that day), the head
    // and the secretary.
    static ProtocolDocumentData protocolData(Database &db, qint64 meetingId);

    static std::unique_ptr<QTextDocument> plan(Database &db, qint64 planId);
    static std::unique_ptr<QTextDocument> protocol(Database &db, qint64 meetingId);

    // Seed 002's ШМО hint over the registry at `at` (today when invalid).
    static QList<ShmoHint> shmoHints(Database &db, QDate at = {});
};

} // namespace profrost
