// The deficit map as a methodist uses it (issue 13, item 3): the map of the
// imported results by organisation, a cell clicked to list its teachers, one
// opened in the registry, the map by subject, a period, the sheet with its
// colours and the printed map. Figures worked out by hand from
// diagnostics_good.csv over teachers_good.csv.

#include <catch2/catch.hpp>

#include "diagnostics/DeficitMapModel.h"
#include "diagnostics/DeficitMapTab.h"
#include "diagnostics/DeficitTeachersModel.h"
#include "diagnostics/DiagnosticsPage.h"
#include "common/DateLineEdit.h"
#include "io/DiagnosisImporter.h"
#include "store/DiagnosisRepository.h"
#include "io/TableReader.h"
#include "registry/TeachersPage.h"
#include "common/RecordView.h"
#include "shell/AppContext.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>

using namespace profrost;
using namespace profrost::test;

namespace {

QString nbsp(const char *text) { return QString::fromUtf8(text).replace(QLatin1Char(' '), QChar(0x00a0)); }

// The map's cell as the screen shows it: the share, then «N of M».
QString shown(const char *share, int deficits, int diagnosed)
{
    return nbsp(share) + QStringLiteral("\n%1 of %2").arg(deficits).arg(diagnosed);
}

void clickCell(QTableView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(index).center());
}

DeficitMapTab *openMap(MainWindow &window)
{
    auto *page = qobject_cast<DiagnosticsPage *>(goToArea(window, QStringLiteral("Diagnostics")));
    REQUIRE(page);
    showTab(page->deficitMap());
    DeficitMapTab *map = page->deficitMap();
    map->chooseGrouping(DeficitGrouping::Organisation);
    REQUIRE(waitUntil([map] { return !map->isLoading(); }));
    return map;
}

} // namespace

TEST_CASE("The deficit map shows the share of the diagnosed with deficits and lists a cell's teachers",
          "[ui][diagnosis]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(diagnosedDatabase(dir.filePath(QStringLiteral("d.sqlite"))));
    DeficitMapTab *map = openMap(*window);

    // Everyone's latest results: Иванова (СОШ № 1 and the ДДТ), Петров and
    // Козлова (СОШ № 1), Сидорова (the kindergarten).
    CHECK(map->scope()->currentData().toLongLong() == 0);
    QTableView *view = map->mapView();
    REQUIRE(column(view, 0) == QStringList({QStringLiteral("МБДОУ детский сад № 3 «Звездочка»"),
                                            QStringLiteral("МБОУ СОШ № 1"),
                                            QStringLiteral("МБУ ДО «Дом детского творчества»"), QStringLiteral("Total")}));
    REQUIRE(view->model()->columnCount() == 8); // the name, six areas, at least one
    const int school = 1;
    // Subject: Иванова 49,9 (a deficit), Петров 80.
    CHECK(cellText(view, school, 1) == shown("50 %", 1, 2));
    // Communicative: only Иванова was scored, 72.
    CHECK(cellText(view, school, 4) == shown("0 %", 0, 1));
    // Functional literacy: Иванова 69,9 fails, Козлова 70 passes.
    CHECK(cellText(view, school, 6) == shown("50 %", 1, 2));
    // At least one: Иванова and Петров (45,25 methodical) of the three.
    CHECK(cellText(view, school, 7) == shown("66,7 %", 2, 3));
    CHECK(cellText(view, 0, 7) == shown("0 %", 0, 1));          // Сидорова: 55 everywhere
    CHECK(cellText(view, 3, 7) == shown("50 %", 2, 4));          // each teacher once
    CHECK(view->model()->index(school, 7).data(Qt::BackgroundRole).value<QColor>() == QColor(0xFFC7CE));
    CHECK(view->model()->index(0, 7).data(Qt::BackgroundRole).value<QColor>() == QColor(0xC6EFCE));
    CHECK(map->summary()->text().contains(QStringLiteral("4 teachers diagnosed; 2")));

    // A cell clicked: its teachers with a deficit, then everyone diagnosed there.
    clickCell(view, school, 1);
    QTableView *teachers = map->teachersView();
    REQUIRE(rowCount(teachers) == 1);
    CHECK(cellText(teachers, 0, DeficitTeachersModel::TeacherColumn) == QStringLiteral("Иванова Мария Петровна"));
    CHECK(cellText(teachers, 0, DeficitTeachersModel::ScoreColumn) == nbsp("49,9 %"));
    CHECK(cellText(teachers, 0, DeficitTeachersModel::OrganisationColumn)
          == QStringLiteral("МБОУ СОШ № 1; МБУ ДО «Дом детского творчества»"));
    CHECK(map->cellTitle()->text().contains(QStringLiteral("subject: 1 with a deficit of 2 diagnosed")));
    QTest::mouseClick(map->deficitsOnly(), Qt::LeftButton);
    REQUIRE(rowCount(teachers) == 2);
    CHECK(column(teachers, DeficitTeachersModel::ScoreColumn) == QStringList({nbsp("49,9 %"), nbsp("80 %")}));
    QTest::mouseClick(map->deficitsOnly(), Qt::LeftButton);

    // The name of a row: its teachers with any deficit, each deficit named.
    clickCell(view, school, 0);
    REQUIRE(rowCount(teachers) == 2);
    CHECK(cellText(teachers, 0, DeficitTeachersModel::ScoreColumn)
          == QStringLiteral("subject ") + nbsp("49,9 %") + QStringLiteral(", digital ") + nbsp("35,5 %")
                 + QStringLiteral(", functional literacy ") + nbsp("69,9 %"));
    CHECK(cellText(teachers, 1, DeficitTeachersModel::TeacherColumn) == QStringLiteral("Петров Сергей Николаевич"));

    // Sorted by the share of a column the worst come first; the total stays last.
    view->sortByColumn(7, Qt::DescendingOrder);
    CHECK(column(view, 0) == QStringList({QStringLiteral("МБУ ДО «Дом детского творчества»"), // 1 of 1
                                          QStringLiteral("МБОУ СОШ № 1"),                     // 2 of 3
                                          QStringLiteral("МБДОУ детский сад № 3 «Звездочка»"), QStringLiteral("Total")}));

    // A teacher chosen and opened (Enter, as a double click) shows them in the registry.
    clickRow(teachers, 1);
    QTest::keyClick(teachers, Qt::Key_Return);
    auto *registry = window->findChild<TeachersPage *>();
    REQUIRE(registry);
    REQUIRE(registry->isVisible());
    REQUIRE(waitUntil([registry] { return !registry->isLoading(); }));
    CHECK(registry->view()->currentIndex().siblingAtColumn(0).data().toString().startsWith(QStringLiteral("Петров")));
}

TEST_CASE("The deficit map by subject, of one diagnosis or a period, goes to Excel with its colours and to paper",
          "[ui][diagnosis]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(diagnosedDatabase(dir.filePath(QStringLiteral("d.sqlite"))));
    DeficitMapTab *map = openMap(*window);
    QTableView *view = map->mapView();

    // The self-assessment of 2025 alone: no functional literacy column.
    chooseWithKeys(map->scope(), map->scope()->itemData(map->scope()->findText(
                                     QStringLiteral("Самодиагностика 2025 (15.10–20.10.2025)"))));
    REQUIRE(view->model()->columnCount() == 7);
    CHECK(cellText(view, rowCount(view) - 1, 6) == shown("66,7 %", 2, 3));

    // By subject: Иванова teaches Russian and literature, the others no subject.
    chooseWithKeys(child<QComboBox>(map, "mapGrouping"), int(DeficitGrouping::Subject));
    CHECK(column(view, 0) == QStringList({QStringLiteral("литература"), QStringLiteral("русский язык"),
                                          QStringLiteral("(no subject on the day)"), QStringLiteral("Total")}));
    CHECK(cellText(view, 2, 6) == shown("50 %", 1, 2)); // Петров yes, Сидорова no

    // A period: the results taken in February 2026 are functional literacy only.
    // (A diagnosis named at length, as platforms name them, is in the list.)
    DiagnosisCampaign longName;
    longName.name = QStringLiteral("Самодиагностика профессиональных дефицитов педагогических работников 2026");
    longName.starts = QDate(2026, 10, 1);
    longName.areas = {CompetencyArea::Subject};
    DiagnosisRepository(window->context().db()).addCampaign(longName);
    window->context().notifyChanged();
    map->reload();
    chooseWithKeys(map->scope(), DeficitMapTab::kPeriod);
    REQUIRE(map->periodFrom()->isVisible());
    // The row with the period's dates still fits a 1366-pixel laptop screen:
    // beside the sidebar a page has about 1040 pixels.
    QApplication::processEvents();
    CHECK(map->minimumSizeHint().width() <= 1040);
    CHECK(map->periodFrom()->date() == QDate(2026, 9, 1)); // the academic year so far
    map->periodFrom()->setDate(QDate(2026, 2, 1));
    map->periodTo()->setDate(QDate(2026, 2, 28));
    emit map->periodTo()->editingFinished();
    REQUIRE(view->model()->columnCount() == 3);
    CHECK(cellText(view, rowCount(view) - 1, 1) == shown("50 %", 1, 2));
    map->periodFrom()->setDate(QDate(2026, 3, 1));
    emit map->periodFrom()->editingFinished();
    CHECK(map->summary()->text().contains(QStringLiteral("The period ends before it starts")));

    // Everyone's latest by organisation, to Excel: the colours go with the figures.
    chooseWithKeys(map->scope(), 0);
    chooseWithKeys(child<QComboBox>(map, "mapGrouping"), int(DeficitGrouping::Organisation));
    const QString sheet = dir.filePath(QStringLiteral("map.xlsx"));
    map->exportMap(sheet);
    const Table table = TableReader::read(sheet);
    CHECK(table.header.first() == QStringLiteral("Образовательная организация"));
    CHECK(table.header.last() == QStringLiteral("Хотя бы один дефицит"));
    REQUIRE(table.rows.size() == 4);
    CHECK(table.rows[1].cells.first() == QStringLiteral("МБОУ СОШ № 1"));
    CHECK(table.rows[1].cells.last() == nbsp("66,7 %") + QStringLiteral(" (2 из 3)"));
    CHECK(table.rows[3].cells.first() == QStringLiteral("Итого"));

    // The printed map: a PDF of one page.
    CHECK(saveDocumentAs(map, "printMapButton", dir.filePath(QStringLiteral("map.pdf"))) == 1);
}
