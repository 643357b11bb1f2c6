#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace profrost {

class AppContext;
class DateLineEdit;
class DeferredLoad;
class OrganisationCombo;
class TokenFilterProxy;
class VacancyListModel;

// The vacancies of the organisations at a day: open or filled, of a
// municipality or an organisation, with the totals of the open ones by post
// and by subject (VacancyRules::totals) beside the list. A vacancy is made,
// changed, marked filled and deleted here with undo; the list goes to Excel,
// the staffing needs on paper («Кадровая потребность … на DATE»).
class VacanciesTab : public QWidget
{
    Q_OBJECT
public:
    enum class Show { All, Open, Filled };

    explicit VacanciesTab(AppContext &ctx, QWidget *parent = nullptr);
    void reload();
    QDate day() const;
    void setDay(QDate day);
    void setShow(Show show);
    void newVacancy();
    void editVacancy();
    // Marks the chosen open vacancy filled by `who` (a teacher's name of the
    // registry or any name) on `on`; without `who`, asks for both
    // (FillVacancyDialog: a teacher picked in the registry, or a name typed).
    void markFilled(const QString &who = {}, QDate on = {});
    void deleteVacancy();
    void exportTable(const QString &path);
    void printNeeds(bool toFile);

    QComboBox *showBox() const { return m_show; }
    QComboBox *municipalityBox() const { return m_municipality; }
    OrganisationCombo *organisationBox() const { return m_organisation; }
    QTableView *view() const { return m_view; }
    VacancyListModel *model() const { return m_model; }
    QLabel *totals() const { return m_totals; }
    QString lastError() const { return m_lastError; }

private:
    AppContext &m_ctx;
    QComboBox *m_show;
    QComboBox *m_municipality;
    OrganisationCombo *m_organisation;
    DateLineEdit *m_day;
    QLabel *m_totals;
    VacancyListModel *m_model;
    TokenFilterProxy *m_proxy;
    QTableView *m_view;
    DeferredLoad *m_loader;
    QString m_lastError;
};

} // namespace profrost
