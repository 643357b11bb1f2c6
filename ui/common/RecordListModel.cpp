#include "common/RecordListModel.h"

#include "common/Roles.h"

namespace profrost {

RecordListModel::RecordListModel(const QStringList &headers, QObject *parent)
    : QAbstractTableModel(parent), m_headers(headers)
{
}

int RecordListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : records(); }

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return idAt(index.row());
    return cell(index.row(), index.column(), role);
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

int RecordListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < records(); ++row) {
        if (idAt(row) == id)
            return row;
    }
    return -1;
}

} // namespace profrost
