#include "common/PlanGraphProxy.h"

#include "common/PlanGraphModel.h"
#include "common/Roles.h"
#include "util/TextNormalize.h"

namespace profrost {

PlanGraphProxy::PlanGraphProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void PlanGraphProxy::setPlanModel(PlanGraphModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void PlanGraphProxy::refilter(const std::function<void()> &change)
{
    // QSortFilterProxyModel drops its mapping on its own modelReset and
    // builds it again in one pass (filter every row, sort those shown).
    beginResetModel();
    change();
    endResetModel();
}

void PlanGraphProxy::setFilterText(const QString &text)
{
    QStringList tokens = normalizedKey(text).split(u' ', Qt::SkipEmptyParts);
    if (tokens == m_tokens)
        return;
    refilter([&] {
        m_tokens = std::move(tokens);
        m_matchers.clear();
        for (const QString &token : std::as_const(m_tokens))
            m_matchers.append(QStringMatcher(token));
    });
}

void PlanGraphProxy::setOrganisation(const QString &organisation)
{
    if (organisation == m_organisation)
        return;
    refilter([&] { m_organisation = organisation; });
}

bool PlanGraphProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_model)
        return false;
    const PlanGraphKeys &keys = m_model->keys(sourceRow);
    if (!m_organisation.isEmpty() && keys.organisation != m_organisation)
        return false;
    for (const QStringMatcher &token : m_matchers) {
        if (token.indexIn(keys.search) < 0)
            return false;
    }
    return true;
}

bool PlanGraphProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_model->compareRows(left.row(), right.row(), left.column()) < 0;
}

} // namespace profrost
