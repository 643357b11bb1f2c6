// Individual routes as a methodist makes them (issue 13, item 4): a route
// opened for a teacher with deficits, prefilled from them, a suggested course
// added with an application for its run, an activity of their own, saved;
// the course completed marks it done; undo and delete; and the route opened
// from the deficit map's list. Иванова's current deficits (diagnostics_good.csv):
// subject 49,9, digital 35,5, functional literacy 69,9.

#include <catch2/catch.hpp>

#include "common/DateLineEdit.h"
#include "common/FieldMessage.h"
#include "diagnostics/ActivityDialog.h"
#include "diagnostics/DeficitMapModel.h"
#include "diagnostics/DeficitMapTab.h"
#include "diagnostics/DiagnosticsPage.h"
#include "diagnostics/GroupRouteDialog.h"
#include "diagnostics/RouteDialog.h"
#include "diagnostics/RouteListModel.h"
#include "diagnostics/RoutesTab.h"
#include "common/StatusPalette.h"
#include "registry/TeacherCard.h"
#include "shell/AppContext.h"
#include "store/RouteRepository.h"
#include "store/TeacherRepository.h"
#include "store/TrainingRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QTableWidget>
#include <QUndoStack>

using namespace profrost;
using namespace profrost::test;

TEST_CASE("A route is made from a teacher's deficits with a suggested course, done when the course is completed",
          "[ui][routes]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(diagnosedDatabase(dir.filePath(QStringLiteral("d.sqlite"))));
    Database &db = window->context().db();
    TrainingRepository training(db);
    Programme digital;
    digital.title = QStringLiteral("Цифровая образовательная среда");
    digital.provider = QStringLiteral("КК ИПК");
    digital.hours = 36;
    digital.federalRegistry = true;
    digital.areas = {CompetencyArea::Digital};
    digital.id = training.insertProgramme(digital);
    CourseRun run;
    run.programmeId = digital.id;
    run.starts = QDate(2027, 1, 11);
    run.ends = QDate(2027, 1, 22);
    run.seats = 20;
    run.id = training.insertRun(run);
    const qint64 ivanova = TeacherRepository(db).findBySnils(QStringLiteral("11223344595"));
    REQUIRE(ivanova > 0);

    auto *page = qobject_cast<DiagnosticsPage *>(goToArea(*window, QStringLiteral("Diagnostics")));
    REQUIRE(page);
    showTab(page->routes());
    RoutesTab *routes = page->routes();
    CHECK(routes->year() == 2026); // 22.11.2026 is in 2026/2027
    CHECK(rowCount(routes->view()) == 0);
    CHECK(routes->summary()->text().contains(QStringLiteral("No route for this year yet")));

    whenModal<RouteDialog>([](RouteDialog *d) {
        CHECK(d->deficit(CompetencyArea::Subject)->isChecked());
        CHECK(d->deficit(CompetencyArea::Digital)->isChecked());
        CHECK(d->deficit(CompetencyArea::FunctionalLiteracy)->isChecked());
        CHECK_FALSE(d->deficit(CompetencyArea::Methodical)->isChecked()); // 50 is not a deficit
        REQUIRE(d->suggestions()->rowCount() == 1);
        CHECK(d->suggestions()->item(0, 0)->text() == QStringLiteral("Цифровая образовательная среда"));
        CHECK(d->suggestions()->item(0, 5)->text() == QStringLiteral("20"));
        clickButton(d, "applySuggestionButton"); // nothing chosen yet: nothing added
        CHECK(d->activities()->rowCount() == 0);
        d->suggestions()->selectRow(0);
        clickButton(d, "applySuggestionButton");
        REQUIRE(d->activities()->rowCount() == 1);
        CHECK(d->activities()->item(0, 7)->text() == QStringLiteral("planned, application on OK"));
        whenModal<ActivityDialog>([](ActivityDialog *a) {
            chooseWithKeys(a->kind(), int(RouteActivityKind::Event));
            typeText(a->title(), QStringLiteral("Открытый урок с ЦОР"));
            a->starts()->setText(QStringLiteral("10.03.2027"));
            a->ends()->setText(QStringLiteral("01.03.2027"));
            clickOk(a);
            CHECK(a->message()->text() == QStringLiteral("It ends before it starts."));
            a->ends()->setText(QStringLiteral("10.03.2027"));
            clickOk(a);
        });
        clickButton(d, "addActivityButton");
        REQUIRE(d->activities()->rowCount() == 2);
        typeText(d->goal(), QStringLiteral("Освоить цифровые инструменты урока"));
        clickOk(d);
    });
    routes->openRoute(ivanova);

    REQUIRE(rowCount(routes->view()) == 1);
    CHECK(cellText(routes->view(), 0, RouteListModel::TeacherColumn) == QStringLiteral("Иванова Мария Петровна"));
    CHECK(cellText(routes->view(), 0, RouteListModel::DeficitsColumn)
          == QStringLiteral("subject, digital, functional literacy"));
    CHECK(cellText(routes->view(), 0, RouteListModel::ProgressColumn) == QStringLiteral("0 of 2"));
    // The application was sent with the route and is what the route's course names.
    const QList<Enrolment> applications = training.enrolmentsOfTeacher(ivanova);
    REQUIRE(applications.size() == 1);
    CHECK(applications[0].status == EnrolmentStatus::Applied);
    CHECK(applications[0].runId == run.id);
    const IndividualRoute stored = *RouteRepository(db).find(ivanova, 2026);
    CHECK(stored.goal == QStringLiteral("Освоить цифровые инструменты урока"));
    CHECK(stored.activities[0].enrolmentId == applications[0].id);
    CHECK(stored.activities[1].starts == QDate(2027, 3, 10));

    // The teacher's card: the diagnoses with the deficits marked, the route and its progress.
    QString card = TeacherCard::html(db, ivanova, referenceDay());
    CHECK(card.contains(QStringLiteral("<b>Самодиагностика 2025</b>, 15.10.2025:")));
    CHECK(card.contains(QStringLiteral("color:") + StatusPalette::errorText().name()));
    CHECK(card.contains(QStringLiteral("Current deficits:")));
    CHECK(card.contains(QStringLiteral("subject, digital, functional literacy</b>")));
    CHECK(card.contains(QStringLiteral("Individual route 2026/2027: 0 of 2 activities done")));
    CHECK(card.contains(QStringLiteral("Открытый урок с ЦОР (10.03.2027) — planned")));

    // The course completed: the route's course is done by itself.
    training.approve(applications[0].id);
    training.complete(applications[0].id, QStringLiteral("242400001"), QDate(2027, 1, 22));
    window->context().notifyChanged();
    routes->reload();
    CHECK(cellText(routes->view(), 0, RouteListModel::ProgressColumn) == QStringLiteral("1 of 2"));
    card = TeacherCard::html(db, ivanova, referenceDay());
    CHECK(card.contains(QStringLiteral("Individual route 2026/2027: 1 of 2 activities done")));
    CHECK(card.contains(QStringLiteral("Цифровая образовательная среда (11.01–22.01.2027) — done")));

    // On paper: the route of the chosen teacher, one landscape page.
    clickRow(routes->view(), 0);
    CHECK(saveDocumentAs(routes, "printRouteButton", dir.filePath(QStringLiteral("route.pdf"))) == 1);

    // Undo takes the new route back, redo brings it.
    QUndoStack *undo = window->context().undoStack();
    undo->undo();
    routes->reload();
    CHECK(rowCount(routes->view()) == 0);
    undo->redo();
    routes->reload();
    REQUIRE(rowCount(routes->view()) == 1);
    CHECK(RouteRepository(db).find(ivanova, 2026)->activities.size() == 2);

    // Deleted after the question, and back with undo.
    clickRow(routes->view(), 0);
    whenModal<QMessageBox>([](QMessageBox *box) {
        CHECK(box->text().contains(QStringLiteral("Иванова Мария Петровна")));
        box->button(QMessageBox::Yes)->click();
    });
    clickButton(routes, "deleteRouteButton");
    routes->reload();
    CHECK(rowCount(routes->view()) == 0);
    undo->undo();
    routes->reload();
    CHECK(rowCount(routes->view()) == 1);
}

TEST_CASE("From the deficit map's list a teacher's route is opened", "[ui][routes]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(diagnosedDatabase(dir.filePath(QStringLiteral("d.sqlite"))));
    auto *page = qobject_cast<DiagnosticsPage *>(goToArea(*window, QStringLiteral("Diagnostics")));
    REQUIRE(page);
    showTab(page->deficitMap());
    DeficitMapTab *map = page->deficitMap();
    map->chooseGrouping(DeficitGrouping::Organisation);
    map->chooseScope(0);
    map->showCell(map->mapModel()->rowCount() - 1, map->mapModel()->columnCount() - 1); // the total: anyone lacking
    REQUIRE(rowCount(map->teachersView()) == 2);
    clickRow(map->teachersView(), 1); // Петров: methodical 45,25
    QString header;
    whenModal<RouteDialog>([&header](RouteDialog *d) {
        header = d->findChild<QLabel *>()->text();
        CHECK(d->deficit(CompetencyArea::Methodical)->isChecked());
        CHECK_FALSE(d->deficit(CompetencyArea::Subject)->isChecked());
        d->reject();
    });
    clickButton(map, "routeButton");
    CHECK(header.contains(QStringLiteral("Петров Сергей Николаевич")));
    CHECK(RouteRepository(window->context().db()).ofYear(2026).isEmpty()); // cancelled: nothing stored
}

TEST_CASE("A group route gives every teacher with a deficit the same activities, undone in one step", "[ui][routes]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(diagnosedDatabase(dir.filePath(QStringLiteral("d.sqlite"))));
    Database &db = window->context().db();
    auto *page = qobject_cast<DiagnosticsPage *>(goToArea(*window, QStringLiteral("Diagnostics")));
    REQUIRE(page);
    showTab(page->routes());
    RoutesTab *routes = page->routes();

    whenModal<GroupRouteDialog>([](GroupRouteDialog *d) {
        // Everyone with a post: only Петров lacks the methodical area (45,25).
        chooseWithKeys(d->area(), CompetencyArea::Methodical.code());
        CHECK(column(d->teachers(), 0) == QStringList{QStringLiteral("Петров Сергей Николаевич")});
        chooseWithKeys(d->area(), CompetencyArea::Digital.code()); // Иванова, 35,5
        CHECK(column(d->teachers(), 0) == QStringList{QStringLiteral("Иванова Мария Петровна")});
        // No association in this district: nobody to give it to.
        QTest::mouseClick(d->byAssociation(), Qt::LeftButton);
        CHECK(d->teachers()->count() == 0);
        clickOk(d);
        CHECK(d->message()->text().startsWith(QStringLiteral("Nobody gets the route")));
        QTest::mouseClick(d->byOrganisation(), Qt::LeftButton);
        REQUIRE(d->teachers()->count() == 1);
        clickOk(d);
        CHECK(d->message()->text().startsWith(QStringLiteral("Add at least one activity")));
        typeText(d->goal(), QStringLiteral("Освоить цифровые сервисы"));
        whenModal<ActivityDialog>([](ActivityDialog *a) {
            chooseWithKeys(a->kind(), int(RouteActivityKind::Event));
            typeText(a->title(), QStringLiteral("Семинар «Цифровой урок»"));
            clickOk(a);
        });
        clickButton(d, "addActivityButton");
        clickOk(d);
    });
    clickButton(routes, "groupRouteButton");

    REQUIRE(rowCount(routes->view()) == 1);
    CHECK(routes->summary()->text().contains(QStringLiteral("Group route: 1 made, 0 extended, 0 had it already.")));
    const qint64 ivanova = TeacherRepository(db).findBySnils(QStringLiteral("11223344595"));
    const IndividualRoute made = *RouteRepository(db).find(ivanova, 2026);
    CHECK(made.goal == QStringLiteral("Освоить цифровые сервисы"));
    CHECK(made.deficits == QList<CompetencyArea>{CompetencyArea::Subject, CompetencyArea::Digital,
                                                 CompetencyArea::FunctionalLiteracy});
    REQUIRE(made.activities.size() == 1);
    CHECK(made.activities[0].title == QStringLiteral("Семинар «Цифровой урок»"));

    window->context().undoStack()->undo();
    routes->reload();
    CHECK(rowCount(routes->view()) == 0);
}
