#include "attestation/AttestationPage.h"

#include "attestation/ApplicationsTab.h"
#include "attestation/AttestationPlanTab.h"
#include "attestation/RemindersTab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace profrost {

AttestationPage::AttestationPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_tabs(new QTabWidget(this)),
      m_plan(new AttestationPlanTab(ctx, this)),
      m_applications(new ApplicationsTab(ctx, this)),
      m_reminders(new RemindersTab(ctx, this))
{
    setObjectName(QStringLiteral("attestationPage"));
    m_tabs->addTab(m_plan, tr("Plan-graph"));
    m_tabs->addTab(m_applications, tr("Applications"));
    m_tabs->addTab(m_reminders, tr("Expiring categories"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

} // namespace profrost
