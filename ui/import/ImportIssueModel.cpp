#include "import/ImportIssueModel.h"

#include "common/StatusPalette.h"

#include <QColor>
#include <algorithm>
#include <tuple>

namespace profrost {

ImportIssueModel::ImportIssueModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportIssueModel::reset(const ImportPreview &preview)
{
    beginResetModel();
    m_lines.clear();
    m_lines.reserve(preview.errors.size() + preview.warnings.size());
    for (const RowIssue &e : preview.errors)
        m_lines.append({e, true});
    for (const RowIssue &w : preview.warnings)
        m_lines.append({w, false});
    // In the order of the file; a row's rejection before its warnings.
    std::stable_sort(m_lines.begin(), m_lines.end(),
                     [](const Line &a, const Line &b) { return a.issue.row < b.issue.row; });
    endResetModel();
}

int ImportIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ImportIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RowColumn: return line.issue.row > 0 ? QVariant(line.issue.row) : QVariant(tr("file"));
        case ColumnColumn: return line.issue.column;
        case ReasonColumn: return line.issue.reason;
        case KindColumn: return line.rejected ? tr("rejected") : tr("warning");
        }
        break;
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn ? QVariant(line.issue.reason) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == KindColumn)
            return line.rejected ? StatusPalette::errorText() : StatusPalette::warning();
        break;
    case SourceRowRole:
        return line.issue.row;
    case RejectedRole:
        return line.rejected;
    default:
        break;
    }
    return {};
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn: return tr("Row");
    case ColumnColumn: return tr("Column");
    case ReasonColumn: return tr("Problem");
    case KindColumn: return tr("Kind");
    }
    return {};
}

void ImportIssueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    auto key = [column](const Line &l) -> std::tuple<int, QString> {
        switch (column) {
        case RowColumn: return {l.issue.row, QString()};
        case ColumnColumn: return {0, l.issue.column};
        case ReasonColumn: return {0, l.issue.reason};
        default: return {l.rejected ? 0 : 1, QString()};
        }
    };
    // A reset: the view keeps no selection worth moving along.
    beginResetModel();
    std::stable_sort(m_lines.begin(), m_lines.end(), [&](const Line &a, const Line &b) {
        return order == Qt::AscendingOrder ? key(a) < key(b) : key(b) < key(a);
    });
    endResetModel();
}

} // namespace profrost
