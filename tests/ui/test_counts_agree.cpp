// One rule, one place (issue 10, item 1), as a user sees it on the demo
// database: the «Expiring categories» page, the teacher cards, the status
// bar and the printed list give the same count of expiring and lapsed
// categories, and the «Due» page and the cards the same overdue training;
// changing the settings changes all of them together. The new item models
// pass QAbstractItemModelTester.

#include <catch2/catch.hpp>

#include "attestation/AttestationPlanModel.h"
#include "attestation/AttestationSettingsDialog.h"
#include "attestation/RemindersModel.h"
#include "attestation/RemindersTab.h"
#include "common/DateLineEdit.h"
#include "common/Roles.h"
#include "documents/AttestationReports.h"
#include "planning/AttestationStatus.h"
#include "planning/TrainingStatus.h"
#include "registry/TeacherCard.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"
#include "training/DueModel.h"
#include "training/DueTab.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>

using namespace profrost;
using namespace profrost::test;

namespace {

struct Counted
{
    int expiring = 0;
    int lapsed = 0;
};

// The cards that show the category warning, read as the user reads them.
Counted cardWarnings(Database &db)
{
    Counted out;
    for (const TeacherRow &r : TeacherRepository(db).rows(referenceDay())) {
        const QString card = TeacherCard::html(db, r.id, referenceDay());
        out.lapsed += card.contains(QStringLiteral(">lapsed</b>")) ? 1 : 0;
        out.expiring += card.contains(QStringLiteral(">expires soon</b>")) ? 1 : 0;
    }
    return out;
}

int overdueCards(Database &db)
{
    int n = 0;
    for (const TeacherRow &r : TeacherRepository(db).rows(referenceDay()))
        n += TeacherCard::html(db, r.id, referenceDay()).contains(QStringLiteral("Overdue:")) ? 1 : 0;
    return n;
}

// "Attestation: E categories expire within M months, L have lapsed ..."
Counted statusBar(const QString &path)
{
    auto db = std::make_unique<Database>(path);
    db->open();
    MainWindow window(std::move(db));
    window.show(); // the count is the attestation area's start-up work, after the first frame
    const QRegularExpression note(QStringLiteral("(\\d+) categories expire within (\\d+) months, (\\d+) have lapsed"));
    REQUIRE(waitUntil([&] { return note.match(window.statusBar()->currentMessage()).hasMatch(); }));
    const QRegularExpressionMatch m = note.match(window.statusBar()->currentMessage());
    return {m.captured(1).toInt(), m.captured(3).toInt()};
}

Counted page(const RemindersTab &tab)
{
    Counted out;
    for (const ExpiringCategory &e : tab.items())
        ++(e.lapsed ? out.lapsed : out.expiring);
    CHECK(tab.table()->model()->rowCount() == out.expiring + out.lapsed);
    return out;
}

} // namespace

TEST_CASE("Page, cards, status bar and document count the same categories, also after the settings change",
          "[ui][attestation][onerule]")
{
    ClockScope clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    auto window = openWindow(demoDatabase(path, 300));
    Database *db = &window->context().db();
    // Attestation in the sidebar, then its «Expiring categories» tab.
    QWidget *attestation = goToArea(*window, QStringLiteral("Attestation"));
    auto *tab = attestation->findChild<RemindersTab *>();
    showTab(tab);
    REQUIRE(waitUntil([&] { return !tab->isLoading(); }));

    auto agree = [&](int months) {
        const AttestationCounts core = AttestationStatus(*db).counts(referenceDay());
        INFO("expiring " << core.expiring << ", lapsed " << core.lapsed << " within " << months << " months");
        CHECK(core.months == months);
        CHECK(child<QSpinBox>(tab, "remindersMonths")->value() == months);
        const Counted onPage = page(*tab);
        CHECK(onPage.expiring == core.expiring);
        CHECK(onPage.lapsed == core.lapsed);
        const Counted cards = cardWarnings(*db);
        CHECK(cards.expiring == core.expiring);
        CHECK(cards.lapsed == core.lapsed);
        const Counted bar = statusBar(path);
        CHECK(bar.expiring == core.expiring);
        CHECK(bar.lapsed == core.lapsed);
        const ExpiringCategoriesDocumentData doc = AttestationReports::expiringData(*db, referenceDay());
        CHECK(doc.items.size() == core.total());
        CHECK(AttestationStatus::countsOf(doc.items, doc.months).lapsed == core.lapsed);
        // The plan-graph's «lapsed in the whole plan», next year's plan as the page opens it.
        AttestationPlanModel plan;
        plan.reset(AttestationPlanModel::prepare(AttestationReports::planData(*db, referenceDay().year() + 1,
                                                                              referenceDay())));
        CHECK(plan.lapsedCount() == core.lapsed);
        return core;
    };
    const AttestationCounts before = agree(6);
    REQUIRE(before.lapsed > 0);
    REQUIRE(before.expiring > 0);

    // Settings → Attestation rules: a category valid 4 years, reminders 12 months ahead.
    whenModal<AttestationSettingsDialog>([](AttestationSettingsDialog *settings) {
        child<QSpinBox>(settings, "validityYears")->setValue(4);
        child<QSpinBox>(settings, "reminderMonths")->setValue(12);
        clickOk(settings); // notifies: the page reads the list again
    });
    triggerMenu(*window, {QStringLiteral("&Settings"), QStringLiteral("&Attestation rules...")});
    REQUIRE(waitUntil([&] { return !tab->isLoading(); }));
    const AttestationCounts after = agree(12);
    CHECK(after.lapsed > before.lapsed);   // a year shorter: more have lapsed
    CHECK(after.total() != before.total());
}

TEST_CASE("The due page and the cards count the same overdue training, also with a 5-year interval",
          "[ui][training][onerule]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(demoDatabase(dir.filePath(QStringLiteral("demo.sqlite")), 300));
    Database *db = &window->context().db();
    // Further training in the sidebar, then its «Due» tab.
    QWidget *training = goToArea(*window, QStringLiteral("Further training"));
    auto *tab = training->findChild<DueTab *>();
    showTab(tab);
    QTableView *table = child<QTableView>(tab, "dueTable");
    REQUIRE(waitUntil([table] { return rowCount(table) > 0; }));

    auto agree = [&](int years) {
        const TrainingCounts core = TrainingStatus(*db).counts(referenceDay());
        INFO("overdue " << core.overdue << ", due soon " << core.dueSoon);
        const QStringList states = column(table, DueModel::StateColumn);
        CHECK(states.count(QStringLiteral("overdue")) == core.overdue);
        CHECK(states.count(QStringLiteral("due soon")) == core.dueSoon);
        CHECK(overdueCards(*db) == core.overdue);
        CHECK(tab->summary()->text().contains(QStringLiteral("(no course in %1 year").arg(years)));
        return core;
    };
    const TrainingCounts before = agree(3);
    REQUIRE(before.overdue > 0);

    // Settings → Attestation rules: further training at least once in 5 years.
    whenModal<AttestationSettingsDialog>([](AttestationSettingsDialog *settings) {
        auto *interval = child<QSpinBox>(settings, "trainingInterval");
        CHECK(interval->value() == 3);
        interval->setValue(5);
        clickOk(settings);
    });
    triggerMenu(*window, {QStringLiteral("&Settings"), QStringLiteral("&Attestation rules...")});
    CHECK(SettingsRepository(*db).trainingInterval() == 5);
    const TrainingCounts after = agree(5);
    CHECK(after.overdue < before.overdue);
}

TEST_CASE("The reminders and due models pass the model tester, sorted through a proxy", "[ui][onerule]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = demoDatabase(dir.filePath(QStringLiteral("demo.sqlite")), 200);
    AppContext ctx(*db);

    RemindersTab reminders(ctx);
    QAbstractItemModelTester remindersTester(reminders.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester remindersViewTester(reminders.table()->model(),
                                                 QAbstractItemModelTester::FailureReportingMode::Fatal);
    reminders.show();
    REQUIRE(waitUntil([&] { return !reminders.isLoading(); }));
    REQUIRE(reminders.model()->rowCount() > 1);
    // Sorting by «Valid until» through the proxy: the dates in order.
    reminders.table()->sortByColumn(RemindersModel::UntilColumn, Qt::AscendingOrder);
    QStringList until;
    for (int r = 0; r < reminders.table()->model()->rowCount(); ++r)
        until << reminders.table()->model()->index(r, RemindersModel::UntilColumn).data(SortRole).toString();
    QStringList sorted = until;
    sorted.sort();
    CHECK(until == sorted);
    reminders.monthsEdit()->setValue(24); // a reset under the testers

    DueTab due(ctx);
    QAbstractItemModelTester dueTester(due.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    due.show();
    REQUIRE(due.model()->rowCount() > 1);
    due.table()->sortByColumn(DueModel::NameColumn, Qt::DescendingOrder);
    const QStringList names = column(due.table(), DueModel::NameColumn);
    CHECK(names.first().toLower() >= names.last().toLower());
    due.dateEdit()->setDate(QDate(2027, 6, 1));
    due.reload();
    CHECK(due.model()->rowCount() > 0);
}
