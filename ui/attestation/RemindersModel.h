#pragma once

#include "planning/AttestationReminders.h"

#include <QAbstractTableModel>

namespace profrost {

// The expiring and lapsed categories (AttestationStatus::expiring) as a
// table: the texts of the exported sheet, SortRole for a proxy (dates ISO,
// the days left as a number), IdRole the teacher, the state coloured.
class RemindersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, OrganisationColumn, PositionColumn, CategoryColumn, GrantedColumn, UntilColumn,
                  StateColumn, ColumnCount };

    explicit RemindersModel(QObject *parent = nullptr);

    void reset(QList<ExpiringCategory> items);
    const QList<ExpiringCategory> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ExpiringCategory> m_items;
    QList<QStringList> m_cells; // ExpiringCategoriesDocument::tableCells: the screen shows what the sheet holds
};

} // namespace profrost
