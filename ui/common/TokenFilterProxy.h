#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace profrost {

// Filter-as-you-type: every word typed must occur in the row's SearchRole
// text (case and ё/е ignored), so "иванова математ" finds Ivanova who
// teaches mathematics. Sorting uses SortRole.
class TokenFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TokenFilterProxy(QObject *parent = nullptr);
    void setFilterText(const QString &text);
    const QStringList &tokens() const { return m_tokens; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_tokens;
};

} // namespace profrost
