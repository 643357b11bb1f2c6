#include "diagnostics/DiagnosticsArea.h"

#include "common/EditAccess.h"
#include "diagnostics/DiagnosticsPage.h"
#include "import/ImportKind.h"
#include "registry/TeachersArea.h"
#include "shell/AreaHost.h"

#include <QAction>
#include <QMenu>

namespace profrost {

QWidget *DiagnosticsArea::createPage(QWidget *parent)
{
    m_page = new DiagnosticsPage(
        m_host.context(),
        [this](qint64 teacherId) { TeachersArea::showTeacher(m_host, teacherId); },
        parent);
    return m_page;
}

void DiagnosticsArea::addMenuEntries(Menu menu, QMenu *into)
{
    if (menu != Menu::FileImport)
        return;
    QAction *import = into->addAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("Import &diagnosis results..."),
                                      into, [this] {
                                          m_host.runImport(ImportKind::diagnostics(m_host.context()), {}, id());
                                      });
    import->setObjectName(QStringLiteral("importDiagnosticsAction"));
    EditAccess::showIfEditable(m_host.context(), UserAccess::Area::Diagnostics, {import});
}

} // namespace profrost
