#include "common/EditAccess.h"

#include "shell/AppContext.h"

#include <QAction>
#include <QToolBar>
#include <QWidget>

namespace profrost {

namespace {

// A widget on a toolbar is shown or hidden through its action: the
// toolbar's layout shows the widget again otherwise.
QAction *toolbarAction(QWidget *widget)
{
    auto *bar = qobject_cast<QToolBar *>(widget->parentWidget());
    if (!bar)
        return nullptr;
    const QList<QAction *> actions = bar->actions();
    for (QAction *a : actions) {
        if (bar->widgetForAction(a) == widget)
            return a;
    }
    return nullptr;
}

void hide(QObject *item)
{
    if (auto *action = qobject_cast<QAction *>(item)) {
        action->setVisible(false);
    } else if (auto *widget = qobject_cast<QWidget *>(item)) {
        if (QAction *onBar = toolbarAction(widget))
            onBar->setVisible(false);
        widget->setVisible(false);
    }
}

// A toolbar whose every action is hidden (or a separator) leaves no empty strip.
void hideIfEmpty(QToolBar *bar)
{
    const QList<QAction *> actions = bar->actions();
    for (QAction *a : actions) {
        if (a->isVisible() && !a->isSeparator())
            return;
    }
    bar->setVisible(false);
}

} // namespace

void EditAccess::showIfEditable(const AppContext &ctx, UserAccess::Area area, std::initializer_list<QObject *> items)
{
    if (ctx.mayEdit(area))
        return;
    QList<QToolBar *> bars;
    for (QObject *item : items) {
        if (!item)
            continue;
        hide(item);
        if (auto *widget = qobject_cast<QWidget *>(item)) {
            if (auto *bar = qobject_cast<QToolBar *>(widget->parentWidget()))
                bars.append(bar);
        }
        if (auto *action = qobject_cast<QAction *>(item)) {
            const QList<QObject *> users = action->associatedObjects();
            for (QObject *user : users) {
                if (auto *bar = qobject_cast<QToolBar *>(user))
                    bars.append(bar);
            }
        }
    }
    for (QToolBar *bar : std::as_const(bars))
        hideIfEmpty(bar);
}

} // namespace profrost
