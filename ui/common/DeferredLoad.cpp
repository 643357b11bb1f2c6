#include "common/DeferredLoad.h"

#include <QEvent>
#include <QWidget>

namespace profrost {

DeferredLoad::DeferredLoad(QWidget *widget, std::function<void()> load)
    : QObject(widget), m_widget(widget), m_load(std::move(load))
{
    widget->installEventFilter(this);
}

void DeferredLoad::invalidate()
{
    m_pending = true;
    if (m_widget->isVisible())
        ensureLoaded();
}

void DeferredLoad::ensureLoaded()
{
    if (!m_pending)
        return;
    m_pending = false; // before loading: a load that fails is not retried in a loop
    m_load();
}

bool DeferredLoad::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Show)
        ensureLoaded();
    return QObject::eventFilter(watched, event);
}

} // namespace profrost
