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
#include "training/CourseRunModel.h"
#include "training/CoursesTab.h"
#include "common/OrganisationCombo.h"
#include "training/DueTab.h"
#include "training/ProgrammesTab.h"
#include "training/TeacherPickerDialog.h"
#include "training/TrainingPage.h"

#include <QComboBox>
#include <QFileDialog>
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
                                           QString::fromUtf8("ПК-2026-10"), 2, {}});
    auto window = openWindow(std::move(db));
    QUndoStack *undo = window->context().undoStack();
    QWidget *page = goToArea(*window, QStringLiteral("Further training"));
    QWidget *courses = page->findChild<CoursesTab *>();
    showTab(courses);
    auto *runs = child<QTableView>(courses, "runsTable");
    clickRowWithText(runs, CourseRunModel::GroupColumn, QString::fromUtf8("ПК-2026-10"));
    // Add participants...: everyone in the picker.
    whenModal<TeacherPickerDialog>([](TeacherPickerDialog *picker) {
        auto *view = picker->findChild<QTableView *>();
        REQUIRE(view);
        CHECK(rowCount(view) == 4);
        clickAllRows(view);
        clickOk(picker);
    });
    clickButton(courses, "addParticipants");
    QTableView *people = child<QTableView>(courses, "participantsTable");
    REQUIRE(rowCount(people) == 4);
    CHECK(column(people, 2).count(QStringLiteral("application")) == 4);

    clickAllRows(people);
    clickButton(courses, "approveParticipants");
    CHECK(column(people, 2).count(QStringLiteral("enrolled")) == 2);
    CHECK(column(people, 2).count(QStringLiteral("waiting list")) == 2);
    // Undo brings the applications back, redo the approval (Edit → Undo, Edit → Redo).
    REQUIRE(undo->canUndo());
    CHECK(undo->undoText() == QStringLiteral("approve applications"));
    triggerMenu(*window, {QStringLiteral("&Edit"), QStringLiteral("&Undo")});
    CHECK(column(people, 2).count(QStringLiteral("application")) == 4);
    triggerMenu(*window, {QStringLiteral("&Edit"), QStringLiteral("&Redo")});
    CHECK(column(people, 2).count(QStringLiteral("enrolled")) == 2);
    CHECK(column(people, 2).count(QStringLiteral("waiting list")) == 2);
    CHECK(column(runs, 6).contains(QStringLiteral("2")));

    // The first enrolled one withdraws: the first on the waiting list moves up.
    clickRowWithText(people, 2, QStringLiteral("enrolled"));
    clickButton(courses, "withdrawParticipants");
    CHECK(column(people, 2).count(QStringLiteral("enrolled")) == 2);
    CHECK(column(people, 2).count(QStringLiteral("waiting list")) == 1);
    // Undoing the withdrawal (Ctrl+Z) also sends the promoted one back to the waiting list.
    const QList<Enrolment> afterWithdrawal = training.enrolments(run);
    pressKey(*window, people, Qt::Key_Z, Qt::ControlModifier);
    CHECK(column(people, 2).count(QStringLiteral("waiting list")) == 2);
    CHECK(column(people, 2).count(QStringLiteral("withdrawn")) == 0);
    pressKey(*window, people, Qt::Key_Y, Qt::ControlModifier); // Ctrl+Y redoes
    CHECK(training.enrolments(run) == afterWithdrawal);

    // The enrolled ones: a click on the first, Ctrl+click on the others.
    bool first = true;
    for (int r = 0; r < rowCount(people); ++r) {
        if (cellText(people, r, 2) == QStringLiteral("enrolled")) {
            clickRow(people, r, first ? Qt::NoModifier : Qt::ControlModifier);
            first = false;
        }
    }
    // Completed...: the certificate's number and date, then OK.
    whenModal<QDialog>([](QDialog *dialog) {
        typeInto(dialog, "certificateNumber", QStringLiteral("772400012345"));
        typeInto(dialog, "certificateDate", QStringLiteral("16.10.2026"));
        clickOk(dialog);
    });
    clickButton(courses, "completeParticipants");
    CHECK(column(people, 2).count(QStringLiteral("completed")) == 2);
    CHECK(column(people, 3).filter(QStringLiteral("772400012345")).size() == 2);
    CHECK(training.completions().size() == 2);
}

TEST_CASE("A course's participants show their organisation, imported completions included", "[ui][training]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(QStringLiteral("t.sqlite")));
    TrainingRepository training(*db);
    Programme p;
    p.title = QString::fromUtf8("Функциональная грамотность");
    p.provider = QString::fromUtf8("ИРО");
    p.hours = 36;
    const qint64 run = training.insertRun({0, training.insertProgramme(p), QDate(2025, 3, 3), QDate(2025, 3, 14),
                                           QString::fromUtf8("ИМЦ"), QString::fromUtf8("ПК-2025-03"), 0, {}});
    // A completion as the import records it: no organisation on the enrolment.
    qint64 ivanova = 0;
    for (const TeacherRow &r : TeacherRepository(*db).rows(referenceDay())) {
        if (r.surname == QString::fromUtf8("Иванова"))
            ivanova = r.id;
    }
    REQUIRE(ivanova != 0);
    REQUIRE(training.recordCompletion(run, ivanova, QStringLiteral("1234"), QDate(2025, 3, 14)));
    auto window = openWindow(std::move(db));
    QWidget *courses = goToArea(*window, QStringLiteral("Further training"))->findChild<CoursesTab *>();
    showTab(courses);
    clickRowWithText(child<QTableView>(courses, "runsTable"), CourseRunModel::GroupColumn, QString::fromUtf8("ПК-2025-03"));
    QTableView *people = child<QTableView>(courses, "participantsTable");
    REQUIRE(rowCount(people) == 1);
    CHECK(cellText(people, 0, 1) == QString::fromUtf8("МБОУ СОШ № 1"));
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
    const qint64 recent = training.insertRun({0, programme, QDate(2025, 3, 1), QDate(2025, 3, 20), {}, {}, 0, {}});
    const qint64 old = training.insertRun({0, programme, QDate(2023, 11, 1), QDate(2023, 12, 10), {}, {}, 0, {}});
    TeacherRepository teachers(*db);
    const qint64 ivanova = teachers.findBySnils(QStringLiteral("11223344595"));
    const qint64 kozlova = teachers.findByNameAndBirth(QString::fromUtf8("Козлова"), QString::fromUtf8("Ольга"),
                                                       QString::fromUtf8("Юрьевна"), QDate(1990, 5, 5));
    REQUIRE(kozlova != 0);
    training.recordCompletion(recent, ivanova, QStringLiteral("1"), QDate(2025, 3, 20));
    training.recordCompletion(old, kozlova, QStringLiteral("2"), QDate(2023, 12, 10));

    auto window = openWindow(std::move(db));
    QWidget *page = goToArea(*window, QStringLiteral("Further training"));
    auto *due = page->findChild<DueTab *>();
    showTab(due); // the list is read when the tab is shown
    QTableView *table = child<QTableView>(due, "dueTable");
    REQUIRE(waitUntil([table] { return rowCount(table) > 0; }));
    // Сидорова never trained, hired 01.09.2024: due by 01.09.2027, due soon
    // (not overdue: no course on record is not the same as overdue);
    // Козлова's course expires 10.12.2026: due soon; Иванова is fine;
    // Петров is a director (managers are not counted).
    QStringList names = column(table, 0);
    CHECK(names.contains(QString::fromUtf8("Сидорова Анна Викторовна")));
    CHECK(names.contains(QString::fromUtf8("Козлова Ольга Юрьевна")));
    CHECK_FALSE(names.contains(QString::fromUtf8("Иванова Мария Петровна")));
    CHECK_FALSE(names.contains(QString::fromUtf8("Петров Сергей Николаевич")));
    const int sidorova = int(column(table, 0).indexOf(QString::fromUtf8("Сидорова Анна Викторовна")));
    REQUIRE(sidorova >= 0);
    CHECK(column(table, 3).at(sidorova) == QStringLiteral("due soon"));
    CHECK(column(table, 4).at(sidorova) == QStringLiteral("01.09.2027"));
    CHECK_FALSE(column(table, 3).contains(QStringLiteral("overdue")));
    CHECK(column(table, 3).count(QStringLiteral("due soon")) == 2);

    // At 11.12.2026 Козлова is overdue too (typed into «At», then Enter).
    enterInto(due, "dueDate", QStringLiteral("11.12.2026"));
    const int row = int(column(table, 0).indexOf(QString::fromUtf8("Козлова Ольга Юрьевна")));
    REQUIRE(row >= 0);
    CHECK(column(table, 3).at(row) == QStringLiteral("overdue"));

    // Only the kindergarten, chosen in «Organisation».
    auto *orgs = child<QComboBox>(due, "dueOrganisation");
    orgs->setCurrentIndex(orgs->findText(QString::fromUtf8("МБДОУ детский сад № 3 «Звездочка»")));
    CHECK(column(table, 0) == QStringList{QString::fromUtf8("Сидорова Анна Викторовна")});

    // Export to Excel...: the file named in the save dialog.
    const QString file = dir.filePath(QStringLiteral("due.xlsx"));
    whenModal<QFileDialog>([file](QFileDialog *save) {
        save->selectFile(file);
        static_cast<QDialog *>(save)->accept(); // as the Save button does
    });
    clickButton(due, "exportDue");
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
    const qint64 run = training.insertRun({0, training.insertProgramme(p), QDate(2025, 2, 3), QDate(2025, 2, 14), {}, {}, 0, {}});
    const qint64 ivanova = TeacherRepository(*db).findBySnils(QStringLiteral("11223344595"));
    training.recordCompletion(run, ivanova, QStringLiteral("5501"), QDate(2025, 2, 14));
    auto window = openWindow(std::move(db));
    QWidget *page = goToArea(*window, QStringLiteral("Teachers"));
    auto *teachers = child<QTableView>(page, "teachersTable");
    REQUIRE(waitUntil([teachers] { return rowCount(teachers) > 0; }));
    clickRowWithText(teachers, TeacherTableModel::FullNameColumn, QString::fromUtf8("Иванова Мария Петровна"));
    const QString card = child<QTextBrowser>(page, "teacherCard")->toPlainText();
    CHECK(card.contains(QString::fromUtf8("ИКТ в деятельности учителя-предметника")));
    CHECK(card.contains(QStringLiteral("5501")));
    CHECK(card.contains(QStringLiteral("14.02.2028")));
}
