#pragma once

#include "planning/AttestationReminders.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace profrost {

class AppContext;
class DateLineEdit;
class DeferredLoad;
class OrganisationCombo;

// Categories that expire within the chosen months after a date, and the
// lapsed ones, with teacher and organisation: to Excel and on paper.
class RemindersTab : public QWidget
{
    Q_OBJECT
public:
    explicit RemindersTab(AppContext &ctx, QWidget *parent = nullptr);
    void reload();
    void exportTable(const QString &path);
    const QList<ExpiringCategory> &items() const { return m_items; }
    QTableWidget *table() const { return m_table; }
    DateLineEdit *dateEdit() const { return m_date; }
    QSpinBox *monthsEdit() const { return m_months; }
    OrganisationCombo *organisationFilter() const { return m_organisation; }
    QLabel *summary() const { return m_summary; }

private:
    void print(bool toFile);

    AppContext &m_ctx;
    DateLineEdit *m_date;
    QSpinBox *m_months;
    OrganisationCombo *m_organisation;
    QLabel *m_summary;
    QTableWidget *m_table;
    QList<ExpiringCategory> m_items;
    DeferredLoad *m_loader = nullptr;
};

} // namespace profrost
