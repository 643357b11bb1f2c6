#pragma once

#include "planning/AttestationPlan.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <optional>

namespace profrost {

class AppContext;

// Saving the 5-year attestation plan as an undoable step (as SavePlanCommand
// does for further training): the tab saves first, the first redo only tells
// the views; undo brings back the plan saved before, or none.
class SaveAttestationPlanCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveAttestationPlanCommand)
public:
    SaveAttestationPlanCommand(AppContext &ctx, int firstYear, std::optional<QList<AttestationPlanEntry>> before,
                               QList<AttestationPlanEntry> after);
    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<QList<AttestationPlanEntry>> &plan);

    AppContext &m_ctx;
    int m_firstYear;
    std::optional<QList<AttestationPlanEntry>> m_before;
    std::optional<QList<AttestationPlanEntry>> m_after;
    bool m_saved = true;
};

} // namespace profrost
