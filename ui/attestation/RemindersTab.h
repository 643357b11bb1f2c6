#pragma once

#include "planning/AttestationStatus.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QSortFilterProxyModel;
class QTableView;

namespace profrost {

class AppContext;
class BackgroundRead;
class DateLineEdit;
class DeferredLoad;
class OrganisationCombo;
class RemindersModel;

// Categories that expire within the chosen months after a date, and the
// lapsed ones, with teacher and organisation: to Excel and on paper. The
// list is AttestationStatus::expiring (the status bar, the teacher card,
// the printed list and the CLI count by it too), filtered by organisation.
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
    const QList<ExpiringCategory> &items() const;
    QTableView *table() const { return m_table; }
    RemindersModel *model() const { return m_model; }
    DateLineEdit *dateEdit() const { return m_date; }
    QSpinBox *monthsEdit() const { return m_months; }
    OrganisationCombo *organisationFilter() const { return m_organisation; }
    QLabel *summary() const { return m_summary; }

signals:
    void loaded();

private:
    void print(bool toFile);
    // Reads category_reminder_months; the window follows it while unchanged here.
    void readSetting();
    void showItems(QList<ExpiringCategory> items, QDate at, int months);

    AppContext &m_ctx;
    DateLineEdit *m_date;
    QSpinBox *m_months;
    OrganisationCombo *m_organisation;
    QLabel *m_summary;
    RemindersModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    BackgroundRead *m_reader;
    DeferredLoad *m_loader = nullptr;
    int m_settingMonths = AttestationRules::kDefaultReminderMonths;
};

} // namespace profrost
