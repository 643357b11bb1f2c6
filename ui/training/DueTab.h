#pragma once

#include "planning/TrainingDue.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace profrost {

class AppContext;
class DateLineEdit;
class DeferredLoad;
class DueModel;
class OrganisationCombo;

// The further-training rule at a chosen date (TrainingStatus: the interval
// of the settings, the teacher card and the plan-graph count by it too): who
// is overdue and who falls due within 12 months, with the last course;
// filterable by organisation; to Excel.
class DueTab : public QWidget
{
    Q_OBJECT
public:
    explicit DueTab(AppContext &ctx, QWidget *parent = nullptr);
    // Reads the list at the date shown (also when the tab is first shown).
    void reload();
    void exportTable(const QString &path);
    QTableView *table() const { return m_table; }
    DueModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }
    DateLineEdit *dateEdit() const { return m_date; }
    OrganisationCombo *organisationFilter() const { return m_organisation; }

private:
    AppContext &m_ctx;
    DateLineEdit *m_date;
    OrganisationCombo *m_organisation;
    QLabel *m_summary;
    DueModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    DeferredLoad *m_loader = nullptr;
};

} // namespace profrost
