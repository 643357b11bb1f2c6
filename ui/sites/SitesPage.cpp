#include "sites/SitesPage.h"

#include "sites/SitesTab.h"
#include "sites/VacanciesTab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace profrost {

SitesPage::SitesPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_sites(new SitesTab(ctx, this)), m_vacancies(new VacanciesTab(ctx, this))
{
    setObjectName(QStringLiteral("sitesPage"));
    m_tabs->addTab(m_sites, tr("&Sites"));
    m_tabs->addTab(m_vacancies, tr("&Vacancies"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

} // namespace profrost
