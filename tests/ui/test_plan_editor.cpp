// The plan editor: a plan built through the dialog's widgets is stored as
// typed; wrong input keeps the dialog open naming the field and the row;
// the writes of PlanEditing are undone and redone exactly.

#include <catch2/catch.hpp>

#include "associations/PlanEditing.h"
#include "associations/PlanEditorDialog.h"
#include "associations/PlanItemsModel.h"
#include "common/DateLineEdit.h"
#include "common/FieldMessage.h"
#include "shell/AppContext.h"
#include "store/AssociationRepository.h"
#include "store/PlanRepository.h"
#include "support/TestSupport.h"
#include "util/Error.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

struct PlanFixture
{
    ClockScope clock;
    TempDatabase t;
    AppContext ctx{t.db()};
    qint64 rmo = 0;

    PlanFixture()
    {
        Association a;
        a.kind = AssociationKind::Rmo;
        a.level = AssociationLevel::Municipal;
        a.name = u"РМО учителей математики"_s;
        a.direction = u"математика"_s;
        a.activeFrom = 2020;
        rmo = AssociationRepository(t.db()).insert(a);
    }

    MethodicalPlan emptyPlan() const
    {
        MethodicalPlan p;
        p.kind = PlanKind::RmoYear;
        p.associationId = rmo;
        p.startYear = 2026;
        return p;
    }

    MethodicalPlan samplePlan() const
    {
        MethodicalPlan p = emptyPlan();
        p.title = u"План работы РМО учителей математики на 2026/2027 учебный год"_s;
        p.stages = {u"Этап 1. Аналитический"_s, u"Этап 2. Практический"_s};
        p.items = {PlanItem{0, 1, u"Заседание № 1\nАнализ ОГЭ"_s, u"заседание"_s, {}, {}, {}, u"август"_s, {}, {}, true},
                   PlanItem{0, 2, u"Открытый урок"_s, u"урок"_s, {}, QDate(2026, 10, 5), {}, {}, {}, {}, false},
                   PlanItem{0, 0, u"Заседание № 2"_s, u"заседание"_s, {}, {}, {}, u"ноябрь"_s, {}, {}, true}};
        return p;
    }

    QList<MethodicalPlan> plans() { return PlanRepository(t.db()).plansOf(rmo); }
};

void setCell(PlanEditorDialog &dialog, int row, int column, const QVariant &value)
{
    PlanItemsModel *m = dialog.itemsModel();
    REQUIRE(m->setData(m->index(row, column), value));
}

// What undo must restore: the items as the user sees them (ids aside).
QList<PlanItem> withoutIds(QList<PlanItem> items)
{
    for (PlanItem &item : items)
        item.id = 0;
    return items;
}

} // namespace

TEST_CASE("A plan built in the editor is stored as the head typed it", "[ui][plans]")
{
    PlanFixture f;
    PlanEditorDialog dialog(f.ctx, f.emptyPlan());
    QAbstractItemModelTester tester(dialog.itemsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.show();

    dialog.titleEdit()->setText(u"План работы РМО учителей математики на 2026/2027 учебный год"_s);
    // The year in the title follows the academic year chosen.
    dialog.yearSpin()->setValue(2027);
    CHECK(dialog.titleEdit()->text().endsWith(u"2027/2028 учебный год"_s));
    CHECK(dialog.yearSpin()->text() == u"2027/2028"_s);
    dialog.yearSpin()->setValue(2026);
    dialog.themeEdit()->setText(u"Формирование функциональной грамотности"_s);
    dialog.goalEdit()->setPlainText(u"Повышение качества математического образования"_s);
    dialog.tasksEdit()->setPlainText(u"Изучить ФОП ООО\n\n  Обобщить опыт  \n"_s);
    dialog.approvalPositionEdit()->setText(u"Директор МКУ «ИМЦ»"_s);
    dialog.approvalNameEdit()->setText(u"Н.В. Орлова"_s);
    dialog.approveTodayButton()->click();
    CHECK(dialog.approvalDateEdit()->date() == referenceDay());
    dialog.reviewBodyEdit()->setText(u"на заседании РМО"_s);
    dialog.reviewDateEdit()->setText(u"28.08.2026"_s);
    dialog.reviewNumberEdit()->setText(u"1"_s);
    dialog.addStage(u"Этап 1. Аналитический"_s);

    dialog.addMeetingButton()->click();
    dialog.addMeetingButton()->click();
    dialog.addItemButton()->click(); // after the current row: the second meeting
    REQUIRE(dialog.itemsModel()->rowCount() == 3);
    CHECK(dialog.itemsModel()->item(0).title == u"Заседание № 1"_s);
    CHECK(dialog.itemsModel()->item(1).title == u"Заседание № 2"_s);
    CHECK(dialog.itemsModel()->item(1).form == u"заседание"_s);
    CHECK(dialog.itemsTable()->currentIndex().row() == 2);
    setCell(dialog, 0, PlanItemsModel::Title, u"Заседание № 1\nАнализ результатов ОГЭ\nУтверждение плана"_s);
    setCell(dialog, 0, PlanItemsModel::From, u"27.08.2026"_s);
    setCell(dialog, 0, PlanItemsModel::Responsible, u"Иванова М.П."_s);
    setCell(dialog, 2, PlanItemsModel::Title, u"Открытый урок в 7 классе"_s);
    setCell(dialog, 2, PlanItemsModel::Form, u"открытый урок"_s);
    setCell(dialog, 2, PlanItemsModel::Term, u"октябрь"_s);
    setCell(dialog, 2, PlanItemsModel::Stage, 1);
    CHECK(dialog.itemsModel()->index(2, PlanItemsModel::Stage).data().toString() == u"Этап 1. Аналитический"_s);
    // The open lesson goes between the meetings.
    dialog.moveItem(-1);
    CHECK(dialog.itemsTable()->currentIndex().row() == 1);

    dialog.accept();
    INFO(dialog.problems()->text().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    const MethodicalPlan typed = dialog.plan();
    CHECK(typed.review.body == u"на заседании РМО"_s);
    CHECK(typed.review.protocolDate == QDate(2026, 8, 28));
    CHECK(typed.review.protocolNumber == u"1"_s);

    QString error;
    qint64 id = 0;
    REQUIRE(PlanEditing::save(f.ctx, std::nullopt, typed, &error, &id));
    CHECK(error.isEmpty());
    CHECK(f.ctx.undoStack()->count() == 1);
    CHECK(f.ctx.undoStack()->undoText() == u"new plan"_s);
    const MethodicalPlan stored = PlanRepository(f.t.db()).get(id);
    CHECK(stored.associationId == f.rmo);
    CHECK(stored.startYear == 2026);
    CHECK(stored.title == u"План работы РМО учителей математики на 2026/2027 учебный год"_s);
    CHECK(stored.theme == u"Формирование функциональной грамотности"_s);
    CHECK(stored.tasks == u"Изучить ФОП ООО\nОбобщить опыт"_s);
    CHECK(stored.approval.name == u"Н.В. Орлова"_s);
    CHECK(stored.approval.date == referenceDay());
    CHECK(stored.stages == QStringList{u"Этап 1. Аналитический"_s});
    REQUIRE(stored.items.size() == 3);
    CHECK(stored.items.at(0).title == u"Заседание № 1\nАнализ результатов ОГЭ\nУтверждение плана"_s);
    CHECK(stored.items.at(1).title == u"Открытый урок в 7 классе"_s);
    CHECK(stored.items.at(2).title == u"Заседание № 2"_s);
    CHECK(stored.items.at(0).isMeeting);
    CHECK_FALSE(stored.items.at(1).isMeeting);
    CHECK(stored.items.at(2).isMeeting);
    CHECK(stored.items.at(0).from == QDate(2026, 8, 27));
    CHECK(stored.items.at(0).responsible == u"Иванова М.П."_s);
    CHECK(stored.items.at(1).stage == 1);
    CHECK(stored.items.at(1).term == u"октябрь"_s);
}

TEST_CASE("The plan editor stays open naming the field and the row of what is wrong", "[ui][plans]")
{
    PlanFixture f;
    PlanEditorDialog dialog(f.ctx, f.samplePlan());
    dialog.show();
    REQUIRE(dialog.itemsModel()->rowCount() == 3);

    setCell(dialog, 2, PlanItemsModel::From, u"31.02.2027"_s);
    dialog.approvalDateEdit()->setText(u"32.08.2026"_s);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.isVisible());
    REQUIRE(dialog.problems()->isVisible());
    CHECK(dialog.problems()->text().contains(u"Item 3: start date:"_s));
    CHECK(dialog.problems()->text().contains(u"Approval date:"_s));

    setCell(dialog, 2, PlanItemsModel::From, u"03.02.2027"_s);
    dialog.approvalDateEdit()->clear();
    dialog.titleEdit()->clear();
    setCell(dialog, 1, PlanItemsModel::Title, u"  "_s);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problems()->text().contains(u"Title:"_s));
    CHECK(dialog.problems()->text().contains(u"Item 2: the title is empty."_s));
    CHECK_FALSE(dialog.problems()->text().contains(u"Item 3"_s));

    // Removing a stage keeps the items, without that stage.
    dialog.stagesList()->setCurrentRow(0);
    dialog.removeStage();
    CHECK(dialog.plan().stages == QStringList{u"Этап 2. Практический"_s});
    CHECK(dialog.plan().items.at(0).stage == 0);
    CHECK(dialog.plan().items.at(1).stage == 1);

    dialog.titleEdit()->setText(u"План"_s);
    setCell(dialog, 1, PlanItemsModel::Title, u"Открытый урок"_s);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.problems()->isVisible());
}

TEST_CASE("New, edited, removed and copied plans are undone and redone exactly", "[ui][plans]")
{
    PlanFixture f;
    QUndoStack *undo = f.ctx.undoStack();
    PlanRepository repo(f.t.db());
    QString error;
    qint64 id = 0;
    REQUIRE(PlanEditing::save(f.ctx, std::nullopt, f.samplePlan(), &error, &id));
    const MethodicalPlan created = repo.get(id);

    // New plan: undo removes it, redo brings it back under the same id.
    undo->undo();
    CHECK(f.plans().isEmpty());
    undo->redo();
    REQUIRE(f.plans().size() == 1);
    CHECK(f.plans().constFirst().id == id);
    CHECK(withoutIds(repo.get(id).items) == withoutIds(created.items));

    // Edit: the first meeting removed, the lesson renamed and moved last.
    const MethodicalPlan beforeEdit = repo.get(id);
    MethodicalPlan edited = beforeEdit;
    edited.items.removeFirst();
    edited.items[0].title = u"Открытый урок в 8 классе"_s;
    edited.items.move(0, 1);
    edited.items[0].isMeeting = false;
    REQUIRE(PlanEditing::save(f.ctx, beforeEdit, edited, &error));
    CHECK(undo->undoText() == u"edit plan"_s);
    CHECK(withoutIds(repo.get(id).items) == withoutIds(edited.items));
    undo->undo();
    const MethodicalPlan back = repo.get(id);
    CHECK(withoutIds(back.items) == withoutIds(created.items)); // titles, order, stage, isMeeting
    CHECK(back.items.at(1).id == beforeEdit.items.at(1).id);   // the item that stayed keeps its id
    undo->redo();
    CHECK(withoutIds(repo.get(id).items) == withoutIds(edited.items));

    // A refused write pushes nothing and says why.
    const int steps = undo->count();
    MethodicalPlan second = f.samplePlan();
    CHECK_FALSE(PlanEditing::save(f.ctx, std::nullopt, second, &error));
    CHECK(error.contains(u"2026/2027"_s));
    CHECK(undo->count() == steps);

    // Remove: undo brings the plan back as it was.
    const MethodicalPlan beforeRemoval = repo.get(id);
    REQUIRE(PlanEditing::remove(f.ctx, id, &error));
    CHECK(undo->undoText() == u"delete plan"_s);
    CHECK(f.plans().isEmpty());
    undo->undo();
    REQUIRE(f.plans().size() == 1);
    MethodicalPlan restored = repo.get(id);
    CHECK(withoutIds(restored.items) == withoutIds(beforeRemoval.items));
    restored.items = beforeRemoval.items;
    CHECK(restored == beforeRemoval);

    // Copy to next year: undo removes the draft, redo brings it back.
    qint64 copy = 0;
    REQUIRE(PlanEditing::copyToNextYear(f.ctx, id, &copy, &error));
    CHECK(undo->undoText() == u"copy plan to next year"_s);
    CHECK(repo.get(copy).startYear == 2027);
    CHECK(f.plans().size() == 2);
    undo->undo();
    CHECK(f.plans().size() == 1);
    undo->redo();
    REQUIRE(f.plans().size() == 2);
    const MethodicalPlan draft = repo.get(copy);
    CHECK(draft.startYear == 2027);
    REQUIRE(draft.items.size() == beforeRemoval.items.size());
    for (int i = 0; i < draft.items.size(); ++i)
        CHECK(draft.items.at(i).title == beforeRemoval.items.at(i).title);

    // The whole history back to nothing and forward again, step by step.
    const MethodicalPlan last = repo.get(id);
    while (undo->canUndo())
        undo->undo();
    CHECK(f.plans().isEmpty());
    while (undo->canRedo())
        undo->redo();
    REQUIRE(f.plans().size() == 2);
    CHECK(withoutIds(repo.get(id).items) == withoutIds(last.items));
    CHECK(repo.get(copy).startYear == 2027);
}
