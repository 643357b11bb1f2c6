#pragma once

#include "attestation/AttestationPlanModel.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;

class QChartView;
class QBarSet;

namespace profrost {

class AppContext;
class BackgroundRead;
class DeferredLoad;
class AttestationPlanProxy;

// The 5-year attestation plan-graph: proposed from each category's expiry
// and the СЗД due dates (lapsed categories flagged) or the saved plan; the
// month of attestation edited per teacher; the commission's load per month
// as a chart and per organisation; saved with undo; the year schedule and
// the 5-year plan printed, as PDF or ODT.
class AttestationPlanTab : public QWidget
{
    Q_OBJECT
public:
    explicit AttestationPlanTab(AppContext &ctx, QWidget *parent = nullptr);
    ~AttestationPlanTab() override;
    // A region's plan is read on a worker thread; loaded() follows.
    bool isLoading() const;

    bool showYear(int firstYear);
    int firstYear() const;
    // The plan is read when the tab is first shown; this reads it now.
    void ensureLoaded();
    // The year the table and the chart show (0: all five).
    void setViewYear(int year);
    bool isModified() const { return m_modified; }
    bool isSaved() const { return m_saved; }
    bool confirmDiscard();
    bool save();

    AttestationPlanModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *summary() const { return m_summary; }
    QTableWidget *organisationCounts() const { return m_byOrganisation; }
    QBarSet *monthBars() const { return m_bars; }

signals:
    void loaded();

private:
    void load(int firstYear);
    void showPlan(AttestationPlanModel::Prepared prepared, int firstYear, bool saved);
    void setModified(bool modified);
    void updateCounts();
    void print(bool fiveYears, bool toFile);
    int scheduleYear() const;

    AppContext &m_ctx;
    AttestationPlanModel *m_model;
    AttestationPlanProxy *m_proxy;
    QComboBox *m_year;
    QComboBox *m_viewYear;
    QLabel *m_state;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_summary;
    QChartView *m_chart;
    QBarSet *m_bars;
    QTableWidget *m_byOrganisation;
    BackgroundRead *m_reader; // reads a region's plan off the GUI thread
    QAction *m_saveAction;
    bool m_modified = false;
    bool m_saved = false;
    int m_shownYear = 0;
    DeferredLoad *m_loader = nullptr;
};

} // namespace profrost
