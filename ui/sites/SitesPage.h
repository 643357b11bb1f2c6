#pragma once

#include <QWidget>

class QTabWidget;

namespace profrost {

class AppContext;
class SitesTab;
class VacanciesTab;

// «Площадки и кадры»: the sites on one tab, the vacancies on the other.
class SitesPage : public QWidget
{
    Q_OBJECT
public:
    explicit SitesPage(AppContext &ctx, QWidget *parent = nullptr);
    QTabWidget *tabs() const { return m_tabs; }
    SitesTab *sites() const { return m_sites; }
    VacanciesTab *vacancies() const { return m_vacancies; }

private:
    QTabWidget *m_tabs;
    SitesTab *m_sites;
    VacanciesTab *m_vacancies;
};

} // namespace profrost
