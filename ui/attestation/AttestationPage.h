#pragma once

#include <QWidget>

class QTabWidget;

namespace profrost {

class AppContext;
class ApplicationsTab;
class AttestationPlanTab;
class RemindersTab;

// Attestation: who must be attested and when (the 5-year plan-graph and the
// year schedule), the applications and decisions, and the reminders of
// expiring and lapsed categories.
class AttestationPage : public QWidget
{
    Q_OBJECT
public:
    explicit AttestationPage(AppContext &ctx, QWidget *parent = nullptr);
    QTabWidget *tabs() const { return m_tabs; }
    AttestationPlanTab *plan() const { return m_plan; }
    ApplicationsTab *applications() const { return m_applications; }
    RemindersTab *reminders() const { return m_reminders; }

private:
    QTabWidget *m_tabs;
    AttestationPlanTab *m_plan;
    ApplicationsTab *m_applications;
    RemindersTab *m_reminders;
};

} // namespace profrost
