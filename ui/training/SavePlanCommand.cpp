#include "training/SavePlanCommand.h"

#include "shell/AppContext.h"
#include "store/TrainingPlanRepository.h"
#include "util/Error.h"

namespace profrost {

SavePlanCommand::SavePlanCommand(AppContext &ctx, int firstYear, std::optional<QList<TrainingPlanEntry>> before,
                                 QList<TrainingPlanEntry> after)
    : QUndoCommand(tr("save the plan-graph %1–%2").arg(firstYear).arg(firstYear + TrainingPlan::kYears - 1)),
      m_ctx(ctx),
      m_firstYear(firstYear),
      m_before(std::move(before)),
      m_after(std::move(after))
{
}

void SavePlanCommand::apply(const std::optional<QList<TrainingPlanEntry>> &plan)
{
    try {
        TrainingPlanRepository plans(m_ctx.db());
        if (plan)
            plans.save(m_firstYear, *plan);
        else
            plans.remove(m_firstYear);
    } catch (const Error &e) {
        m_ctx.reportError(e.message());
    }
    m_ctx.notifyChanged();
}

void SavePlanCommand::redo()
{
    if (m_saved) {
        m_saved = false;
        m_ctx.notifyChanged();
        return;
    }
    apply(m_after);
}

void SavePlanCommand::undo() { apply(m_before); }

} // namespace profrost
