#pragma once

#include "attestation/AttestationPlanModel.h"
#include "common/PlanGraphTab.h"

class QComboBox;
class QLabel;
class QChartView;
class QBarSet;

namespace profrost {

class AttestationPlanProxy;

// The 5-year attestation plan-graph: proposed from each category's expiry
// and the СЗД due dates (lapsed categories flagged) or the saved plan; the
// month of attestation edited per teacher; the commission's load per month
// as a chart and per organisation; saved with undo; the year schedule and
// the 5-year plan printed, as PDF or ODT.
class AttestationPlanTab : public PlanGraphTab
{
    Q_OBJECT
public:
    explicit AttestationPlanTab(AppContext &ctx, QWidget *parent = nullptr);

    // The year the table and the chart show (0: all five).
    void setViewYear(int year);

    AttestationPlanModel *model() const { return static_cast<AttestationPlanModel *>(planModel()); }
    QLabel *summary() const { return m_summary; }
    QBarSet *monthBars() const { return m_bars; }

protected:
    void load(int firstYear) override;
    bool savePlan() override;
    QString proposalText() const override;
    QString discardQuestion() const override;
    void updateCounts() override;

private:
    void showPlan(AttestationPlanModel::Prepared prepared, int firstYear, bool saved, int version);
    void print(bool fiveYears, bool toFile);
    int scheduleYear() const;
    AttestationPlanProxy *proxy() const;

    QComboBox *m_viewYear;
    QLabel *m_summary;
    QChartView *m_chart;
    QBarSet *m_bars;
};

} // namespace profrost
