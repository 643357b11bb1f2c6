// No lost edits, as the user meets them (issue 17 item 5): a teacher's card
// saved after another user saved the same teacher shows both versions
// (ConflictDialog) and writes only what the user chooses. The other user is
// a second connection to the same database.
#include <catch2/catch.hpp>

#include "associations/AssociationDialog.h"
#include "associations/AssociationsPage.h"
#include "associations/PlanEditorDialog.h"
#include "associations/PlanItemsModel.h"
#include "associations/PlansTab.h"
#include "common/ConflictDialog.h"
#include "common/Roles.h"
#include "events/EventDialog.h"
#include "events/EventsPage.h"
#include "registry/TeacherDialog.h"
#include "registry/TeachersPage.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "store/AssociationRepository.h"
#include "store/EventRepository.h"
#include "store/PlanRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

// The rows of the conflict's table: «field: mine | theirs» of those marked as differing.
QStringList markedRows(ConflictDialog *dialog)
{
    auto *table = dialog->findChild<QTableWidget *>();
    QStringList out;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 1)->font().bold())
            out << table->item(r, 0)->text() + u": "_s + table->item(r, 1)->text() + u" | "_s + table->item(r, 2)->text();
    }
    return out;
}

} // namespace

TEST_CASE("A teacher's card saved after another user's save asks which version stays", "[ui][rowversion]")
{
    ClockScope clock;
    QTemporaryDir dir;
    MainWindow window(registryDatabase(dir.filePath(u"ui.sqlite"_s)));
    window.show();
    QApplication::setActiveWindow(&window);
    auto *sidebar = window.findChild<QListWidget *>(u"sidebar"_s);
    REQUIRE(sidebar);
    sidebar->setCurrentRow(1);
    auto *page = window.findChild<TeachersPage *>();
    REQUIRE(page);
    Database &db = window.context().db();
    const qint64 id = teacherIdBySurname(db, u"Козлова"_s);
    REQUIRE(id != 0);
    REQUIRE(waitUntil([page] { return !page->isLoading(); }));
    page->selectId(id);
    const QString phoneBefore = TeacherRepository(db).get(id).phone;

    // The second user: another connection, saving the same teacher's phone.
    Database other(db.connectionSpec());
    other.open();
    auto otherSaves = [&] {
        Teacher t = TeacherRepository(other).get(id);
        t.phone = u"8 900 111-11-11"_s;
        TeacherRepository(other).update(t);
    };
    QUndoStack *undo = window.context().undoStack();
    const int steps = undo->count();

    SECTION("saving one's own version writes it whole, and undo brings theirs back")
    {
        QStringList marked;
        whenModal<TeacherDialog>([&](TeacherDialog *dialog) {
            typeInto(dialog, "email", u"kozlova@mail.ru"_s);
            otherSaves(); // while the card is open
            whenModal<ConflictDialog>([&](ConflictDialog *conflict) {
                marked = markedRows(conflict);
                clickButton(conflict, "keepMine");
            });
            dialog->accept();
        });
        page->editTeacher();
        CHECK(marked == QStringList{u"Phone: %1 | 8 900 111-11-11"_s.arg(phoneBefore.isEmpty() ? u"—"_s : phoneBefore),
                                    u"E-mail: kozlova@mail.ru | —"_s});
        Teacher stored = TeacherRepository(db).get(id);
        CHECK(stored.email == u"kozlova@mail.ru"_s);
        CHECK(stored.phone == phoneBefore);
        REQUIRE(undo->count() == steps + 1);
        undo->undo();
        stored = TeacherRepository(db).get(id);
        CHECK(stored.phone == u"8 900 111-11-11"_s);
        CHECK(stored.email.isEmpty());
        undo->redo();
        CHECK(TeacherRepository(db).get(id).email == u"kozlova@mail.ru"_s);
    }

    SECTION("keeping their version drops one's own and writes nothing")
    {
        whenModal<TeacherDialog>([&](TeacherDialog *dialog) {
            typeInto(dialog, "email", u"kozlova@mail.ru"_s);
            otherSaves();
            whenModal<ConflictDialog>([](ConflictDialog *conflict) { clickButton(conflict, "takeTheirs"); });
            dialog->accept();
        });
        page->editTeacher();
        const Teacher stored = TeacherRepository(db).get(id);
        CHECK(stored.phone == u"8 900 111-11-11"_s);
        CHECK(stored.email.isEmpty());
        CHECK(undo->count() == steps);
    }

    SECTION("going back to editing keeps the card open with one's values and says why")
    {
        QString said;
        QString kept;
        whenModal<TeacherDialog>([&](TeacherDialog *dialog) {
            typeInto(dialog, "email", u"kozlova@mail.ru"_s);
            otherSaves();
            whenModal<ConflictDialog>([](ConflictDialog *conflict) { conflict->reject(); }); // Escape
            dialog->accept();
            if (dialog->isVisible()) {
                said = dialog->findChild<QLabel *>(u"saveError"_s)->text();
                kept = dialog->findChild<QLineEdit *>(u"email"_s)->text();
                dialog->reject();
            }
        });
        page->editTeacher();
        CHECK(said.startsWith(u"Not saved: another user saved this record after you opened it"_s));
        CHECK(kept == u"kozlova@mail.ru"_s);
        CHECK(TeacherRepository(db).get(id).email.isEmpty());
        CHECK(undo->count() == steps);
    }
}

TEST_CASE("A plan saved after another user's save reopens the editor on the way back, then saves knowingly",
          "[ui][rowversion][associations]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(demoDatabase(dir.filePath(u"demo.sqlite"_s), 300));
    window->resize(1600, 900);
    Database &db = window->context().db();
    QWidget *page = goToArea(*window, u"Methodical associations"_s);
    auto *associations = child<QTableView>(page, "associationsTable");
    // The first association with a plan: the page shows its plans.
    qint64 planId = 0;
    for (int r = 0; r < associations->model()->rowCount() && planId == 0; ++r) {
        const qint64 id = associations->model()->index(r, 0).data(IdRole).toLongLong();
        for (const MethodicalPlan &p : PlanRepository(db).plansOf(id)) {
            if (!p.items.isEmpty() || !PlanRepository(db).get(p.id).items.isEmpty()) {
                planId = p.id;
                clickRow(associations, r);
                break;
            }
        }
    }
    REQUIRE(planId != 0);
    auto *plans = page->findChild<PlansTab *>();
    showTab(plans);
    auto *table = child<QTableView>(plans, "plansTable");
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(IdRole).toLongLong() == planId)
            clickRow(table, r);
    }
    const MethodicalPlan original = PlanRepository(db).get(planId);

    Database other(db.connectionSpec());
    other.open();
    QString keptTerm;
    int editors = 0;
    whenModal<PlanEditorDialog>([&](PlanEditorDialog *editor) {
        ++editors;
        PlanItemsModel *items = editor->itemsModel();
        items->setData(items->index(0, PlanItemsModel::Term), u"октябрь"_s);
        MethodicalPlan theirs = PlanRepository(other).get(planId); // the other user saves meanwhile
        theirs.goal = u"Цель, записанная методистом"_s;
        PlanRepository(other).update(theirs);
        whenModal<ConflictDialog>([&](ConflictDialog *conflict) {
            // Back to editing: the editor opens again with this user's plan.
            whenModal<PlanEditorDialog>([&](PlanEditorDialog *again) {
                ++editors;
                keptTerm = again->itemsModel()->index(0, PlanItemsModel::Term).data().toString();
                whenModal<ConflictDialog>([](ConflictDialog *second) { clickButton(second, "keepMine"); });
                again->accept();
            });
            conflict->reject();
        });
        editor->accept();
    });
    clickButton(plans, "editPlan");
    CHECK(editors == 2);
    CHECK(keptTerm == u"октябрь"_s);
    MethodicalPlan stored = PlanRepository(db).get(planId);
    CHECK(stored.items.at(0).term == u"октябрь"_s);
    CHECK(stored.goal == original.goal); // this user's plan, saved whole over theirs
    window->context().undoStack()->undo();
    stored = PlanRepository(db).get(planId);
    CHECK(stored.goal == u"Цель, записанная методистом"_s); // undo brings theirs back
    CHECK(stored.items.at(0).term == original.items.at(0).term);
}

TEST_CASE("An event saved after another user's save asks which version stays, and undo brings theirs back",
          "[ui][rowversion]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(registryDatabase(dir.filePath(u"ev.sqlite"_s)));
    Database &db = window->context().db();
    MethodicalEvent e;
    e.topic = u"Формирующее оценивание"_s;
    e.starts = QDate(2026, 11, 20);
    e.held = true;
    const qint64 id = EventRepository(db).save(e, referenceDay());
    auto *page = qobject_cast<EventsPage *>(goToArea(*window, u"Events and competitions"_s));
    REQUIRE(page);
    showTab(page->view()->parentWidget());
    REQUIRE(rowCount(page->view()) == 1);
    page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
    Database other(db.connectionSpec());
    other.open();
    QUndoStack *undo = window->context().undoStack();
    const int steps = undo->count();

    QStringList marked;
    whenModal<EventDialog>([&](EventDialog *d) {
        d->topicEdit()->setText(u"Формирующее оценивание на уроке"_s);
        MethodicalEvent theirs = *EventRepository(other).get(id); // a second methodist, meanwhile
        theirs.note = u"Перенесено в актовый зал"_s;
        EventRepository(other).save(theirs, referenceDay());
        whenModal<ConflictDialog>([&](ConflictDialog *conflict) {
            marked = markedRows(conflict);
            clickButton(conflict, "keepMine");
        });
        clickOk(d);
    });
    clickButton(page, "editEventButton");
    CHECK(page->lastError().isEmpty());
    CHECK(marked == QStringList{u"Topic: Формирующее оценивание на уроке | Формирующее оценивание"_s,
                                u"Note: — | Перенесено в актовый зал"_s});
    MethodicalEvent stored = *EventRepository(db).get(id);
    CHECK(stored.topic == u"Формирующее оценивание на уроке"_s);
    CHECK(stored.note.isEmpty());
    REQUIRE(undo->count() == steps + 1);
    undo->undo();
    stored = *EventRepository(db).get(id);
    CHECK(stored.topic == u"Формирующее оценивание"_s);
    CHECK(stored.note == u"Перенесено в актовый зал"_s);
    undo->redo();
    CHECK(EventRepository(db).get(id)->topic == u"Формирующее оценивание на уроке"_s);
}

TEST_CASE("An association saved after another user's save goes back to its dialog with the user's values",
          "[ui][rowversion]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(registryDatabase(dir.filePath(u"as.sqlite"_s)));
    Database &db = window->context().db();
    Association rmo;
    rmo.name = u"РМО учителей математики"_s;
    rmo.activeFrom = 2020;
    const qint64 id = AssociationRepository(db).insert(rmo);
    auto *page = qobject_cast<AssociationsPage *>(goToArea(*window, u"Methodical associations"_s));
    REQUIRE(page);
    page->selectAssociation(id);
    Database other(db.connectionSpec());
    other.open();
    const qint64 kozlova = teacherIdBySurname(db, u"Козлова"_s);
    QUndoStack *undo = window->context().undoStack();
    const int steps = undo->count();

    // The association's head adds a member while the methodist edits the name.
    QString reopenedWith;
    int conflicts = 0;
    whenModal<AssociationDialog>([&](AssociationDialog *d) {
        d->nameEdit()->setText(u"РМО учителей математики и информатики"_s);
        AssociationRepository(other).update(AssociationRepository(other).get(id)); // raises the version
        AssociationRepository(other).addMember({0, id, kozlova, QDate(2026, 9, 1), {}});
        whenModal<ConflictDialog>([&](ConflictDialog *conflict) {
            ++conflicts;
            conflict->reject(); // back to editing
            whenModal<AssociationDialog>([&](AssociationDialog *again) {
                reopenedWith = again->nameEdit()->text();
                whenModal<ConflictDialog>([&](ConflictDialog *second) {
                    ++conflicts;
                    clickButton(second, "takeTheirs");
                });
                clickOk(again);
            });
        });
        clickOk(d);
    });
    clickButton(page, "editAssociation");
    CHECK(conflicts == 2);
    CHECK(reopenedWith == u"РМО учителей математики и информатики"_s);
    const Association stored = AssociationRepository(db).get(id);
    CHECK(stored.name == u"РМО учителей математики"_s);
    CHECK(AssociationRepository(db).members(id).size() == 1);
    CHECK(undo->count() == steps);
}
