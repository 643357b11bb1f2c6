#include "practices/PracticesArea.h"

#include "practices/PracticesPage.h"
#include "shell/AreaHost.h"

namespace profrost {

QWidget *PracticesArea::createPage(QWidget *parent) { return new PracticesPage(m_host.context(), parent); }

} // namespace profrost
