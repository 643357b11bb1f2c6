// Young teachers and mentoring as a methodist works with them (issue 14,
// item 1): the young teacher without support in red, a mentor assigned
// from the list, undone and done again; a pair's period on the page's day;
// a bad pair refused in the dialog; a pair deleted and brought back; the
// mentors' load above the limit set on the page; the teacher's and the
// organisation's cards. The registry is teachers_good.csv on 22.11.2026:
// Сидорова (born 30.11.2001, in post since 01.09.2024) is the one young
// teacher; Петров is the director of СОШ № 1.

#include <catch2/catch.hpp>

#include "common/DateLineEdit.h"
#include "common/FieldMessage.h"
#include "common/StatusPalette.h"
#include "mentoring/MentorLoadModel.h"
#include "mentoring/MentoringPage.h"
#include "mentoring/MentorsTab.h"
#include "mentoring/MentorshipDialog.h"
#include "mentoring/MentorshipListModel.h"
#include "mentoring/PairsTab.h"
#include "mentoring/YoungTeacherModel.h"
#include "mentoring/YoungTeachersTab.h"
#include "registry/OrganisationCard.h"
#include "registry/TeacherCard.h"
#include "shell/AppContext.h"
#include "store/MentorshipRepository.h"
#include "store/OrganisationRepository.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QCheckBox>
#include <QLabel>
#include <QSpinBox>
#include <QUndoStack>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

MentoringPage *openMentoring(MainWindow &window)
{
    auto *page = qobject_cast<MentoringPage *>(goToArea(window, QStringLiteral("Mentoring")));
    REQUIRE(page);
    return page;
}

} // namespace

TEST_CASE("A young teacher without support is shown in red and given a mentor from the list, with undo",
          "[ui][mentoring]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(registryDatabase(dir.filePath(QStringLiteral("m.sqlite"))));
    Database &db = window->context().db();
    const qint64 sidorova = teacherIdBySurname(db, u"Сидорова"_s), petrov = teacherIdBySurname(db, u"Петров"_s);
    REQUIRE(sidorova > 0);
    REQUIRE(petrov > 0);

    MentoringPage *page = openMentoring(*window);
    showTab(page->youngTeachers());
    QTableView *young = page->youngTeachers()->view();
    REQUIRE(rowCount(young) == 1);
    CHECK(cellText(young, 0, YoungTeacherModel::NameColumn) == u"Сидорова Анна Викторовна"_s);
    CHECK(cellText(young, 0, YoungTeacherModel::AgeColumn) == u"24"_s);
    CHECK(cellText(young, 0, YoungTeacherModel::ExperienceColumn) == u"01.09.2024 (2 year(s))"_s);
    CHECK(cellText(young, 0, YoungTeacherModel::SupportColumn) == u"no support"_s);
    CHECK(young->model()->index(0, YoungTeacherModel::SupportColumn).data(Qt::ForegroundRole).value<QBrush>().color()
          == StatusPalette::overdue());
    CHECK(page->summary()->text().startsWith(u"1 young teacher(s), 1 without support; 0 mentor(s)"_s));
    page->youngTeachers()->onlyUnsupported()->setChecked(true);
    CHECK(rowCount(young) == 1);

    // «Assign a mentor...»: the mentee is chosen already; the director is chosen as the mentor.
    clickRow(young, 0);
    whenModal<MentorshipDialog>([petrov](MentorshipDialog *d) {
        CHECK(d->findChild<QLineEdit *>(QStringLiteral("menteeField"))->text() == u"Сидорова Анна Викторовна"_s);
        CHECK(d->startsEdit()->date() == referenceDay());
        d->setMentor(petrov);
        CHECK(d->mentorNote()->text() == u"No mentees on 22.11.2026."_s);
        chooseWithKeys(d->formBox(), int(MentorshipForm::ManagerTeacher));
        d->startsEdit()->setText(u"01.09.2026"_s);
        clickOk(d);
    });
    clickButton(page->youngTeachers(), "assignMentorButton");
    CHECK(page->lastError().isEmpty());
    CHECK(rowCount(young) == 0); // supported now: «only without support» hides her
    page->youngTeachers()->onlyUnsupported()->setChecked(false);
    REQUIRE(rowCount(young) == 1);
    CHECK(cellText(young, 0, YoungTeacherModel::SupportColumn) == u"Петров Сергей Николаевич (manager – teacher)"_s);
    const QList<Mentorship> stored = MentorshipRepository(db).all();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].mentorId == petrov);
    CHECK(stored[0].menteeId == sidorova);
    CHECK(stored[0].starts == QDate(2026, 9, 1));
    CHECK_FALSE(stored[0].ends.isValid());
    CHECK(rowCount(page->mentors()->view()) == 1);
    CHECK(cellText(page->mentors()->view(), 0, MentorLoadModel::MenteesColumn) == u"Сидорова Анна Викторовна"_s);
    CHECK(cellText(page->pairs()->view(), 0, MentorshipListModel::StateColumn) == u"active"_s);

    // The cards say it too.
    const QString menteeCard = TeacherCard::html(db, sidorova, referenceDay());
    CHECK(menteeCard.contains(u"Mentors:"_s));
    CHECK(menteeCard.contains(u"Петров Сергей Николаевич, manager – teacher, 01.09.2026 – ongoing"_s));
    CHECK(TeacherCard::html(db, petrov, referenceDay()).contains(u"Mentees (1 active now):"_s));

    window->context().undoStack()->undo();
    QApplication::processEvents();
    CHECK(MentorshipRepository(db).all().isEmpty());
    CHECK(cellText(young, 0, YoungTeacherModel::SupportColumn) == u"no support"_s);
    CHECK(TeacherCard::html(db, sidorova, referenceDay()).contains(u"A young teacher without support"_s));
    window->context().undoStack()->redo();
    QApplication::processEvents();
    CHECK(MentorshipRepository(db).all() == stored); // the same pair, the same id
    CHECK(cellText(young, 0, YoungTeacherModel::SupportColumn) == u"Петров Сергей Николаевич (manager – teacher)"_s);
}

TEST_CASE("A pair supports on the page's day only within its period, a bad one is refused, a deleted one comes back",
          "[ui][mentoring]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(registryDatabase(dir.filePath(QStringLiteral("m.sqlite"))));
    Database &db = window->context().db();
    Mentorship m;
    m.mentorId = teacherIdBySurname(db, u"Козлова"_s);
    m.menteeId = teacherIdBySurname(db, u"Сидорова"_s);
    m.starts = QDate(2025, 9, 1);
    m.ends = QDate(2026, 11, 21); // ended the day before the page's day
    m.id = MentorshipRepository(db).save(m);

    MentoringPage *page = openMentoring(*window);
    showTab(page->pairs());
    QTableView *pairs = page->pairs()->view();
    REQUIRE(rowCount(pairs) == 1);
    CHECK(cellText(pairs, 0, MentorshipListModel::StateColumn) == u"finished"_s);
    CHECK(cellText(pairs, 0, MentorshipListModel::EndsColumn) == u"21.11.2026"_s);
    CHECK(cellText(page->youngTeachers()->view(), 0, YoungTeacherModel::SupportColumn) == u"no support"_s);
    page->pairs()->onlyActive()->setChecked(true);
    CHECK(rowCount(pairs) == 0);

    // On its last day the pair is active and supports her.
    page->setDay(QDate(2026, 11, 21));
    CHECK(rowCount(pairs) == 1);
    CHECK(cellText(pairs, 0, MentorshipListModel::StateColumn) == u"active"_s);
    CHECK(cellText(page->youngTeachers()->view(), 0, YoungTeacherModel::SupportColumn)
          == u"Козлова Ольга Юрьевна (teacher – teacher)"_s);
    page->pairs()->onlyActive()->setChecked(false);

    // A last day before the first is refused in the dialog, which stays open.
    clickRow(pairs, 0);
    whenModal<MentorshipDialog>([](MentorshipDialog *d) {
        d->endsEdit()->setText(u"31.08.2025"_s);
        clickOk(d);
        CHECK(d->isVisible());
        CHECK(d->message()->text() == u"The mentoring ends before it starts."_s);
        d->reject();
    });
    clickButton(page->pairs(), "editPairButton");
    CHECK(MentorshipRepository(db).get(m.id)->ends == QDate(2026, 11, 21));

    whenModal<QMessageBox>([](QMessageBox *box) {
        CHECK(box->text().contains(u"Козлова Ольга Юрьевна (mentor) and Сидорова Анна Викторовна (mentee) from 01.09.2025"_s));
        box->button(QMessageBox::Yes)->click();
    });
    clickButton(page->pairs(), "deletePairButton");
    QApplication::processEvents();
    CHECK(rowCount(pairs) == 0);
    CHECK_FALSE(MentorshipRepository(db).get(m.id));
    window->context().undoStack()->undo();
    QApplication::processEvents();
    CHECK(MentorshipRepository(db).get(m.id) == m);
    CHECK(rowCount(pairs) == 1);
}

TEST_CASE("A mentor above the limit set on the page is shown in red, in the summary and on the organisation's card",
          "[ui][mentoring]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(registryDatabase(dir.filePath(QStringLiteral("m.sqlite"))));
    Database &db = window->context().db();
    const qint64 petrov = teacherIdBySurname(db, u"Петров"_s);
    for (const QString &mentee : {u"Сидорова"_s, u"Козлова"_s, u"Иванова"_s}) {
        Mentorship m;
        m.mentorId = petrov;
        m.menteeId = teacherIdBySurname(db, mentee);
        m.starts = QDate(2026, 9, 1);
        MentorshipRepository(db).save(m);
    }
    MentoringPage *page = openMentoring(*window);
    showTab(page->mentors());
    QTableView *mentors = page->mentors()->view();
    REQUIRE(rowCount(mentors) == 1);
    CHECK(cellText(mentors, 0, MentorLoadModel::LoadColumn) == u"3"_s);
    CHECK(cellText(mentors, 0, MentorLoadModel::MenteesColumn)
          == u"Иванова Мария Петровна; Козлова Ольга Юрьевна; Сидорова Анна Викторовна"_s);
    CHECK(cellText(mentors, 0, MentorLoadModel::PostColumn) == u"директор, first"_s);
    CHECK_FALSE(mentors->model()->index(0, MentorLoadModel::LoadColumn).data(Qt::ForegroundRole).isValid()); // 3 of 3
    CHECK_FALSE(page->summary()->text().contains(u"above the limit"_s));

    QSpinBox *limit = page->mentors()->limit();
    CHECK(limit->value() == 3);
    limit->setValue(2);
    emit limit->editingFinished();
    CHECK(SettingsRepository(db).mentorLoadLimit() == 2);
    CHECK(mentors->model()->index(0, MentorLoadModel::LoadColumn).data(Qt::ForegroundRole).value<QBrush>().color()
          == StatusPalette::overdue());
    CHECK(page->summary()->text().contains(u"1 mentor(s), 1 above the limit of 2"_s));

    qint64 school = 0;
    for (const Organisation &o : OrganisationRepository(db).all())
        school = o.name == u"МБОУ СОШ № 1"_s ? o.id : school;
    const QString card = OrganisationCard::html(db, school, referenceDay());
    CHECK(card.contains(u"No young teachers on the staff."_s)); // Сидорова works at the kindergarten
    CHECK(card.contains(u"Петров Сергей Николаевич</b>: "_s));
    CHECK(card.contains(u"3 mentee(s) (above the limit of 2)"_s));

    // The load on paper from the tab's print button: one page, the mentor marked above the limit.
    const QString pdf = dir.filePath(QStringLiteral("load.pdf"));
    CHECK(saveDocumentAs(page->mentors(), "printMentorsButton", pdf) == 1);
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"Нагрузка наставников"_s));
    CHECK(text.contains(u"3*"_s));
    // And the young teachers' list from its tab: Сидорова with her mentor.
    const QString list = dir.filePath(QStringLiteral("young.pdf"));
    CHECK(saveDocumentAs(page->youngTeachers(), "printYoungTeachersButton", list) == 1);
    CHECK(pdfText(list).contains(u"Сидорова"_s));
}
