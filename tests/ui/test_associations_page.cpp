#include <catch2/catch.hpp>

#include "associations/AssociationsPage.h"
#include "demo/DemoGenerator.h"
#include "shell/AppContext.h"
#include "store/AssociationRepository.h"
#include "store/Database.h"
#include "store/MeetingRepository.h"
#include "store/PlanRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QFile>
#include <QProcess>
#include <QTableWidget>

using namespace profrost;
using namespace profrost::test;

TEST_CASE("The associations page lists members, plans and protocols, copies a plan and prints a protocol",
          "[ui][associations]")
{
    ClockScope clock;
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("demo.sqlite")));
    db.open();
    DemoOptions options;
    options.teachers = 300;
    options.today = referenceDay();
    DemoGenerator::generate(db, options);
    AppContext ctx(db);
    AssociationsPage page(ctx);
    page.show(); // read when shown

    const QList<Association> all = AssociationRepository(db).all();
    REQUIRE_FALSE(all.isEmpty());
    CHECK(page.associations()->rowCount() == all.size() + 1); // and the centre's own plans
    const Association &rmo = all.constFirst();
    page.selectAssociation(rmo.id);
    REQUIRE(page.currentAssociation() == rmo.id);
    CHECK(page.members()->rowCount() == AssociationRepository(db).members(rmo.id).size());
    const QList<Meeting> meetings = MeetingRepository(db).meetingsOf(rmo.id);
    CHECK(page.meetings()->rowCount() == meetings.size());
    REQUIRE(page.meetings()->rowCount() > 0);
    CHECK(column(page.meetings(), 0).contains(QStringLiteral("1"))); // protocol № 1 of a year

    // Copy this year's plan into next year's draft.
    const int plans = page.plans()->rowCount();
    REQUIRE(plans > 0);
    const qint64 newest = page.currentPlan(); // the newest is selected
    REQUIRE(newest > 0);
    const int year = PlanRepository(db).get(newest).startYear;
    page.hide(); // a refusal is kept in lastError() instead of a message box
    const qint64 copied = page.copyPlanToNextYear();
    INFO(page.lastError().toStdString());
    REQUIRE(copied != 0);
    CHECK(page.lastError().isEmpty());
    CHECK(page.plans()->rowCount() == plans + 1);
    const MethodicalPlan draft = PlanRepository(db).get(copied);
    CHECK(draft.associationId == rmo.id);
    CHECK(draft.startYear == year + 1);
    CHECK_FALSE(draft.approval.date.isValid()); // a draft, not approved yet

    // The protocol of the selected meeting, written by the worker thread.
    const QString pdf = dir.filePath(QStringLiteral("protocol.pdf"));
    CHECK(page.writeProtocol(pdf) >= 1);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(30000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(printed.contains(QStringLiteral("ПРОТОКОЛ")));
    CHECK(printed.contains(QStringLiteral("СЛУШАЛИ")));
    CHECK(printed.contains(QStringLiteral("Приложение")));

    // The centre's plans: the work plan and the roadmap.
    page.selectAssociation(0);
    CHECK(page.plans()->rowCount() >= 1);
    CHECK(page.members()->rowCount() == 0);
}
