#pragma once

#include "planning/DeficitMap.h"

#include <QAbstractTableModel>
#include <optional>

namespace profrost {

// The deficit map as a table: the rows' names, a column per area, «at least
// one deficit» last; each cell the share and the count behind it on the
// colour of its level; the total row in bold, kept last whatever the sort.
class DeficitMapModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setMap(DeficitMap map, DeficitGrouping grouping);
    const DeficitMap &map() const { return m_map; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // By name, or by a column's share (then its count): where the deficits are most common.
    void sort(int column, Qt::SortOrder order) override;

    // The key DeficitMapBuilder::teachersIn takes: 0 for the total row.
    qint64 rowKey(int row) const;
    QString rowLabel(int row) const;
    // The area of a column; none for the name and the last column.
    std::optional<CompetencyArea> areaOf(int column) const;
    bool isAreaColumn(int column) const { return column >= 1 && column <= m_map.areas.size(); }
    const DeficitCell *cell(int row, int column) const;

    // A level's colour with its name, as rich text for a legend.
    static QString levelSwatch(DeficitLevel level);

private:
    const DeficitMapRow &rowAt(int row) const;

    DeficitMap m_map;
    DeficitGrouping m_grouping = DeficitGrouping::Organisation;
};

} // namespace profrost
