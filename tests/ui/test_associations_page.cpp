#include <catch2/catch.hpp>

#include "associations/AssociationDialog.h"
#include "associations/AssociationEditing.h"
#include "associations/AssociationsPage.h"
#include "associations/MeetingDialog.h"
#include "associations/MeetingEditing.h"
#include "associations/MeetingsTab.h"
#include "associations/MembersTab.h"
#include "associations/PlanEditorDialog.h"
#include "associations/PlansTab.h"
#include "training/TeacherPickerDialog.h"
#include "common/Roles.h"
#include "associations/PlanEditing.h"
#include "demo/DemoGenerator.h"
#include "shell/AppContext.h"
#include "store/AssociationRepository.h"
#include "store/Database.h"
#include "store/MeetingRepository.h"
#include "store/PlanRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QUndoStack>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace profrost;
using namespace profrost::test;

namespace {

// The associations page over a 300-teacher demo district.
struct DemoPage
{
    ClockScope clock;
    QTemporaryDir dir;
    std::unique_ptr<Database> demo = demoDatabase(dir.filePath(QStringLiteral("demo.sqlite")), 300);
    Database &db = *demo;
    AppContext ctx{db};
    AssociationsPage page{ctx};
};

// The id of the selected row, as the page reads it (RecordView::currentId).
qint64 currentId(const QTableView *view)
{
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(IdRole).toLongLong() : 0;
}

// The row that shows the record `id` (0: the centre's own plans); -1 when none.
int rowOfId(const QTableView *view, qint64 id)
{
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, 0).data(IdRole).toLongLong() == id)
            return r;
    }
    return -1;
}

} // namespace

TEST_CASE("The associations page lists members, plans and protocols, copies a plan and prints a protocol",
          "[ui][associations]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(demoDatabase(dir.filePath(QStringLiteral("demo.sqlite")), 300));
    window->resize(1600, 900);
    Database &db = window->context().db();
    QWidget *page = goToArea(*window, QStringLiteral("Methodical associations")); // read when shown
    auto *associations = child<QTableView>(page, "associationsTable");
    QTableView *members = page->findChild<MembersTab *>()->findChild<QTableView *>();
    REQUIRE(members);
    auto *plansTab = page->findChild<PlansTab *>();
    auto *meetingsTab = page->findChild<MeetingsTab *>();
    auto *plansTable = child<QTableView>(plansTab, "plansTable");
    auto *meetingsTable = child<QTableView>(meetingsTab, "meetingsTable");

    const QList<Association> all = AssociationRepository(db).all();
    REQUIRE_FALSE(all.isEmpty());
    CHECK(rowCount(associations) == all.size() + 1); // and the centre's own plans
    const Association &rmo = all.constFirst();
    clickRow(associations, rowOfId(associations, rmo.id));
    REQUIRE(currentId(associations) == rmo.id);
    CHECK(rowCount(members) == AssociationRepository(db).members(rmo.id).size());
    const QList<Meeting> meetings = MeetingRepository(db).meetingsOf(rmo.id);
    CHECK(rowCount(meetingsTable) == meetings.size());
    REQUIRE(rowCount(meetingsTable) > 0);
    CHECK(column(meetingsTable, 0).contains(QStringLiteral("1"))); // protocol № 1 of a year

    // Copy to next year: this year's plan into next year's draft, which opens in the editor.
    showTab(plansTab);
    const int plans = rowCount(plansTable);
    REQUIRE(plans > 0);
    const qint64 newest = currentId(plansTable); // the newest is selected
    REQUIRE(newest > 0);
    const int year = PlanRepository(db).get(newest).startYear;
    QString refusal;
    bool editorOpened = false;
    whenModal<QDialog>([&](QDialog *d) {
        if (auto *box = qobject_cast<QMessageBox *>(d)) { // a refusal says why
            refusal = box->text();
            box->accept();
            return;
        }
        editorOpened = qobject_cast<PlanEditorDialog *>(d) != nullptr;
        d->reject(); // the draft stays as copied
    });
    clickButton(plansTab, "copyPlan");
    INFO(refusal.toStdString());
    CHECK(editorOpened);
    const qint64 copied = currentId(plansTable); // the draft is selected
    REQUIRE(copied != newest);
    REQUIRE(copied != 0);
    CHECK(refusal.isEmpty());
    CHECK(rowCount(plansTable) == plans + 1);
    const MethodicalPlan draft = PlanRepository(db).get(copied);
    CHECK(draft.associationId == rmo.id);
    CHECK(draft.startYear == year + 1);
    CHECK_FALSE(draft.approval.date.isValid()); // a draft, not approved yet

    // The protocol of the selected meeting, written by the worker thread.
    showTab(meetingsTab);
    const QString pdf = dir.filePath(QStringLiteral("protocol.pdf"));
    CHECK(saveDocumentAs(meetingsTab, "printProtocol", pdf) >= 1);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(printed.contains(QStringLiteral("ПРОТОКОЛ")));
    CHECK(printed.contains(QStringLiteral("СЛУШАЛИ")));
    CHECK(printed.contains(QStringLiteral("Приложение")));

    // The centre's plans: the work plan and the roadmap.
    clickRow(associations, rowOfId(associations, 0));
    CHECK(rowCount(plansTable) >= 1);
    CHECK(rowCount(members) == 0);
}

TEST_CASE("An association is created in its dialog, its members join and leave, each step undone",
          "[ui][associations]")
{
    ClockScope clock;
    QTemporaryDir dir;
    std::unique_ptr<Database> db = registryDatabase(dir.filePath(QStringLiteral("registry.sqlite")));
    QList<qint64> teachers;
    QHash<qint64, QString> names;
    for (const TeacherRow &t : TeacherRepository(*db).rows(referenceDay())) {
        teachers << t.id;
        names.insert(t.id, t.fullName());
    }
    REQUIRE(teachers.size() == 4); // Иванова holds two posts
    auto window = openWindow(std::move(db));
    window->resize(1600, 900);
    Database &base = window->context().db();
    QWidget *page = goToArea(*window, QStringLiteral("Methodical associations"));
    auto *associations = child<QTableView>(page, "associationsTable");
    auto *membersTab = page->findChild<MembersTab *>();
    REQUIRE(membersTab);
    auto *members = child<QTableView>(membersTab, "membersTable");
    const auto undo = [&window] { triggerMenu(*window, {QStringLiteral("&Edit"), QStringLiteral("&Undo")}); };
    const auto redo = [&window] { triggerMenu(*window, {QStringLiteral("&Edit"), QStringLiteral("&Redo")}); };
    // The day asked for after a members' button, typed, then OK; a refusal's message is kept.
    const auto answerDay = [](const QString &day, QString *refusal) {
        whenModalWith<QDialog>("day", [day, refusal](QDialog *d) {
            if (refusal) {
                whenModal<QMessageBox>([refusal](QMessageBox *box) {
                    *refusal = box->text();
                    box->accept();
                });
            }
            typeInto(d, "day", day);
            clickOk(d);
        });
    };

    // New...: the dialog refuses a ШМО without its school, naming the field.
    int dialogResult = -1;
    whenModal<AssociationDialog>([&](AssociationDialog *dialog) {
        dialog->nameEdit()->setText(QStringLiteral("ШМО учителей математики"));
        dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(int(AssociationKind::Shmo)));
        CHECK(dialog->levelCombo()->currentData().toInt() == int(AssociationLevel::School)); // the level follows
        clickOk(dialog);
        CHECK(dialog->result() != QDialog::Accepted);
        CHECK(dialog->problemsLabel()->text().contains(QStringLiteral("Organisation")));
        // An РМО with a head and a secretary from the registry.
        dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(int(AssociationKind::Rmo)));
        CHECK(dialog->levelCombo()->currentData().toInt() == int(AssociationLevel::Municipal));
        dialog->nameEdit()->setText(QStringLiteral("РМО учителей математики"));
        dialog->chooseHead(teachers.at(0));
        dialog->chooseSecretary(teachers.at(1));
        clickOk(dialog);
        dialogResult = dialog->result();
        if (dialog->isVisible())
            dialog->reject();
    });
    clickButton(page, "newAssociation");
    REQUIRE(dialogResult == QDialog::Accepted);

    // Saved by the page.
    REQUIRE(AssociationRepository(base).all().size() == 1);
    const qint64 id = AssociationRepository(base).all().constFirst().id;
    const Association stored = AssociationRepository(base).get(id);
    CHECK(stored.name == QStringLiteral("РМО учителей математики"));
    CHECK(stored.headId == teachers.at(0));
    // The head and the secretary became members from today.
    CHECK(AssociationRepository(base).membersOn(id, referenceDay()) == QList<qint64>{teachers.at(0), teachers.at(1)});

    clickRow(associations, rowOfId(associations, id));
    REQUIRE(currentId(associations) == id);
    showTab(membersTab);
    CHECK(rowCount(members) == 2);
    // Add members...: two more join on 1 December (the head chosen too: a member already); one leaves in January.
    whenModal<TeacherPickerDialog>([&](TeacherPickerDialog *picker) {
        auto *view = picker->findChild<QTableView *>();
        REQUIRE(view);
        clickRowWithText(view, 0, names.value(teachers.at(2)));
        clickRowWithText(view, 0, names.value(teachers.at(3)), Qt::ControlModifier);
        clickRowWithText(view, 0, names.value(teachers.at(0)), Qt::ControlModifier);
        clickOk(picker);
    });
    answerDay(QStringLiteral("01.12.2026"), nullptr);
    clickButton(membersTab, "addMembers");
    CHECK(rowCount(members) == 4); // the head was a member already
    CHECK(column(associations, 2).contains(QStringLiteral("2"))); // members today: the two join later
    clickRowWithText(members, 0, names.value(teachers.at(3)));
    answerDay(QStringLiteral("15.01.2027"), nullptr);
    clickButton(membersTab, "leaveMembers");
    AssociationRepository repo(base);
    CHECK(repo.membersOn(id, QDate(2027, 1, 14)).size() == 4);
    CHECK(repo.membersOn(id, QDate(2027, 1, 15)).size() == 3);
    CHECK(repo.members(id).size() == 4); // the history stays

    // Undo: back in; undo again: the two never joined; redo twice.
    undo();
    CHECK(repo.membersOn(id, QDate(2027, 1, 15)).size() == 4);
    undo();
    CHECK(repo.members(id).size() == 2);
    redo();
    redo();
    CHECK(repo.membersOn(id, QDate(2027, 1, 15)).size() == 3);

    // Leaving before joining is refused, naming the field; nothing changes.
    clickRowWithText(members, 0, names.value(teachers.at(2)));
    QString refusal;
    answerDay(QStringLiteral("01.08.2026"), &refusal);
    clickButton(membersTab, "leaveMembers");
    CHECK(refusal.contains(QStringLiteral("Left")));
    CHECK(repo.membersOn(id, QDate(2027, 1, 15)).size() == 3);

    // Deleted with its members (after the question); undo brings both back under the old id.
    clickRow(associations, rowOfId(associations, id));
    bool asked = false;
    whenModal<QMessageBox>([&asked](QMessageBox *box) {
        asked = true;
        box->button(QMessageBox::Yes)->click();
    });
    clickButton(page, "deleteAssociation");
    REQUIRE(asked);
    CHECK(repo.all().isEmpty());
    undo();
    REQUIRE(repo.all().size() == 1);
    const qint64 back = repo.all().constFirst().id;
    CHECK(back == id);
    // The whole history undone and redone: the later steps still find it.
    const auto can = [&window](const QString &entry) {
        return menuAction(*window, {QStringLiteral("&Edit"), entry})->isEnabled();
    };
    while (can(QStringLiteral("&Undo")))
        undo();
    CHECK(repo.all().isEmpty());
    while (can(QStringLiteral("&Redo")))
        redo();
    CHECK(repo.all().isEmpty()); // the last step was the deletion
    undo();
    REQUIRE(repo.all().size() == 1);
    CHECK(repo.get(back).headId == teachers.at(0));
    CHECK(repo.members(back).size() == 4);
    CHECK(repo.membersOn(back, QDate(2027, 1, 15)).size() == 3);

    // An association with a plan is not deleted: its history counts.
    MethodicalPlan plan;
    plan.associationId = back;
    plan.startYear = 2026;
    plan.title = QStringLiteral("План работы РМО учителей математики на 2026/2027 учебный год");
    PlanRepository(base).insert(plan);
    clickRow(associations, rowOfId(associations, back));
    QString deleteRefusal;
    whenModal<QMessageBox>([&deleteRefusal](QMessageBox *question) {
        whenModal<QMessageBox>([&deleteRefusal](QMessageBox *box) {
            deleteRefusal = box->text();
            box->accept();
        });
        question->button(QMessageBox::Yes)->click();
    });
    clickButton(page, "deleteAssociation");
    CHECK(deleteRefusal.contains(QStringLiteral("last active year")));
    CHECK(repo.all().size() == 1);
}

TEST_CASE("A head plans next year, holds a planned meeting and writes its protocol on the page, each step undone",
          "[ui][associations]")
{
    DemoPage f;
    Database &db = f.db;
    AppContext &ctx = f.ctx;
    AssociationsPage &page = f.page;
    const QTemporaryDir &dir = f.dir;
    page.reload();
    const Association rmo = AssociationRepository(db).all().constFirst();
    page.selectAssociation(rmo.id);
    REQUIRE(page.currentAssociation() == rmo.id);

    // A new plan starts as next year's (this year's exists), titled after the РМО.
    const MethodicalPlan draft = page.newPlanTemplate();
    CHECK(draft.associationId == rmo.id);
    CHECK(draft.kind == PlanKind::RmoYear);
    CHECK(draft.startYear == 2027);
    CHECK(draft.title.contains(QStringLiteral("2027/2028")));
    CHECK(draft.approval.name == QStringLiteral("Н.В. Орлова")); // who approved last time
    CHECK(draft.review.body == QStringLiteral("на заседании РМО"));

    // Saved as the head filled it in, then printed by the page.
    MethodicalPlan next = draft;
    next.review.protocolDate = QDate(2027, 5, 20);
    next.review.protocolNumber = QStringLiteral("5");
    next.items = {PlanItem{0, 0, QStringLiteral("Заседание № 1\nАнализ результатов ГИА"), QStringLiteral("заседание"),
                           {}, QDate(2027, 9, 16), {}, {}, {}, QStringLiteral("Иванова Т.А."), true}};
    QString saveError;
    qint64 nextId = 0;
    REQUIRE(PlanEditing::save(ctx, std::nullopt, next, &saveError, &nextId));
    page.reload();
    page.selectAssociation(rmo.id);
    REQUIRE(page.currentPlan() == nextId); // the newest is selected
    const QString planPdf = dir.filePath(QStringLiteral("plan.pdf"));
    REQUIRE(page.writePlan(planPdf) >= 1);
    QProcess planText;
    planText.start(QStringLiteral("pdftotext"), {planPdf, QStringLiteral("-")});
    REQUIRE(planText.waitForFinished(30000));
    const QString printedPlan = QString::fromUtf8(planText.readAllStandardOutput());
    CHECK(printedPlan.contains(QStringLiteral("РАССМОТРЕНО")));
    CHECK(printedPlan.contains(QStringLiteral("протокол от 20.05.2027")));
    CHECK(printedPlan.contains(QStringLiteral("УТВЕРЖДАЮ")));
    CHECK(printedPlan.count(QStringLiteral("Заседание № 1")) == 1); // titled so by the head: printed once
    CHECK(printedPlan.contains(QStringLiteral("Анализ результатов ГИА")));
    REQUIRE(PlanEditing::remove(ctx, nextId, &saveError));
    page.reload();

    // Copying is one undoable step; the copy is selected.
    const int plans = rowCount(page.plans());
    const qint64 copied = page.copyPlanToNextYear();
    REQUIRE(copied != 0);
    CHECK(page.currentPlan() == copied);
    CHECK(rowCount(page.plans()) == plans + 1);
    ctx.undoStack()->undo();
    page.reload();
    CHECK(rowCount(page.plans()) == plans);
    CHECK_THROWS(PlanRepository(db).get(copied));

    // The meetings of this year's plan not held yet are offered.
    const QList<PlanItem> unheld = page.unheldMeetingItems();
    REQUIRE_FALSE(unheld.isEmpty());
    const int meetings = rowCount(page.meetings());
    Meeting held = MeetingDialog::fromPlanItem(rmo.id, unheld.constFirst());
    held.attendees = AssociationRepository(db).membersOn(rmo.id, held.date);
    QString error;
    qint64 id = 0;
    REQUIRE(MeetingEditing::save(ctx, std::nullopt, held, &error, &id));
    page.reload();
    CHECK(rowCount(page.meetings()) == meetings + 1);
    CHECK(page.unheldMeetingItems().size() == unheld.size() - 1);
    // The page shows its protocol number and attendance.
    page.meetings()->selectRow(rowCount(page.meetings()) - 1);
    REQUIRE(page.currentMeeting() == id);
    CHECK(cellText(page.meetings(), page.meetings()->currentIndex().row(), 2) == QString::number(held.attendees.size()));
    // Deleted from the page and brought back by undo.
    REQUIRE(page.deleteMeeting());
    CHECK(rowCount(page.meetings()) == meetings);
    ctx.undoStack()->undo();
    page.reload();
    CHECK(rowCount(page.meetings()) == meetings + 1);
    CHECK(MeetingRepository(db).get(id).planItemId == unheld.constFirst().id);
}

TEST_CASE("A region's associations are read on a worker thread, the same as read directly", "[ui][associations]")
{
    ClockScope clock;
    QTemporaryDir dir;
    // More teachers than are read in the foreground:
    std::unique_ptr<Database> demo = demoDatabase(dir.filePath(QStringLiteral("large.sqlite")), 3200);
    auto window = openWindow(std::move(demo));
    Database &db = window->context().db();
    auto *page = qobject_cast<AssociationsPage *>(goToArea(*window, QStringLiteral("Methodical associations")));
    REQUIRE(page);
    QSignalSpy loaded(page, &AssociationsPage::loaded); // no event is handled before: none is missed
    CHECK(page->isLoading());
    REQUIRE(loaded.wait(30000));
    auto *associations = child<QTableView>(page, "associationsTable");
    auto *membersTab = page->findChild<MembersTab *>();
    REQUIRE(membersTab);
    auto *members = child<QTableView>(membersTab, "membersTable");
    const QList<Association> all = AssociationRepository(db).all();
    CHECK(rowCount(associations) == all.size() + 1);
    const Association &rmo = all.constFirst();
    clickRow(associations, rowOfId(associations, rmo.id));
    showTab(membersTab);
    CHECK(rowCount(members) == AssociationRepository(db).members(rmo.id).size());
    // Names come from the list read on the worker: the head is named.
    CHECK_FALSE(column(members, 0).contains(QStringLiteral("(not in the registry today)")));
}
