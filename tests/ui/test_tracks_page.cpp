// The tracks of development as a methodist keeps them (issue 15, item 4), on
// the district of support/SitesFixture.h (02.12.2026, H2 2026 under way;
// teachers Иванова, Петрова of СОШ № 1 and Сидорова of СОШ № 3): two
// teachers enrolled on the first track through the teacher picker, one of
// them twice (named, not doubled), one marked completed, the counts
// «из N заявленных прошли M» per track and over all tracks, a completion
// refused in a half-year not begun, undo, a new track and one with history
// that cannot be deleted, and the teacher's card.
#include <catch2/catch.hpp>

#include "common/ConflictDialog.h"
#include "common/Roles.h"
#include "io/TableReader.h"
#include "registry/OrganisationCard.h"
#include "registry/TeacherCard.h"
#include "shell/AppContext.h"
#include "store/PracticeRepository.h"
#include "store/TrackRepository.h"
#include "support/LayoutAudit.h"
#include "support/SitesFixture.h"
#include "support/UiFixtures.h"
#include "training/TeacherPickerDialog.h"
#include "training/TrackDialog.h"
#include "training/TracksTab.h"
#include "training/TrainingPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

QString trackCell(TracksTab *tab, int row, int c) { return tab->tracksModel()->item(row, c)->text(); }

// Runs `action`, answering the `count` message boxes it opens (Yes to a
// question, OK to a notice) as the user would; returns their texts.
QStringList answerBoxes(int count, const std::function<void()> &action)
{
    QStringList texts;
    int left = count;
    std::function<void(QMessageBox *)> step = [&](QMessageBox *box) {
        texts << box->text();
        QAbstractButton *button = box->button(QMessageBox::Yes) ? box->button(QMessageBox::Yes)
                                                                 : box->button(QMessageBox::Ok);
        if (--left > 0)
            whenModal<QMessageBox>(step);
        button->click();
    };
    whenModal<QMessageBox>(step);
    action();
    return texts;
}

} // namespace

TEST_CASE("Tracks: teachers enrolled and marked completed, the counts per track and in teachers, undo",
          "[ui][tracks]")
{
    SitesFixture f;
    auto db = std::make_unique<Database>(f.t.path());
    db->open();
    auto window = openWindow(std::move(db));
    auto *page = qobject_cast<TrainingPage *>(goToArea(*window, u"Further training"_s));
    REQUIRE(page);
    TracksTab *tab = page->tracks();
    showTab(tab);
    CHECK(tab->halfYear() == HalfYear{2026, 2});
    CHECK(tab->halfYearBox()->currentText() == u"H2 2026 (current)"_s);
    REQUIRE(tab->tracksModel()->rowCount() == 4); // the three of seed 000 and the total
    CHECK(trackCell(tab, 0, TracksTab::Outcome) == u"no one enrolled"_s);
    CHECK(trackCell(tab, 3, TracksTab::TrackName) == u"All tracks, in teachers"_s);

    // Enrol on the first track with the picker: Иванова and Петрова.
    clickRow(tab->tracksView(), 0);
    whenModal<TeacherPickerDialog>([&](TeacherPickerDialog *picker) {
        clickRowWithText(picker->view(), 0, u"Иванова Мария Петровна"_s);
        clickRowWithText(picker->view(), 0, u"Петрова Наталья Сергеевна"_s, Qt::ControlModifier);
        clickOk(picker);
    });
    clickButton(tab, "enrolTrackButton");
    REQUIRE(rowCount(tab->teachersView()) == 2);
    CHECK(column(tab->teachersView(), TracksTab::TeacherName)
          == QStringList{u"Иванова Мария Петровна"_s, u"Петрова Наталья Сергеевна"_s});
    CHECK(cellText(tab->teachersView(), 0, TracksTab::Workplace) == u"СОШ № 1"_s);
    CHECK(trackCell(tab, 0, TracksTab::Outcome) == u"2 applied, 0 completed"_s);

    // Иванова again with Сидорова: Сидорова enrolled, Иванова named and left as she is.
    CHECK(answerBoxes(1, [&] { tab->enrol({f.teacher.value(u"Иванова"_s), f.teacher.value(u"Сидорова"_s)}); })
          == QStringList{u"Already enrolled on this track in H2 2026, left as they are: Иванова Мария Петровна."_s});
    CHECK(rowCount(tab->teachersView()) == 3);

    // Петрова completed the track (Enter on her row).
    clickRowWithText(tab->teachersView(), TracksTab::TeacherName, u"Петрова Наталья Сергеевна"_s);
    pressKey(*window, tab->teachersView(), Qt::Key_Return);
    CHECK(cellText(tab->teachersView(), rowWithText(tab->teachersView(), 0, u"Петрова Наталья Сергеевна"_s),
                   TracksTab::Done)
          == u"yes"_s);
    CHECK(trackCell(tab, 0, TracksTab::Applied) == u"3"_s);
    CHECK(trackCell(tab, 0, TracksTab::Completed) == u"1"_s);
    CHECK(trackCell(tab, 0, TracksTab::Outcome) == u"3 applied, 1 completed"_s);

    // Иванова also on the third track, completed there: still one teacher; she has not completed track 1.
    clickRow(tab->tracksView(), 2);
    tab->enrol({f.teacher.value(u"Иванова"_s)});
    clickRow(tab->teachersView(), 0);
    tab->toggleCompleted();
    CHECK(trackCell(tab, 2, TracksTab::Outcome) == u"1 applied, 1 completed"_s);
    CHECK(trackCell(tab, 3, TracksTab::Applied) == u"3"_s);
    CHECK(trackCell(tab, 3, TracksTab::Completed) == u"1"_s); // Петрова alone completed every track of hers
    CHECK(tab->summary()->text() == u"H2 2026: teachers — 3 applied, 1 completed (under way)"_s);
    // The «all tracks» row lists every enrolment of the half-year, with its track.
    clickRow(tab->tracksView(), 3);
    CHECK(rowCount(tab->teachersView()) == 4);
    CHECK_FALSE(tab->teachersView()->isColumnHidden(TracksTab::TrackOf));

    // Undo: Иванова's completion on track 3, then her enrolment on it.
    QUndoStack *undo = window->context().undoStack();
    undo->undo();
    CHECK(trackCell(tab, 2, TracksTab::Outcome) == u"1 applied, 0 completed"_s);
    undo->undo();
    CHECK(trackCell(tab, 2, TracksTab::Outcome) == u"no one enrolled"_s);
    undo->redo();
    CHECK(trackCell(tab, 2, TracksTab::Outcome) == u"1 applied, 0 completed"_s);

    // Next half-year: enrolled ahead, but no one completed a half-year not begun.
    tab->setHalfYear({2027, 1});
    clickRow(tab->tracksView(), 1);
    tab->enrol({f.teacher.value(u"Сидорова"_s)});
    REQUIRE(rowCount(tab->teachersView()) == 1);
    clickRow(tab->teachersView(), 0);
    CHECK(answerBoxes(1, [&] { tab->toggleCompleted(); })
          == QStringList{u"H1 2027 has not begun yet: no one can have completed a track in it."_s});
    CHECK(cellText(tab->teachersView(), 0, TracksTab::Done) == u"no"_s);

    // «Экспорт...» of H2 2026 (chosen again): its four enrolments, then the totals.
    tab->setHalfYear({2026, 2});
    QTemporaryDir dir;
    const QString workbook = dir.filePath(u"tracks.xlsx"_s);
    tab->exportTable(workbook);
    const Table table = TableReader::read(workbook);
    QStringList teachers, totals;
    for (const auto &row : table.rows) {
        if (row.cells.size() >= 5 && row.cells.at(2) == u"Итого"_s)
            totals << row.cells.at(4);
        else if (row.cells.size() >= 5 && !row.cells.at(0).isEmpty())
            teachers << row.cells.at(2) + u" — "_s + row.cells.at(4);
    }
    CHECK(teachers
          == QStringList{u"Иванова Мария Петровна — нет"_s, u"Петрова Наталья Сергеевна — да"_s,
                         u"Сидорова Ольга Игоревна — нет"_s, u"Иванова Мария Петровна — нет"_s});
    CHECK(totals
          == QStringList{u"из 3 заявленных прошёл 1"_s, u"из 1 заявленного прошли 0"_s, u"из 3 заявленных прошёл 1"_s});

    // The card: her tracks, latest half-year first.
    const QString card = TeacherCard::html(window->context().db(), f.teacher.value(u"Сидорова"_s), SitesFixture::day());
    CHECK(card.contains(u"Tracks of development"_s));
    const qsizetype ahead = card.indexOf(u"H1 2027: «Устранение дефицита педагогических кадров» — enrolled"_s);
    const qsizetype now = card.indexOf(u"H2 2026: «Плановое повышение профессионального мастерства педагогических "
                                       "работников» — enrolled"_s);
    CHECK(ahead >= 0);
    CHECK(now > ahead);
    // A practice by Петрова (СОШ № 1) and one by Сидорова (СОШ № 3).
    for (const QString &author : {u"Петрова"_s, u"Сидорова"_s}) {
        Practice p;
        p.title = u"Практика педагога "_s + author;
        p.authors = {f.teacher.value(author)};
        PracticeRepository(window->context().db()).save(p);
    }
    // The organisation card of СОШ № 1 counts its two teachers: Петрова completed, Иванова not both of hers.
    const QString school =
        OrganisationCard::html(window->context().db(), f.organisation.value(u"СОШ № 1"_s), SitesFixture::day());
    CHECK(school.contains(u"Tracks of development (its teachers)"_s));
    CHECK(school.contains(u"H2 2026: 2 applied, 1 completed"_s));
    CHECK(school.contains(u"Practice bank: 1 practice(s) of its teachers"_s));
    CHECK(school.contains(u"Практика педагога Петрова"_s));
    CHECK_FALSE(school.contains(u"Практика педагога Сидорова"_s));
}

TEST_CASE("Tracks: a new track goes last, a track with enrolments cannot be deleted, an empty one can", "[ui][tracks]")
{
    SitesFixture f;
    auto db = std::make_unique<Database>(f.t.path());
    db->open();
    auto window = openWindow(std::move(db));
    auto *page = qobject_cast<TrainingPage *>(goToArea(*window, u"Further training"_s));
    REQUIRE(page);
    TracksTab *tab = page->tracks();
    showTab(tab);
    whenModal<TrackDialog>([&](TrackDialog *d) {
        clickOk(d); // no name: refused, the dialog stays
        CHECK(d->isVisible());
        d->nameEdit()->setText(u"Устранение дефицита педагогических кадров"_s.toUpper());
        clickOk(d);
        CHECK(d->isVisible());
        d->nameEdit()->setText(u"Цифровая трансформация"_s);
        clickOk(d);
    });
    clickButton(tab, "newTrackButton");
    REQUIRE(tab->tracksModel()->rowCount() == 5);
    CHECK(trackCell(tab, 3, TracksTab::TrackName) == u"Цифровая трансформация"_s);
    CHECK(tab->currentTrack() == tab->tracksModel()->item(3, 0)->data(IdRole).toLongLong());

    clickRow(tab->tracksView(), 0);
    tab->enrol({f.teacher.value(u"Петрова"_s)});
    const QStringList boxes = answerBoxes(2, [&] { tab->deleteTrack(); });
    REQUIRE(boxes.size() == 2);
    CHECK(boxes.at(1).startsWith(u"The track «Плановое повышение профессионального мастерства педагогических "
                                 "работников» has 1 enrolment(s)"_s));
    CHECK(tab->tracksModel()->rowCount() == 5);
    clickRow(tab->tracksView(), 3);
    CHECK(answerBoxes(1, [&] { tab->deleteTrack(); }).size() == 1); // «Delete the chosen track?»
    CHECK(tab->lastError().isEmpty());
    CHECK(tab->tracksModel()->rowCount() == 4);
    window->context().undoStack()->undo();
    CHECK(trackCell(tab, 3, TracksTab::TrackName) == u"Цифровая трансформация"_s);
}

TEST_CASE("Tracks in Russian: «из N заявленных прошли M» and the half-year as reports write it", "[ui][tracks]")
{
    RussianScope russian;
    REQUIRE(russian.loaded());
    CHECK(TrackText::outcome({24, 22}) == u"из 24 заявленных прошли 22"_s);
    CHECK(TrackText::outcome({21, 1}) == u"из 21 заявленного прошёл 1"_s);
    CHECK(TrackText::outcome({3, 0}) == u"из 3 заявленных прошли 0"_s);
    CHECK(TrackText::halfYear({2026, 1}) == u"I полугодие 2026 г."_s);
    CHECK(TrackText::inHalfYear({2026, 2}) == u"во II полугодии 2026 г."_s);
}

TEST_CASE("A completion marked on an enrolment another methodist changed since shows both versions", "[ui][tracks][rowversion]")
{
    SitesFixture f;
    auto db = std::make_unique<Database>(f.t.path());
    db->open();
    auto window = openWindow(std::move(db));
    auto *page = qobject_cast<TrainingPage *>(goToArea(*window, u"Further training"_s));
    REQUIRE(page);
    TracksTab *tab = page->tracks();
    showTab(tab);
    clickRow(tab->tracksView(), 0);
    tab->enrol({f.teacher.value(u"Петрова"_s)});
    REQUIRE(rowCount(tab->teachersView()) == 1);
    const qint64 id = TrackRepository(window->context().db()).enrolmentsIn({2026, 2}).first().id;

    // Another methodist moves her to the next half-year; this list still shows her here.
    Database other(window->context().db().connectionSpec());
    other.open();
    TrackEnrolment theirs = *TrackRepository(other).enrolment(id);
    theirs.halfYear = {2027, 1};
    TrackRepository(other).saveEnrolment(theirs, SitesFixture::day());

    QStringList marked;
    whenModal<ConflictDialog>([&marked](ConflictDialog *conflict) {
        marked = markedRows(conflict);
        clickButton(conflict, "takeTheirs");
    });
    clickRow(tab->teachersView(), 0);
    tab->toggleCompleted();
    CHECK(marked == QStringList{u"Half-year: H2 2026 | H1 2027"_s, u"Completed: yes | no"_s});
    const TrackEnrolment stored = *TrackRepository(window->context().db()).enrolment(id);
    CHECK(stored.halfYear == HalfYear{2027, 1});
    CHECK_FALSE(stored.completed);
    CHECK(rowCount(tab->teachersView()) == 0); // she is in the next half-year's list now
}
