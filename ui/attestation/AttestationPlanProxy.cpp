#include "attestation/AttestationPlanProxy.h"

#include "attestation/AttestationPlanModel.h"

namespace profrost {

void AttestationPlanProxy::setYear(int year)
{
    if (year == m_year)
        return;
    refilter([&] { m_year = year; });
}

bool AttestationPlanProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // The year of the row read directly: no QVariant per row at 50,000 rows.
    const auto *model = static_cast<const AttestationPlanModel *>(planModel());
    if (m_year != 0 && model && model->attestYear(sourceRow) != m_year)
        return false;
    return PlanGraphProxy::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace profrost
