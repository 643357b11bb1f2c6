#include "monitoring/MonitoringArea.h"

#include "monitoring/DashboardPage.h"
#include "registry/TeachersArea.h"
#include "shell/AreaHost.h"

namespace profrost {

QWidget *MonitoringArea::createPage(QWidget *parent)
{
    m_page = new DashboardPage(
        m_host.context(), [this](qint64 teacherId) { TeachersArea::showTeacher(m_host, teacherId); }, parent);
    return m_page;
}

} // namespace profrost
