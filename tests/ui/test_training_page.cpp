#include <catch2/catch.hpp>

#include "common/DateLineEdit.h"
#include "io/TableReader.h"
#include "io/TeacherImporter.h"
#include "registry/TeacherTableModel.h"
#include "registry/TeachersPage.h"
#include "shell/AppContext.h"
#include "store/Database.h"
#include "store/TeacherRepository.h"
#include "store/TrainingRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"
#include "training/CoursesTab.h"
#include "common/OrganisationCombo.h"
#include "training/DueTab.h"
#include "training/ProgrammesTab.h"
#include "training/TrainingPage.h"

#include <QComboBox>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>

using namespace profrost;
using namespace profrost::test;

TEST_CASE("A course run is recorded with its participants: seats, waiting list, certificates", "[ui][training]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(QStringLiteral("t.sqlite")));
    TrainingRepository training(*db);
    Programme p;
    p.title = QString::fromUtf8("Формирование и оценка функциональной грамотности школьников");
    p.provider = QString::fromUtf8("ГАУ ДПО «Институт развития образования»");
    p.hours = 36;
    const qint64 programme = training.insertProgramme(p);
    const qint64 run = training.insertRun({0, programme, QDate(2026, 10, 5), QDate(2026, 10, 16), QString::fromUtf8("ИМЦ"),
                                           QString::fromUtf8("ПК-2026-10"), 2});
    AppContext ctx(*db);
    TrainingPage page(ctx);
    CoursesTab *courses = page.courses();
    courses->selectRun(run);
    QList<qint64> everyone;
    for (const TeacherRow &r : TeacherRepository(*db).rows(referenceDay()))
        everyone << r.id;
    courses->addParticipants(everyone);
    QTableView *people = courses->participantsTable();
    REQUIRE(rowCount(people) == 4);
    CHECK(column(people, 2).count(QStringLiteral("application")) == 4);

    people->selectAll();
    courses->approveSelected();
    CHECK(column(people, 2).count(QStringLiteral("enrolled")) == 2);
    CHECK(column(people, 2).count(QStringLiteral("waiting list")) == 2);
    // Undo brings the applications back, redo the approval.
    REQUIRE(ctx.undoStack()->canUndo());
    CHECK(ctx.undoStack()->undoText() == QStringLiteral("approve applications"));
    ctx.undoStack()->undo();
    CHECK(column(people, 2).count(QStringLiteral("application")) == 4);
    ctx.undoStack()->redo();
    CHECK(column(people, 2).count(QStringLiteral("enrolled")) == 2);
    CHECK(column(people, 2).count(QStringLiteral("waiting list")) == 2);
    CHECK(column(courses->runsTable(), 6).contains(QStringLiteral("2")));

    // The first enrolled one withdraws: the first on the waiting list moves up.
    const int enrolledRow = int(column(people, 2).indexOf(QStringLiteral("enrolled")));
    people->clearSelection();
    people->selectRow(enrolledRow);
    courses->withdrawSelected();
    CHECK(column(people, 2).count(QStringLiteral("enrolled")) == 2);
    CHECK(column(people, 2).count(QStringLiteral("waiting list")) == 1);
    // Undoing the withdrawal also sends the promoted one back to the waiting list.
    const QList<Enrolment> afterWithdrawal = training.enrolments(run);
    ctx.undoStack()->undo();
    CHECK(column(people, 2).count(QStringLiteral("waiting list")) == 2);
    CHECK(column(people, 2).count(QStringLiteral("withdrawn")) == 0);
    ctx.undoStack()->redo();
    CHECK(training.enrolments(run) == afterWithdrawal);

    people->clearSelection();
    for (int r = 0; r < rowCount(people); ++r) {
        if (cellText(people, r, 2) == QStringLiteral("enrolled"))
            people->selectionModel()->select(people->model()->index(r, 0),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    courses->completeSelected(QStringLiteral("772400012345"), QDate(2026, 10, 16));
    CHECK(column(people, 2).count(QStringLiteral("completed")) == 2);
    CHECK(column(people, 3).filter(QStringLiteral("772400012345")).size() == 2);
    CHECK(training.completions().size() == 2);
}

TEST_CASE("The 3-year list shows who is overdue, filtered by organisation, and exports", "[ui][training]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(QStringLiteral("t.sqlite")));
    TrainingRepository training(*db);
    Programme p;
    p.title = QString::fromUtf8("Школа современного учителя");
    p.provider = QString::fromUtf8("ФГАОУ ДПО «Академия Минпросвещения России»");
    p.hours = 100;
    p.federalRegistry = true;
    const qint64 programme = training.insertProgramme(p);
    const qint64 recent = training.insertRun({0, programme, QDate(2025, 3, 1), QDate(2025, 3, 20), {}, {}, 0});
    const qint64 old = training.insertRun({0, programme, QDate(2023, 11, 1), QDate(2023, 12, 10), {}, {}, 0});
    TeacherRepository teachers(*db);
    const qint64 ivanova = teachers.findBySnils(QStringLiteral("11223344595"));
    const qint64 kozlova = teachers.findByNameAndBirth(QString::fromUtf8("Козлова"), QString::fromUtf8("Ольга"),
                                                       QString::fromUtf8("Юрьевна"), QDate(1990, 5, 5));
    REQUIRE(kozlova != 0);
    training.recordCompletion(recent, ivanova, QStringLiteral("1"), QDate(2025, 3, 20));
    training.recordCompletion(old, kozlova, QStringLiteral("2"), QDate(2023, 12, 10));

    AppContext ctx(*db);
    DueTab due(ctx);
    due.show(); // the list is read when the tab is shown
    // Сидорова never trained: overdue; Козлова's course expires 10.12.2026: due soon;
    // Иванова is fine; Петров is a director (managers are not counted).
    QStringList names = column(due.table(), 0);
    CHECK(names.contains(QString::fromUtf8("Сидорова Анна Викторовна")));
    CHECK(names.contains(QString::fromUtf8("Козлова Ольга Юрьевна")));
    CHECK_FALSE(names.contains(QString::fromUtf8("Иванова Мария Петровна")));
    CHECK_FALSE(names.contains(QString::fromUtf8("Петров Сергей Николаевич")));
    CHECK(column(due.table(), 3).contains(QStringLiteral("overdue")));
    CHECK(column(due.table(), 3).contains(QStringLiteral("due soon")));

    // At 11.12.2026 Козлова is overdue too.
    due.dateEdit()->setDate(QDate(2026, 12, 11));
    due.reload();
    const int row = int(column(due.table(), 0).indexOf(QString::fromUtf8("Козлова Ольга Юрьевна")));
    REQUIRE(row >= 0);
    CHECK(column(due.table(), 3).at(row) == QStringLiteral("overdue"));

    // Only the kindergarten.
    QComboBox *orgs = due.organisationFilter();
    orgs->setCurrentIndex(orgs->findText(QString::fromUtf8("МБДОУ детский сад № 3 «Звездочка»")));
    CHECK(column(due.table(), 0) == QStringList{QString::fromUtf8("Сидорова Анна Викторовна")});

    const QString file = dir.filePath(QStringLiteral("due.xlsx"));
    due.exportTable(file);
    const Table back = TableReader::read(file);
    REQUIRE(back.rows.size() == 1);
    CHECK(back.rows.first().cells.first() == QString::fromUtf8("Сидорова Анна Викторовна"));
}

TEST_CASE("The teacher card lists the courses and the 3-year state", "[ui][training]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(QStringLiteral("t.sqlite")));
    TrainingRepository training(*db);
    Programme p;
    p.title = QString::fromUtf8("ИКТ в деятельности учителя-предметника");
    p.provider = QString::fromUtf8("ЦНППМ");
    p.hours = 72;
    const qint64 run = training.insertRun({0, training.insertProgramme(p), QDate(2025, 2, 3), QDate(2025, 2, 14), {}, {}, 0});
    const qint64 ivanova = TeacherRepository(*db).findBySnils(QStringLiteral("11223344595"));
    training.recordCompletion(run, ivanova, QStringLiteral("5501"), QDate(2025, 2, 14));
    AppContext ctx(*db);
    TeachersPage page(ctx);
    page.view()->setCurrentIndex(page.view()->model()->index(page.model()->indexOf(ivanova), 0));
    const QString card = page.findChild<QTextBrowser *>(QStringLiteral("teacherCard"))->toPlainText();
    CHECK(card.contains(QString::fromUtf8("ИКТ в деятельности учителя-предметника")));
    CHECK(card.contains(QStringLiteral("5501")));
    CHECK(card.contains(QStringLiteral("14.02.2028")));
}
