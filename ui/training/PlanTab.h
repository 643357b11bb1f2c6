#pragma once

#include "training/TrainingPlanModel.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;

namespace profrost {

class AppContext;
class BackgroundRead;
class DeferredLoad;
class PlanFilterProxy;

// The plan-graph of further training for three years: proposed from the
// 3-year rule or loaded when saved, edited per teacher (year, programme,
// topic), with the load per year and per organisation beside it; saved
// (undoably), printed, written to PDF / ODT and exported to Excel.
class PlanTab : public QWidget
{
    Q_OBJECT
public:
    explicit PlanTab(AppContext &ctx, QWidget *parent = nullptr);
    ~PlanTab() override;
    // A region's plan is read on a worker thread; loaded() follows.
    bool isLoading() const;

    // Shows the plan starting in `firstYear` (asks first when edits would be lost).
    bool showYear(int firstYear);
    int firstYear() const;
    bool isModified() const { return m_modified; }
    // The plan is read when the tab is first shown; this reads it now.
    void ensureLoaded();
    bool isSaved() const { return m_saved; }
    // Asks to save unsaved edits; false when the user cancels.
    bool confirmDiscard();

    bool save();
    void proposeAgain();
    void addTeachers(const QList<qint64> &teacherIds);
    void removeSelected();
    void exportSheet(const QString &path);
    QString saveDocument(const QString &path); // writes without asking; the path written or empty

    TrainingPlanModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTableWidget *organisationCounts() const { return m_byOrganisation; }
    QLabel *yearCounts() const { return m_byYear; }
    QLabel *stateLabel() const { return m_state; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *organisationFilter() const { return m_organisation; }

signals:
    void loaded();

private:
    void load(int firstYear);
    void showPlan(TrainingPlanModel::Prepared prepared, int firstYear, bool saved);
    void setModified(bool modified);
    void updateCounts();
    void updateState();
    QString documentTitle() const;

    AppContext &m_ctx;
    TrainingPlanModel *m_model;
    PlanFilterProxy *m_proxy;
    QComboBox *m_year;
    QLabel *m_state;
    QLineEdit *m_filter;
    QComboBox *m_organisation;
    QTableView *m_view;
    QLabel *m_byYear;
    QTableWidget *m_byOrganisation;
    BackgroundRead *m_reader; // reads a region's plan off the GUI thread
    QAction *m_saveAction;
    bool m_modified = false;
    bool m_saved = false;
    int m_shownYear = 0;
    DeferredLoad *m_loader = nullptr;
};

} // namespace profrost
