#include "attestation/RemindersModel.h"

#include "common/Roles.h"
#include "common/StatusPalette.h"
#include "documents/ExpiringCategoriesDocument.h"

#include <QBrush>
#include <QColor>

namespace profrost {

RemindersModel::RemindersModel(QObject *parent) : QAbstractTableModel(parent) {}

void RemindersModel::reset(QList<ExpiringCategory> items)
{
    beginResetModel();
    m_items = std::move(items);
    m_cells = ExpiringCategoriesDocument::tableCells(m_items);
    endResetModel();
}

int RemindersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int RemindersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RemindersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExpiringCategory &e = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return m_cells.at(index.row()).value(index.column());
    case IdRole:
        return e.teacherId;
    case SortRole:
        switch (index.column()) {
        case GrantedColumn: return e.granted.toString(Qt::ISODate);
        case UntilColumn: return e.validUntil.toString(Qt::ISODate);
        case StateColumn: return e.daysLeft; // the lapsed (negative) first
        default: return m_cells.at(index.row()).value(index.column()).toLower();
        }
    case Qt::ForegroundRole:
        if (index.column() == StateColumn)
            return QBrush(e.lapsed ? StatusPalette::lapsed() : StatusPalette::expiring());
        return {};
    default:
        return {};
    }
}

QVariant RemindersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Full name");
    case OrganisationColumn: return tr("Organisation");
    case PositionColumn: return tr("Position");
    case CategoryColumn: return tr("Category");
    case GrantedColumn: return tr("Granted");
    case UntilColumn: return tr("Valid until");
    case StateColumn: return tr("State");
    default: return {};
    }
}

} // namespace profrost
