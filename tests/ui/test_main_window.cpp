#include <catch2/catch.hpp>

#include "demo/DemoGenerator.h"
#include "import/ImportDialog.h"
#include "io/TableReader.h"
#include "io/TeacherImporter.h"
#include "registry/DictionariesDialog.h"
#include "registry/EmploymentDialog.h"
#include "registry/OrganisationDialog.h"
#include "registry/OrganisationTableModel.h"
#include "registry/OrganisationsPage.h"
#include "registry/TeacherDialog.h"
#include "registry/TeacherTableModel.h"
#include "registry/TeachersPage.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"
#include "associations/AssociationsPage.h"
#include "diagnostics/DiagnosticsPage.h"
#include "events/EventsPage.h"
#include "sites/SitesPage.h"
#include "practices/PracticesPage.h"
#include "mentoring/MentoringPage.h"
#include "monitoring/DashboardPage.h"
#include "attestation/AttestationPage.h"
#include "store/TrainingPlanRepository.h"
#include "training/TrainingPage.h"
#include "training/TrainingPlanModel.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

using namespace profrost;
using namespace profrost::test;

namespace {

void type(QWidget *root, const char *name, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(QString::fromUtf8(name));
    REQUIRE(edit);
    edit->clear();
    typeText(edit, text);
}

// The sidebar of the window, as the user sees it.
QListWidget *sidebar(QWidget &window)
{
    auto *list = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    REQUIRE(list);
    return list;
}

// Clicks the sidebar's item `row` with the mouse; returns the page shown then.
QWidget *clickSidebar(QWidget &window, int row)
{
    QListWidget *list = sidebar(window);
    REQUIRE(row < list->count());
    const QRect rect = list->visualItemRect(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    auto *stack = window.findChild<QStackedWidget *>();
    REQUIRE(stack);
    return stack->currentWidget();
}

// The action `text` of the top menu `menuText` of the window's menu bar.
QAction *menuAction(QMainWindow &window, const QString &menuText, const QString &text)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (!top->menu() || top->text() != menuText)
            continue;
        for (QAction *a : top->menu()->actions()) {
            if (a->text() == text)
                return a;
        }
    }
    FAIL("no action " << text.toStdString() << " in " << menuText.toStdString());
    return nullptr;
}

// Clicks row `row` of a table view, as a user selects it.
void clickRow(QTableView *view, int row)
{
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
}

} // namespace

TEST_CASE("The sidebar lists the registered areas in order and each opens its page", "[ui][shell]")
{
    ClockScope clock;
    QTemporaryDir dir;
    MainWindow window(registryDatabase(dir.filePath(QStringLiteral("ui.sqlite"))));
    window.show();
    QListWidget *list = sidebar(window);
    const QStringList titles{QStringLiteral("Monitoring"), QStringLiteral("Teachers"), QStringLiteral("Organisations"),
                             QStringLiteral("Further training"), QStringLiteral("Attestation"),
                             QStringLiteral("Diagnostics"), QStringLiteral("Methodical associations"),
                             QStringLiteral("Mentoring"), QStringLiteral("Events and competitions"),
                             QStringLiteral("Sites and staffing"), QStringLiteral("Practice bank")};
    REQUIRE(list->count() == titles.size());
    for (int row = 0; row < list->count(); ++row)
        CHECK(list->item(row)->text() == titles.at(row));

    // Backwards, so that every click changes the page.
    CHECK(qobject_cast<PracticesPage *>(clickSidebar(window, 10)));
    CHECK(qobject_cast<SitesPage *>(clickSidebar(window, 9)));
    CHECK(qobject_cast<EventsPage *>(clickSidebar(window, 8)));
    CHECK(qobject_cast<MentoringPage *>(clickSidebar(window, 7)));
    CHECK(qobject_cast<AssociationsPage *>(clickSidebar(window, 6)));
    CHECK(qobject_cast<DiagnosticsPage *>(clickSidebar(window, 5)));
    CHECK(qobject_cast<AttestationPage *>(clickSidebar(window, 4)));
    CHECK(qobject_cast<TrainingPage *>(clickSidebar(window, 3)));
    CHECK(qobject_cast<OrganisationsPage *>(clickSidebar(window, 2)));
    CHECK(qobject_cast<TeachersPage *>(clickSidebar(window, 1)));
    CHECK(qobject_cast<DashboardPage *>(clickSidebar(window, 0)));
    CHECK(window.currentPage() == 0);

    // The areas' menu entries, in the order they always had.
    QStringList file;
    for (QAction *a : window.findChild<QMenu *>(QStringLiteral("fileMenu"))->actions())
        file << a->text();
    CHECK(file.mid(0, 6)
          == QStringList({QStringLiteral("&Import teachers..."), QStringLiteral("Import &course completions..."),
                          QStringLiteral("Import &attestation history..."),
                          QStringLiteral("Import &diagnosis results..."), QStringLiteral("Import &mentorship pairs..."),
                          QStringLiteral("&Export teachers...")}));
    CHECK(menuAction(window, QStringLiteral("&File"), QStringLiteral("&Import teachers..."))->shortcut()
          == QKeySequence(Qt::CTRL | Qt::Key_I));
    CHECK(menuAction(window, QStringLiteral("&File"), QStringLiteral("&Export teachers..."))->shortcut()
          == QKeySequence(Qt::CTRL | Qt::Key_E));
    QStringList registry;
    for (QAction *a : window.findChild<QMenu *>(QStringLiteral("registryMenu"))->actions())
        registry << (a->isSeparator() ? QStringLiteral("-") : a->text());
    CHECK(registry
          == QStringList({QStringLiteral("&Add teacher..."), QStringLiteral("&Edit..."), QStringLiteral("&Delete"),
                          QStringLiteral("&Import..."), QStringLiteral("E&xport..."), QStringLiteral("-"),
                          QStringLiteral("&Add organisation..."), QStringLiteral("-"),
                          QStringLiteral("&Dictionaries...")}));
    QStringList settings;
    for (QAction *a : window.findChild<QMenu *>(QStringLiteral("settingsMenu"))->actions())
        settings << a->text();
    CHECK(settings == QStringList({QStringLiteral("&Preferences..."), QStringLiteral("Methodical &centre..."),
                                   QStringLiteral("&Attestation rules...")}));
}

TEST_CASE("An area's unsaved changes keep the window open until the user decides", "[ui][shell]")
{
    ClockScope clock;
    QTemporaryDir dir;
    QSettings().remove(QStringLiteral("training/planYear"));
    auto window = std::make_unique<MainWindow>(registryDatabase(dir.filePath(QStringLiteral("ui.sqlite"))));
    window->show();
    auto *page = qobject_cast<TrainingPage *>(clickSidebar(*window, 3));
    REQUIRE(page);
    auto *tabs = page->findChild<QTabWidget *>();
    REQUIRE(tabs);
    auto *planTab = page->findChild<QWidget *>(QStringLiteral("planTab"));
    REQUIRE(planTab);
    const int planIndex = tabs->indexOf(planTab);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, Qt::NoModifier, tabs->tabBar()->tabRect(planIndex).center());
    REQUIRE(tabs->currentWidget() == planTab);
    auto *view = planTab->findChild<QTableView *>(QStringLiteral("planView"));
    REQUIRE(view);
    REQUIRE(waitUntil([view] { return view->isEnabled() && view->model()->rowCount() > 0; }));

    // The plan-graph holds a change that is not saved: move a teacher to another year.
    const int firstYear = planTab->findChild<QComboBox *>(QStringLiteral("planYear"))->currentData().toInt();
    REQUIRE(firstYear > 2000);
    const QModelIndex year = view->model()->index(0, TrainingPlanModel::YearColumn);
    const int planned = year.data().toInt();
    REQUIRE(view->model()->setData(year, planned == firstYear ? firstYear + 1 : firstYear));

    // File → Quit asks; Cancel keeps the window and the change.
    QString question;
    whenModal<QMessageBox>([&question](QMessageBox *box) {
        question = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    menuAction(*window, QStringLiteral("&File"), QStringLiteral("&Quit"))->trigger();
    CHECK(question.contains(QStringLiteral("not saved")));
    CHECK(window->isVisible());
    CHECK(view->model()->index(0, TrainingPlanModel::YearColumn).data().toInt() != planned);

    // Discard: the window closes, and the plan-graph was not saved.
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
    menuAction(*window, QStringLiteral("&File"), QStringLiteral("&Quit"))->trigger();
    CHECK_FALSE(window->isVisible());
    CHECK_FALSE(TrainingPlanRepository(window->context().db()).exists(firstYear));
}

TEST_CASE("The main window opens on the dashboard, and on the teachers page the filter narrows the table as you type",
          "[ui]")
{
    ClockScope clock;
    QTemporaryDir dir;
    QSettings().remove(QStringLiteral("window/page"));
    MainWindow window(registryDatabase(dir.filePath(QStringLiteral("ui.sqlite"))));
    window.show();
    CHECK(window.currentPage() == 0);
    CHECK(window.findChild<DashboardPage *>());
    clickSidebar(window, 2);
    CHECK(qobject_cast<TeachersPage *>(clickSidebar(window, 1)));
    QTableView *table = window.findChild<QTableView *>(QStringLiteral("teachersTable"));
    REQUIRE(table);
    CHECK(table->model()->rowCount() == 4);
    CHECK(table->model()->index(0, 0).data().toString() == QString::fromUtf8("Иванова Мария Петровна"));

    QLineEdit *filter = window.findChild<QLineEdit *>(QStringLiteral("teacherFilter"));
    REQUIRE(filter);
    typeText(filter, QString::fromUtf8("сош"));
    CHECK(table->model()->rowCount() == 3); // Сидорова works at the kindergarten
    typeText(filter, QString::fromUtf8(" логопед"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString() == QString::fromUtf8("Козлова Ольга Юрьевна"));
    filter->clear();
    CHECK(table->model()->rowCount() == 4);
    typeText(filter, QString::fromUtf8("ЗВЁЗДОЧКА")); // case and ё ignored
    CHECK(table->model()->rowCount() == 1);
}

TEST_CASE("A teacher is added through the dialog, then undone and redone", "[ui]")
{
    ClockScope clock;
    QTemporaryDir dir;
    MainWindow window(registryDatabase(dir.filePath(QStringLiteral("ui.sqlite"))));
    window.show();
    QApplication::setActiveWindow(&window);
    auto *page = qobject_cast<TeachersPage *>(clickSidebar(window, 1));
    REQUIRE(page);
    auto *table = window.findChild<QTableView *>(QStringLiteral("teachersTable"));
    REQUIRE(table);
    const qint64 school = OrganisationRepository(window.context().db()).findByName(
        DictionaryRepository(window.context().db()).municipalities().first().id, QString::fromUtf8("МБОУ СОШ № 1"));
    REQUIRE(school != 0);

    bool sawValidation = false;
    bool sawCleared = false;
    whenModal<TeacherDialog>([&](TeacherDialog *dialog) {
        type(dialog, "surname", QString::fromUtf8("Смирнова"));
        type(dialog, "name", QString::fromUtf8("Екатерина"));
        type(dialog, "patronymic", QString::fromUtf8("Андреевна"));
        type(dialog, "birthDate", QStringLiteral("14021998")); // typed without the dots
        type(dialog, "snils", QStringLiteral("112-233-445 00")); // wrong checksum
        type(dialog, "experienceStart", QStringLiteral("01.09.2024"));
        dialog->accept();
        // Still open, with the reason under the field.
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("snilsMessage"));
        sawValidation = message && message->text().contains(QStringLiteral("SNILS"));
        type(dialog, "snils", QStringLiteral("123-456-789 64"));
        // Corrected: the red message goes at once, before the next OK.
        sawCleared = message && message->isHidden() && message->text().isEmpty();

        whenModal<EmploymentDialog>([school](EmploymentDialog *posts) {
            auto *organisation = posts->findChild<QComboBox *>(QStringLiteral("organisation"));
            auto *position = posts->findChild<QComboBox *>(QStringLiteral("position"));
            organisation->setCurrentIndex(organisation->findData(school));
            position->setCurrentIndex(position->findText(QString::fromUtf8("учитель")));
            posts->accept();
        });
        dialog->findChild<QPushButton *>(QStringLiteral("addPost"))->click();
        dialog->accept();
        if (dialog->isVisible()) { // the save failed: say why instead of hanging
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("saveError"));
            FAIL_CHECK("the dialog stayed open: " << (error ? error->text().toStdString() : std::string()));
            dialog->reject();
        }
    });
    // Registry → Add teacher...
    menuAction(window, QStringLiteral("&Registry"), QStringLiteral("&Add teacher..."))->trigger();

    CHECK(sawValidation);
    CHECK(sawCleared);
    TeacherRepository repo(window.context().db());
    REQUIRE(repo.count() == 5);
    const qint64 id = repo.findBySnils(QStringLiteral("12345678964"));
    CHECK(id != 0);
    CHECK(repo.get(id).birthDate == QDate(1998, 2, 14));
    const QList<TeacherRow> rows = repo.rows(referenceDay());
    bool found = false;
    for (const TeacherRow &r : rows) {
        if (r.surname == QString::fromUtf8("Смирнова")) {
            found = true;
            CHECK(r.organisations == QString::fromUtf8("МБОУ СОШ № 1"));
        }
    }
    CHECK(found);
    CHECK(table->model()->rowCount() == 5);
    // The card of the selected (new) teacher tells she is a young teacher.
    auto *card = window.findChild<QWidget *>(QStringLiteral("teacherCard"));
    REQUIRE(card);

    QUndoStack *undo = window.context().undoStack();
    REQUIRE(undo->canUndo());
    // Правка → Отменить names the step it undoes.
    QMenu *editMenu = nullptr;
    for (QAction *a : window.menuBar()->actions())
        if (a->menu() && a->text() == QStringLiteral("&Edit"))
            editMenu = a->menu();
    REQUIRE(editMenu);
    CHECK(editMenu->actions().constFirst()->text().startsWith(QStringLiteral("&Undo add ")));
    CHECK(editMenu->actions().constFirst()->text().contains(QString::fromUtf8("Смирнова")));
    // Ctrl+Z and Ctrl+Y, the window's shortcuts (the window active again after the dialog).
    QApplication::setActiveWindow(&window);
    clickRow(table, 0);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    CHECK(repo.count() == 4);
    CHECK(table->model()->rowCount() == 4);
    QTest::keyClick(table, Qt::Key_Y, Qt::ControlModifier);
    CHECK(repo.count() == 5);
    CHECK(table->model()->rowCount() == 5);
    CHECK(undo->canUndo());
}

TEST_CASE("Deleting a teacher asks first and can be undone", "[ui]")
{
    ClockScope clock;
    QTemporaryDir dir;
    MainWindow window(registryDatabase(dir.filePath(QStringLiteral("ui.sqlite"))));
    window.show();
    QApplication::setActiveWindow(&window);
    clickSidebar(window, 1);
    auto *table = window.findChild<QTableView *>(QStringLiteral("teachersTable"));
    REQUIRE(table);
    clickRow(table, 0);
    bool asked = false;
    whenModal<QMessageBox>([&asked](QMessageBox *box) {
        asked = true;
        box->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(table, Qt::Key_Delete); // Del in the table deletes the selected teacher
    CHECK(asked);
    TeacherRepository repo(window.context().db());
    CHECK(repo.count() == 3);
    menuAction(window, QStringLiteral("&Edit"), window.findChild<QMenu *>(QStringLiteral("editMenu"))
                                                    ->actions()
                                                    .constFirst()
                                                    ->text())
        ->trigger();
    CHECK(repo.count() == 4);
    const Teacher back = repo.get(repo.findBySnils(QStringLiteral("11223344595")));
    CHECK(back.employments.size() == 2);
}

TEST_CASE("The import preview lists every rejected row and imports only on request", "[ui]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(QStringLiteral("ui.sqlite")));
    AppContext ctx(*db);
    ImportDialog dialog(ctx, dataFile(QStringLiteral("import/teachers_bad.csv")));
    REQUIRE(dialog.loaded());
    const QAbstractItemModel *issues = dialog.issuesTable()->model();
    CHECK(issues->rowCount() == dialog.kind().errors().size() + dialog.kind().warnings().size());
    CHECK(dialog.kind().errors().size() >= 8);
    CHECK(dialog.importButton()->isEnabled());
    CHECK(dialog.importButton()->text().contains(QStringLiteral("1")));
    CHECK(TeacherRepository(*db).count() == 4); // the preview changes nothing
    dialog.accept();
    CHECK(TeacherRepository(*db).count() == 5);
    CHECK(dialog.outcome().contains(QStringLiteral("1 new")));
}

TEST_CASE("The registry models pass the model tester", "[ui][models]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(QStringLiteral("ui.sqlite")));
    TeacherTableModel teachers;
    QAbstractItemModelTester teacherTester(&teachers, QAbstractItemModelTester::FailureReportingMode::Fatal);
    teachers.setRows(TeacherRepository(*db).rows(referenceDay()), referenceDay());
    CHECK(teachers.rowCount() == 4);
    teachers.sort(TeacherTableModel::AgeColumn, Qt::DescendingOrder);
    CHECK(teachers.row(0).surname == QString::fromUtf8("Иванова")); // the oldest first
    teachers.sort(TeacherTableModel::AgeColumn, Qt::AscendingOrder);
    CHECK(teachers.row(0).surname == QString::fromUtf8("Сидорова"));
    teachers.setFilterText(QString::fromUtf8("сош"));
    CHECK(teachers.rowCount() == 3);
    teachers.setFilterText(QString::fromUtf8("сош учитель"));
    CHECK(teachers.rowCount() == 2);
    teachers.setFilterText(QString());
    CHECK(teachers.rowCount() == 4);

    OrganisationTableModel organisations;
    QAbstractItemModelTester orgTester(&organisations, QAbstractItemModelTester::FailureReportingMode::Fatal);
    organisations.setRows(OrganisationRepository(*db).rows(referenceDay()));
    CHECK(organisations.rowCount() == 3);
}

TEST_CASE("A large registry loads in the background and the window stays usable", "[ui]")
{
    ClockScope clock;
    QTemporaryDir dir;
    // More teachers than are loaded in the foreground:
    std::unique_ptr<Database> demo = demoDatabase(dir.filePath(QStringLiteral("large.sqlite")), 3500);
    Database &db = *demo;
    AppContext ctx(db);
    TeachersPage page(ctx);
    QSignalSpy loaded(&page, &TeachersPage::loaded);
    CHECK(page.isLoading());
    CHECK(page.view()->model()->rowCount() == 0);
    REQUIRE(loaded.wait(30000));
    CHECK(page.view()->model()->rowCount() == 3500);

    // A change during a reload is not lost: the page loads again afterwards.
    Teacher t = TeacherRepository(db).get(page.model()->row(0).id);
    page.reload();
    t.surname = QString::fromUtf8("Переименованная");
    TeacherRepository(db).update(t);
    page.reload();
    REQUIRE(waitUntil([&] { return !page.isLoading() && loaded.size() >= 2; }));
    const int row = page.model()->indexOf(t.id);
    REQUIRE(row >= 0);
    CHECK(page.model()->row(row).surname == QString::fromUtf8("Переименованная"));
}

TEST_CASE("A position's kind is changed in the dictionaries and new subjects are added", "[ui]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(QStringLiteral("ui.sqlite")));
    AppContext ctx(*db);
    DictionariesDialog dialog(ctx);
    QTableWidget *table = dialog.positionsTable();
    int row = -1;
    for (int i = 0; i < table->rowCount(); ++i) {
        if (table->item(i, 0)->text() == QString::fromUtf8("методист"))
            row = i;
    }
    REQUIRE(row >= 0);
    auto *kind = qobject_cast<QComboBox *>(table->cellWidget(row, 1));
    REQUIRE(kind);
    kind->setCurrentIndex(kind->findData(int(PositionKind::Managerial)));
    bool managerial = false;
    for (const Position &p : DictionaryRepository(*db).positions())
        managerial = managerial || (p.name == QString::fromUtf8("методист") && p.kind == PositionKind::Managerial);
    CHECK(managerial);

    const qsizetype before = DictionaryRepository(*db).subjects().size();
    dialog.addSubject(QString::fromUtf8("  астрономия "));
    CHECK(DictionaryRepository(*db).subjects().size() == before + 1);
}

TEST_CASE("In Russian the main window fits a 1366-pixel laptop screen on every page", "[ui]")
{
    ClockScope clock;
    QTemporaryDir dir;
    QTranslator russian;
    REQUIRE(russian.load(QStringLiteral(":/i18n/profrost_ru.qm")));
    QCoreApplication::installTranslator(&russian);
    {
        MainWindow window(registryDatabase(dir.filePath(QStringLiteral("ui.sqlite"))));
        window.show();
        for (int page = 0; page < sidebar(window)->count(); ++page) {
            clickSidebar(window, page);
            QApplication::processEvents();
            INFO("page " << page);
            CHECK(window.minimumSizeHint().width() <= 1366);
        }
        CHECK(window.menuBar()->actions().constFirst()->text() == QStringLiteral("&Файл"));
    }
    QCoreApplication::removeTranslator(&russian);
}

TEST_CASE("The integrity check and the daily backup wait for the first frame", "[ui][shell]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(QStringLiteral("ui.sqlite")));
    const QDir backups(db->backupDirectory());
    MainWindow::Options options;
    options.checkInBackground = true;
    MainWindow window(std::move(db), options);
    QSignalSpy firstFrame(&window, &MainWindow::firstFrameShown);
    QSignalSpy checked(&window, &MainWindow::startupChecked);
    // Built, not yet on screen: nothing is checked or copied, however long it waits.
    QTest::qWait(500);
    CHECK(checked.isEmpty());
    CHECK(backups.entryList({QStringLiteral("*.sqlite")}, QDir::Files).isEmpty());
    window.show();
    REQUIRE(checked.wait(30000));
    CHECK(firstFrame.size() == 1);
    CHECK(checked.constFirst().constFirst().toString().isEmpty()); // a sound file
    CHECK_FALSE(window.isReadOnly());
    CHECK(backups.entryList({QStringLiteral("*-daily.sqlite")}, QDir::Files).size() == 1);
}

TEST_CASE("A page is made when it is first shown, also from a menu entry", "[ui][shell]")
{
    ClockScope clock;
    QTemporaryDir dir;
    QSettings().remove(QStringLiteral("window/page"));
    MainWindow window(registryDatabase(dir.filePath(QStringLiteral("ui.sqlite"))));
    window.show();
    // At the start only the page on screen is made: the others' first reads wait.
    CHECK(window.findChild<DashboardPage *>());
    CHECK(window.findChild<TeachersPage *>()); // the Registry menu holds its actions
    CHECK_FALSE(window.findChild<OrganisationsPage *>());
    CHECK_FALSE(window.findChild<TrainingPage *>());
    CHECK_FALSE(window.findChild<AttestationPage *>());
    CHECK_FALSE(window.findChild<AssociationsPage *>());

    // Registry → Add organisation... opens the organisations page and its dialog.
    bool dialog = false;
    whenModal<OrganisationDialog>([&dialog](OrganisationDialog *d) {
        dialog = true;
        d->reject();
    });
    menuAction(window, QStringLiteral("&Registry"), QStringLiteral("&Add organisation..."))->trigger();
    CHECK(dialog);
    CHECK(window.currentPage() == 2);
    CHECK(window.findChild<OrganisationsPage *>());
    CHECK(sidebar(window)->currentRow() == 2);

    CHECK(qobject_cast<AttestationPage *>(clickSidebar(window, 4)));
    CHECK_FALSE(window.findChild<TrainingPage *>());
}

TEST_CASE("A file found damaged after the start is reported and nothing more is written into it", "[ui][shell]")
{
    ClockScope clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ui.sqlite"));
    registryDatabase(path).reset(); // made and closed
    {
        // Page 59 of a new database is the index of a methodical plan's items
        // (the migrations make the tables in a fixed order): what the first
        // page reads is untouched, but quick_check sees the damage.
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(58 * 4096));
        file.write(QByteArray(16, '\xff'));
    }
    REQUIRE_FALSE(Database::integrityProblem(ConnectionSpec::sqliteFile(path)).isEmpty());
    auto db = std::make_unique<Database>(path);
    Database::OpenOptions open;
    open.quickCheck = false; // as the GUI opens it
    db->open(open);
    const QDir backups(db->backupDirectory());
    MainWindow::Options options;
    options.checkInBackground = true;
    MainWindow window(std::move(db), options);
    QSignalSpy checked(&window, &MainWindow::startupChecked);
    QString told;
    whenModal<QMessageBox>([&told](QMessageBox *box) {
        told = box->text() + u' ' + box->informativeText();
        box->accept();
    });
    window.show();
    REQUIRE(checked.wait(30000));
    CHECK(told.contains(QStringLiteral("damaged")));
    CHECK(told.contains(QStringLiteral("read-only")));
    CHECK(window.isReadOnly());
    auto *label = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
    REQUIRE(label);
    CHECK(label->text() == QStringLiteral("ui.sqlite (read-only)"));
    CHECK(backups.entryList({QStringLiteral("*-daily.sqlite")}, QDir::Files).isEmpty()); // no damaged copy
    TeacherRepository teachers(window.context().db());
    const qint64 id = teachers.findBySnils(QStringLiteral("11223344595"));
    REQUIRE(id != 0);
    CHECK_THROWS_AS(teachers.remove(id), Error);
    CHECK(teachers.count() == 4);
}

namespace {

// Every action reachable from the menu bar, submenus included.
void menuActions(const QList<QAction *> &actions, QList<QAction *> &out)
{
    for (QAction *a : actions) {
        if (a->isSeparator())
            continue;
        if (a->menu())
            menuActions(a->menu()->actions(), out);
        else
            out.append(a);
    }
}

} // namespace

TEST_CASE("No two actions of the window's menus share a shortcut", "[ui][shell]")
{
    ClockScope clock;
    QTemporaryDir dir;
    MainWindow window(registryDatabase(dir.filePath(QStringLiteral("ui.sqlite"))));
    window.show();
    // The pages are made when first shown; every area's menu entries with them.
    for (int row = sidebar(window)->count() - 1; row >= 0; --row)
        clickSidebar(window, row);
    QList<QAction *> actions;
    menuActions(window.menuBar()->actions(), actions);
    REQUIRE(actions.size() > 10);
    QHash<QString, QString> owner; // shortcut -> the action's text
    for (QAction *a : std::as_const(actions)) {
        for (const QKeySequence &key : a->shortcuts()) {
            const QString k = key.toString(QKeySequence::PortableText);
            const auto it = owner.constFind(k);
            INFO(k.toStdString() << ": " << a->text().toStdString());
            if (it != owner.cend())
                CHECK(*it == a->text());
            owner.insert(k, a->text());
        }
    }
    // «Добавить педагога» keeps Ctrl+N, the organisation has its own.
    CHECK(menuAction(window, QStringLiteral("&Registry"), QStringLiteral("&Add teacher..."))->shortcut()
          == QKeySequence(Qt::CTRL | Qt::Key_N));
    CHECK(menuAction(window, QStringLiteral("&Registry"), QStringLiteral("&Add organisation..."))->shortcut()
          == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
}

TEST_CASE("A teacher saved while the filter hides them is shown, the filter cleared and the status bar says so", "[ui]")
{
    ClockScope clock;
    QTemporaryDir dir;
    MainWindow window(registryDatabase(dir.filePath(QStringLiteral("ui.sqlite"))));
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(qobject_cast<TeachersPage *>(clickSidebar(window, 1)));
    QTableView *table = window.findChild<QTableView *>(QStringLiteral("teachersTable"));
    QLineEdit *filter = window.findChild<QLineEdit *>(QStringLiteral("teacherFilter"));
    typeText(filter, QString::fromUtf8("Козлова"));
    REQUIRE(table->model()->rowCount() == 1);
    clickRow(table, 0);
    // Renamed to a surname the filter does not match.
    whenModal<TeacherDialog>([](TeacherDialog *dialog) {
        type(dialog, "surname", QString::fromUtf8("Белова"));
        dialog->accept();
    });
    menuAction(window, QStringLiteral("&Registry"), QStringLiteral("&Edit..."))->trigger();
    CHECK(filter->text().isEmpty());
    CHECK(table->model()->rowCount() == 4);
    CHECK(table->currentIndex().data().toString() == QString::fromUtf8("Белова Ольга Юрьевна"));
    CHECK(window.statusBar()->currentMessage().contains(QString::fromUtf8("Белова")));
}
