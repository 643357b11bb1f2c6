// The "done when": a РМО head builds next year's plan, holds a
// meeting of it and writes the protocol, then prints both — through the
// page's buttons and the dialogs they open, as a user does.

#include <catch2/catch.hpp>

#include "associations/AgendaEditor.h"
#include "associations/AssociationsPage.h"
#include "associations/AttendanceEditor.h"
#include "associations/MeetingDialog.h"
#include "associations/MeetingsTab.h"
#include "associations/PlanEditorDialog.h"
#include "associations/PlanItemsModel.h"
#include "associations/PlansTab.h"
#include "common/Roles.h"
#include "common/DateLineEdit.h"
#include "common/FieldMessage.h"
#include "shell/AppContext.h"
#include "store/AssociationRepository.h"
#include "store/MeetingRepository.h"
#include "store/PlanRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>

using namespace profrost;
using namespace profrost::test;

namespace {

// The id of the selected row, as the page reads it (RecordView::currentId).
qint64 currentId(const QTableView *view)
{
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(IdRole).toLongLong() : 0;
}

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

TEST_CASE("A head builds next year's plan, holds its first meeting, writes and prints the protocol",
          "[ui][associations][workflow]")
{
    ClockScope clock;
    QTemporaryDir dir;
    std::unique_ptr<Database> demo = demoDatabase(dir.filePath(QStringLiteral("demo.sqlite")), 300);
    auto window = openWindow(std::move(demo));
    window->resize(1600, 900);
    Database &db = window->context().db();
    QWidget *page = goToArea(*window, QStringLiteral("Methodical associations"));
    const Association rmo = AssociationRepository(db).all().constFirst();
    clickRow(child<QTableView>(page, "associationsTable"), rowOfId(child<QTableView>(page, "associationsTable"), rmo.id));
    PlanRepository plans(db);
    const int plansBefore = int(plans.plansOf(rmo.id).size());

    // «Новый план...»: next year's plan, two meetings typed into the editor.
    auto *plansTab = page->findChild<PlansTab *>();
    showTab(plansTab);
    bool planTyped = false;
    whenModal<PlanEditorDialog>([&](PlanEditorDialog *editor) {
        editor->addMeetingButton()->click();
        editor->addMeetingButton()->click();
        PlanItemsModel *items = editor->itemsModel();
        items->setData(items->index(0, PlanItemsModel::Title),
                       QStringLiteral("Заседание № 1\nАнализ результатов ГИА-2027\nУтверждение плана работы"));
        items->setData(items->index(0, PlanItemsModel::From), QStringLiteral("16.09.2027"));
        items->setData(items->index(0, PlanItemsModel::Responsible), QStringLiteral("Руководитель РМО"));
        items->setData(items->index(1, PlanItemsModel::Term), QStringLiteral("ноябрь"));
        editor->approveTodayButton()->click();
        planTyped = true;
        editor->accept();
        if (editor->isVisible()) {
            FAIL_CHECK("the plan editor stayed open: " << editor->problems()->text().toStdString());
            editor->reject();
        }
    });
    clickButton(plansTab, "newPlan");
    REQUIRE(planTyped);
    QList<MethodicalPlan> after = plans.plansOf(rmo.id);
    REQUIRE(after.size() == plansBefore + 1);
    const MethodicalPlan plan = plans.get(after.constFirst().id); // newest first
    CHECK(plan.startYear == 2027);
    CHECK(plan.title.endsWith(QStringLiteral("на 2027/2028 учебный год")));
    REQUIRE(plan.items.size() == 2);
    CHECK(plan.items.at(0).isMeeting);
    CHECK(currentId(child<QTableView>(plansTab, "plansTable")) == plan.id); // the new plan is selected
    const QString planPdf = dir.filePath(QStringLiteral("plan.pdf"));
    REQUIRE(saveDocumentAs(plansTab, "printPlan", planPdf) >= 1);
    const QString printedPlan = pdfText(planPdf);
    INFO(printedPlan.toStdString());
    CHECK(printedPlan.contains(QStringLiteral("УТВЕРЖДАЮ")));
    CHECK(printedPlan.contains(QStringLiteral("РАССМОТРЕНО")));
    CHECK(printedPlan.contains(QStringLiteral("Анализ результатов"))); // the question wraps in its cell
    CHECK(printedPlan.contains(QStringLiteral("ГИА-2027")));
    CHECK(printedPlan.contains(QStringLiteral("16.09.2027")));

    // «Провести заседание» → «По плану: Заседание № 1»: the meeting dialog,
    // prefilled; everybody present but one; the protocol of two questions.
    auto *meetingsTab = page->findChild<MeetingsTab *>();
    showTab(meetingsTab);
    auto *hold = child<QToolButton>(meetingsTab, "holdMeeting");
    REQUIRE(hold->menu());
    emit hold->menu()->aboutToShow();
    QAction *byPlan = nullptr;
    for (QAction *a : hold->menu()->actions()) {
        if (a->text().contains(QStringLiteral("Заседание № 1")) && a->text().contains(QStringLiteral("16.09.2027")))
            byPlan = a;
    }
    REQUIRE(byPlan);
    int present = 0;
    whenModal<MeetingDialog>([&](MeetingDialog *dialog) {
        CHECK(dialog->dateEdit()->date() == QDate(2027, 9, 16));
        AttendanceEditor *attendance = dialog->attendanceEditor();
        attendance->tickAll(true);
        QListWidgetItem *absent = attendance->list()->item(0);
        absent->setCheckState(Qt::Unchecked);
        present = attendance->presentCount();
        AgendaEditor *agenda = dialog->agendaEditor();
        REQUIRE(agenda->list()->count() == 2); // the two questions of the plan
        agenda->selectItem(0);
        agenda->speakerEdit()->setText(QStringLiteral("Никитина О.В."));
        agenda->heardEdit()->setPlainText(QStringLiteral("об итогах ГИА-2027 в округе"));
        agenda->decidedEdit()->setPlainText(QStringLiteral("Принять информацию к сведению.\nРазработать план коррекции."));
        agenda->votedBox()->setChecked(true);
        agenda->allForButton()->click();
        agenda->selectItem(1);
        agenda->heardEdit()->setPlainText(QStringLiteral("о плане работы на 2027/2028 учебный год"));
        agenda->decidedEdit()->setPlainText(QStringLiteral("Утвердить план работы РМО."));
        dialog->accept();
        if (dialog->isVisible()) {
            FAIL_CHECK("the meeting dialog stayed open: " << dialog->problems()->text().toStdString());
            dialog->reject();
        }
    });
    byPlan->trigger();
    QTableView *meetings = child<QTableView>(meetingsTab, "meetingsTable");
    REQUIRE(currentId(meetings) > 0);
    const Meeting held = MeetingRepository(db).get(currentId(meetings));
    CHECK(held.planItemId == plan.items.at(0).id);
    CHECK(held.attendees.size() == present);
    REQUIRE(held.agenda.size() == 2);
    CHECK(held.agenda.at(0).votesFor == present);
    CHECK(MeetingRepository(db).protocolNumber(held.id) == 1); // the first of 2027/2028
    CHECK(MeetingRepository(db).progress(plan.id).held == 1);
    // It is not offered again: «Hold a meeting» lists the others of the plan only.
    emit hold->menu()->aboutToShow();
    QStringList offered;
    for (QAction *a : hold->menu()->actions()) {
        if (a->text().startsWith(QStringLiteral("By plan: ")))
            offered << a->text();
    }
    CHECK(offered.size() >= 1);
    for (const QString &entry : offered)
        CHECK_FALSE((entry.contains(QStringLiteral("Заседание № 1")) && entry.contains(QStringLiteral("16.09.2027"))));

    // Printed: the protocol with its numbered decisions and the vote.
    const QString protocolPdf = dir.filePath(QStringLiteral("protocol.pdf"));
    REQUIRE(saveDocumentAs(meetingsTab, "printProtocol", protocolPdf) >= 2); // the registration list on its own page
    const QString printed = pdfText(protocolPdf);
    INFO(printed.toStdString());
    CHECK(printed.contains(QStringLiteral("ПРОТОКОЛ № 1")));
    CHECK(printed.contains(QStringLiteral("от 16.09.2027")));
    CHECK(printed.contains(QStringLiteral("об итогах ГИА-2027 в округе")));
    CHECK(printed.contains(QStringLiteral("1.2. Разработать план коррекции.")));
    CHECK(printed.contains(QStringLiteral("за – %1, против – 0, воздержались – 0.").arg(present)));
    CHECK(printed.contains(QStringLiteral("РЕШИЛИ: Утвердить план работы РМО."))); // one decision: not numbered
    CHECK(printed.contains(QStringLiteral("Лист регистрации участников заседания")));
}
