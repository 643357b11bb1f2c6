// The "done when": a РМО head builds next year's plan, holds a
// meeting of it and writes the protocol, then prints both — through the
// page's buttons and the dialogs they open, as a user does.

#include <catch2/catch.hpp>

#include "associations/AgendaEditor.h"
#include "associations/AssociationsPage.h"
#include "associations/AttendanceEditor.h"
#include "associations/MeetingDialog.h"
#include "associations/PlanEditorDialog.h"
#include "associations/PlanItemsModel.h"
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
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>

using namespace profrost;
using namespace profrost::test;

namespace {

template <typename T>
T *findByText(QWidget *root, const QString &text)
{
    for (T *w : root->findChildren<T *>()) {
        if (w->text() == text)
            return w;
    }
    return nullptr;
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput()).replace(QChar::Nbsp, u' ');
}

} // namespace

TEST_CASE("A head builds next year's plan, holds its first meeting, writes and prints the protocol",
          "[ui][associations][workflow]")
{
    ClockScope clock;
    QTemporaryDir dir;
    std::unique_ptr<Database> demo = demoDatabase(dir.filePath(QStringLiteral("demo.sqlite")), 300);
    Database &db = *demo;
    AppContext ctx(db);
    AssociationsPage page(ctx);
    page.resize(1400, 860);
    page.show();
    const Association rmo = AssociationRepository(db).all().constFirst();
    page.selectAssociation(rmo.id);
    PlanRepository plans(db);
    const int plansBefore = int(plans.plansOf(rmo.id).size());

    // «Новый план...»: next year's plan, two meetings typed into the editor.
    page.tabs()->setCurrentIndex(1);
    QPushButton *newPlan = findByText<QPushButton>(&page, QStringLiteral("New plan..."));
    REQUIRE(newPlan);
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
    newPlan->click();
    REQUIRE(planTyped);
    QList<MethodicalPlan> after = plans.plansOf(rmo.id);
    REQUIRE(after.size() == plansBefore + 1);
    const MethodicalPlan plan = plans.get(after.constFirst().id); // newest first
    CHECK(plan.startYear == 2027);
    CHECK(plan.title.endsWith(QStringLiteral("на 2027/2028 учебный год")));
    REQUIRE(plan.items.size() == 2);
    CHECK(plan.items.at(0).isMeeting);
    CHECK(page.currentPlan() == plan.id); // the new plan is selected
    const QString planPdf = dir.filePath(QStringLiteral("plan.pdf"));
    REQUIRE(page.writePlan(planPdf) >= 1);
    const QString printedPlan = pdfText(planPdf);
    INFO(printedPlan.toStdString());
    CHECK(printedPlan.contains(QStringLiteral("УТВЕРЖДАЮ")));
    CHECK(printedPlan.contains(QStringLiteral("РАССМОТРЕНО")));
    CHECK(printedPlan.contains(QStringLiteral("Анализ результатов"))); // the question wraps in its cell
    CHECK(printedPlan.contains(QStringLiteral("ГИА-2027")));
    CHECK(printedPlan.contains(QStringLiteral("16.09.2027")));

    // «Провести заседание» → «По плану: Заседание № 1»: the meeting dialog,
    // prefilled; everybody present but one; the protocol of two questions.
    page.tabs()->setCurrentIndex(2);
    auto *hold = findByText<QToolButton>(&page, QStringLiteral("Hold a meeting"));
    REQUIRE(hold);
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
    REQUIRE(page.currentMeeting() > 0);
    const Meeting held = MeetingRepository(db).get(page.currentMeeting());
    CHECK(held.planItemId == plan.items.at(0).id);
    CHECK(held.attendees.size() == present);
    REQUIRE(held.agenda.size() == 2);
    CHECK(held.agenda.at(0).votesFor == present);
    CHECK(MeetingRepository(db).protocolNumber(held.id) == 1); // the first of 2027/2028
    CHECK(MeetingRepository(db).progress(plan.id).held == 1);
    // It is not offered again.
    CHECK(page.unheldMeetingItems().size() >= 1);
    for (const PlanItem &item : page.unheldMeetingItems())
        CHECK(item.id != plan.items.at(0).id);

    // Printed: the protocol with its numbered decisions and the vote.
    const QString protocolPdf = dir.filePath(QStringLiteral("protocol.pdf"));
    REQUIRE(page.writeProtocol(protocolPdf) >= 2); // the registration list on its own page
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
