#include "diagnostics/DiagnosticsPage.h"

#include "diagnostics/DeficitMapTab.h"
#include "diagnostics/EffectTab.h"
#include "diagnostics/ResultsTab.h"
#include "diagnostics/RoutesTab.h"

#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace profrost {

DiagnosticsPage::DiagnosticsPage(AppContext &ctx, std::function<void(qint64)> openTeacher, QWidget *parent)
    : QWidget(parent),
      m_tabs(new QTabWidget(this)),
      m_results(new ResultsTab(ctx, this)),
      m_map(new DeficitMapTab(ctx, openTeacher, this)),
      m_routes(new RoutesTab(ctx, this)),
      m_effect(new EffectTab(ctx, openTeacher, this))
{
    setObjectName(QStringLiteral("diagnosticsPage"));
    m_tabs->setObjectName(QStringLiteral("diagnosticsTabs"));
    m_tabs->addTab(m_results, QIcon(QStringLiteral(":/icons/diagnostics.svg")), tr("&Results"));
    m_tabs->addTab(m_map, tr("Deficit &map"));
    m_tabs->addTab(m_routes, tr("Individual r&outes"));
    m_tabs->addTab(m_effect, tr("What routes &changed"));
    // A teacher of the map's list gets their route without leaving the map.
    m_map->setOpenRoute([this](qint64 teacherId) { m_routes->openRoute(teacherId); });
    // The tab used last is the one a methodist comes back to.
    const QString key = QStringLiteral("diagnostics/tab");
    m_tabs->setCurrentIndex(QSettings().value(key, 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this, [key](int index) { QSettings().setValue(key, index); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

} // namespace profrost
