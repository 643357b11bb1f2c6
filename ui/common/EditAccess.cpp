#include "common/EditAccess.h"

#include "shell/AppContext.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTextEdit>
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

void EditAccess::readOnly(QDialog *dialog)
{
    // Guarded: turning off a line's clear button deletes that button's widget.
    QList<QPointer<QWidget>> widgets;
    for (QWidget *w : dialog->findChildren<QWidget *>())
        widgets << w;
    for (const QPointer<QWidget> &guarded : std::as_const(widgets)) {
        QWidget *w = guarded.data();
        if (!w)
            continue;
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            line->setReadOnly(true);
            line->setClearButtonEnabled(false);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            plain->setReadOnly(true);
        } else if (auto *text = qobject_cast<QTextEdit *>(w)) {
            text->setReadOnly(true);
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
            spin->setReadOnly(true);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        } else if (qobject_cast<QComboBox *>(w)) {
            if (!qobject_cast<QLineEdit *>(w->parentWidget()))
                w->setEnabled(false);
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            // A check box shows a value: kept, not changeable. A push or
            // tool button changes the record (add, remove, choose), unless
            // it is one of the dialog's own buttons, handled below.
            if (button->isCheckable() && !qobject_cast<QPushButton *>(w))
                button->setEnabled(false);
            else if (!qobject_cast<QDialogButtonBox *>(w->parentWidget()))
                button->hide();
        }
    }
    for (QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>()) {
        const QList<QAbstractButton *> own = box->buttons();
        QPushButton *close = box->addButton(QDialogButtonBox::Close); // lays the box out anew: the others after
        for (QAbstractButton *b : own)
            b->hide();
        close->setDefault(true);
        QObject::connect(close, &QPushButton::clicked, dialog, &QDialog::reject);
    }
    dialog->setWindowTitle(tr("%1 (read only)").arg(dialog->windowTitle()));
}

bool EditAccess::viewOnly(const AppContext &ctx, UserAccess::Area area, QDialog *dialog)
{
    if (ctx.mayEdit(area))
        return false;
    readOnly(dialog);
    dialog->exec();
    return true;
}

} // namespace profrost
