#include "registry/TeachersArea.h"

#include "common/EditAccess.h"
#include "import/ImportKind.h"
#include "registry/TeachersPage.h"
#include "shell/AreaHost.h"

#include <QAction>
#include <QMenu>

namespace profrost {

QWidget *TeachersArea::createPage(QWidget *parent)
{
    m_page = new TeachersPage(m_host.context(), parent);
    QObject::connect(m_page, &TeachersPage::importRequested, m_page, [this] { importTeachers(); });
    QObject::connect(m_page, &TeachersPage::note, m_page, [this](const QString &text) { m_host.setStatusNote(text); });
    return m_page;
}

void TeachersArea::addMenuEntries(Menu menu, QMenu *into)
{
    switch (menu) {
    case Menu::FileImport: {
        QAction *import = into->addAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import teachers..."),
                                          into, [this] { importTeachers(); });
        import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        import->setObjectName(QStringLiteral("importTeachersAction"));
        EditAccess::showIfEditable(m_host.context(), UserAccess::Area::Registry, {import});
        break;
    }
    case Menu::FileExport: {
        QAction *exportTeachers = into->addAction(QIcon(QStringLiteral(":/icons/export.svg")),
                                                  tr("&Export teachers..."), into, [this] {
                                                      m_host.page(id());
                                                      m_page->exportTable();
                                                  });
        exportTeachers->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
        exportTeachers->setObjectName(QStringLiteral("exportTeachersAction"));
        break;
    }
    case Menu::Registry:
        // The page's own actions (their shortcuts work on the page): the
        // page is made now, which costs little (a region loads in the background).
        m_host.page(id());
        into->addActions(m_page->pageActions());
        break;
    case Menu::Settings:
        break;
    }
}

void TeachersArea::saveState() const
{
    if (m_page)
        m_page->saveState();
}

void TeachersArea::restoreState()
{
    if (m_page)
        m_page->restoreState();
}

void TeachersArea::importTeachers()
{
    m_host.runImport(ImportKind::teachers(m_host.context()), {}, id());
}

void TeachersArea::showTeacher(AreaHost &host, qint64 teacherId)
{
    host.showArea(QStringLiteral("teachers"));
    if (auto *teachers = qobject_cast<TeachersPage *>(host.page(QStringLiteral("teachers"))))
        teachers->selectId(teacherId);
}

} // namespace profrost
