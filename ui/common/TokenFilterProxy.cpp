#include "common/TokenFilterProxy.h"

#include "common/Roles.h"
#include "util/TextNormalize.h"

namespace profrost {

TokenFilterProxy::TokenFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    // «алгебра» beside «Алгебра», not after every capital.
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TokenFilterProxy::setFilterText(const QString &text)
{
    QStringList tokens = normalizedKey(text).split(u' ', Qt::SkipEmptyParts);
    if (tokens == m_tokens)
        return;
    // Narrowing (a letter added) only needs to re-check rows that passed,
    // but QSortFilterProxyModel re-checks all; at 50,000 rows that is a few ms.
    m_tokens = std::move(tokens);
    invalidateRowsFilter();
}

bool TokenFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_tokens.isEmpty())
        return true;
    const QString key = sourceModel()->index(sourceRow, 0, sourceParent).data(SearchRole).toString();
    for (const QString &token : m_tokens) {
        if (!key.contains(token))
            return false;
    }
    return true;
}

bool TokenFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(SortRole);
    const QVariant b = right.data(SortRole);
    if (!a.isValid() || !b.isValid())
        return !a.isValid() && b.isValid(); // empty cells first
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace profrost
