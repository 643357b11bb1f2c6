#include "training/DueModel.h"

#include "common/Roles.h"
#include "common/StatusPalette.h"
#include "domain/DateText.h"

#include <QBrush>
#include <QColor>

namespace profrost {

DueModel::DueModel(QObject *parent) : QAbstractTableModel(parent) {}

void DueModel::reset(QList<DueItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

QStringList DueModel::header() const
{
    QStringList out;
    for (int c = 0; c < ColumnCount; ++c)
        out << headerData(c, Qt::Horizontal).toString();
    return out;
}

QList<QStringList> DueModel::cells() const
{
    QList<QStringList> out;
    out.reserve(m_items.size());
    for (const DueItem &i : m_items) {
        QStringList row;
        for (int c = 0; c < ColumnCount; ++c)
            row << text(i, c);
        out.append(row);
    }
    return out;
}

QString DueModel::text(const DueItem &i, int column) const
{
    switch (column) {
    case NameColumn: return i.fullName;
    case OrganisationColumn: return i.organisations;
    case PositionColumn: return i.positions;
    case StateColumn: return i.state == DueItem::State::Overdue ? tr("overdue") : tr("due soon");
    case DueColumn: return DateText::numeric(i.dueDate);
    case LastColumn:
        return i.last ? tr("%1, %2 h, finished %3").arg(i.last->programme).arg(i.last->hours).arg(DateText::numeric(i.last->ends))
                      : tr("no course on record");
    default: return {};
    }
}

int DueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DueItem &i = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(i, index.column());
    case IdRole:
        return i.teacherId;
    case SortRole:
        if (index.column() == DueColumn)
            return i.dueDate.isValid() ? i.dueDate.toString(Qt::ISODate) : QString(); // never trained first
        if (index.column() == LastColumn)
            return i.last ? i.last->ends.toString(Qt::ISODate) : QString();
        return text(i, index.column()).toLower();
    case Qt::ForegroundRole:
        if (index.column() == StateColumn)
            return QBrush(i.state == DueItem::State::Overdue ? StatusPalette::overdue() : StatusPalette::dueSoon());
        return {};
    default:
        return {};
    }
}

QVariant DueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Full name");
    case OrganisationColumn: return tr("Organisation");
    case PositionColumn: return tr("Position");
    case StateColumn: return tr("State");
    case DueColumn: return tr("Due since / on");
    case LastColumn: return tr("Last course");
    default: return {};
    }
}

} // namespace profrost
