#pragma once

#include "planning/TrainingDue.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace profrost {

class AppContext;
class DateLineEdit;
class DeferredLoad;
class OrganisationCombo;

// The 3-year rule at a chosen date: who is overdue and who falls due within
// 12 months, with the last course; filterable by organisation; to Excel.
class DueTab : public QWidget
{
    Q_OBJECT
public:
    explicit DueTab(AppContext &ctx, QWidget *parent = nullptr);
    // Reads the list at the date shown (also when the tab is first shown).
    void reload();
    void exportTable(const QString &path);
    QTableWidget *table() const { return m_table; }
    DateLineEdit *dateEdit() const { return m_date; }
    OrganisationCombo *organisationFilter() const { return m_organisation; }

private:
    QStringList header() const;
    QList<QStringList> shownCells() const;

    AppContext &m_ctx;
    DateLineEdit *m_date;
    OrganisationCombo *m_organisation;
    QLabel *m_summary;
    QTableWidget *m_table;
    QList<DueItem> m_items;
    DeferredLoad *m_loader = nullptr;
};

} // namespace profrost
