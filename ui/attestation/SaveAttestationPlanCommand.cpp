#include "attestation/SaveAttestationPlanCommand.h"

#include "shell/AppContext.h"
#include "store/AttestationPlanRepository.h"
#include "util/Error.h"

namespace profrost {

SaveAttestationPlanCommand::SaveAttestationPlanCommand(AppContext &ctx, int firstYear,
                                                       std::optional<QList<AttestationPlanEntry>> before,
                                                       QList<AttestationPlanEntry> after)
    : QUndoCommand(tr("save the attestation plan %1–%2").arg(firstYear).arg(firstYear + AttestationPlan::kYears - 1)),
      m_ctx(ctx),
      m_firstYear(firstYear),
      m_before(std::move(before)),
      m_after(std::move(after))
{
}

void SaveAttestationPlanCommand::apply(const std::optional<QList<AttestationPlanEntry>> &plan)
{
    try {
        AttestationPlanRepository plans(m_ctx.db());
        if (plan)
            plans.save(m_firstYear, *plan);
        else
            plans.remove(m_firstYear);
    } catch (const Error &e) {
        m_ctx.reportError(e.message());
    }
    m_ctx.notifyChanged();
}

void SaveAttestationPlanCommand::redo()
{
    if (m_saved) {
        m_saved = false;
        m_ctx.notifyChanged();
        return;
    }
    apply(m_after);
}

void SaveAttestationPlanCommand::undo() { apply(m_before); }

} // namespace profrost
