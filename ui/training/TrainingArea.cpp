#include "training/TrainingArea.h"

#include "common/EditAccess.h"
#include "import/ImportKind.h"
#include "shell/AreaHost.h"
#include "training/PlanTab.h"
#include "training/TrainingPage.h"

#include <QAction>
#include <QMenu>

namespace profrost {

QWidget *TrainingArea::createPage(QWidget *parent)
{
    m_page = new TrainingPage(m_host.context(), parent);
    return m_page;
}

void TrainingArea::addMenuEntries(Menu menu, QMenu *into)
{
    if (menu != Menu::FileImport)
        return;
    QAction *import = into->addAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("Import &course completions..."),
                                      into, [this] {
                                          m_host.runImport(ImportKind::courses(m_host.context()), {}, id());
                                      });
    import->setObjectName(QStringLiteral("importCoursesAction"));
    EditAccess::showIfEditable(m_host.context(), UserAccess::Area::Training, {import});
}

bool TrainingArea::confirmDiscard()
{
    return !m_page || m_page->plan()->confirmDiscard();
}

} // namespace profrost
