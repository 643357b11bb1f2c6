#include "monitoring/CriteriaView.h"

#include "common/StatusPalette.h"

#include <QHeaderView>

namespace profrost {

CriteriaView::CriteriaView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("dashboardCriteria"));
    setColumnCount(2);
    setHeaderLabels({tr("Criterion"), tr("State")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setWordWrap(true);
    setUniformRowHeights(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void CriteriaView::setCriteria(const QList<RegionalCriterion> &criteria)
{
    clear();
    int met = 0;
    for (const RegionalCriterion &c : criteria) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, QStringLiteral("%1. %2").arg(c.number).arg(RegionalCriteria::title(c.number)));
        item->setText(1, c.met ? tr("met") : tr("not met"));
        item->setForeground(1, c.met ? StatusPalette::ok() : StatusPalette::overdue());
        QFont bold = item->font(1);
        bold.setBold(true);
        item->setFont(1, bold);
        item->setToolTip(0, RegionalCriteria::russianTitle(c.number));
        // The evidence is the database's own wording (Russian), as the report prints it.
        for (const QString &line : c.evidence) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, line);
            child->setToolTip(0, line);
            child->setFirstColumnSpanned(true);
        }
        met += c.met ? 1 : 0;
        // What is not met shows why at once; a met one opens on a click.
        item->setExpanded(!c.met);
    }
    m_summary = tr("%1 of %2 criteria met").arg(met).arg(criteria.size());
}

} // namespace profrost
