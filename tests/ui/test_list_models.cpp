#include <catch2/catch.hpp>

// Every list model of the pages under QAbstractItemModelTester (a broken
// index, parent, row count or reset fails the test at once), filled from
// the demo district and filled again (a reset), and the rules of their
// cells (status colours from the palette, ids, sorting) worked out by hand.

#include "associations/AssociationListModel.h"
#include "associations/AssociationsPage.h"
#include "associations/MeetingListModel.h"
#include "associations/MemberListModel.h"
#include "associations/PlanListModel.h"
#include "associations/ShmoHintModel.h"
#include "attestation/ApplicationModel.h"
#include "attestation/ApplicationsTab.h"
#include "attestation/AttestationPlanModel.h"
#include "documents/AttestationReports.h"
#include "documents/TrainingReports.h"
#include "common/RecordView.h"
#include "common/Roles.h"
#include "common/StatusPalette.h"
#include "common/TokenFilterProxy.h"
#include "documents/AssociationReports.h"
#include "shell/AppContext.h"
#include "store/AssociationRepository.h"
#include "store/AttestationRepository.h"
#include "store/TrainingRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"
#include "training/CourseRunModel.h"
#include "training/CoursesTab.h"
#include "training/ParticipantModel.h"
#include "training/ProgrammeModel.h"
#include "training/ProgrammesTab.h"
#include "training/TrainingPlanModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QCheckBox>
#include <QTableView>

using namespace profrost;
using namespace profrost::test;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

// A 300-teacher demo district at the reference day.
struct Demo
{
    ClockScope clock;
    QTemporaryDir dir;
    std::unique_ptr<Database> demo = demoDatabase(dir.filePath(QStringLiteral("demo.sqlite")), 300);
    Database &db = *demo;
    AppContext ctx{db};
};

QColor foreground(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data(Qt::ForegroundRole).value<QBrush>().color();
}

} // namespace

TEST_CASE("The associations page's lists pass the model tester, filled from the demo district and reloaded",
          "[ui][models][associations]")
{
    Demo f;
    AssociationsPage page(f.ctx);
    // Attached before the first load: the fill is a reset the tester follows.
    QAbstractItemModelTester associations(page.associations()->model(), Fatal);
    QAbstractItemModelTester members(page.members()->model(), Fatal);
    QAbstractItemModelTester plans(page.plans()->model(), Fatal);
    QAbstractItemModelTester meetings(page.meetings()->model(), Fatal);
    page.show();

    const QList<Association> all = AssociationRepository(f.db).all();
    REQUIRE_FALSE(all.isEmpty());
    REQUIRE(rowCount(page.associations()) == all.size() + 1);
    // The centre's row first (id 0), then the associations in the store's order.
    CHECK(page.associations()->model()->index(0, 0).data(IdRole).toLongLong() == 0);
    CHECK(cellText(page.associations(), 0, 1) == QStringLiteral("The centre's plans (work plan, roadmaps)"));
    CHECK(page.associations()->model()->index(1, 3).data(IdRole).toLongLong() == all.constFirst().id);

    const Association &rmo = all.constFirst();
    page.selectAssociation(rmo.id);
    CHECK(page.currentAssociation() == rmo.id);
    CHECK(rowCount(page.members()) == AssociationRepository(f.db).members(rmo.id).size());
    CHECK(rowCount(page.meetings()) > 0);
    CHECK(rowCount(page.plans()) > 0);

    page.reload(); // every list read again: resets, the association kept
    CHECK(page.currentAssociation() == rmo.id);
    CHECK(rowCount(page.associations()) == all.size() + 1);
    page.selectAssociation(0); // the centre: no members, no meetings
    CHECK(rowCount(page.members()) == 0);
    CHECK(rowCount(page.meetings()) == 0);
}

TEST_CASE("The ShMO hints pass the model tester", "[ui][models][associations]")
{
    Demo f;
    const QList<ShmoHint> hints = AssociationReports::shmoHints(f.db, referenceDay());
    ShmoHintModel model(hints);
    QAbstractItemModelTester tester(&model, Fatal);
    CHECK(model.rowCount() == hints.size());
    CHECK(model.columnCount() == 3);

    ShmoHintModel made({ShmoHint{7, QStringLiteral("МБОУ СОШ № 1"), QStringLiteral("история, обществознание"),
                                 QStringLiteral("гуманитарный"), 4}});
    QAbstractItemModelTester madeTester(&made, Fatal);
    CHECK(made.index(0, 1).data().toString() == QStringLiteral("гуманитарный cycle: история, обществознание"));
    CHECK(made.index(0, 2).data().toString() == QStringLiteral("4"));
    CHECK(made.index(0, 2).data(Qt::TextAlignmentRole).toInt() == int(Qt::AlignCenter));
}

TEST_CASE("A past member is greyed, a member today is not", "[ui][models][associations]")
{
    MemberListModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    const QDate today(2026, 11, 22);
    AssociationMember now{1, 5, 10, QDate(2025, 9, 1), {}};
    AssociationMember past{2, 5, 11, QDate(2024, 9, 1), QDate(2026, 6, 1)};
    AssociationMember leavesToday{3, 5, 12, QDate(2024, 9, 1), today}; // the day of leaving is no member day
    AssociationMember unknown{4, 5, 99, {}, {}};
    model.setMembers({now, past, leavesToday, unknown},
                     {{10, QStringLiteral("Иванова Мария Петровна")}, {11, QStringLiteral("Петров Илья Сергеевич")},
                      {12, QStringLiteral("Сидорова Анна Викторовна")}},
                     {{10, QStringLiteral("МБОУ СОШ № 1")}}, today);
    REQUIRE(model.rowCount() == 4);
    CHECK(model.index(1, 0).data(IdRole).toLongLong() == 2);
    CHECK(model.rowOf(3) == 2);
    CHECK(model.index(0, 1).data().toString() == QStringLiteral("МБОУ СОШ № 1"));
    CHECK(model.index(1, 2).data().toString() == QStringLiteral("01.09.2024"));
    CHECK(model.index(1, 3).data().toString() == QStringLiteral("01.06.2026"));
    CHECK(model.index(3, 0).data().toString() == QStringLiteral("(not in the registry today)"));
    CHECK_FALSE(model.index(0, 0).data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(model.index(3, 0).data(Qt::ForegroundRole).isValid());
    for (int c = 0; c < 4; ++c) {
        CHECK(foreground(model, 1, c) == QColor(0x88, 0x88, 0x88));
        CHECK(foreground(model, 2, c) == QColor(0x88, 0x88, 0x88));
    }
    model.clear();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The plans and meetings lists show their counts", "[ui][models][associations]")
{
    PlanListModel plans;
    QAbstractItemModelTester plansTester(&plans, Fatal);
    MethodicalPlan year;
    year.id = 3;
    year.title = QStringLiteral("План работы РМО учителей математики");
    year.startYear = 2026;
    MethodicalPlan roadmap;
    roadmap.id = 4;
    roadmap.title = QStringLiteral("Дорожная карта");
    roadmap.periodFrom = QDate(2026, 1, 10);
    roadmap.periodTo = QDate(2026, 12, 31);
    plans.setPlans({{year, 12, 5, 2}, {roadmap, 7, 0, 0}});
    REQUIRE(plans.rowCount() == 2);
    CHECK(plans.index(0, 1).data().toString() == QStringLiteral("2026/2027"));
    CHECK(plans.index(0, 2).data().toString() == QStringLiteral("12"));
    CHECK(plans.index(0, 3).data().toString() == QStringLiteral("2 of 5"));
    CHECK(plans.index(1, 1).data().toString() == QStringLiteral("10.01.2026–31.12.2026"));
    CHECK(plans.index(1, 3).data().toString() == QStringLiteral("—"));
    CHECK(plans.index(1, 0).data(IdRole).toLongLong() == 4);

    MeetingListModel meetings;
    QAbstractItemModelTester meetingsTester(&meetings, Fatal);
    Meeting m;
    m.id = 8;
    m.date = QDate(2026, 10, 15);
    m.form = QStringLiteral("семинар-практикум");
    m.attendees = {1, 2, 3};
    m.agenda = {AgendaItem{}, AgendaItem{}};
    m.agenda[0].title = QStringLiteral("О плане");
    m.agenda[1].title = QStringLiteral("Разное");
    meetings.setMeetings({m}, {{8, 2}});
    REQUIRE(meetings.rowCount() == 1);
    CHECK(meetings.index(0, 0).data().toString() == QStringLiteral("2"));
    CHECK(meetings.index(0, 1).data().toString() == QStringLiteral("15.10.2026"));
    CHECK(meetings.index(0, 2).data().toString() == QStringLiteral("3"));
    CHECK(meetings.index(0, 4).data().toString() == QStringLiteral("О плане; Разное"));
    meetings.clear();
    CHECK(meetings.rowCount() == 0);
}

TEST_CASE("The course runs and participants pass the model tester, filled from the demo district and reloaded",
          "[ui][models][training]")
{
    Demo f;
    CoursesTab tab(f.ctx);
    QAbstractItemModelTester runs(tab.runsModel(), Fatal);
    QAbstractItemModelTester participants(tab.participantsModel(), Fatal);
    const QDate today = referenceDay();
    const QList<CourseRunRow> stored = TrainingRepository(f.db).runs(QDate(today.year() - 1, 1, 1),
                                                                      QDate(today.year() + 1, 12, 31));
    REQUIRE_FALSE(stored.isEmpty());
    tab.reload();
    REQUIRE(tab.runsModel()->rowCount() == stored.size());
    // A run with participants: its enrolments listed, one row each.
    qint64 busy = 0;
    for (const CourseRunRow &r : stored) {
        if (r.enrolled + r.waiting + r.applied > 0) {
            busy = r.run.id;
            break;
        }
    }
    REQUIRE(busy != 0);
    tab.selectRun(busy);
    CHECK(tab.participantsModel()->rowCount() == TrainingRepository(f.db).enrolments(busy).size());
    tab.reload(); // read again: the run kept, its participants read again
    CHECK(RecordView::currentId(tab.runsTable()) == busy);
    CHECK(tab.participantsModel()->rowCount() == TrainingRepository(f.db).enrolments(busy).size());
}

TEST_CASE("Participants: pending orange, completed green, a mismatch red", "[ui][models][training]")
{
    ParticipantModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    Enrolment applied{1, 9, 10, 3, EnrolmentStatus::Applied, {}, {}, {}};
    Enrolment waiting{2, 9, 11, 3, EnrolmentStatus::Waiting, {}, {}, {}};
    Enrolment done{3, 9, 12, 3, EnrolmentStatus::Completed, {}, QStringLiteral("772400012345"), QDate(2026, 3, 20)};
    Enrolment enrolled{4, 9, 13, 3, EnrolmentStatus::Enrolled, {}, {}, {}};
    model.setParticipants({{applied, QStringLiteral("А"), QStringLiteral("МБОУ СОШ № 1"), {}},
                           {waiting, QStringLiteral("Б"), {}, {}},
                           {done, QStringLiteral("В"), {}, {}},
                           {enrolled, QStringLiteral("Г"), {}, QStringLiteral("not for this post")}});
    REQUIRE(model.rowCount() == 4);
    CHECK(model.index(0, 2).data().toString() == QStringLiteral("application"));
    CHECK(foreground(model, 0, 2) == QColor(0xe6, 0x51, 0x00));
    CHECK(foreground(model, 1, 2) == QColor(0xe6, 0x51, 0x00));
    CHECK(foreground(model, 2, 2) == QColor(0x2e, 0x7d, 0x32));
    CHECK_FALSE(model.index(3, 2).data(Qt::ForegroundRole).isValid());
    CHECK(model.index(2, 3).data().toString() == QStringLiteral("№ 772400012345 of 20.03.2026"));
    CHECK(model.index(3, 4).data().toString() == QStringLiteral("⚠ not for this post"));
    CHECK(foreground(model, 3, 4) == QColor(0xc6, 0x28, 0x28));
    CHECK(model.index(2, 0).data(IdRole).toLongLong() == 3);
}

TEST_CASE("The programmes pass the model tester, sort hours as numbers and filter by words",
          "[ui][models][training]")
{
    Demo f;
    ProgrammesTab tab(f.ctx);
    QAbstractItemModelTester source(tab.model(), Fatal);
    QAbstractItemModelTester shown(tab.table()->model(), Fatal);
    const QList<Programme> stored = TrainingRepository(f.db).programmes();
    REQUIRE_FALSE(stored.isEmpty());
    tab.reload();
    CHECK(tab.model()->rowCount() == stored.size());
    CHECK(rowCount(tab.table()) == stored.size());

    ProgrammeModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    Programme a;
    a.id = 1;
    a.title = QStringLiteral("Функциональная грамотность");
    a.provider = QStringLiteral("ИРО");
    a.hours = 144;
    Programme b;
    b.id = 2;
    b.title = QStringLiteral("Обновлённые ФГОС");
    b.provider = QStringLiteral("Академия Минпросвещения");
    b.hours = 16;
    b.federalRegistry = true;
    model.setProgrammes({a, b});
    CHECK(model.index(1, 5).data().toString() == QStringLiteral("yes"));
    CHECK(model.index(0, 0).data(Qt::ToolTipRole).toString() == a.title);
    TokenFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, Fatal);
    proxy.sort(3, Qt::AscendingOrder);
    CHECK(proxy.index(0, 3).data().toInt() == 16); // as text "144" would come first
    CHECK(proxy.index(1, 3).data().toInt() == 144);
    proxy.setFilterText(QStringLiteral("академия фгос"));
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, 0).data(IdRole).toLongLong() == 2);
}

TEST_CASE("The applications pass the model tester, filled from the demo district and reloaded",
          "[ui][models][attestation]")
{
    Demo f;
    ApplicationsTab tab(f.ctx);
    QAbstractItemModelTester tester(tab.model(), Fatal);
    tab.openOnly()->setChecked(false); // a reset: every application
    CHECK(tab.model()->rowCount() == AttestationRepository(f.db).applications(false).size());
    tab.openOnly()->setChecked(true);
    CHECK(tab.model()->rowCount() == AttestationRepository(f.db).applications(true).size());

    ApplicationModel model;
    QAbstractItemModelTester madeTester(&model, Fatal);
    AttestationApplication granted;
    granted.id = 5;
    granted.status = ApplicationStatus::Granted;
    granted.decidedOn = QDate(2026, 2, 26);
    granted.note = QStringLiteral("приказ № 12");
    AttestationApplication refused = granted;
    refused.id = 6;
    refused.status = ApplicationStatus::Refused;
    refused.note.clear();
    AttestationApplication submitted;
    submitted.id = 7;
    model.setApplications({{granted, QStringLiteral("Иванова Мария Петровна"), QStringLiteral("МБОУ СОШ № 1")},
                           {refused, {}, {}},
                           {submitted, {}, {}}});
    CHECK(foreground(model, 0, 5) == QColor(0x2e, 0x7d, 0x32));
    CHECK(foreground(model, 1, 5) == QColor(0xc6, 0x28, 0x28));
    CHECK_FALSE(model.index(2, 5).data(Qt::ForegroundRole).isValid());
    CHECK_FALSE(model.index(0, 0).data(Qt::ForegroundRole).isValid());
    CHECK(model.index(0, 6).data().toString() == QStringLiteral("26.02.2026: приказ № 12"));
    CHECK(model.index(1, 6).data().toString() == QStringLiteral("26.02.2026"));
    CHECK(model.index(1, 0).data().toString() == QStringLiteral("(not in the registry today)"));
    CHECK(model.rowOf(7) == 2);
}

TEST_CASE("The editable plan models pass the model tester through a fill, an edit and a reset",
          "[ui][models][training][attestation]")
{
    Demo f;
    const int firstYear = referenceDay().year() + 1;

    TrainingPlanModel training;
    QAbstractItemModelTester trainingTester(&training, Fatal);
    const QList<Programme> programmes = TrainingRepository(f.db).programmes();
    training.reset(TrainingReports::planData(f.db, firstYear), programmes);
    REQUIRE(training.rowCount() > 0);
    const QModelIndex year = training.index(0, TrainingPlanModel::YearColumn);
    const int other = year.data().toInt() == firstYear ? firstYear + 1 : firstYear;
    CHECK(training.setData(year, other));
    CHECK(training.index(0, TrainingPlanModel::YearColumn).data().toInt() == other);
    CHECK_FALSE(training.setData(year, firstYear + 3)); // outside the plan's 3 years
    training.reset(TrainingReports::planData(f.db, firstYear), programmes);
    CHECK(training.rowCount() > 0);

    AttestationPlanModel attestation;
    QAbstractItemModelTester attestationTester(&attestation, Fatal);
    attestation.reset(AttestationReports::planData(f.db, firstYear, referenceDay()));
    REQUIRE(attestation.rowCount() > 0);
    const QModelIndex attest = attestation.index(0, AttestationPlanModel::AttestColumn);
    const QDate month = attest.data(AttestationPlanModel::AttestDateRole).toDate();
    REQUIRE(month.isValid());
    // A month later, or earlier when the later one is past the plan's end.
    const QDate moved = attestation.setData(attest, month.addMonths(1)) ? month.addMonths(1) : month.addMonths(-1);
    if (moved == month.addMonths(-1))
        CHECK(attestation.setData(attest, moved));
    CHECK(attestation.index(0, AttestationPlanModel::AttestColumn).data(AttestationPlanModel::AttestDateRole).toDate()
          == moved);
    attestation.reset(AttestationReports::planData(f.db, firstYear, referenceDay()));
    CHECK(attestation.rowCount() > 0);
}
