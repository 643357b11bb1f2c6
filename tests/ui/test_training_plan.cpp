#include <catch2/catch.hpp>

#include "common/Roles.h"
#include "demo/DemoGenerator.h"
#include "documents/TrainingReports.h"
#include "import/ImportDialog.h"
#include "io/TableReader.h"
#include "io/TeacherImporter.h"
#include "shell/AppContext.h"
#include "store/Database.h"
#include "store/TrainingPlanRepository.h"
#include "store/TrainingRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"
#include "training/PlanTab.h"
#include "training/TrainingPlanModel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace profrost;
using namespace profrost::test;

namespace {

const TrainingPlanEntry *entryOf(const QList<TrainingPlanEntry> &plan, qint64 teacherId)
{
    for (const TrainingPlanEntry &e : plan) {
        if (e.teacherId == teacherId)
            return &e;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The plan-graph tab proposes, edits, counts, saves with undo, exports and prints", "[ui][training][plan]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(QStringLiteral("t.sqlite")));
    TrainingRepository training(*db);
    Programme p;
    p.title = QString::fromUtf8("Речевое развитие в ФОП ДО");
    p.provider = QString::fromUtf8("ЦНППМ «Учитель будущего»");
    p.hours = 36;
    const qint64 speech = training.insertProgramme(p);
    // Козлова finished a course in December 2024: due in 2027 (3 years on).
    const qint64 run = training.insertRun({0, speech, QDate(2024, 12, 2), QDate(2024, 12, 13), {}, {}, 0, {}});
    const QString kozlova = QString::fromUtf8("Козлова");
    const QString sidorova = QString::fromUtf8("Сидорова");
    const QString ivanova = QString::fromUtf8("Иванова");

    QSettings().remove(QStringLiteral("training/planYear"));
    auto window = openWindow(std::move(db));
    Database *base = &window->context().db();
    QWidget *page = goToArea(*window, QStringLiteral("Further training"));
    auto *tab = page->findChild<PlanTab *>();
    REQUIRE(tab);
    CHECK(tab->firstYear() == 2027); // next year's plan by default
    showTab(tab); // the plan is read when the tab is shown
    QTableView *view = child<QTableView>(tab, "planView");
    const auto shown = [tab, view] { return waitUntil([&] { return !tab->isLoading() && view->isEnabled(); }); };
    REQUIRE(shown());
    auto *years = child<QComboBox>(tab, "planYear");
    chooseWithKeys(years, 2028);
    REQUIRE(shown());
    REQUIRE(tab->firstYear() == 2028);
    {
        TrainingRepository(*base).recordCompletion(run, TeacherRepository(*base).findByNameAndBirth(
                                                            kozlova, QString::fromUtf8("Ольга"),
                                                            QString::fromUtf8("Юрьевна"), QDate(1990, 5, 5)),
                                                   QStringLiteral("1"), QDate(2024, 12, 13));
    }
    chooseWithKeys(years, 2026); // reloads with the completion
    REQUIRE(shown());
    REQUIRE(tab->firstYear() == 2026);
    TrainingPlanModel *m = tab->model();
    // Иванова (never trained, hired 2005: 2026), Сидорова (never trained,
    // hired 01.09.2024: due 01.09.2027, so 2027), Козлова (due 13.12.2027:
    // 2027); Петров is a director and not planned.
    REQUIRE(m->rowCount() == 3);
    CHECK(rowStartingWith(m, QString::fromUtf8("Петров")) == -1);
    CHECK(m->index(rowStartingWith(m, kozlova), TrainingPlanModel::YearColumn).data().toInt() == 2027);
    CHECK(m->index(rowStartingWith(m, sidorova), TrainingPlanModel::YearColumn).data().toInt() == 2027);
    CHECK(m->index(rowStartingWith(m, kozlova), TrainingPlanModel::LastCourseColumn).data().toString().contains(
        QString::fromUtf8("2024, 36 ч — Речевое развитие в ФОП ДО")));
    CHECK_FALSE(tab->isSaved());
    CHECK(child<QLabel>(tab, "planState")->text().contains(QStringLiteral("Proposal")));
    CHECK(child<QLabel>(tab, "planYearCounts")->text().contains(QStringLiteral("2026: <b>1</b>")));
    CHECK(child<QLabel>(tab, "planYearCounts")->text().contains(QStringLiteral("2027: <b>2</b>")));
    CHECK(child<QLabel>(tab, "planYearCounts")->text().contains(QStringLiteral("2028: <b>0</b>")));

    // Level the load: Сидорова moves to 2028 with a programme, Иванова gets a topic.
    CHECK(m->setData(m->index(rowStartingWith(m, sidorova), TrainingPlanModel::YearColumn), 2028));
    CHECK_FALSE(m->setData(m->index(rowStartingWith(m, sidorova), TrainingPlanModel::YearColumn), 2030)); // outside the plan
    CHECK(m->setData(m->index(rowStartingWith(m, sidorova), TrainingPlanModel::ProgrammeColumn), speech));
    CHECK(m->setData(m->index(rowStartingWith(m, ivanova), TrainingPlanModel::TopicColumn),
                     QString::fromUtf8("  Медиация   в школе ")));
    CHECK(tab->isModified());
    CHECK(child<QLabel>(tab, "planState")->text().contains(QStringLiteral("not saved")));
    CHECK(child<QLabel>(tab, "planYearCounts")->text().contains(QStringLiteral("2026: <b>1</b>")));
    CHECK(child<QLabel>(tab, "planYearCounts")->text().contains(QStringLiteral("2028: <b>1</b>")));
    auto *byOrganisation = child<QTableView>(tab, "planOrganisationCounts");
    const QAbstractItemModel *load = byOrganisation->model();
    int kindergarten = -1;
    for (int r = 0; r < load->rowCount(); ++r) {
        if (load->index(r, 0).data().toString().contains(QString::fromUtf8("Звездочка")))
            kindergarten = r;
    }
    REQUIRE(kindergarten >= 0);
    CHECK(load->index(kindergarten, 3).data().toString() == QStringLiteral("1")); // 2028
    CHECK(load->index(kindergarten, 1).data().toString() == QStringLiteral("0")); // 2026

    // Filter by words and by organisation (a click on its row in the load table).
    typeInto(tab, "planFilter", QString::fromUtf8("сидорова"));
    CHECK(view->model()->rowCount() == 1);
    typeInto(tab, "planFilter", QString());
    clickRow(byOrganisation, kindergarten);
    CHECK(view->model()->rowCount() == 1);
    child<QComboBox>(tab, "planOrganisation")->setCurrentIndex(0); // «all organisations»
    CHECK(view->model()->rowCount() == 3);

    // Save: the plan is stored; undo brings back the unsaved proposal; redo the plan.
    pressKey(*window, view, Qt::Key_S, Qt::ControlModifier); // Ctrl+S in the tab
    CHECK(tab->isSaved());
    CHECK_FALSE(tab->isModified());
    TrainingPlanRepository plans(*base);
    REQUIRE(plans.exists(2026));
    QList<TrainingPlanEntry> saved = plans.load(2026);
    REQUIRE(saved.size() == 3);
    const qint64 sidorovaId = m->index(rowStartingWith(m, sidorova), 0).data(IdRole).toLongLong();
    const qint64 ivanovaId = m->index(rowStartingWith(m, ivanova), 0).data(IdRole).toLongLong();
    REQUIRE(entryOf(saved, sidorovaId));
    CHECK(entryOf(saved, sidorovaId)->plannedYear == 2028);
    CHECK(entryOf(saved, sidorovaId)->programmeId == speech);
    CHECK(entryOf(saved, ivanovaId)->topic == QString::fromUtf8("Медиация в школе"));

    triggerMenu(*window, {QStringLiteral("&Edit"), QStringLiteral("&Undo")});
    CHECK_FALSE(plans.exists(2026));
    CHECK_FALSE(tab->isSaved());
    CHECK(m->index(rowStartingWith(m, sidorova), TrainingPlanModel::YearColumn).data().toInt() == 2027);
    triggerMenu(*window, {QStringLiteral("&Edit"), QStringLiteral("&Redo")});
    CHECK(plans.exists(2026));
    CHECK(m->index(rowStartingWith(m, sidorova), TrainingPlanModel::YearColumn).data().toInt() == 2028);
    CHECK(m->index(rowStartingWith(m, sidorova), TrainingPlanModel::ProgrammeColumn).data().toString()
          == QString::fromUtf8("Речевое развитие в ФОП ДО"));

    // Excel: one row per teacher with the planned year.
    const QString xlsx = dir.filePath(QStringLiteral("plan.xlsx"));
    whenModal<QFileDialog>([xlsx](QFileDialog *save) {
        save->selectFile(xlsx);
        static_cast<QDialog *>(save)->accept(); // as the Save button does
    });
    triggerButtonMenu(tab, "planOutput", QStringLiteral("Export to Excel..."));
    const Table sheet = TableReader::read(xlsx);
    REQUIRE(sheet.rows.size() == 3);
    const qsizetype yearColumn = sheet.header.indexOf(QString::fromUtf8("Планируемый год"));
    const qsizetype nameColumn = sheet.header.indexOf(QString::fromUtf8("Ф.И.О."));
    REQUIRE(yearColumn >= 0);
    REQUIRE(nameColumn >= 0);
    bool sawSidorova = false;
    for (const TableRow &row : sheet.rows) {
        if (row.cells.value(nameColumn).startsWith(sidorova)) {
            sawSidorova = true;
            CHECK(row.cells.value(yearColumn) == QStringLiteral("2028"));
            CHECK(row.cells.contains(QString::fromUtf8("Речевое развитие в ФОП ДО")));
        }
    }
    CHECK(sawSidorova);

    // The printed plan-graph, written on the worker thread.
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    QString written;
    whenModal<QFileDialog>([pdf, &written](QFileDialog *save) {
        whenModal<QMessageBox>([&written](QMessageBox *box) { // «… is written: N pages», then Close
            written = box->text();
            box->button(QMessageBox::Close)->click();
        });
        save->selectFile(pdf);
        static_cast<QDialog *>(save)->accept();
    });
    triggerButtonMenu(tab, "planOutput", QStringLiteral("Save as PDF / ODT..."));
    CHECK(written.startsWith(QDir::toNativeSeparators(pdf)));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK(file.size() > 10000);

    // Removing a teacher is an edit until saved.
    clickRow(view, 0);
    pressKey(*window, view, Qt::Key_Delete); // Del: Remove from plan
    CHECK(m->rowCount() == 2);
    CHECK(tab->isModified());
    CHECK(plans.load(2026).size() == 3);
}

TEST_CASE("A region's plan-graph is read on a worker thread, with the same rows as read directly",
          "[ui][training][plan]")
{
    ClockScope clock;
    QTemporaryDir dir;
    // More teachers than are read in the foreground:
    std::unique_ptr<Database> demo = demoDatabase(dir.filePath(QStringLiteral("large.sqlite")), 3200);
    QSettings().remove(QStringLiteral("training/planYear"));
    auto window = openWindow(std::move(demo));
    Database &db = window->context().db();
    QWidget *page = goToArea(*window, QStringLiteral("Further training"));
    auto *tab = page->findChild<PlanTab *>();
    REQUIRE(tab);
    QSignalSpy loaded(tab, &PlanTab::loaded);
    showTab(tab); // the plan is read when the tab is shown
    QTableView *view = child<QTableView>(tab, "planView");
    CHECK(tab->isLoading());
    CHECK_FALSE(view->isEnabled()); // no edits on the rows being replaced
    REQUIRE(loaded.wait(90000)); // 3,200 teachers; a busy machine takes its time
    CHECK(view->isEnabled());
    const TrainingPlanDocumentData direct = TrainingReports::planData(db, 2027);
    CHECK(tab->model()->rowCount() == direct.entries.size());
    CHECK(tab->model()->rowCount() > 1000);
    CHECK(tab->model()->countsByYear() == TrainingPlan::countsByYear(direct.entries, 2027));
    // The demo saved next year's plan this autumn (demo::DemoPlans): the tab shows it, not a proposal.
    CHECK(child<QLabel>(tab, "planState")->text() == QStringLiteral("Saved plan"));
}

TEST_CASE("Course completions are imported through the preview dialog", "[ui][training][import]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(QStringLiteral("t.sqlite")));
    auto window = openWindow(std::move(db));
    Database &base = window->context().db();
    // File → Import course completions...: the file chosen, then the preview; `step` answers it.
    const auto importFile = [&window](const QString &file, const std::function<void(ImportDialog *)> &step) {
        whenModal<QFileDialog>([file, step](QFileDialog *open) {
            whenModal<ImportDialog>(step);
            open->selectFile(file);
            static_cast<QDialog *>(open)->accept(); // as the Open button does
        });
        triggerMenu(*window, {QStringLiteral("&File"), QStringLiteral("Import &course completions...")});
    };
    int valid = 0;
    importFile(dataFile(QStringLiteral("courses/courses_good.csv")), [&](ImportDialog *dialog) {
        REQUIRE(dialog->loaded());
        CHECK(dialog->windowTitle().contains(QStringLiteral("course completions")));
        CHECK(dialog->kind().errors().isEmpty());
        valid = dialog->kind().validRows();
        CHECK(valid >= 3);
        CHECK(dialog->importButton()->isEnabled());
        CHECK(TrainingRepository(base).completions().isEmpty()); // the preview changes nothing
        clickButton(dialog, "importButton");
    });
    CHECK(TrainingRepository(base).completions().size() == valid);
    // The outcome goes to the status bar.
    CHECK(window->statusBar()->currentMessage().contains(QStringLiteral("%1 new").arg(valid)));

    bool badShown = false;
    importFile(dataFile(QStringLiteral("courses/courses_bad.csv")), [&badShown](ImportDialog *bad) {
        REQUIRE(bad->loaded());
        CHECK(child<QTableView>(bad, "importIssues")->model()->rowCount() >= bad->kind().errors().size());
        CHECK_FALSE(bad->kind().errors().isEmpty());
        badShown = true;
        bad->reject(); // Cancel
    });
    CHECK(badShown);
}
