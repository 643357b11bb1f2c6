#include "common/PlanGraphModel.h"

#include "common/Roles.h"
#include "util/TextNormalize.h"

namespace profrost {

PlanGraphKeys PlanGraphKeys::of(const QString &fullName, const QString &organisation, const QString &positions)
{
    return {normalizedKey(fullName + u' ' + organisation + u' ' + positions), lowerKey(fullName), organisation,
            lowerKey(organisation)};
}

PlanGraphModel::PlanGraphModel(int nameColumn, int organisationColumn, QObject *parent)
    : QAbstractTableModel(parent), m_nameColumn(nameColumn), m_organisationColumn(organisationColumn)
{
}

int PlanGraphModel::compareRows(int left, int right, int column) const
{
    if (column == m_nameColumn)
        return keys(left).name.compare(keys(right).name);
    if (column == m_organisationColumn)
        return keys(left).group.compare(keys(right).group);
    const QVariant a = index(left, column).data(SortRole);
    const QVariant b = index(right, column).data(SortRole);
    if (!a.isValid() || !b.isValid())
        return int(a.isValid()) - int(b.isValid()); // empty cells first
    const QPartialOrdering order = QVariant::compare(a, b);
    return order == QPartialOrdering::Less ? -1 : order == QPartialOrdering::Greater ? 1 : 0;
}

} // namespace profrost
