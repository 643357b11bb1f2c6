#include "mentoring/MentoringArea.h"

#include "mentoring/MentoringPage.h"
#include "registry/TeachersPage.h"
#include "shell/AreaHost.h"

#include <QAction>
#include <QMenu>

namespace profrost {

QWidget *MentoringArea::createPage(QWidget *parent)
{
    m_page = new MentoringPage(
        m_host.context(),
        [this](qint64 teacherId) {
            m_host.showArea(QStringLiteral("teachers"));
            if (auto *teachers = qobject_cast<TeachersPage *>(m_host.page(QStringLiteral("teachers"))))
                teachers->selectId(teacherId);
        },
        parent);
    return m_page;
}

void MentoringArea::addMenuEntries(Menu menu, QMenu *into)
{
    Q_UNUSED(menu) Q_UNUSED(into) // the import of pairs joins File → Import with the importer
}

} // namespace profrost
