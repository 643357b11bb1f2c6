#include "common/PlanGraphLoadModel.h"

#include "common/StatusPalette.h"

#include <QBrush>
#include <QColor>

namespace profrost {

PlanGraphLoadModel::PlanGraphLoadModel(QObject *parent) : QAbstractTableModel(parent) {}

void PlanGraphLoadModel::setLoad(const QStringList &header, QList<Line> lines)
{
    // A reset: the columns change with the years of the plan.
    beginResetModel();
    m_header = header;
    m_lines = std::move(lines);
    endResetModel();
}

int PlanGraphLoadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int PlanGraphLoadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant PlanGraphLoadModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size() || index.column() >= m_header.size())
        return {};
    const Line &l = m_lines.at(index.row());
    if (index.column() == 0)
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(l.organisation) : QVariant();
    const int at = index.column() - 1;
    const QString warning = l.warnings.value(at);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return l.counts.value(at);
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case Qt::ForegroundRole: return warning.isEmpty() ? QVariant() : QVariant(QBrush(StatusPalette::overHalfLoad()));
    case Qt::ToolTipRole: return warning.isEmpty() ? QVariant() : QVariant(warning);
    default: return {};
    }
}

QVariant PlanGraphLoadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_header.size())
        return m_header.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace profrost
