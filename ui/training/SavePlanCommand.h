#pragma once

#include "planning/TrainingPlan.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <optional>

namespace profrost {

class AppContext;

// Saving a plan-graph as an undoable step: undo brings back the plan saved
// before (or the unsaved proposal when there was none). The tab saves first,
// so that a refused plan shows its message and never reaches the stack; the
// first redo (QUndoStack::push) only tells the views.
class SavePlanCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SavePlanCommand)
public:
    SavePlanCommand(AppContext &ctx, int firstYear, std::optional<QList<TrainingPlanEntry>> before,
                    QList<TrainingPlanEntry> after);
    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<QList<TrainingPlanEntry>> &plan);

    AppContext &m_ctx;
    int m_firstYear;
    std::optional<QList<TrainingPlanEntry>> m_before;
    std::optional<QList<TrainingPlanEntry>> m_after;
    bool m_saved = true;
};

} // namespace profrost
