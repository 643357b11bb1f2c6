#include "associations/PlanListModel.h"

#include "domain/DateText.h"

namespace profrost {

PlanListModel::PlanListModel(QObject *parent)
    : RecordListModel({tr("Plan"), tr("Academic year or period"), tr("Items"), tr("Meetings held")}, parent)
{
}

void PlanListModel::setPlans(QList<Entry> plans)
{
    beginResetModel();
    m_entries = std::move(plans);
    endResetModel();
}

void PlanListModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int PlanListModel::records() const { return int(m_entries.size()); }

qint64 PlanListModel::idAt(int row) const { return m_entries.at(row).plan.id; }

QVariant PlanListModel::cell(int row, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    const Entry &e = m_entries.at(row);
    const MethodicalPlan &p = e.plan;
    switch (column) {
    case TitleColumn: return p.title;
    case YearColumn:
        return p.startYear > 0 ? PlanText::academicYear(p.startYear)
                               : QString(DateText::numeric(p.periodFrom) + u"–" + DateText::numeric(p.periodTo));
    case ItemsColumn: return QString::number(e.items);
    case HeldColumn: return e.planned > 0 ? tr("%1 of %2").arg(e.held).arg(e.planned) : QStringLiteral("—");
    default: return {};
    }
}

} // namespace profrost
