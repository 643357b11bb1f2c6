#include "registry/OrganisationsArea.h"

#include "common/EditAccess.h"
#include "registry/DictionariesDialog.h"
#include "registry/OrganisationsPage.h"
#include "shell/AreaHost.h"

#include <QAction>
#include <QMenu>

namespace profrost {

QWidget *OrganisationsArea::createPage(QWidget *parent)
{
    m_page = new OrganisationsPage(m_host.context(), parent);
    return m_page;
}

void OrganisationsArea::addMenuEntries(Menu menu, QMenu *into)
{
    if (menu != Menu::Registry)
        return;
    // The page (its list grows with the region) is made when first needed:
    // the entry opens it and runs its own action there.
    QAction *add = into->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add organisation..."), into, [this] {
        m_host.showArea(id());
        m_page->pageActions().first()->trigger();
    });
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)); // as the page's action (not Ctrl+N: the teacher's)
    add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    add->setObjectName(QStringLiteral("addOrganisationAction"));
    QAction *gap = into->addSeparator();
    QAction *dictionaries = into->addAction(tr("&Dictionaries..."), into, [this] {
        DictionariesDialog dialog(m_host.context(), m_host.dialogParent());
        dialog.exec();
    });
    dictionaries->setObjectName(QStringLiteral("dictionariesAction"));
    EditAccess::showIfEditable(m_host.context(), UserAccess::Area::Organisations, {add, gap});
    EditAccess::showIfEditable(m_host.context(), UserAccess::Area::Settings, {dictionaries});
}

void OrganisationsArea::saveState() const
{
    if (m_page)
        m_page->saveState();
}

void OrganisationsArea::restoreState()
{
    if (m_page)
        m_page->restoreState();
}

} // namespace profrost
