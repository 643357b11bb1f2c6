#pragma once

#include "planning/AttestationReminders.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace profrost {

class AppContext;
class BackgroundRead;
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
    // Reads the list again; from 3,000 teachers on a worker thread
    // (loaded() when the rows are in).
    void reload();
    bool isLoading() const;
    void exportTable(const QString &path);
    const QList<ExpiringCategory> &items() const { return m_items; }
    QTableWidget *table() const { return m_table; }
    DateLineEdit *dateEdit() const { return m_date; }
    QSpinBox *monthsEdit() const { return m_months; }
    OrganisationCombo *organisationFilter() const { return m_organisation; }
    QLabel *summary() const { return m_summary; }

signals:
    void loaded();

private:
    void print(bool toFile);
    void showItems(QList<ExpiringCategory> items, QDate at, int months);

    AppContext &m_ctx;
    DateLineEdit *m_date;
    QSpinBox *m_months;
    OrganisationCombo *m_organisation;
    QLabel *m_summary;
    QTableWidget *m_table;
    BackgroundRead *m_reader;
    QList<ExpiringCategory> m_items;
    DeferredLoad *m_loader = nullptr;
};

} // namespace profrost
