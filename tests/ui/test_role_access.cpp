// The window as a role on a server sees it: what the role may not edit is
// not offered (hidden, not only disabled), while reading, searching,
// printing and exporting stay. The server refuses such writes anyway; these
// tests keep the program from offering them.
#include <catch2/catch.hpp>

#include "monitoring/RecommendationsDialog.h"
#include "registry/TeacherCard.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "store/TeacherRepository.h"
#include "store/UserAccess.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QAbstractItemView>
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

using Role = UserAccess::Role;

// The window on a registry database as `role` (none: the file's own, administrator).
std::unique_ptr<MainWindow> windowAs(const QString &path, std::optional<Role> role)
{
    MainWindow::Options options;
    if (role)
        options.access = UserAccess::forRole(*role, u"login"_s);
    auto window = std::make_unique<MainWindow>(registryDatabase(path), options);
    window->show();
    return window;
}

// Whether the user would see `widget` on its page: nothing between it and
// the page is hidden (a tab's or a page's stack aside), and on a toolbar its
// action is visible.
bool offered(QWidget *widget)
{
    for (QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget()) {
        QWidget *parent = w->parentWidget();
        // A toolbar shows its widgets by their actions (once laid out).
        if (auto *bar = qobject_cast<QToolBar *>(parent)) {
            const QList<QAction *> actions = bar->actions();
            for (QAction *a : actions) {
                if (bar->widgetForAction(a) == w && !a->isVisible())
                    return false;
            }
            continue;
        }
        if (w->isHidden() && !qobject_cast<QStackedWidget *>(parent))
            return false;
    }
    return true;
}

bool offered(QObject *item)
{
    if (auto *action = qobject_cast<QAction *>(item))
        return action->isVisible();
    return offered(qobject_cast<QWidget *>(item));
}

// The object named `name` on the page of the area `areaId` (made now).
QObject *onPage(MainWindow &window, const QString &areaId, const char *name)
{
    QWidget *page = window.page(areaId);
    REQUIRE(page);
    auto *found = page->findChild<QObject *>(QString::fromUtf8(name));
    INFO("no " << name << " on the page " << areaId.toStdString());
    REQUIRE(found);
    return found;
}

QAction *menuAction(MainWindow &window, const char *name)
{
    auto *found = window.menuBar()->findChild<QAction *>(QString::fromUtf8(name));
    INFO("no menu entry " << name);
    REQUIRE(found);
    return found;
}

struct Named
{
    const char *area;
    const char *name;
};

// What each page offers for editing, by area and object name.
const std::vector<Named> &editing()
{
    static const std::vector<Named> list = {
        {"teachers", "addTeacherAction"},        {"teachers", "editTeacherAction"},
        {"teachers", "deleteTeacherAction"},     {"teachers", "importTeachersPageAction"},
        {"organisations", "newOrganisationAction"}, {"organisations", "editOrganisationAction"},
        {"organisations", "deleteOrganisationAction"},
        {"training", "addProgramme"},            {"training", "editProgramme"},
        {"training", "deleteProgramme"},         {"training", "newRun"},
        {"training", "editRun"},                 {"training", "deleteRun"},
        {"training", "addParticipants"},         {"training", "approveParticipants"},
        {"training", "completeParticipants"},    {"training", "notCompletedParticipants"},
        {"training", "withdrawParticipants"},    {"training", "saveTrainingPlan"},
        {"training", "proposePlan"},             {"training", "addToPlan"},
        {"training", "removeFromPlan"},          {"training", "enrolTrackButton"},
        {"training", "completedTrackButton"},    {"training", "removeFromTrackButton"},
        {"training", "newTrackButton"},          {"training", "editTrackButton"},
        {"training", "deleteTrackButton"},
        {"attestation", "newApplication"},       {"attestation", "reviewApplication"},
        {"attestation", "grantApplication"},     {"attestation", "refuseApplication"},
        {"attestation", "rescheduleApplication"}, {"attestation", "withdrawApplication"},
        {"attestation", "saveAttestationPlan"},
        {"diagnostics", "newRouteButton"},       {"diagnostics", "groupRouteButton"},
        {"diagnostics", "openRouteButton"},      {"diagnostics", "deleteRouteButton"},
        {"diagnostics", "addCampaignButton"},    {"diagnostics", "editCampaignButton"},
        {"diagnostics", "deleteCampaignButton"}, {"diagnostics", "addResultButton"},
        {"diagnostics", "editResultButton"},     {"diagnostics", "deleteResultButton"},
        {"diagnostics", "routeButton"},
        {"associations", "newAssociation"},      {"associations", "editAssociation"},
        {"associations", "deleteAssociation"},   {"associations", "addMembers"},
        {"associations", "leaveMembers"},        {"associations", "removeMembers"},
        {"associations", "newPlan"},             {"associations", "editPlan"},
        {"associations", "deletePlan"},          {"associations", "copyPlan"},
        {"associations", "holdMeeting"},         {"associations", "editMeeting"},
        {"associations", "deleteMeeting"},
        {"mentoring", "assignMentorButton"},     {"mentoring", "newPairButton"},
        {"mentoring", "editPairButton"},         {"mentoring", "deletePairButton"},
        {"events", "newEventButton"},            {"events", "editEventButton"},
        {"events", "markHeldButton"},            {"events", "deleteEventButton"},
        {"events", "newCompetitionButton"},      {"events", "editCompetitionButton"},
        {"events", "deleteCompetitionButton"},
        {"sites", "newSiteButton"},              {"sites", "editSiteButton"},
        {"sites", "deleteSiteButton"},           {"sites", "newVacancyButton"},
        {"sites", "editVacancyButton"},          {"sites", "fillVacancyButton"},
        {"sites", "deleteVacancyButton"},
        {"practices", "newPracticeButton"},      {"practices", "editPracticeButton"},
        {"practices", "deletePracticeButton"},
    };
    return list;
}

// What every role keeps: searching, printing, exporting.
const std::vector<Named> &reading()
{
    static const std::vector<Named> list = {
        {"teachers", "teacherFilter"},           {"teachers", "exportTeachersPageAction"},
        {"organisations", "organisationFilter"}, {"training", "printSchedule"},
        {"training", "planOutput"},              {"training", "exportTracksButton"},
        {"diagnostics", "printRouteButton"},     {"diagnostics", "exportMapButton"},
        {"associations", "printPlan"},           {"associations", "printProtocol"},
        {"mentoring", "printYoungTeachersButton"}, {"events", "printEventsReportButton"},
        {"events", "printCompetitionButton"},    {"sites", "exportSitesButton"},
        {"sites", "exportVacanciesButton"},      {"sites", "printSitesButton"},
        {"practices", "printPracticeButton"},    {"monitoring", "recommendationsButton"},
        {"monitoring", "printMonitoringReportButton"},
    };
    return list;
}

const QStringList &importEntries()
{
    static const QStringList list = {u"importTeachersAction"_s, u"importCoursesAction"_s,
                                     u"importAttestationAction"_s, u"importDiagnosticsAction"_s,
                                     u"importMentorshipsAction"_s};
    return list;
}

void checkReadingOffered(MainWindow &window)
{
    for (const Named &n : reading()) {
        INFO(n.area << ": " << n.name);
        CHECK(offered(onPage(window, QString::fromUtf8(n.area), n.name)));
    }
    CHECK(menuAction(window, "exportTeachersAction")->isVisible());
}

bool offeredOnPage(MainWindow &window, const char *area, const char *name)
{
    return offered(onPage(window, QString::fromUtf8(area), name));
}

} // namespace

TEST_CASE("An observer is offered no editing on any page, only reading, printing and exporting", "[ui][roles]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = windowAs(dir.filePath(u"ui.sqlite"_s), Role::Observer);
    CHECK(window->context().access().role() == Role::Observer);
    // Nothing to undo: no Edit menu with its Undo and Redo.
    CHECK_FALSE(window->findChild<QMenu *>(u"editMenu"_s)->menuAction()->isVisible());
    for (const Named &n : editing()) {
        INFO(n.area << ": " << n.name);
        CHECK_FALSE(offered(onPage(*window, QString::fromUtf8(n.area), n.name)));
    }
    checkReadingOffered(*window);
    // The plan-graphs are read, not edited in place.
    for (const auto &[area, name] : {std::pair{"training", "planView"}, std::pair{"attestation", "attestationPlanView"}}) {
        INFO(name);
        auto *view = qobject_cast<QAbstractItemView *>(onPage(*window, QString::fromUtf8(area), name));
        REQUIRE(view);
        CHECK(view->editTriggers() == QAbstractItemView::NoEditTriggers);
    }

    // The menus: no import, no centre's card, no dictionaries, no rules.
    for (const QString &name : importEntries()) {
        INFO(name.toStdString());
        CHECK_FALSE(menuAction(*window, name.toUtf8().constData())->isVisible());
    }
    for (const char *name : {"addOrganisationAction", "dictionariesAction", "centreCardAction", "attestationRulesAction"}) {
        INFO(name);
        CHECK_FALSE(menuAction(*window, name)->isVisible());
    }

    // A toolbar left with nothing to offer leaves no empty strip.
    auto *members = onPage(*window, u"associations"_s, "addMembers");
    auto *bar = qobject_cast<QToolBar *>(qobject_cast<QWidget *>(members)->parentWidget());
    REQUIRE(bar);
    CHECK(bar->isHidden());

    // The teacher's card offers no attestation record to add.
    const qint64 teacher = TeacherRepository(window->context().db()).identities().first().id;
    const bool links = window->context().mayEdit(UserAccess::Area::Attestation);
    CHECK_FALSE(links);
    CHECK_FALSE(TeacherCard::html(window->context().db(), teacher, referenceDay(), links)
                    .contains(u"attestation-add:"_s));
    auto *table = qobject_cast<QTableView *>(onPage(*window, u"teachers"_s, "teachersTable"));
    REQUIRE(waitUntil([table] { return table->model()->rowCount() > 0; }));
    table->selectRow(0);
    auto *card = qobject_cast<QWidget *>(onPage(*window, u"teachers"_s, "teacherCard"));
    const QString shown = card->property("html").toString();
    CHECK(shown.contains(u"ttestation"_s)); // the section is there, read only
    CHECK_FALSE(shown.contains(u"attestation-add:"_s));

    // The recommendations are read, not made.
    RecommendationsDialog dialog(window->context(), referenceDay(), window.get());
    CHECK(child<QWidget>(&dialog, "newRecommendation")->isHidden());
    CHECK(child<QWidget>(&dialog, "deleteRecommendationButton")->isHidden());
    CHECK(child<QWidget>(&dialog, "recommendationsTable")->isVisibleTo(&dialog));
}

TEST_CASE("An association's head edits the associations and only reads the registry", "[ui][roles]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = windowAs(dir.filePath(u"ui.sqlite"_s), Role::AssociationHead);
    for (const char *name : {"newAssociation", "editAssociation", "deleteAssociation", "addMembers", "newPlan",
                             "copyPlan", "holdMeeting", "editMeeting"}) {
        INFO(name);
        CHECK(offeredOnPage(*window, "associations", name));
    }
    for (const char *name : {"addTeacherAction", "deleteTeacherAction", "importTeachersPageAction"}) {
        INFO(name);
        CHECK_FALSE(offeredOnPage(*window, "teachers", name));
    }
    CHECK_FALSE(offeredOnPage(*window, "attestation", "newApplication"));
    CHECK_FALSE(offeredOnPage(*window, "training", "addParticipants"));
    CHECK_FALSE(menuAction(*window, "importTeachersAction")->isVisible());
    checkReadingOffered(*window);
}

TEST_CASE("An organisation's head edits its teachers and sends course applications, nothing more", "[ui][roles]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = windowAs(dir.filePath(u"ui.sqlite"_s), Role::OrganisationHead);
    for (const char *name : {"addTeacherAction", "editTeacherAction", "deleteTeacherAction", "importTeachersPageAction"}) {
        INFO(name);
        CHECK(offeredOnPage(*window, "teachers", name));
    }
    CHECK(menuAction(*window, "importTeachersAction")->isVisible());
    // An application is a participant added to a course run; the centre approves it.
    CHECK(offeredOnPage(*window, "training", "addParticipants"));
    CHECK_FALSE(offeredOnPage(*window, "training", "approveParticipants"));
    CHECK_FALSE(offeredOnPage(*window, "training", "newRun"));
    for (const char *name : {"newApplication", "grantApplication", "withdrawApplication", "saveAttestationPlan"}) {
        INFO(name);
        CHECK_FALSE(offeredOnPage(*window, "attestation", name));
    }
    CHECK_FALSE(offeredOnPage(*window, "organisations", "newOrganisationAction"));
    CHECK_FALSE(offeredOnPage(*window, "associations", "newAssociation"));
    CHECK_FALSE(menuAction(*window, "centreCardAction")->isVisible());
    checkReadingOffered(*window);
}

TEST_CASE("The administrator of a file is offered every editing action as before", "[ui][roles]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = windowAs(dir.filePath(u"ui.sqlite"_s), std::nullopt);
    CHECK(window->context().access().role() == Role::Administrator);
    CHECK(window->findChild<QMenu *>(u"editMenu"_s)->menuAction()->isVisible());
    for (const Named &n : editing()) {
        INFO(n.area << ": " << n.name);
        CHECK(offered(onPage(*window, QString::fromUtf8(n.area), n.name)));
    }
    checkReadingOffered(*window);
    auto *plan = qobject_cast<QAbstractItemView *>(onPage(*window, u"training"_s, "planView"));
    REQUIRE(plan);
    CHECK(plan->editTriggers() != QAbstractItemView::NoEditTriggers);
    for (const QString &name : importEntries()) {
        INFO(name.toStdString());
        CHECK(menuAction(*window, name.toUtf8().constData())->isVisible());
    }
    for (const char *name : {"addOrganisationAction", "dictionariesAction", "centreCardAction", "attestationRulesAction"}) {
        INFO(name);
        CHECK(menuAction(*window, name)->isVisible());
    }
    RecommendationsDialog dialog(window->context(), referenceDay(), window.get());
    CHECK_FALSE(child<QWidget>(&dialog, "newRecommendation")->isHidden());
}
