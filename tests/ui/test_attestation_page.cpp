#include <catch2/catch.hpp>

#include "attestation/ApplicationDialog.h"
#include "attestation/ApplicationsTab.h"
#include "attestation/AttestationRecordCommand.h"
#include "attestation/AttestationRecordDialog.h"
#include "attestation/AttestationSettingsDialog.h"
#include "import/ImportDialog.h"
#include "registry/TeacherCard.h"
#include "store/SettingsRepository.h"
#include "training/TeacherPickerDialog.h"
#include "attestation/AttestationPage.h"
#include "attestation/AttestationPlanModel.h"
#include "attestation/AttestationPlanTab.h"
#include "attestation/RemindersTab.h"
#include "common/DateLineEdit.h"
#include "demo/DemoGenerator.h"
#include "documents/AttestationReports.h"
#include "common/Roles.h"
#include "io/TableReader.h"
#include "io/TeacherImporter.h"
#include "shell/AppContext.h"
#include "store/AttestationPlanRepository.h"
#include "store/AttestationRepository.h"
#include "store/Database.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QComboBox>
#include <QLineEdit>
#include <QLabel>
#include <QBarSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace profrost;
using namespace profrost::test;

namespace {

// The row that shows the record `id`; -1 when none.
int rowOfId(const QTableView *view, qint64 id)
{
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, 0).data(IdRole).toLongLong() == id)
            return r;
    }
    return -1;
}

} // namespace

TEST_CASE("Expiring categories: the window in months, lapsed ones, export", "[ui][attestation]")
{
    ClockScope clock; // 22.11.2026
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(QStringLiteral("a.sqlite")));
    auto window = openWindow(std::move(db));
    QWidget *page = goToArea(*window, QStringLiteral("Attestation"));
    auto *tab = page->findChild<RemindersTab *>();
    showTab(tab); // the list is read when the tab is shown
    QTableView *table = child<QTableView>(tab, "remindersTable");
    REQUIRE(waitUntil([tab] { return !tab->isLoading(); }));
    // Иванова's highest category (15.12.2022) is valid until 14.12.2027: not within 6 months.
    const QString ivanova = QString::fromUtf8("Иванова Мария Петровна");
    CHECK_FALSE(column(table, 0).contains(ivanova));
    // «within» 13 months, typed into the spin box.
    auto *months = child<QSpinBox>(tab, "remindersMonths");
    months->setFocus();
    QTest::keyClick(months, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(months, QStringLiteral("13"));
    QTest::keyClick(months, Qt::Key_Return);
    REQUIRE(waitUntil([tab] { return !tab->isLoading(); }));
    CHECK(column(table, 0).contains(ivanova));
    CHECK(tab->summary()->text().contains(QStringLiteral("13 months")));

    // At 15.12.2027 it has lapsed (typed into «At», then Enter).
    enterInto(tab, "remindersDate", QStringLiteral("15.12.2027"));
    REQUIRE(waitUntil([tab] { return !tab->isLoading(); }));
    REQUIRE(!tab->items().isEmpty());
    bool lapsed = false;
    for (const ExpiringCategory &i : tab->items())
        lapsed = lapsed || (i.fullName == ivanova && i.lapsed);
    CHECK(lapsed);

    // Export to Excel...: the file named in the save dialog.
    const QString file = dir.filePath(QStringLiteral("expiring.xlsx"));
    whenModal<QFileDialog>([file](QFileDialog *save) {
        save->selectFile(file);
        static_cast<QDialog *>(save)->accept(); // as the Save button does
    });
    clickButton(tab, "exportReminders");
    const Table back = TableReader::read(file);
    CHECK(back.rows.size() == tab->items().size());
}

TEST_CASE("An application goes from submitted to granted and writes the category", "[ui][attestation]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(QStringLiteral("a.sqlite")));
    const qint64 kozlova = TeacherRepository(*db).findByNameAndBirth(
        QString::fromUtf8("Козлова"), QString::fromUtf8("Ольга"), QString::fromUtf8("Юрьевна"), QDate(1990, 5, 5));
    REQUIRE(kozlova != 0);

    // The highest category without a first one: recorded, with a warning.
    AttestationApplication highest;
    highest.category = Category::Highest;
    highest.plannedYear = 2027;
    highest.plannedMonth = 2;
    highest.submittedOn = QDate(2026, 11, 20);
    CHECK_FALSE(AttestationRepository(*db).warningsFor([&] {
                    AttestationApplication a = highest;
                    a.teacherId = kozlova;
                    return a;
                }()).isEmpty());
    auto window = openWindow(std::move(db));
    Database &base = window->context().db();
    QWidget *page = goToArea(*window, QStringLiteral("Attestation"));
    auto *tab = page->findChild<ApplicationsTab *>();
    REQUIRE(tab);
    showTab(tab);
    auto *table = child<QTableView>(tab, "applicationsTable");
    const auto selectedId = [table] {
        const QModelIndex current = table->currentIndex();
        return current.isValid() ? current.siblingAtColumn(0).data(IdRole).toLongLong() : 0;
    };
    // New application...: Козлова in the picker, then the application's dialog; what
    // the page says afterwards (a note, or why it refused) is kept.
    const auto apply = [&](QString *told) {
        whenModal<TeacherPickerDialog>([&](TeacherPickerDialog *picker) {
            auto *view = picker->findChild<QTableView *>();
            REQUIRE(view);
            clickRowWithText(view, 0, QString::fromUtf8("Козлова Ольга Юрьевна"));
            clickOk(picker);
        });
        whenModalWith<ApplicationDialog>("category", [&, told](ApplicationDialog *dialog) {
            auto *category = child<QComboBox>(dialog, "category");
            category->setCurrentIndex(category->findData(int(highest.category)));
            auto *month = child<QComboBox>(dialog, "month");
            month->setCurrentIndex(month->findData(highest.plannedMonth));
            child<QSpinBox>(dialog, "year")->setValue(highest.plannedYear);
            typeInto(dialog, "submitted", QStringLiteral("20.11.2026"));
            whenModal<QMessageBox>([told](QMessageBox *box) {
                *told = box->text();
                box->accept();
            });
            clickOk(dialog);
        });
        clickButton(tab, "newApplication");
    };
    QString note;
    apply(&note);
    CHECK(note.contains(QStringLiteral("Note"))); // the warning, shown to the user
    const qint64 id = selectedId();
    REQUIRE(id != 0);
    REQUIRE(rowCount(table) == 1);
    CHECK(cellText(table, 0, 0) == QString::fromUtf8("Козлова Ольга Юрьевна"));
    CHECK(cellText(table, 0, 3) == QString::fromUtf8("февраль 2027"));
    CHECK(cellText(table, 0, 5) == QStringLiteral("submitted"));

    // A second open application of the same teacher is refused.
    QString refusal;
    apply(&refusal);
    CHECK(rowCount(table) == 1);
    CHECK(refusal.contains(QStringLiteral("open application")));

    clickRow(table, rowOfId(table, id));
    clickButton(tab, "reviewApplication");
    CHECK(cellText(table, 0, 5) == QStringLiteral("under review"));
    // Granted...: the decision's day, the order's number and day, then OK.
    whenModalWith<QDialog>("orderNumber", [](QDialog *dialog) {
        typeInto(dialog, "decidedOn", QStringLiteral("21.11.2026"));
        typeInto(dialog, "orderNumber", QStringLiteral("1234-к"));
        typeInto(dialog, "orderDate", QStringLiteral("21.11.2026"));
        clickOk(dialog);
    });
    clickButton(tab, "grantApplication");
    QCheckBox *openOnly = child<QCheckBox>(tab, "openOnly");
    QTest::mouseClick(openOnly, Qt::LeftButton, Qt::NoModifier, QPoint(openOnly->height() / 2, openOnly->height() / 2));
    REQUIRE_FALSE(openOnly->isChecked());
    clickRow(table, rowOfId(table, id));
    REQUIRE(selectedId() == id);
    CHECK(cellText(table, table->currentIndex().row(), 5) == QStringLiteral("granted"));
    const QList<AttestationRecord> history = AttestationRepository(base).history(kozlova);
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.constLast().category == Category::Highest);
    CHECK(history.constLast().orderNumber == QStringLiteral("1234-к"));
    CHECK(TeacherRepository(base).get(kozlova).category == Category::Highest);

    // Undo (Edit → Undo names the step) takes the category back with the decision; redo grants it again.
    REQUIRE(menuAction(*window, {QStringLiteral("&Edit"), QStringLiteral("&Undo")})->text()
            == QStringLiteral("&Undo grant a category"));
    triggerMenu(*window, {QStringLiteral("&Edit"), QStringLiteral("&Undo")});
    CHECK(AttestationRepository(base).application(id).status == ApplicationStatus::UnderReview);
    CHECK(AttestationRepository(base).history(kozlova).size() == history.size() - 1);
    CHECK(TeacherRepository(base).get(kozlova).category == Category::None);
    pressKey(*window, table, Qt::Key_Y, Qt::ControlModifier); // Ctrl+Y
    CHECK(AttestationRepository(base).application(id).status == ApplicationStatus::Granted);
    CHECK(AttestationRepository(base).history(kozlova) == history);
    CHECK(TeacherRepository(base).get(kozlova).category == Category::Highest);
    // Undo down to before the application (Ctrl+Z three times): none left.
    pressKey(*window, table, Qt::Key_Z, Qt::ControlModifier);
    pressKey(*window, table, Qt::Key_Z, Qt::ControlModifier);
    pressKey(*window, table, Qt::Key_Z, Qt::ControlModifier);
    CHECK(AttestationRepository(base).applicationsOf(kozlova).isEmpty());
}

TEST_CASE("The 5-year attestation plan: proposal, month edited, saved with undo", "[ui][attestation]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(QStringLiteral("a.sqlite")));
    QSettings().remove(QStringLiteral("attestation/planYear"));
    auto window = openWindow(std::move(db));
    Database &base = window->context().db();
    QWidget *page = goToArea(*window, QStringLiteral("Attestation"));
    auto *tab = page->findChild<AttestationPlanTab *>();
    REQUIRE(tab);
    showTab(tab);
    QTableView *view = child<QTableView>(tab, "attestationPlanView");
    REQUIRE(waitUntil([&] { return !tab->isLoading() && view->isEnabled(); }));
    CHECK(tab->firstYear() == 2027);
    CHECK_FALSE(tab->isSaved());
    AttestationPlanModel *m = tab->model();
    const int ivanova = rowStartingWith(m, QString::fromUtf8("Иванова"));
    REQUIRE(ivanova >= 0);
    // Valid until 14.12.2027: attested in December 2027, applied 3 months before.
    CHECK(m->index(ivanova, AttestationPlanModel::AttestColumn).data().toString() == QString::fromUtf8("декабрь 2027"));
    CHECK(m->index(ivanova, AttestationPlanModel::ApplyColumn).data().toString() == QString::fromUtf8("сентябрь 2027"));
    CHECK(m->countsByMonth(2027).at(11) >= 1);

    // Moved to March 2028: the application moves with it.
    REQUIRE(m->setData(m->index(ivanova, AttestationPlanModel::AttestColumn), QDate(2028, 3, 1)));
    CHECK_FALSE(m->setData(m->index(ivanova, AttestationPlanModel::AttestColumn), QDate(2035, 3, 1)));
    CHECK(m->index(ivanova, AttestationPlanModel::ApplyColumn).data().toString() == QString::fromUtf8("декабрь 2027"));
    CHECK(tab->isModified());
    chooseWithKeys(child<QComboBox>(tab, "attestationViewYear"), 2028); // the year shown
    CHECK(rowStartingWith(view->model(), QString::fromUtf8("Иванова")) >= 0);
    CHECK(m->countsByMonth(2028).at(2) >= 1);

    pressKey(*window, view, Qt::Key_S, Qt::ControlModifier); // Ctrl+S in the tab
    REQUIRE(tab->isSaved());
    AttestationPlanRepository plans(base);
    REQUIRE(plans.exists(2027));
    bool found = false;
    const qint64 ivanovaId = m->index(ivanova, 0).data(IdRole).toLongLong();
    for (const AttestationPlanEntry &e : plans.load(2027)) {
        if (e.teacherId == ivanovaId) {
            found = true;
            CHECK(e.attestYear == 2028);
            CHECK(e.attestMonth == 3);
        }
    }
    CHECK(found);
    triggerMenu(*window, {QStringLiteral("&Edit"), QStringLiteral("&Undo")});
    CHECK_FALSE(plans.exists(2027));
    CHECK(m->index(rowStartingWith(m, QString::fromUtf8("Иванова")), AttestationPlanModel::AttestColumn).data().toString()
          == QString::fromUtf8("декабрь 2027"));
    triggerMenu(*window, {QStringLiteral("&Edit"), QStringLiteral("&Redo")});
    CHECK(plans.exists(2027));
}

TEST_CASE("The teacher card shows the attestation history, records are added and removed with undo", "[ui][attestation]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(QStringLiteral("a.sqlite")));
    AppContext ctx(*db);
    TeacherRepository teachers(*db);
    const qint64 ivanova = teachers.findBySnils(QStringLiteral("11223344595"));
    REQUIRE(ivanova != 0);
    // The registry's category (высшая, 15.12.2022) is in the history.
    const QString card = TeacherCard::html(*db, ivanova, referenceDay());
    CHECK(card.contains(QStringLiteral("<b>highest</b> — 15.12.2022, until 14.12.2027")));
    CHECK(card.contains(QStringLiteral("attestation-edit:")));
    CHECK(card.contains(QStringLiteral("attestation-add:")));

    // СЗД for Сидорова, decided by the employer, through the dialog's record.
    const qint64 sidorova = teachers.findByNameAndBirth(QString::fromUtf8("Сидорова"), QString::fromUtf8("Анна"),
                                                        QString::fromUtf8("Викторовна"), QDate(2001, 11, 30));
    REQUIRE(sidorova != 0);
    AttestationRecordDialog dialog(sidorova, QString::fromUtf8("Сидорова Анна Викторовна"), 5, referenceDay());
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->count() - 1); // СЗД
    dialog.grantedEdit()->setDate(QDate(2027, 1, 10));                // in the future: refused
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problems()->text().contains(QStringLiteral("future")));
    dialog.grantedEdit()->setDate(QDate(2026, 10, 1));
    dialog.orderNumberEdit()->setText(QStringLiteral("12-о"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    AttestationRecord r = dialog.record();
    CHECK(r.kind == AttestationKind::Fitness);
    CHECK(r.decidedBy == AttestationDecider::Organisation);
    AttestationRepository repo(*db);
    r.id = repo.insertRecord(r);
    ctx.undoStack()->push(new AttestationRecordCommand(ctx, std::nullopt, r, QStringLiteral("add")));
    CHECK(repo.history(sidorova).size() == 1);
    ctx.undoStack()->undo();
    CHECK(repo.history(sidorova).isEmpty());
    ctx.undoStack()->redo();
    REQUIRE(repo.history(sidorova).size() == 1);
    CHECK(repo.history(sidorova).constFirst().orderNumber == QStringLiteral("12-о"));
    CHECK(TeacherCard::html(*db, sidorova, referenceDay()).contains(QStringLiteral("01.10.2026, until 30.09.2031")));
}

TEST_CASE("Attestation rules are kept in the database, the history is imported through the preview",
          "[ui][attestation]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(QStringLiteral("a.sqlite")));
    auto window = openWindow(std::move(db));
    Database &base = window->context().db();
    // Settings → Attestation rules...
    whenModal<AttestationSettingsDialog>([](AttestationSettingsDialog *settings) {
        CHECK(child<QSpinBox>(settings, "validityYears")->value() == 5);
        child<QSpinBox>(settings, "validityYears")->setValue(4);
        child<QSpinBox>(settings, "reminderMonths")->setValue(9);
        clickOk(settings);
    });
    triggerMenu(*window, {QStringLiteral("&Settings"), QStringLiteral("&Attestation rules...")});
    CHECK(SettingsRepository(base).validityYears() == 4);
    CHECK(SettingsRepository(base).reminderMonths() == 9);

    // File → Import attestation history...: the file chosen, the preview, Import.
    const int before = int(AttestationRepository(base).allRecords().size());
    int valid = 0;
    whenModal<QFileDialog>([&valid](QFileDialog *open) {
        whenModal<ImportDialog>([&valid](ImportDialog *import) {
            REQUIRE(import->loaded());
            CHECK(import->kind().errors().isEmpty());
            valid = import->kind().validRows();
            clickButton(import, "importButton");
        });
        open->selectFile(dataFile(QStringLiteral("attestation/attestation_good.csv")));
        static_cast<QDialog *>(open)->accept(); // as the Open button does
    });
    triggerMenu(*window, {QStringLiteral("&File"), QStringLiteral("Import &attestation history...")});
    CHECK(valid >= 3);
    // The outcome goes to the status bar.
    CHECK(window->statusBar()->currentMessage().contains(QStringLiteral("new records")));
    CHECK(AttestationRepository(base).allRecords().size() > before);
}

TEST_CASE("A region's attestation plan is read on a worker thread, with the same rows as read directly",
          "[ui][attestation]")
{
    ClockScope clock;
    QTemporaryDir dir;
    // More teachers than are read in the foreground:
    std::unique_ptr<Database> demo = demoDatabase(dir.filePath(QStringLiteral("large.sqlite")), 3200);
    QSettings().remove(QStringLiteral("attestation/planYear"));
    auto window = openWindow(std::move(demo));
    Database &db = window->context().db();
    QWidget *page = goToArea(*window, QStringLiteral("Attestation"));
    auto *tab = page->findChild<AttestationPlanTab *>();
    REQUIRE(tab);
    QSignalSpy loaded(tab, &AttestationPlanTab::loaded); // no event is handled before: none is missed
    showTab(tab); // the first tab: on screen with the page already
    CHECK(tab->isLoading());
    REQUIRE(loaded.wait(30000));
    CHECK(child<QTableView>(tab, "attestationPlanView")->isEnabled());
    const AttestationDocumentData direct = AttestationReports::planData(db, 2027, referenceDay());
    CHECK(tab->model()->rowCount() == direct.entries.size());
    CHECK(tab->model()->rowCount() > 500);
    CHECK(tab->monthBars()->count() == 12);

    // The expiring categories of the region too, the same as read directly.
    auto *reminders = page->findChild<RemindersTab *>();
    REQUIRE(reminders);
    QSignalSpy listed(reminders, &RemindersTab::loaded);
    showTab(reminders);
    CHECK(reminders->isLoading());
    REQUIRE(listed.wait(30000));
    const QList<TeacherRow> teachers = TeacherRepository(db).rows(referenceDay());
    const QList<ExpiringCategory> expected = AttestationReminders::compute(
        teachers, AttestationRepository(db).allRecords(), referenceDay(), 6, SettingsRepository(db).validityYears());
    REQUIRE_FALSE(expected.isEmpty());
    CHECK(reminders->items().size() == expected.size());
    CHECK(child<QTableView>(reminders, "remindersTable")->model()->rowCount() == expected.size());
}
