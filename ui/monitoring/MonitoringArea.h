#pragma once

#include "shell/Area.h"

#include <QCoreApplication>
#include <QPointer>

namespace profrost {

class AreaHost;
class DashboardPage;

// Monitoring: the dashboard of the indicators, the program's start page.
class MonitoringArea : public Area
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringArea)
public:
    explicit MonitoringArea(AreaHost &host) : m_host(host) {}

    QString id() const override { return QStringLiteral("monitoring"); }
    QString title() const override { return tr("Monitoring"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/monitoring.svg")); }
    QWidget *createPage(QWidget *parent) override;

private:
    AreaHost &m_host;
    QPointer<DashboardPage> m_page;
};

} // namespace profrost
