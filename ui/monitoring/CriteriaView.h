#pragma once

#include "indicators/RegionalCriteria.h"

#include <QTreeWidget>

namespace profrost {

// The dashboard's tab of seed 002's five regional criteria: each met or not,
// with its evidence (the plans, campaigns, plan-graphs, forecasts and
// decisions it rests on) as the lines under it. The criteria are the whole
// database's: the plans and decisions are the centre's, not an organisation's.
class CriteriaView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit CriteriaView(QWidget *parent = nullptr);

    void setCriteria(const QList<RegionalCriterion> &criteria);
    // «3 of 5 criteria met», for the tab's tooltip and the tests.
    QString summary() const { return m_summary; }

private:
    QString m_summary;
};

} // namespace profrost
