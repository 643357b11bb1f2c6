#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QVariant>
#include <functional>
#include <initializer_list>

class QAbstractItemModel;
class QAbstractItemView;
class QPushButton;
class QTableView;
class QToolBar;
class QToolButton;
class QWidget;

namespace profrost {

// The pieces the associations page and its tabs are built of: read-only
// tables over list models whose rows carry an id (RecordView), button rows that fit a laptop screen,
// the print menu, the day asked for a membership, refusals shown (or kept
// while hidden, for tests).
class AssociationWidgets
{
    Q_DECLARE_TR_FUNCTIONS(AssociationWidgets)
public:
    // A read-only list over `model` (RecordView::table): the id of its rows in IdRole.
    static QTableView *table(QAbstractItemModel *model, QWidget *parent);
    static QPushButton *button(const QString &icon, const QString &text, const QString &tip, QWidget *parent);
    // What does not fit goes into the » menu (the page fits 1366 pixels).
    static QToolBar *buttonBar(QWidget *parent, std::initializer_list<QWidget *> left,
                               std::initializer_list<QWidget *> right = {});
    // «Печать ...» with preview and «save as PDF / ODT»: print(toFile).
    static QToolButton *printButton(const QString &text, QWidget *parent, const std::function<void(bool)> &print);
    // The keys of a list: Enter opens the current row (`edit`), Del
    // deletes it (`remove`, which asks first); only while the list has focus.
    static void bindKeys(QAbstractItemView *table, const std::function<void()> &edit, const std::function<void()> &remove);
    // Asks for a day (today by default); false when cancelled.
    static bool askDay(QWidget *parent, const QString &title, const QString &label, QDate today, QDate *day);
    // A refused write: a message box while `w` is shown, else only *lastError.
    static bool report(QWidget *w, bool ok, const QString &title, const QString &error, QString *lastError);
};

} // namespace profrost
