#include "associations/PlanItemsModel.h"

#include "domain/DateText.h"
#include "common/StatusPalette.h"

#include <QColor>

#include <algorithm>

namespace profrost {

namespace {

QDate parsed(const QString &text, QString *error = nullptr)
{
    return text.trimmed().isEmpty() ? QDate() : DateText::parse(text.trimmed(), error);
}

} // namespace

PlanItemsModel::PlanItemsModel(QObject *parent) : QAbstractTableModel(parent) {}

void PlanItemsModel::setItems(const QList<PlanItem> &items)
{
    beginResetModel();
    m_rows.clear();
    for (const PlanItem &item : items)
        m_rows.append({item, DateText::numeric(item.from), DateText::numeric(item.to)});
    endResetModel();
}

QList<PlanItem> PlanItemsModel::items() const
{
    QList<PlanItem> out;
    for (int r = 0; r < m_rows.size(); ++r)
        out.append(item(r));
    return out;
}

PlanItem PlanItemsModel::item(int row) const
{
    PlanItem out = m_rows.at(row).item;
    out.from = parsed(m_rows.at(row).fromText);
    out.to = parsed(m_rows.at(row).toText);
    return out;
}

QStringList PlanItemsModel::dateProblems() const
{
    QStringList problems;
    for (int r = 0; r < m_rows.size(); ++r) {
        QString error;
        if (!parsed(m_rows.at(r).fromText, &error).isValid() && !error.isEmpty())
            problems << tr("Item %1: start date: %2").arg(r + 1).arg(error);
        error.clear();
        if (!parsed(m_rows.at(r).toText, &error).isValid() && !error.isEmpty())
            problems << tr("Item %1: end date: %2").arg(r + 1).arg(error);
    }
    return problems;
}

void PlanItemsModel::setStages(const QStringList &stages)
{
    m_stages = stages;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Stage), index(rowCount() - 1, Stage));
}

void PlanItemsModel::stagesRenumbered(const std::function<int(int)> &renumber)
{
    for (Row &row : m_rows)
        row.item.stage = renumber(row.item.stage);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Stage), index(rowCount() - 1, Stage));
}

void PlanItemsModel::removeStage(int number)
{
    m_stages.removeAt(number - 1);
    stagesRenumbered([number](int s) { return s == number ? 0 : s > number ? s - 1 : s; });
}

void PlanItemsModel::swapStages(int first, int second)
{
    m_stages.swapItemsAt(first - 1, second - 1);
    stagesRenumbered([first, second](int s) { return s == first ? second : s == second ? first : s; });
}

int PlanItemsModel::insertItem(int row, const PlanItem &item)
{
    if (row < 0 || row > m_rows.size())
        row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.insert(row, {item, DateText::numeric(item.from), DateText::numeric(item.to)});
    endInsertRows();
    // The numbers below the new row moved on by one.
    emit dataChanged(index(row, Number), index(rowCount() - 1, Number));
    return row;
}

void PlanItemsModel::removeItem(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    if (row < m_rows.size())
        emit dataChanged(index(row, Number), index(rowCount() - 1, Number));
}

bool PlanItemsModel::moveItem(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_rows.size() || to < 0 || to >= m_rows.size() || delta == 0)
        return false;
    // beginMoveRows takes the row *before which* the moved row lands.
    if (!beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to))
        return false;
    m_rows.move(row, to);
    endMoveRows();
    emit dataChanged(index(std::min(row, to), Number), index(std::max(row, to), Number));
    return true;
}

int PlanItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PlanItemsModel::text(const Row &row, int column)
{
    switch (column) {
    case Title: return row.item.title;
    case Form: return row.item.form;
    case Term: return row.item.term;
    case From: return row.fromText;
    case To: return row.toText;
    case Level: return row.item.level;
    case Responsible: return row.item.responsible;
    case Result: return row.item.result;
    default: return QString();
    }
}

QVariant PlanItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    if (column == Meeting)
        return role == Qt::CheckStateRole ? QVariant(row.item.isMeeting ? Qt::Checked : Qt::Unchecked) : QVariant();
    if (column == Number)
        return role == Qt::DisplayRole ? QVariant(index.row() + 1) : QVariant();
    if (column == Stage) {
        if (role == Qt::EditRole)
            return row.item.stage;
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.item.stage > 0 ? m_stages.value(row.item.stage - 1) : QString();
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return text(row, column);
    if (role == Qt::ToolTipRole && (column == Title || column == Result))
        return text(row, column);
    // A date typed wrongly is marked where it is, before OK reports it.
    if (role == Qt::BackgroundRole && (column == From || column == To)) {
        QString error;
        parsed(text(row, column), &error);
        return error.isEmpty() ? QVariant() : QVariant(StatusPalette::errorBackground());
    }
    return {};
}

bool PlanItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    Row &row = m_rows[index.row()];
    const int column = index.column();
    if (column == Meeting && role == Qt::CheckStateRole) {
        row.item.isMeeting = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    } else {
        const QString s = value.toString();
        switch (column) {
        case Stage: row.item.stage = std::clamp(value.toInt(), 0, int(m_stages.size())); break;
        case Title: row.item.title = s; break;
        case Form: row.item.form = s; break;
        case Term: row.item.term = s; break;
        case From: row.fromText = s.trimmed(); break;
        case To: row.toText = s.trimmed(); break;
        case Level: row.item.level = s; break;
        case Responsible: row.item.responsible = s; break;
        case Result: row.item.result = s; break;
        default: return false;
        }
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags PlanItemsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Number)
        return base;
    if (index.column() == Meeting)
        return base | Qt::ItemIsUserCheckable;
    return base | Qt::ItemIsEditable;
}

QVariant PlanItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Title: return tr("The topic or the name of the event; the questions of a meeting on further lines");
        case Term: return tr("The term as printed when there are no dates, e.g. «сентябрь–июнь»");
        case Meeting: return tr("A meeting of the association (counted when meetings are held)");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("№");
    case Stage: return tr("Stage");
    case Title: return tr("Title (questions on further lines)");
    case Form: return tr("Form");
    case Term: return tr("Term");
    case From: return tr("From");
    case To: return tr("To");
    case Level: return tr("Level");
    case Responsible: return tr("Responsible");
    case Result: return tr("Result");
    case Meeting: return tr("Meeting");
    default: return {};
    }
}

} // namespace profrost
