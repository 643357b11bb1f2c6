// The Diagnostics page as a methodist uses it (issue 13, items 1 and 2): a
// platform's results imported through the preview, the diagnoses listed with
// their results and deficits, a result entered by hand, corrected, deleted
// and brought back with undo.

#include <catch2/catch.hpp>

#include "diagnostics/DiagnosticsPage.h"
#include "diagnostics/ResultsTab.h"
#include "diagnostics/ResultDialog.h"
#include "diagnostics/ResultListModel.h"
#include "common/DateLineEdit.h"
#include "common/FieldMessage.h"
#include "import/ImportDialog.h"
#include "shell/AppContext.h"
#include "store/DiagnosisRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QComboBox>
#include <QLabel>
#include <QStatusBar>
#include <QUndoStack>

using namespace profrost;
using namespace profrost::test;

namespace {

void importGoodFile(MainWindow &window)
{
    whenModal<QFileDialog>([](QFileDialog *open) {
        whenModal<ImportDialog>([](ImportDialog *import) {
            REQUIRE(import->loaded());
            CHECK(import->kind().errors().isEmpty());
            CHECK(import->kind().validRows() == 5);
            clickButton(import, "importButton");
        });
        open->selectFile(dataFile(QStringLiteral("diagnostics/diagnostics_good.csv")));
        static_cast<QDialog *>(open)->accept();
    });
    triggerMenu(window, {QStringLiteral("&File"), QStringLiteral("Import &diagnosis results...")});
}

QString nbsp(const char *text) { return QString::fromUtf8(text).replace(QLatin1Char(' '), QChar(0x00a0)); }

} // namespace

TEST_CASE("Diagnosis results are imported through the preview and listed with their deficits", "[ui][diagnosis]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(registryDatabase(dir.filePath(QStringLiteral("d.sqlite"))));
    auto *diagnostics = qobject_cast<DiagnosticsPage *>(goToArea(*window, QStringLiteral("Diagnostics")));
    REQUIRE(diagnostics);
    diagnostics->tabs()->setCurrentWidget(diagnostics->results());
    ResultsTab *page = diagnostics->results();
    CHECK(page->campaigns()->count() == 0);
    CHECK(page->summary()->text().contains(QStringLiteral("No diagnosis is recorded yet")));
    CHECK_FALSE(child<QPushButton>(page, "addResultButton")->isEnabled());

    importGoodFile(*window);
    CHECK(window->statusBar()->currentMessage().contains(QStringLiteral("5 new")));
    CHECK(window->statusBar()->currentMessage().contains(QStringLiteral("new diagnoses: 2")));
    REQUIRE(page->campaigns()->count() == 2);
    // The newest diagnosis is chosen: functional literacy, one overall score.
    CHECK(page->campaigns()->currentIndex() == 1);
    CHECK(page->campaigns()->currentText() == QStringLiteral("Функциональная грамотность (10.02–11.02.2026)"));
    REQUIRE(rowCount(page->results()) == 2);
    CHECK(page->results()->isColumnHidden(ResultListModel::columnOf(CompetencyArea::Subject)));
    CHECK_FALSE(page->results()->isColumnHidden(ResultListModel::columnOf(CompetencyArea::FunctionalLiteracy)));
    CHECK(page->summary()->text().contains(QStringLiteral("2 results, 1 with deficits")));

    chooseWithKeys(page->campaigns(), page->campaigns()->itemData(0));
    CHECK(page->campaigns()->currentText() == QStringLiteral("Самодиагностика 2025 (15.10–20.10.2025)"));
    REQUIRE(rowCount(page->results()) == 3);
    CHECK(page->summary()->text().contains(QStringLiteral("3 results, 2 with deficits")));
    CHECK(page->summary()->text().contains(QStringLiteral("below ") + nbsp("50 %")));
    const int ivanova = rowWithText(page->results(), ResultListModel::TeacherColumn,
                                    QStringLiteral("Иванова Мария Петровна"));
    REQUIRE(ivanova >= 0);
    CHECK(cellText(page->results(), ivanova, ResultListModel::columnOf(CompetencyArea::Subject)) == nbsp("49,9 %"));
    CHECK(cellText(page->results(), ivanova, ResultListModel::columnOf(CompetencyArea::Methodical)) == nbsp("50 %"));
    CHECK(cellText(page->results(), ivanova, ResultListModel::deficitsColumn()) == QStringLiteral("2"));
    CHECK(page->results()->model()->index(ivanova, ResultListModel::deficitsColumn()).data(Qt::ToolTipRole)
          == QStringLiteral("subject, digital"));
    // A filter by teacher or organisation.
    typeText(page->filter(), QStringLiteral("сидор"));
    REQUIRE(rowCount(page->results()) == 1);
    CHECK(cellText(page->results(), 0, ResultListModel::TeacherColumn) == QStringLiteral("Сидорова Анна Викторовна"));
}

TEST_CASE("A diagnosis result is entered by hand, marked as typed, corrected, deleted and undone", "[ui][diagnosis]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(registryDatabase(dir.filePath(QStringLiteral("d.sqlite"))));
    Database &db = window->context().db();
    DiagnosisCampaign c;
    c.name = QStringLiteral("Диагностика ЦНППМ");
    c.kind = DiagnosisKind::Centre;
    c.starts = QDate(2026, 10, 1);
    c.areas = {CompetencyArea::Subject, CompetencyArea::Digital};
    c.id = DiagnosisRepository(db).addCampaign(c);
    window->context().notifyChanged();
    auto *diagnostics = qobject_cast<DiagnosticsPage *>(goToArea(*window, QStringLiteral("Diagnostics")));
    REQUIRE(diagnostics);
    diagnostics->tabs()->setCurrentWidget(diagnostics->results());
    ResultsTab *page = diagnostics->results();
    REQUIRE(page->campaigns()->count() == 1);
    const qint64 kozlova = TeacherRepository(db).findByNameAndBirth(QStringLiteral("Козлова"), QStringLiteral("Ольга"),
                                                                    QStringLiteral("Юрьевна"), QDate(1990, 5, 5));

    whenModal<ResultDialog>([kozlova](ResultDialog *d) {
        CHECK(d->dateEdit()->date() == QDate(2026, 10, 1)); // the diagnosis's day to start with
        d->setTeacher(kozlova, QStringLiteral("Козлова Ольга Юрьевна"));
        typeInto(d, "score_subject", QStringLiteral("49,9"));
        CHECK(d->markOf(CompetencyArea::Subject)->text() == QStringLiteral("deficit"));
        d->scoreEdit(CompetencyArea::Subject)->clear();
        typeInto(d, "score_subject", QStringLiteral("50"));
        CHECK(d->markOf(CompetencyArea::Subject)->text() == QStringLiteral("no deficit"));
        typeInto(d, "score_digital", QStringLiteral("абв"));
        clickOk(d);
        CHECK(d->isVisible()); // refused: not a score
        CHECK(d->message()->text().contains(QStringLiteral("not a score")));
        d->scoreEdit(CompetencyArea::Digital)->clear();
        typeInto(d, "score_digital", QStringLiteral("35.5"));
        clickOk(d);
    });
    clickButton(page, "addResultButton");
    const QList<DiagnosisResult> stored = DiagnosisRepository(db).resultsOf(kozlova);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().scores == QList<AreaScore>{{CompetencyArea::Subject, 5000}, {CompetencyArea::Digital, 3550}});
    REQUIRE(rowCount(page->results()) == 1);
    CHECK(page->results()->model()->index(0, ResultListModel::deficitsColumn()).data(Qt::ToolTipRole)
          == QStringLiteral("digital"));

    // The same teacher on the same day again: refused with the reason, nothing stored.
    whenModal<ResultDialog>([kozlova](ResultDialog *d) {
        d->setTeacher(kozlova, QStringLiteral("Козлова Ольга Юрьевна"));
        typeInto(d, "score_subject", QStringLiteral("70"));
        clickOk(d);
        CHECK(d->message()->text().contains(QStringLiteral("already has a result")));
        d->reject();
    });
    clickButton(page, "addResultButton");
    CHECK(DiagnosisRepository(db).resultsOf(kozlova).size() == 1);

    // Corrected: the digital score 35,5 → 60; the deficit goes.
    clickRow(page->results(), 0);
    whenModal<ResultDialog>([](ResultDialog *d) {
        CHECK_FALSE(d->teacherButton()->isEnabled());
        CHECK(d->scoreEdit(CompetencyArea::Digital)->text() == QStringLiteral("35,5"));
        d->scoreEdit(CompetencyArea::Digital)->clear();
        typeInto(d, "score_digital", QStringLiteral("60"));
        clickOk(d);
    });
    clickButton(page, "editResultButton");
    CHECK(DiagnosisRepository(db).resultsOf(kozlova).first().scores.last().hundredths == 6000);
    CHECK(cellText(page->results(), 0, ResultListModel::deficitsColumn()).isEmpty());

    window->context().undoStack()->undo();
    CHECK(DiagnosisRepository(db).resultsOf(kozlova).first().scores.last().hundredths == 3550);
    CHECK(page->results()->model()->index(0, ResultListModel::deficitsColumn()).data(Qt::ToolTipRole)
          == QStringLiteral("digital"));

    // Deleted, then brought back by undo.
    clickRow(page->results(), 0);
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    clickButton(page, "deleteResultButton");
    CHECK(DiagnosisRepository(db).resultsOf(kozlova).isEmpty());
    CHECK(rowCount(page->results()) == 0);
    window->context().undoStack()->undo();
    REQUIRE(DiagnosisRepository(db).resultsOf(kozlova).size() == 1);
    CHECK(DiagnosisRepository(db).resultsOf(kozlova).first().scores.last().hundredths == 3550);
    CHECK(rowCount(page->results()) == 1);
}
