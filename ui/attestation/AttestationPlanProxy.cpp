#include "attestation/AttestationPlanProxy.h"

#include "attestation/AttestationPlanModel.h"

#include <QDate>

namespace profrost {

void AttestationPlanProxy::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    invalidateRowsFilter();
}

bool AttestationPlanProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_year != 0
        && sourceModel()->index(sourceRow, 0, sourceParent).data(AttestationPlanModel::AttestDateRole).toDate().year()
               != m_year)
        return false;
    return TokenFilterProxy::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace profrost
