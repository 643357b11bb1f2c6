// The dashboard's charts of issue 16 on the small district of
// support/MentoringFixture.h (02.12.2026) with a diagnosis and a few
// attestation records added, each figure worked out by hand: the deficit
// heat map and the teachers behind a cell, the categories pie and a slice's
// teachers, the municipalities side by side only with two of them, and every
// chart copied and saved as PNG and SVG.
#include <catch2/catch.hpp>

#include "common/ChartExport.h"
#include "common/RecordView.h"
#include "diagnostics/DeficitMapModel.h"
#include "monitoring/DashboardCharts.h"
#include "monitoring/DashboardPage.h"
#include "monitoring/DeficitHeatMap.h"
#include "monitoring/IndicatorPeopleDialog.h"
#include "registry/TeachersPage.h"
#include "shell/MainWindow.h"
#include "store/AttestationRepository.h"
#include "store/DiagnosisRepository.h"
#include "support/MentoringFixture.h"
#include "support/UiFixtures.h"

#include <QAction>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

// The fixture's district with what the charts show:
// - attestation on 02.12.2026: Иванова's highest (15.03.2023) valid;
//   Дмитриева's first of 20.05.2022 valid until 19.05.2027; Васильев's first
//   of 01.06.2020 lapsed on 01.06.2025; Григорьева's СЗД of 01.10.2026;
// - a self-diagnosis in October 2026, the deficit below 50 %:
//   Иванова subject 80, methodical 40; Андреева subject 45, methodical 60;
//   Васильев 30 and 30 (all three СОШ № 1); Борисова (СОШ № 2) 90 and 90.
struct ChartsDistrict : MentoringFixture
{
    ChartsDistrict()
    {
        AttestationRepository attestation(t.db());
        category(u"Дмитриева"_s, Category::First, QDate(2022, 5, 20));
        category(u"Васильев"_s, Category::First, QDate(2020, 6, 1));
        AttestationRecord fitness;
        fitness.teacherId = id.value(u"Григорьева"_s);
        fitness.kind = AttestationKind::Fitness;
        fitness.granted = QDate(2026, 10, 1);
        fitness.decidedBy = AttestationDecider::Organisation;
        attestation.insertRecord(fitness);

        DiagnosisRepository diagnoses(t.db());
        DiagnosisCampaign c;
        c.name = u"Самодиагностика"_s;
        c.starts = QDate(2026, 10, 1);
        c.ends = QDate(2026, 10, 31);
        c.areas = {CompetencyArea::Subject, CompetencyArea::Methodical};
        campaign = diagnoses.addCampaign(c);
        result(u"Иванова"_s, 8000, 4000);
        result(u"Андреева"_s, 4500, 6000);
        result(u"Васильев"_s, 3000, 3000);
        result(u"Борисова"_s, 9000, 9000);
    }
    void category(const QString &surname, Category c, QDate granted)
    {
        AttestationRecord r;
        r.teacherId = id.value(surname);
        r.category = c;
        r.granted = granted;
        AttestationRepository(t.db()).insertRecord(r);
    }
    void result(const QString &surname, int subject, int methodical)
    {
        DiagnosisResult r;
        r.campaignId = campaign;
        r.teacherId = id.value(surname);
        r.takenOn = QDate(2026, 10, 10);
        r.scores = {{CompetencyArea::Subject, subject}, {CompetencyArea::Methodical, methodical}};
        DiagnosisRepository(t.db()).saveResult(r);
    }
    QStringList surnames(const QList<qint64> &ids) const
    {
        QStringList out;
        for (qint64 i : ids)
            out << id.key(i);
        out.sort();
        return out;
    }
    qint64 campaign = 0;
};

struct Opened
{
    std::unique_ptr<MainWindow> window;
    DashboardPage *page = nullptr;
};

Opened open(ChartsDistrict &fx)
{
    QSettings().remove(u"window/page"_s);
    auto db = std::make_unique<Database>(fx.t.path());
    db->open();
    Opened o;
    o.window = openWindow(std::move(db));
    o.page = o.window->findChild<DashboardPage *>();
    REQUIRE(o.page);
    REQUIRE(waitUntil([&o] { return !o.page->isLoading() && o.page->data(); }));
    return o;
}

void clickCell(QTableView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(index).center());
}

QStringList listed(IndicatorPeopleDialog *d)
{
    QStringList out;
    for (int r = 0; r < d->table()->rowCount(); ++r)
        out << d->table()->item(r, 0)->text().section(u' ', 0, 0);
    return out;
}

} // namespace

TEST_CASE("The deficit heat map of the dashboard shows a cell's share and lists its teachers, one opened in the registry",
          "[ui][monitoring][diagnosis]")
{
    ChartsDistrict fx;
    Opened o = open(fx);
    showTab(o.page->deficitMap());
    DeficitHeatMap *map = o.page->deficitMap();
    // One municipality: the schools are the rows.
    CHECK(map->grouping() == DeficitGrouping::Organisation);
    DeficitMapModel *model = map->model();
    REQUIRE(model->rowCount() == 3); // СОШ № 1, СОШ № 2, the total
    CHECK(model->rowLabel(0) == u"СОШ № 1"_s);
    CHECK(model->rowLabel(1) == u"СОШ № 2"_s);
    REQUIRE(model->columnCount() == 4); // the name, subject, methodical, at least one
    CHECK(model->areaOf(1) == CompetencyArea::Subject);
    // СОШ № 1, subject: Андреева 45 and Васильев 30 of the three diagnosed there, 66.7 %.
    const DeficitCell *subject = model->cell(0, 1);
    REQUIRE(subject);
    CHECK(subject->deficits == 2);
    CHECK(subject->diagnosed == 3);
    CHECK(subject->shareTenths() == 667);
    CHECK(subject->level() == DeficitLevel::High);
    // At least one deficit: all three (Иванова's methodical 40).
    CHECK(model->cell(0, 3)->deficits == 3);
    // СОШ № 2: Борисова 90, no deficit; the total 3 of 4.
    CHECK(model->cell(1, 1)->deficits == 0);
    CHECK(model->cell(2, 3)->deficits == 3);
    CHECK(model->cell(2, 3)->diagnosed == 4);

    // A click on the cell: its two teachers, by name; the first opens in the registry.
    QStringList shown;
    QString heading;
    whenModal<IndicatorPeopleDialog>([&](IndicatorPeopleDialog *d) {
        shown = listed(d);
        heading = d->findChild<QLabel *>(u"peopleHeading"_s)->text();
        d->table()->setCurrentCell(1, 0);
        clickButton(d, "openTeacherButton");
    });
    clickCell(map->view(), 0, 1);
    CHECK(shown == QStringList({u"Андреева"_s, u"Васильев"_s}));
    CHECK(heading.contains(u"2 with a deficit of 3 diagnosed"_s));
    auto *teachers = o.window->findChild<TeachersPage *>();
    REQUIRE(teachers);
    CHECK(o.window->currentPage() == 1);
    CHECK(RecordView::currentId(teachers->view(), 0) == fx.id.value(u"Васильев"_s));

    // One school as the scope: its row alone, the total its teachers.
    goToArea(*o.window, u"Monitoring"_s);
    o.page->setScope(1, fx.school2);
    REQUIRE(model->rowCount() == 2);
    CHECK(model->rowLabel(0) == u"СОШ № 2"_s);
    CHECK(model->cell(1, 3)->diagnosed == 1);
}

TEST_CASE("The categories pie counts the active teachers by the category they hold and lists a slice",
          "[ui][monitoring][attestation]")
{
    ChartsDistrict fx;
    Opened o = open(fx);
    showTab(o.page->categoriesChart());
    // Six active pedagogical workers (Петрова, a deputy, is not one):
    // highest Иванова; first Дмитриева; СЗД Григорьева; none Андреева,
    // Борисова and Васильев (his first lapsed).
    QMap<CategoryGroup, QList<qint64>> counts = o.page->categoryCounts();
    CHECK(fx.surnames(counts.value(CategoryGroup::Highest)) == QStringList{u"Иванова"_s});
    CHECK(fx.surnames(counts.value(CategoryGroup::First)) == QStringList{u"Дмитриева"_s});
    CHECK(fx.surnames(counts.value(CategoryGroup::Fitness)) == QStringList{u"Григорьева"_s});
    CHECK(fx.surnames(counts.value(CategoryGroup::None))
          == QStringList({u"Андреева"_s, u"Борисова"_s, u"Васильев"_s}));
    CHECK(counts.size() == 4);

    // The pie: a slice a group with somebody in it, in the groups' order.
    QChart *chart = o.page->categoriesChart()->chart();
    REQUIRE(chart->series().size() == 1);
    auto *pie = qobject_cast<QPieSeries *>(chart->series().constFirst());
    REQUIRE(pie);
    QStringList slices;
    for (const QPieSlice *s : pie->slices())
        slices << s->label();
    CHECK(slices
          == QStringList({u"highest category: 1 (16.7 %)"_s, u"first category: 1 (16.7 %)"_s,
                          u"fitness for the post (SZD): 1 (16.7 %)"_s, u"no category, no SZD: 3 (50.0 %)"_s}));
    CHECK(pie->sum() == 6);

    // A click on the last slice lists its three.
    QStringList shown;
    whenModal<IndicatorPeopleDialog>([&](IndicatorPeopleDialog *d) {
        shown = listed(d);
        CHECK(d->table()->isColumnHidden(3)); // a plain list: no «counted»
        d->reject();
    });
    emit pie->clicked(pie->slices().constLast());
    shown.sort();
    CHECK(shown == QStringList({u"Андреева"_s, u"Борисова"_s, u"Васильев"_s}));

    // СОШ № 2: Борисова none, Григорьева СЗД.
    o.page->setScope(1, fx.school2);
    counts = o.page->categoryCounts();
    CHECK(fx.surnames(counts.value(CategoryGroup::Fitness)) == QStringList{u"Григорьева"_s});
    CHECK(fx.surnames(counts.value(CategoryGroup::None)) == QStringList{u"Борисова"_s});
    CHECK(counts.size() == 2);
}

TEST_CASE("The municipalities are compared side by side only when the database holds two or more",
          "[ui][monitoring]")
{
    ChartsDistrict fx;
    Opened o = open(fx);
    QTabWidget *tabs = o.page->charts();
    const int tab = tabs->indexOf(o.page->municipalitiesChart());
    REQUIRE(tab >= 0);
    CHECK_FALSE(tabs->isTabVisible(tab)); // one municipality: nothing to compare
    CHECK_FALSE(o.page->showsMunicipalities());

    // A second municipality with a school and a teacher of the first category.
    const qint64 second = DictionaryRepository(fx.t.db()).ensureMunicipality(u"Шушенский район"_s);
    const qint64 school3 = fx.organisation(second, u"МБОУ СОШ № 3"_s, u"СОШ № 3"_s);
    fx.add(u"Егорова Вера Павловна"_s, QDate(1980, 3, 3), QDate(2005, 9, 1), school3, fx.teacherPost, fx.maths,
           Category::First, QDate(2024, 4, 1));
    o.page->reload();
    REQUIRE(waitUntil([&o] { return !o.page->isLoading() && o.page->data()->municipalities.size() == 2; }));
    CHECK(tabs->isTabVisible(tab));
    // The whole region's deficit map has the municipalities as its rows.
    CHECK(o.page->deficitMap()->grouping() == DeficitGrouping::Municipality);
    showTab(o.page->municipalitiesChart());

    // Groups by municipality (by name), a bar per compared indicator.
    QChart *chart = o.page->municipalitiesChart()->chart();
    REQUIRE(chart->series().size() == 1);
    auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().constFirst());
    REQUIRE(bars);
    const QList<IndicatorId> compared = DashboardCharts::compared();
    REQUIRE(bars->barSets().size() == compared.size());
    QBarSet *valid = nullptr;
    for (QBarSet *set : bars->barSets()) {
        if (set->label().startsWith(u"I6 "_s))
            valid = set;
    }
    REQUIRE(valid);
    // Drawn bottom-up: the set's first bar is the last by name, at the bottom.
    // I6: Ермаковский 2 of 6 (Иванова, Дмитриева), Шушенский 1 of 1.
    CHECK(valid->at(1) == Approx(100.0 / 3).margin(0.05));
    CHECK(valid->at(0) == Approx(100.0));

    // A click on Ермаковский's I6 bar: the six behind it, those without a valid category first.
    QStringList shown;
    QString title;
    whenModal<IndicatorPeopleDialog>([&](IndicatorPeopleDialog *d) {
        title = d->windowTitle();
        shown = listed(d);
        d->reject();
    });
    emit valid->clicked(1);
    CHECK(title.startsWith(u"I6. "_s));
    CHECK(shown.size() == 6);
    CHECK(shown.mid(4) == QStringList({u"Дмитриева"_s, u"Иванова"_s}));

    // One municipality as the scope: its schools are the rows again.
    qint64 ermakovsky = 0;
    for (const IndicatorPart &p : o.page->data()->municipalities) {
        if (p.name == u"Ермаковский район"_s)
            ermakovsky = p.id;
    }
    REQUIRE(ermakovsky != 0);
    o.page->setScope(2, ermakovsky);
    CHECK(o.page->deficitMap()->grouping() == DeficitGrouping::Organisation);
    REQUIRE(o.page->deficitMap()->model()->rowCount() == 3);
    CHECK(o.page->deficitMap()->model()->rowLabel(1) == u"СОШ № 2"_s);
    o.page->setScope(0, 0);

    // Saved like every chart.
    QTemporaryDir dir;
    const QString png = dir.filePath(u"municipalities.png"_s);
    REQUIRE(ChartExport::savePng(o.page->municipalitiesChart(), png));
    CHECK_FALSE(QImage(png).isNull());
}

TEST_CASE("A bar of the organisations lists the teachers behind it", "[ui][monitoring]")
{
    ChartsDistrict fx;
    Opened o = open(fx);
    // I6 by organisation, worst first: СОШ № 2 (Борисова, Григорьева: 0 of 2), then СОШ № 1 (2 of 4).
    o.page->chooseIndicator(IndicatorId::I6);
    REQUIRE(o.page->barOrganisations() == QList<qint64>({fx.school2, fx.school1}));
    auto *bars = qobject_cast<QAbstractBarSeries *>(o.page->chart()->chart()->series().constFirst());
    REQUIRE(bars);
    QStringList shown;
    QString title;
    whenModal<IndicatorPeopleDialog>([&](IndicatorPeopleDialog *d) {
        title = d->windowTitle();
        d->onlyGap()->setChecked(false);
        shown = listed(d);
        d->reject();
    });
    // The bars are drawn bottom-up: the set's last bar is the worst, at the top.
    emit bars->barSets().constFirst()->clicked(1);
    CHECK(title.startsWith(u"I6. "_s));
    CHECK(shown == QStringList({u"Борисова"_s, u"Григорьева"_s}));
}

TEST_CASE("Every chart of the dashboard is copied and saved as PNG and SVG", "[ui][monitoring]")
{
    ChartsDistrict fx;
    Opened o = open(fx);
    o.window->resize(1366, 768);
    QTemporaryDir dir;
    const QList<QWidget *> charts{o.page->chart(), o.page->trendChart(), o.page->deficitMap(),
                                  o.page->categoriesChart()};
    int n = 0;
    for (QWidget *chart : charts) {
        o.page->charts()->setCurrentWidget(chart);
        QApplication::processEvents();
        INFO("chart " << chart->objectName().toStdString());
        // The context menu's three actions.
        QStringList actions;
        for (const QAction *a : chart->actions())
            actions << a->objectName();
        CHECK(actions == QStringList({u"copyChart"_s, u"saveChartPng"_s, u"saveChartSvg"_s}));
        CHECK(chart->contextMenuPolicy() == Qt::ActionsContextMenu);

        const QString png = dir.filePath(u"chart%1.png"_s.arg(n));
        REQUIRE(ChartExport::savePng(chart, png));
        const QImage image(png);
        CHECK_FALSE(image.isNull());
        CHECK(image.width() >= chart->width());

        const QString svg = dir.filePath(u"chart%1.svg"_s.arg(n));
        REQUIRE(ChartExport::saveSvg(chart, svg));
        QFile file(svg);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        CHECK(text.contains("<svg"));
        CHECK(text.contains("</svg>"));
        CHECK(text.size() > 1000);

        QApplication::clipboard()->clear();
        chart->actions().constFirst()->trigger(); // «Copy»
        const QImage copied = QApplication::clipboard()->image();
        CHECK_FALSE(copied.isNull());
        CHECK(copied.width() >= chart->width());
        ++n;
    }
    // From the button over the tabs, for the chart shown: the save dialog, a
    // name without its extension, and the folder remembered for the next time.
    o.page->charts()->setCurrentWidget(o.page->categoriesChart());
    QTemporaryDir folder;
    QSettings().remove(u"paths/charts"_s);
    whenModal<QFileDialog>([&folder](QFileDialog *save) {
        save->selectFile(QDir(folder.path()).filePath(u"categories"_s));
        static_cast<QDialog *>(save)->accept(); // as the Save button does
    });
    triggerButtonMenu(o.page, "exportChartButton", u"Save as &SVG..."_s);
    QFile saved(QDir(folder.path()).filePath(u"categories.svg"_s));
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(saved.readAll().contains("<svg"));
    CHECK(QSettings().value(u"paths/charts"_s).toString() == QFileInfo(folder.path()).absoluteFilePath());
    QString openedIn;
    whenModal<QFileDialog>([&openedIn](QFileDialog *save) {
        openedIn = save->directory().absolutePath();
        save->reject();
    });
    triggerButtonMenu(o.page, "exportChartButton", u"Save as &PNG..."_s);
    CHECK(openedIn == QFileInfo(folder.path()).absoluteFilePath());

    // The file name offered: the chart's title, nothing a file system refuses.
    o.page->chooseIndicator(IndicatorId::I5);
    const QString name = ChartExport::suggestedName(o.page->chart());
    CHECK(name.startsWith(u"I5 by organisation"_s));
    CHECK_FALSE(name.contains(u'/'));
}
