// What the routes changed, as a methodist reads it (issue 13, item 5):
// Иванова's 2025/2026 route (self-education in digital skills, a
// consultation on her subject, both done) and her second self-assessment a
// year later. Figures by hand: digital 35,5 → 61 (+25,5), subject 49,9 → 55
// (+5,1), both deficits removed; one teacher behind each figure.

#include <catch2/catch.hpp>

#include "diagnostics/DiagnosticsPage.h"
#include "diagnostics/EffectTab.h"
#include "io/TableReader.h"
#include "registry/TeachersPage.h"
#include "shell/AppContext.h"
#include "store/DiagnosisRepository.h"
#include "store/RouteRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTableView>

using namespace profrost;
using namespace profrost::test;

namespace {

RouteActivity done(RouteActivityKind kind, const QString &title, CompetencyArea area, QDate starts, QDate ends)
{
    RouteActivity a;
    a.kind = kind;
    a.title = title;
    a.hasArea = true;
    a.area = area;
    a.starts = starts;
    a.ends = ends;
    a.status = RouteStatus::Done;
    return a;
}

// Иванова's route of 2025/2026 and her results of October 2026.
void addRouteAndSecondDiagnosis(Database &db)
{
    const qint64 ivanova = TeacherRepository(db).findBySnils(QStringLiteral("11223344595"));
    REQUIRE(ivanova != 0);
    IndividualRoute route;
    route.teacherId = ivanova;
    route.startYear = 2025;
    route.deficits = {CompetencyArea::Subject, CompetencyArea::Digital};
    route.activities = {done(RouteActivityKind::SelfEducation, QStringLiteral("Цифровые сервисы урока"),
                             CompetencyArea::Digital, QDate(2025, 11, 1), QDate(2026, 4, 30)),
                        done(RouteActivityKind::Consultation, QStringLiteral("Трудные темы курса"),
                             CompetencyArea::Subject, QDate(2025, 12, 10), QDate())};
    RouteRepository(db).save(route);

    DiagnosisRepository diagnoses(db);
    DiagnosisCampaign second;
    second.name = QStringLiteral("Самодиагностика 2026");
    second.starts = QDate(2026, 10, 1);
    second.areas = {CompetencyArea::Subject, CompetencyArea::Methodical, CompetencyArea::Digital};
    DiagnosisResult r;
    r.campaignId = diagnoses.addCampaign(second);
    r.teacherId = ivanova;
    r.takenOn = QDate(2026, 10, 12);
    r.scores = {{CompetencyArea::Subject, 5500}, {CompetencyArea::Methodical, 4800}, {CompetencyArea::Digital, 6100}};
    diagnoses.saveResult(r);
}

EffectTab *openEffect(MainWindow &window)
{
    auto *page = qobject_cast<DiagnosticsPage *>(goToArea(window, QStringLiteral("Diagnostics")));
    REQUIRE(page);
    showTab(page->effect());
    EffectTab *effect = page->effect();
    REQUIRE(waitUntil([effect] { return !effect->isLoading(); }));
    return effect;
}

} // namespace

TEST_CASE("What the routes changed: each area before and after, by area and by teacher, thin figures hidden on request",
          "[ui][effect]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(diagnosedDatabase(dir.filePath(QStringLiteral("d.sqlite"))));
    EffectTab *effect = openEffect(*window);

    // No route yet: a word on when the figures come, nothing to print or export.
    CHECK(effect->model()->rowCount() == 0);
    CHECK(effect->summary()->text().startsWith(QStringLiteral("Nobody has been diagnosed again")));
    CHECK_FALSE(window->findChild<QPushButton *>(QStringLiteral("exportEffectButton"))->isEnabled());

    addRouteAndSecondDiagnosis(window->context().db());
    effect->reload();
    REQUIRE(waitUntil([effect] { return !effect->isLoading(); }));
    effect->hideFew()->setChecked(false);
    effect->chooseView(EffectModel::View::ByArea);
    QTableView *table = effect->table();
    REQUIRE(table->model()->rowCount() == 2);
    CHECK(column(table, 0) == QStringList({QStringLiteral("Subject"), QStringLiteral("Digital")}));
    // Teachers, before, after, change, had a deficit, removed.
    CHECK(cellText(table, 0, 1) == QStringLiteral("1*"));
    CHECK(cellText(table, 0, 2) == QStringLiteral("49,9"));
    CHECK(cellText(table, 0, 3) == QStringLiteral("55,0"));
    CHECK(cellText(table, 0, 4) == QStringLiteral("+5,1"));
    CHECK(cellText(table, 1, 4) == QStringLiteral("+25,5"));
    CHECK(cellText(table, 1, 5) == QStringLiteral("1"));
    CHECK(cellText(table, 1, 6) == QStringLiteral("1"));
    // (5,1 + 25,5) / 2 = 15,3; both deficits removed.
    CHECK(effect->summary()->text().contains(QStringLiteral("+15,3 points on average; 2 of 2 deficits were removed")));

    // One teacher is no trend: hidden on request, and the choice is remembered.
    effect->hideFew()->setChecked(true);
    CHECK(table->model()->rowCount() == 0);
    effect->hideFew()->setChecked(false);
    CHECK(table->model()->rowCount() == 2);

    // By teacher: her two areas with the days of the two results; opened in the registry by Enter.
    effect->chooseView(EffectModel::View::ByTeacher);
    REQUIRE(table->model()->rowCount() == 2);
    CHECK(cellText(table, 0, 0) == QStringLiteral("Иванова Мария Петровна"));
    CHECK(cellText(table, 0, 2) == QStringLiteral("2025/2026"));
    CHECK(cellText(table, 1, 3) == QStringLiteral("Digital"));
    CHECK(cellText(table, 1, 4) == QStringLiteral("35,5\u00a0% (15.10.25)"));
    CHECK(cellText(table, 1, 6) == QStringLiteral("+25,5"));
    CHECK(cellText(table, 1, 7) == QStringLiteral("removed"));
    CHECK(cellText(table, 1, 8) == QStringLiteral("Цифровые сервисы урока"));
    clickRow(table, 1);
    QTest::keyClick(table, Qt::Key_Return);
    auto *registry = window->findChild<TeachersPage *>();
    REQUIRE(registry->isVisible());
    REQUIRE(waitUntil([registry] { return !registry->isLoading(); }));
    CHECK(registry->view()->currentIndex().siblingAtColumn(0).data().toString().startsWith(QStringLiteral("Иванова")));

    // The workbook: the areas' sheet first, in Russian.
    const QString path = dir.filePath(QStringLiteral("effect.xlsx"));
    effect->exportBook(path);
    const Table sheet = TableReader::read(path);
    REQUIRE(sheet.rows.size() == 2);
    CHECK(sheet.header.first() == QStringLiteral("Область компетенций"));
    CHECK(sheet.rows[1].cells.mid(0, 5)
          == QStringList({QStringLiteral("Цифровая"), QStringLiteral("1"), QStringLiteral("35,5"), QStringLiteral("61,0"),
                          QStringLiteral("+25,5")}));
}
