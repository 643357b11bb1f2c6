// The dashboard, the program's start page, on the small district of
// support/MentoringFixture.h (02.12.2026): the cards' figures, the scope,
// the bars worst first, and from a card to the people and on to the registry.
#include <catch2/catch.hpp>

#include <QBarCategoryAxis>
#include <QChartView>

#include "common/DateLineEdit.h"
#include "common/RecordView.h"
#include "monitoring/CriteriaView.h"
#include "monitoring/DashboardPage.h"
#include "monitoring/IndicatorCard.h"
#include "monitoring/IndicatorPeopleDialog.h"
#include "monitoring/RecommendationsDialog.h"
#include "monitoring/Sparkline.h"
#include "registry/TeachersPage.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "store/AttestationPlanRepository.h"
#include "store/RecommendationRepository.h"
#include "store/TrainingPlanRepository.h"
#include "support/MentoringFixture.h"
#include "support/UiFixtures.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

TEST_CASE("The dashboard opens first with the indicators, narrows to a school and leads from a card to the teachers",
          "[ui][monitoring]")
{
    MentoringFixture fx;
    QSettings().remove(QStringLiteral("window/page"));
    QSettings().remove(QStringLiteral("dashboard/indicator"));
    auto db = std::make_unique<Database>(fx.t.path());
    db->open();
    auto window = openWindow(std::move(db));
    auto *page = window->findChild<DashboardPage *>();
    REQUIRE(page);
    CHECK(window->currentPage() == 0);
    REQUIRE(waitUntil([page] { return !page->isLoading() && page->data(); }));

    // Young teachers: Андреева, Борисова, Григорьева supported, Васильев not.
    CHECK(page->card(IndicatorId::I5)->valueText() == u"75.0 %"_s);
    CHECK(page->card(IndicatorId::I5)->detailText() == u"3 of 4 · target ≥ 70 % · met"_s);
    // No course is recorded: no data, not 0 %.
    CHECK(page->card(IndicatorId::I1)->valueText() == u"no data"_s);
    CHECK(page->summary()->text() == u"On 02.12.2026: 1 of 1 targets met; 8 indicator(s) without data."_s);

    // The analytic report of the same day, from the page: its I5 line as the card says.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"report.pdf"_s);
    CHECK(saveDocumentAs(page, "printMonitoringReportButton", pdf) > 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"Аналитическая справка по итогам мониторинга"_s));
    CHECK(text.contains(u"75,0 %"_s));
    CHECK(text.contains(u"(3 из 4)"_s));

    // The bars of I5, worst first: СОШ № 1 (1 of 2), then СОШ № 2 (2 of 2).
    page->chooseIndicator(IndicatorId::I5);
    CHECK(page->barOrganisations() == QList<qint64>({fx.school1, fx.school2}));
    // Their names read whole beside the bars (Qt Charts would cut them to «...»).
    QList<QBarCategoryAxis *> axes;
    for (QChartView *view : page->findChildren<QChartView *>()) {
        for (QAbstractAxis *a : view->chart()->axes()) {
            if (auto *c = qobject_cast<QBarCategoryAxis *>(a); c && c->categories().join(u' ').contains(u"СОШ № 2"_s))
                axes << c;
        }
    }
    REQUIRE(axes.size() == 1);
    CHECK(axes.first()->categories().last().startsWith(u"СОШ № 1 (1 "_s)); // the worst at the top
    CHECK_FALSE(axes.first()->truncateLabels());

    // One school: its figure, and from its card the people, the gap alone, then the registry.
    page->setScope(1, fx.school1);
    CHECK(page->scope()->currentText() == u"СОШ № 1"_s);
    CHECK(page->card(IndicatorId::I5)->valueText() == u"50.0 %"_s);
    // Its trend: on 31.08.2023 no young teacher there; Васильев (hired 15.08.2024) alone and
    // unsupported on 31.08.2024 and 2025; on 31.08.2026 both he and Андреева had a mentor.
    CHECK(page->card(IndicatorId::I5)->sparkline()->points()
          == QList<std::optional<double>>({std::nullopt, 0.0, 0.0, 100.0, 50.0}));
    QStringList shown, gapOnly;
    whenModal<IndicatorPeopleDialog>([&](IndicatorPeopleDialog *d) {
        // The target is not met: those not counted come alone first.
        CHECK(d->onlyGap()->isChecked());
        for (int r = 0; r < d->table()->rowCount(); ++r)
            gapOnly << d->table()->item(r, 0)->text();
        d->onlyGap()->setChecked(false);
        for (int r = 0; r < d->table()->rowCount(); ++r)
            shown << d->table()->item(r, 0)->text() + u" | "_s + d->table()->item(r, 3)->text();
        d->onlyGap()->setChecked(true);
        d->table()->setCurrentCell(0, 0);
        clickButton(d, "openTeacherButton");
    });
    QTest::mouseClick(page->card(IndicatorId::I5), Qt::LeftButton);
    CHECK(shown == QStringList({u"Васильев Дмитрий Олегович | no"_s, u"Андреева Ольга Игоревна | yes"_s}));
    CHECK(gapOnly == QStringList({u"Васильев Дмитрий Олегович"_s}));
    auto *teachers = qobject_cast<TeachersPage *>(window->findChild<TeachersPage *>());
    REQUIRE(teachers);
    CHECK(window->currentPage() == 1);
    CHECK(RecordView::currentId(teachers->view(), 0) == fx.id.value(u"Васильев"_s));

    // Another day: on 01.12.2026 Васильев's pair still ran.
    goToArea(*window, u"Monitoring"_s);
    page->setDay(QDate(2026, 12, 1));
    REQUIRE(waitUntil([page] { return !page->isLoading() && page->data()->at == QDate(2026, 12, 1); }));
    CHECK(page->scope()->currentText() == u"СОШ № 1"_s); // the scope is kept
    CHECK(page->card(IndicatorId::I5)->valueText() == u"100.0 %"_s);
}

TEST_CASE("A recommendation of the monitoring is written, refused without an addressee, checked done and undone",
          "[ui][monitoring]")
{
    MentoringFixture fx; // 02.12.2026
    auto db = std::make_unique<Database>(fx.t.path());
    db->open();
    auto window = openWindow(std::move(db));
    auto *page = window->findChild<DashboardPage *>();
    REQUIRE(page);
    REQUIRE(waitUntil([page] { return !page->isLoading() && page->data(); }));
    whenModal<RecommendationsDialog>([](RecommendationsDialog *d) {
        d->textEdit()->setPlainText(u"Закрепить наставника за Васильевым Д.О."_s);
        CHECK_FALSE(d->add()); // no addressee
        CHECK(d->message()->text().contains(u"Give the addressee: to whom the recommendation is addressed."_s));
        d->addresseeEdit()->setText(u"директору МБОУ СОШ № 1"_s);
        d->dueEdit()->setText(u"01.02.2027"_s);
        d->indicatorBox()->setCurrentIndex(d->indicatorBox()->findData(u"I5"_s));
        CHECK(d->add());
        REQUIRE(d->table()->rowCount() == 1);
        CHECK(d->table()->item(0, 1)->text() == u"директору МБОУ СОШ № 1"_s);
        CHECK(d->table()->item(0, 3)->text() == u"01.02.2027"_s);
        CHECK(d->table()->item(0, 4)->text() == u"I5"_s);
        d->table()->selectRow(0);
        CHECK(d->check(RecommendationState::Done));
        CHECK(d->table()->item(0, 5)->text() == u"done (02.12.2026)"_s);
        d->reject();
    });
    clickButton(page, "recommendationsButton");
    QList<Recommendation> stored = RecommendationRepository(window->context().db()).all();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].madeOn == MentoringFixture::day());
    CHECK(stored[0].state == RecommendationState::Done);
    // Undo takes back the check, then the recommendation.
    window->context().undoStack()->undo();
    CHECK(RecommendationRepository(window->context().db()).all().constFirst().state == RecommendationState::Planned);
    window->context().undoStack()->undo();
    CHECK(RecommendationRepository(window->context().db()).all().isEmpty());
}

TEST_CASE("A card shows the forecast of the saved plan on the next 31 August, the whole only", "[ui][monitoring][forecast]")
{
    MentoringFixture fx; // 02.12.2026: 6 active pedagogical workers, no course
    // Андреева and Борисова planned in 2027: on 31.08.2027 2 of 6 = 33.3 %, below 100 %.
    TrainingPlanRepository(fx.t.db()).save(2026, {{fx.id.value(u"Андреева"_s), 2027, 0, u"ФГОС"_s},
                                                  {fx.id.value(u"Борисова"_s), 2027, 0, u"ФГОС"_s}});
    QSettings().remove(QStringLiteral("window/page"));
    auto db = std::make_unique<Database>(fx.t.path());
    db->open();
    auto window = openWindow(std::move(db));
    auto *page = window->findChild<DashboardPage *>();
    REQUIRE(page);
    REQUIRE(waitUntil([page] { return !page->isLoading() && page->data(); }));
    CHECK(page->card(IndicatorId::I1)->forecastText() == u"forecast for 31.08.2027: 33.3 %"_s);
    CHECK(page->card(IndicatorId::I9)->forecastText() == u"forecast for 31.08.2027: 4"_s);
    CHECK(page->card(IndicatorId::I6)->forecastText().isEmpty()); // no attestation plan
    CHECK(page->card(IndicatorId::I5)->forecastText().isEmpty()); // no forecast of I5
    // A school: the plans are the district's, no forecast on its cards.
    page->setScope(1, fx.school1);
    CHECK(page->card(IndicatorId::I1)->forecastText().isEmpty());
}

TEST_CASE("The dashboard's criteria tab shows the five regional criteria, each met or not with its evidence",
          "[ui][monitoring][criteria]")
{
    MentoringFixture fx; // 02.12.2026: no attestation plan saved
    QSettings().remove(QStringLiteral("window/page"));
    auto db = std::make_unique<Database>(fx.t.path());
    db->open();
    auto window = openWindow(std::move(db));
    auto *page = window->findChild<DashboardPage *>();
    REQUIRE(page);
    REQUIRE(waitUntil([page] { return !page->isLoading() && page->data(); }));
    CriteriaView *view = page->criteria();
    REQUIRE(view->topLevelItemCount() == 5);
    QTreeWidgetItem *third = view->topLevelItem(2);
    CHECK(third->text(0).startsWith(u"3. "_s));
    CHECK(third->text(1) == u"not met"_s);
    // The 5-year attestation plan 2026–2030 with one row meets it, and says so under it.
    AttestationPlanEntry e;
    e.teacherId = fx.id.value(u"Андреева"_s);
    e.category = Category::First;
    e.attestYear = 2027;
    e.attestMonth = 4;
    AttestationPlanRepository(fx.t.db()).save(2026, {e});
    page->reload();
    REQUIRE(waitUntil([page] { return !page->isLoading(); }));
    third = view->topLevelItem(2);
    CHECK(third->text(1) == u"met"_s);
    QStringList evidence;
    for (int i = 0; i < third->childCount(); ++i)
        evidence << third->child(i)->text(0);
    INFO(evidence.join(u'\n').toStdString());
    CHECK(evidence.join(u'\n').contains(u"План-график аттестации педагогических работников на 2026–2030 гг.: строк — 1"_s));
    // The count of the met ones is what the tab's tooltip says.
    int met = 0;
    for (int i = 0; i < 5; ++i)
        met += view->topLevelItem(i)->text(1) == u"met"_s ? 1 : 0;
    CHECK(view->summary() == u"%1 of 5 criteria met"_s.arg(met));
    CHECK(page->charts()->tabToolTip(page->charts()->indexOf(view)) == view->summary());
}
