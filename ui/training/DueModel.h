#pragma once

#include "planning/TrainingDue.h"

#include <QAbstractTableModel>

namespace profrost {

// Overdue and due further training (TrainingStatus::due) as a table: the
// texts of the exported sheet, SortRole for a proxy (dates ISO), IdRole the
// teacher, the state coloured.
class DueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, OrganisationColumn, PositionColumn, StateColumn, DueColumn, LastColumn, ColumnCount };

    explicit DueModel(QObject *parent = nullptr);

    void reset(QList<DueItem> items);
    const QList<DueItem> &items() const { return m_items; }
    // The sheet: the header and the rows in the order of items().
    QStringList header() const;
    QList<QStringList> cells() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const DueItem &item, int column) const;

    QList<DueItem> m_items;
};

} // namespace profrost
