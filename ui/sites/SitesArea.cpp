#include "sites/SitesArea.h"

#include "shell/AreaHost.h"
#include "sites/SitesPage.h"

namespace profrost {

QWidget *SitesArea::createPage(QWidget *parent) { return new SitesPage(m_host.context(), parent); }

} // namespace profrost
