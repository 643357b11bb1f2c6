#include "associations/AssociationWidgets.h"

#include "common/DateLineEdit.h"
#include "common/RecordView.h"
#include "common/StatusPalette.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

namespace profrost {

QTableView *AssociationWidgets::table(QAbstractItemModel *model, QWidget *parent)
{
    return RecordView::table(model, parent);
}

QPushButton *AssociationWidgets::button(const QString &icon, const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(icon.isEmpty() ? QIcon() : QIcon(icon), text, parent);
    b->setToolTip(tip);
    return b;
}

QToolBar *AssociationWidgets::buttonBar(QWidget *parent, std::initializer_list<QWidget *> left,
                                        std::initializer_list<QWidget *> right)
{
    auto *bar = new QToolBar(parent);
    bar->setIconSize(QSize(16, 16));
    for (QWidget *w : left)
        bar->addWidget(w);
    if (right.size() > 0) {
        auto *spacer = new QWidget(bar);
        spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        bar->addWidget(spacer);
        for (QWidget *w : right)
            bar->addWidget(w);
    }
    return bar;
}

QToolButton *AssociationWidgets::printButton(const QString &text, QWidget *parent,
                                             const std::function<void(bool)> &print)
{
    auto *button = new QToolButton(parent);
    button->setIcon(QIcon(QStringLiteral(":/icons/print.svg")));
    button->setText(text);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    menu->addAction(QIcon(QStringLiteral(":/icons/print.svg")), tr("Print preview..."), parent,
                    [print] { print(false); });
    menu->addAction(QIcon(QStringLiteral(":/icons/document.svg")), tr("Save as PDF / ODT..."), parent,
                    [print] { print(true); });
    button->setMenu(menu);
    return button;
}

void AssociationWidgets::bindKeys(QAbstractItemView *table, const std::function<void()> &edit,
                                  const std::function<void()> &remove)
{
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(key, table, nullptr, nullptr, Qt::WidgetShortcut);
        QObject::connect(shortcut, &QShortcut::activated, table, edit);
    }
    auto *del = new QShortcut(QKeySequence::Delete, table, nullptr, nullptr, Qt::WidgetShortcut);
    QObject::connect(del, &QShortcut::activated, table, remove);
}

bool AssociationWidgets::askDay(QWidget *parent, const QString &title, const QString &label, QDate today, QDate *day)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *edit = new DateLineEdit(&dialog);
    edit->setObjectName(QStringLiteral("day"));
    edit->setDate(today);
    auto *message = new QLabel(&dialog);
    message->setStyleSheet(StatusPalette::textStyle(StatusPalette::errorText()));
    auto *form = new QFormLayout(&dialog);
    form->addRow(label, edit);
    form->addRow(message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        QString error;
        const QDate d = edit->date(&error);
        if (!d.isValid()) {
            message->setText(error.isEmpty() ? tr("Enter the date.") : error);
            return;
        }
        *day = d;
        dialog.accept();
    });
    return dialog.exec() == QDialog::Accepted;
}

bool AssociationWidgets::report(QWidget *w, bool ok, const QString &title, const QString &error, QString *lastError)
{
    if (lastError)
        *lastError = ok ? QString() : error;
    if (!ok && w->isVisible()) // a hidden page (a test) keeps it in lastError
        QMessageBox::warning(w, title, error);
    return ok;
}

} // namespace profrost
