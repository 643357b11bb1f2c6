#include "events/EventsArea.h"

#include "events/EventsPage.h"
#include "shell/AreaHost.h"

namespace profrost {

QWidget *EventsArea::createPage(QWidget *parent) { return new EventsPage(m_host.context(), parent); }

} // namespace profrost
