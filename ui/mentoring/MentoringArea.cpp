#include "mentoring/MentoringArea.h"

#include "common/EditAccess.h"
#include "import/ImportKind.h"
#include "mentoring/MentoringPage.h"
#include "registry/TeachersArea.h"
#include "shell/AreaHost.h"

#include <QAction>
#include <QMenu>

namespace profrost {

QWidget *MentoringArea::createPage(QWidget *parent)
{
    m_page = new MentoringPage(
        m_host.context(),
        [this](qint64 teacherId) { TeachersArea::showTeacher(m_host, teacherId); },
        parent);
    return m_page;
}

void MentoringArea::addMenuEntries(Menu menu, QMenu *into)
{
    if (menu != Menu::FileImport)
        return;
    QAction *import = into->addAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("Import &mentorship pairs..."),
                                      into, [this] {
                                          m_host.runImport(ImportKind::mentorships(m_host.context()), {}, id());
                                      });
    import->setObjectName(QStringLiteral("importMentorshipsAction"));
    EditAccess::showIfEditable(m_host.context(), UserAccess::Area::Mentoring, {import});
}

} // namespace profrost
