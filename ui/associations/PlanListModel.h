#pragma once

#include "common/RecordListModel.h"
#include "domain/MethodicalPlan.h"

#include <QList>

namespace profrost {

// The plans of one association (or the centre's): title, academic year or
// period, the number of items, the plan's meetings held of those planned.
class PlanListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, YearColumn, ItemsColumn, HeldColumn };
    // A plan as listed: its header and its counts.
    struct Entry
    {
        MethodicalPlan plan;
        int items = 0;
        int planned = 0; // the plan's meetings
        int held = 0;    // of those, held
    };

    explicit PlanListModel(QObject *parent = nullptr);
    void setPlans(QList<Entry> plans);
    void clear();
    qint64 idAt(int row) const override;
    const MethodicalPlan &plan(int row) const { return m_entries.at(row).plan; }

protected:
    int records() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<Entry> m_entries;
};

} // namespace profrost
