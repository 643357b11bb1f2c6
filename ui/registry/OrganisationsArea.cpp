#include "registry/OrganisationsArea.h"

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
    into->addAction(m_page->pageActions().first());
    into->addSeparator();
    QAction *dictionaries = into->addAction(tr("&Positions and subjects..."), into, [this] {
        DictionariesDialog dialog(m_host.context(), m_host.dialogParent());
        dialog.exec();
    });
    dictionaries->setObjectName(QStringLiteral("dictionariesAction"));
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
