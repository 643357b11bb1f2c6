#include "associations/AssociationsArea.h"

#include "associations/AssociationsPage.h"
#include "shell/AreaHost.h"

namespace profrost {

QWidget *AssociationsArea::createPage(QWidget *parent)
{
    return new AssociationsPage(m_host.context(), parent);
}

} // namespace profrost
