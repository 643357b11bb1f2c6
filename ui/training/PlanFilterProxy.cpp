#include "training/PlanFilterProxy.h"

#include "training/TrainingPlanModel.h"

namespace profrost {

void PlanFilterProxy::setOrganisation(const QString &organisation)
{
    if (organisation == m_organisation)
        return;
    m_organisation = organisation;
    invalidateRowsFilter();
}

bool PlanFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_organisation.isEmpty()
        && sourceModel()->index(sourceRow, TrainingPlanModel::OrganisationColumn, sourceParent).data().toString()
               != m_organisation)
        return false;
    return TokenFilterProxy::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace profrost
