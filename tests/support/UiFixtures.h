#pragma once

// What the UI tests share: the registry of tests/data/import/teachers_good.csv,
// the texts of table cells, and the user's ways into the window (the sidebar,
// tabs, buttons, rows, menus and dialogs), so that a test drives the window
// as a user does. Header-only: only the UI tests (Widgets) include it.

#include <catch2/catch.hpp>

#include "demo/DemoGenerator.h"
#include "io/DiagnosisImporter.h"
#include "io/TableReader.h"
#include "io/TeacherImporter.h"
#include "shell/MainWindow.h"
#include "store/Database.h"
#include "store/ServerSecurity.h"
#include "store/TeacherRepository.h"
#include "support/DemoCache.h"
#include "support/TestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QRegularExpression>
#include <QComboBox>
#include <QToolButton>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>
#include <QStringList>
#include <QTableView>
#include <QTableWidget>
#include <functional>
#include <memory>

namespace profrost::test {

// A database with the five teachers of teachers_good.csv (imported at the reference day).
inline std::unique_ptr<Database> registryDatabase(const QString &path)
{
    auto db = std::make_unique<Database>(path);
    db->open();
    TeacherImporter importer(*db, referenceDay());
    importer.apply(importer.preview(TableReader::read(dataFile(QStringLiteral("import/teachers_good.csv")))));
    return db;
}

// The five teachers of teachers_good.csv with the results of diagnostics_good.csv.
inline std::unique_ptr<Database> diagnosedDatabase(const QString &path)
{
    auto db = registryDatabase(path);
    DiagnosisImporter importer(*db, referenceDay());
    importer.apply(importer.preview(TableReader::read(dataFile(QStringLiteral("diagnostics/diagnostics_good.csv")))));
    return db;
}

// A demo district of `teachers` teachers made at the reference day (made
// once for this build, then copied: support/DemoCache.h).
inline std::unique_ptr<Database> demoDatabase(const QString &path, int teachers)
{
    const QString cached = cachedDemo(QStringLiteral("ui-%1-%2").arg(teachers).arg(referenceDay().toString(Qt::ISODate)),
                                      [teachers](const QString &made) {
                                          Database db(made);
                                          db.open();
                                          DemoOptions options;
                                          options.teachers = teachers;
                                          options.today = referenceDay();
                                          DemoGenerator::generate(db, options);
                                      });
    REQUIRE(copyDemo(cached, path));
    auto db = std::make_unique<Database>(path);
    db->open();
    return db;
}

// The text of a cell of a list (a QTableView over a model, or a QTableWidget).
inline QString cellText(const QAbstractItemView *view, int row, int c)
{
    return view->model()->index(row, c).data().toString();
}

// The number of rows a list shows.
inline int rowCount(const QAbstractItemView *view) { return view->model()->rowCount(); }

// The rows of a conflict's table (common/ConflictDialog) marked as
// differing, as «field: mine | theirs».
inline QStringList markedRows(const QDialog *conflict)
{
    QStringList out;
    const auto *table = conflict->findChild<QTableWidget *>();
    REQUIRE(table);
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 1)->font().bold())
            out << table->item(r, 0)->text() + QStringLiteral(": ") + table->item(r, 1)->text() + QStringLiteral(" | ")
                    + table->item(r, 2)->text();
    }
    return out;
}

// The texts of column `c`, top to bottom.
inline QStringList column(const QAbstractItemView *view, int c)
{
    QStringList out;
    for (int r = 0; r < rowCount(view); ++r)
        out << cellText(view, r, c);
    return out;
}

// The texts of column `c` of a model (or of a view's model, as sorted), top to bottom.
inline QStringList column(const QAbstractItemModel *m, int c)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, c).data().toString();
    return out;
}
inline QStringList column(const QTableView *t, int c)
{
    return column(t->model(), c);
}

// The first row whose column 0 starts with `name`; -1 when none.
inline int rowStartingWith(const QAbstractItemModel *m, const QString &name)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data().toString().startsWith(name))
            return r;
    }
    return -1;
}

// The modal dialog of type T open now, if any.
template <typename T>
T *activeModal()
{
    return qobject_cast<T *>(QApplication::activeModalWidget());
}

// Runs `step` once the next modal dialog of type T is open (a test drives
// a dialog that exec() opens this way).
template <typename T>
void whenModal(std::function<void(T *)> step)
{
    QTimer::singleShot(0, [step] {
        T *dialog = activeModal<T>();
        if (!dialog) {
            whenModal<T>(step); // not open yet: try again on the next turn
            return;
        }
        step(dialog);
    });
}

// Runs `step` once a modal dialog of type T with a child named `childName` is
// open (not the dialog open now that lacks it: one dialog after another).
template <typename T>
void whenModalWith(const char *childName, std::function<void(T *)> step)
{
    QTimer::singleShot(0, [childName, step] {
        T *dialog = activeModal<T>();
        if (!dialog || !dialog->template findChild<QObject *>(QString::fromUtf8(childName))) {
            whenModalWith<T>(childName, step);
            return;
        }
        step(dialog);
    });
}

// Runs the event loop until `done` holds (true) or the time is up (false).
inline bool waitUntil(const std::function<bool()> &done, int ms = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return true;
}

// The window on `db`, shown and active (its shortcuts, such as Ctrl+Z, work).
inline std::unique_ptr<MainWindow> openWindow(std::unique_ptr<Database> db)
{
    auto window = std::make_unique<MainWindow>(std::move(db));
    window->show();
    QApplication::setActiveWindow(window.get());
    return window;
}

// The window of another user of the server database `t` holds: its own
// connection, the roles set up (ServerSecurity) as `server init` leaves them.
inline std::unique_ptr<MainWindow> openWindowOnServer(TempDatabase &t)
{
    ServerSecurity::install(t.db());
    auto mine = std::make_unique<Database>(t.db().connectionSpec());
    mine->open();
    return openWindow(std::move(mine));
}

// Clicks the sidebar's item titled `title` with the mouse; returns the page shown then.
inline QWidget *goToArea(QMainWindow &window, const QString &title)
{
    auto *list = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    REQUIRE(list);
    const QList<QListWidgetItem *> items = list->findItems(title, Qt::MatchExactly);
    REQUIRE(items.size() == 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualItemRect(items.first()).center());
    auto *stack = window.findChild<QStackedWidget *>();
    REQUIRE(stack);
    REQUIRE(stack->currentWidget());
    return stack->currentWidget();
}

// Clicks the tab that holds `tab` in its tab widget, as the user opens it.
inline void showTab(QWidget *tab)
{
    REQUIRE(tab);
    QTabWidget *tabs = nullptr;
    for (QWidget *w = tab->parentWidget(); w && !tabs; w = w->parentWidget())
        tabs = qobject_cast<QTabWidget *>(w);
    REQUIRE(tabs);
    const int index = tabs->indexOf(tab);
    REQUIRE(index >= 0);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, Qt::NoModifier, tabs->tabBar()->tabRect(index).center());
    REQUIRE(tabs->currentWidget() == tab);
}

// The child of `root` named `name`; the test stops when there is none.
template <typename T>
T *child(QObject *root, const char *name)
{
    auto *found = root->findChild<T *>(QString::fromUtf8(name));
    INFO("no " << name);
    REQUIRE(found);
    return found;
}

// Clicks the button named `name` with the mouse (it must be there, shown and enabled).
inline void clickButton(QWidget *root, const char *name)
{
    auto *button = child<QAbstractButton>(root, name);
    INFO("button " << name);
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, button->rect().center());
}

// Clicks a dialog's OK button (of its button box) with the mouse.
inline void clickOk(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(box);
    QPushButton *ok = box->button(QDialogButtonBox::Ok);
    if (!ok)
        ok = box->button(QDialogButtonBox::Save);
    REQUIRE(ok);
    QTest::mouseClick(ok, Qt::LeftButton, Qt::NoModifier, ok->rect().center());
}

// Clicks row `row` of a view (its first shown column) with the mouse; with
// Ctrl or Shift it adds to the selection as a user's click does.
inline void clickRow(QAbstractItemView *view, int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    REQUIRE(row >= 0);
    REQUIRE(row < view->model()->rowCount());
    int c = 0;
    while (c < view->model()->columnCount() && view->visualRect(view->model()->index(row, c)).isEmpty())
        ++c;
    view->scrollTo(view->model()->index(row, c));
    const QRect rect = view->visualRect(view->model()->index(row, c));
    REQUIRE_FALSE(rect.isEmpty());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, rect.center());
}

// The first row whose column `c` reads `text`; -1 when none.
inline int rowWithText(const QAbstractItemView *view, int c, const QString &text)
{
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, c).data().toString() == text)
            return r;
    }
    return -1;
}

// Clicks the row whose column `c` reads `text`.
inline void clickRowWithText(QAbstractItemView *view, int c, const QString &text,
                             Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const int row = rowWithText(view, c, text);
    INFO("no row reads " << text.toStdString());
    REQUIRE(row >= 0);
    clickRow(view, row, modifiers);
}

// Selects every row: a click on the first, Shift+click on the last.
inline void clickAllRows(QAbstractItemView *view)
{
    REQUIRE(view->model()->rowCount() > 0);
    clickRow(view, 0);
    clickRow(view, view->model()->rowCount() - 1, Qt::ShiftModifier);
}

// The action at the end of a menu path such as {"&Edit", "&Undo"}. An entry
// matches an action's text exactly or as its start before a space ("&Undo"
// is "&Undo approve applications" while there is something to undo).
inline QAction *menuAction(QMainWindow &window, const QStringList &path)
{
    REQUIRE(!path.isEmpty());
    const auto matches = [](const QAction *a, const QString &text) {
        return a->text() == text || a->text().startsWith(text + u' ');
    };
    QList<QAction *> actions = window.menuBar()->actions();
    QAction *found = nullptr;
    for (const QString &step : path) {
        found = nullptr;
        for (QAction *a : actions) {
            if (!a->isSeparator() && matches(a, step)) {
                found = a;
                break;
            }
        }
        INFO("no menu entry " << step.toStdString());
        REQUIRE(found);
        if (found->menu()) {
            emit found->menu()->aboutToShow(); // as when the menu opens: entries are brought up to date
            actions = found->menu()->actions();
        }
    }
    return found;
}

// Chooses a menu path such as {"&Edit", "&Undo"}; the entry must be enabled.
inline void triggerMenu(QMainWindow &window, const QStringList &path)
{
    QAction *action = menuAction(window, path);
    INFO("menu entry " << path.join(u'/').toStdString());
    REQUIRE(action->isEnabled());
    action->trigger();
}

// Presses a key in `target` of the window, as the user does once the window is
// active again (offscreen, a closed dialog does not give the activation back,
// and the window's shortcuts such as Ctrl+Z need it).
inline void pressKey(QMainWindow &window, QWidget *target, Qt::Key key,
                     Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QApplication::setActiveWindow(&window);
    target->setFocus(); // the shortcuts of a tab work while the focus is in it
    QTest::keyClick(target, key, modifiers);
}

// Chooses the entry `text` of the popup menu of the tool button named `name`.
inline void triggerButtonMenu(QWidget *root, const char *name, const QString &text)
{
    auto *button = child<QToolButton>(root, name);
    REQUIRE(button->menu());
    for (QAction *a : button->menu()->actions()) {
        if (a->text() == text) {
            REQUIRE(a->isEnabled());
            a->trigger();
            return;
        }
    }
    FAIL("no entry " << text.toStdString() << " under " << name);
}

// «Save as PDF / ODT...» from the print button named `button`: the file named
// in the save dialog, then the note «… is written: N page(s).» closed.
// Returns N, or -1 when no such note came (the document was not written).
inline int saveDocumentAs(QWidget *root, const char *button, const QString &path)
{
    QString written;
    whenModal<QFileDialog>([path, &written](QFileDialog *save) {
        whenModal<QMessageBox>([&written](QMessageBox *box) {
            written = box->text();
            box->button(QMessageBox::Close)->click();
        });
        save->selectFile(path);
        static_cast<QDialog *>(save)->accept(); // as the Save button does
    });
    triggerButtonMenu(root, button, QStringLiteral("Save as PDF / ODT..."));
    // A document read on a worker first (the analytic report) asks for the file later.
    waitUntil([&written] { return !written.isEmpty(); }, 60000);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^(.*) is written: (\\d+) page")).match(written);
    if (!m.hasMatch() || m.captured(1) != QDir::toNativeSeparators(path))
        return -1;
    return m.captured(2).toInt();
}

// The registry's teacher with that surname on the reference day (0 when none).
inline qint64 teacherIdBySurname(Database &db, const QString &surname)
{
    for (const TeacherRow &r : TeacherRepository(db).rows(referenceDay())) {
        if (r.surname == surname)
            return r.id;
    }
    return 0;
}

// The text of a PDF as pdftotext reads it, no-break spaces as spaces.
inline QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput()).replace(QChar::Nbsp, u' ');
}

// Chooses the entry with `data` in a combo box with the arrow keys, as a user
// does (every step is "activated", as by the user).
inline void chooseWithKeys(QComboBox *combo, const QVariant &data)
{
    const int target = combo->findData(data);
    REQUIRE(target >= 0);
    combo->setFocus();
    while (combo->currentIndex() != target) {
        const int before = combo->currentIndex();
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
        REQUIRE(combo->currentIndex() != before);
    }
}

// Types text key by key, as a user would (QTest::keyClicks knows only ASCII).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

// Replaces the text of the line edit named `name` as a user does: select all
// and type.
inline void typeInto(QWidget *root, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(root, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
}

// Types into the line edit named `name` and presses Enter (which finishes the editing).
inline void enterInto(QWidget *root, const char *name, const QString &text)
{
    typeInto(root, name, text);
    QTest::keyClick(child<QLineEdit>(root, name), Qt::Key_Return);
}

} // namespace profrost::test
