#include "diagnostics/DeficitMapModel.h"

#include "util/TextNormalize.h"

#include <QColor>
#include <QFont>
#include <QRegularExpression>
#include <algorithm>

namespace profrost {

void DeficitMapModel::setMap(DeficitMap map, DeficitGrouping grouping)
{
    beginResetModel();
    m_map = std::move(map);
    m_grouping = grouping;
    endResetModel();
}

int DeficitMapModel::rowCount(const QModelIndex &parent) const
{
    // The total row only when there is something to total.
    return parent.isValid() || m_map.rows.isEmpty() ? 0 : int(m_map.rows.size()) + 1;
}

int DeficitMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_map.areas.size()) + 2;
}

const DeficitMapRow &DeficitMapModel::rowAt(int row) const
{
    return row < m_map.rows.size() ? m_map.rows[row] : m_map.total;
}

QString DeficitMapModel::levelSwatch(DeficitLevel level)
{
    const QString rgb = QStringLiteral("#%1").arg(DeficitMapBuilder::levelFill(level), 6, 16, QLatin1Char('0'));
    return QStringLiteral("<span style='background-color:%1; color:black'>&nbsp;%2&nbsp;</span>")
        .arg(rgb, DeficitMapBuilder::levelText(level).toHtmlEscaped());
}

qint64 DeficitMapModel::rowKey(int row) const { return rowAt(row).key; }

QString DeficitMapModel::rowLabel(int row) const { return rowAt(row).label; }

std::optional<CompetencyArea> DeficitMapModel::areaOf(int column) const
{
    if (!isAreaColumn(column))
        return std::nullopt;
    return m_map.areas[column - 1];
}

const DeficitCell *DeficitMapModel::cell(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 1 || column >= columnCount())
        return nullptr;
    const DeficitMapRow &r = rowAt(row);
    return isAreaColumn(column) ? &r.cells[column - 1] : &r.anyArea;
}

QVariant DeficitMapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool total = index.row() == m_map.rows.size();
    const DeficitCell *c = cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (!c)
            return rowLabel(index.row());
        if (c->diagnosed == 0)
            return QString();
        // Two short lines keep eight columns on a laptop's screen: the share, then the people behind it.
        return tr("%1\n%2 of %3")
            .arg(DiagnosisText::percentText(c->shareTenths() * 10))
            .arg(c->deficits)
            .arg(c->diagnosed);
    case Qt::BackgroundRole:
        if (c && c->level() != DeficitLevel::None)
            return QColor(QRgb(DeficitMapBuilder::levelFill(c->level())));
        return {};
    case Qt::ForegroundRole:
        // The fills are light: black text reads on them in a dark theme too.
        if (c && c->level() != DeficitLevel::None)
            return QColor(Qt::black);
        return {};
    case Qt::FontRole:
        if (total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return c ? int(Qt::AlignCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        if (!c)
            return rowLabel(index.row());
        if (c->diagnosed == 0)
            return tr("Nobody here was diagnosed in this area.");
        const QString where = isAreaColumn(index.column())
            ? tr("in the %1 area").arg(TrainingText::displayName(*areaOf(index.column())))
            : tr("in at least one area");
        return tr("%1 of %2 teachers diagnosed have a deficit %3. Click to list them.")
            .arg(c->deficits)
            .arg(c->diagnosed)
            .arg(where);
    }
    default:
        return {};
    }
}

QVariant DeficitMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        if (section == 0)
            return DeficitMapBuilder::groupingTitle(m_grouping);
        if (const auto area = areaOf(section)) {
            // «Психолого-\nпедагогическая»: two lines, so the columns stay as narrow as their figures.
            QString name = upperFirst(TrainingText::displayName(*area));
            const qsizetype breakAt = name.size() > 14 ? name.indexOf(QRegularExpression(QStringLiteral("[- ]"))) : -1;
            if (breakAt > 0)
                name = name[breakAt] == u'-' ? name.insert(breakAt + 1, u'\n') : name.replace(breakAt, 1, u'\n');
            return name;
        }
        return tr("At least one\ndeficit");
    }
    if (role == Qt::ToolTipRole && section > 0)
        return tr("The share of the diagnosed teachers with a deficit, and their count. Click a column's "
                  "heading to sort by it.");
    return {};
}

void DeficitMapModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    beginResetModel();
    const auto cellOf = [&](const DeficitMapRow &r) {
        return isAreaColumn(column) ? r.cells[column - 1] : r.anyArea;
    };
    std::stable_sort(m_map.rows.begin(), m_map.rows.end(), [&](const DeficitMapRow &a, const DeficitMapRow &b) {
        if (column == 0) {
            return order == Qt::AscendingOrder ? alphabeticalLess(a.label, b.label)
                                               : alphabeticalLess(b.label, a.label);
        }
        const DeficitCell x = cellOf(a), y = cellOf(b);
        const auto key = [](const DeficitCell &c) { return std::pair(c.diagnosed > 0 ? c.shareTenths() : -1, c.deficits); };
        return order == Qt::AscendingOrder ? key(x) < key(y) : key(y) < key(x);
    });
    endResetModel();
}

} // namespace profrost
