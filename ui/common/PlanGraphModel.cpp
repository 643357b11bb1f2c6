#include "common/PlanGraphModel.h"

#include "common/Roles.h"
#include "util/TextNormalize.h"

#include <QHash>
#include <algorithm>

namespace profrost {

PlanGraphKeys PlanGraphKeys::of(const QString &fullName, const QString &organisation, const QString &positions)
{
    return {normalizedKey(fullName + u' ' + organisation + u' ' + positions), lowerKey(fullName), organisation,
            lowerKey(organisation)};
}

PlanGraphModel::PlanGraphModel(int nameColumn, int organisationColumn, QObject *parent)
    : QAbstractTableModel(parent), m_nameColumn(nameColumn), m_organisationColumn(organisationColumn)
{
    // Connected before any proxy is: the ranks are dropped before it sorts again.
    const auto drop = [this] { m_groupRanks.clear(); };
    connect(this, &QAbstractItemModel::modelReset, this, drop);
    connect(this, &QAbstractItemModel::rowsInserted, this, drop);
    connect(this, &QAbstractItemModel::rowsRemoved, this, drop);
}

const QList<int> &PlanGraphModel::groupRanks() const
{
    if (m_groupRanks.size() == rowCount())
        return m_groupRanks;
    QStringList groups;
    QHash<QString, int> rankOf; // few organisations, many rows
    for (int r = 0; r < rowCount(); ++r) {
        if (!rankOf.contains(keys(r).group)) {
            rankOf.insert(keys(r).group, 0);
            groups.append(keys(r).group);
        }
    }
    std::sort(groups.begin(), groups.end()); // the order of QString::compare, as the keys compare
    for (int i = 0; i < groups.size(); ++i)
        rankOf[groups.at(i)] = i;
    m_groupRanks.clear();
    m_groupRanks.reserve(rowCount());
    for (int r = 0; r < rowCount(); ++r)
        m_groupRanks.append(rankOf.value(keys(r).group));
    return m_groupRanks;
}

int PlanGraphModel::compareRows(int left, int right, int column) const
{
    if (column == m_nameColumn)
        return keys(left).name.compare(keys(right).name);
    if (column == m_organisationColumn) {
        const QList<int> &ranks = groupRanks();
        return ranks.at(left) - ranks.at(right);
    }
    const QVariant a = index(left, column).data(SortRole);
    const QVariant b = index(right, column).data(SortRole);
    if (!a.isValid() || !b.isValid())
        return int(a.isValid()) - int(b.isValid()); // empty cells first
    const QPartialOrdering order = QVariant::compare(a, b);
    return order == QPartialOrdering::Less ? -1 : order == QPartialOrdering::Greater ? 1 : 0;
}

} // namespace profrost
