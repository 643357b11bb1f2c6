#pragma once

#include "store/OrganisationRepository.h"

#include <QAbstractTableModel>

namespace profrost {

class OrganisationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ShortNameColumn, TypeColumn, MunicipalityColumn, StaffColumn, LowResultsColumn,
                  UnfavourableColumn, DirectorColumn, ColumnCount };

    explicit OrganisationTableModel(QObject *parent = nullptr);
    void setRows(QList<OrganisationRow> rows);
    const OrganisationRow &row(int index) const { return m_rows.at(index); }
    int indexOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OrganisationRow> m_rows;
    QList<QString> m_search;
};

} // namespace profrost
