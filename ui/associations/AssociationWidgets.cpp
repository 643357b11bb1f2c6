#include "associations/AssociationWidgets.h"

#include "common/DateLineEdit.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>

namespace profrost {

QTableWidget *AssociationWidgets::table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *AssociationWidgets::cell(const QString &text, const QVariant &id)
{
    auto *item = new QTableWidgetItem(text);
    if (id.isValid())
        item->setData(Qt::UserRole, id);
    return item;
}

qint64 AssociationWidgets::currentId(const QTableWidget *t)
{
    const int row = t->currentRow();
    return row < 0 || !t->item(row, 0) ? -1 : t->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void AssociationWidgets::selectId(QTableWidget *t, qint64 id)
{
    for (int row = 0; row < t->rowCount(); ++row) {
        if (t->item(row, 0) && t->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            t->selectRow(row);
            return;
        }
    }
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

void AssociationWidgets::bindKeys(QTableWidget *table, const std::function<void()> &edit,
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
    edit->setDate(today);
    auto *message = new QLabel(&dialog);
    message->setStyleSheet(QStringLiteral("color: #c62828"));
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
