// The meeting dialog: a protocol written from the plan, attendance on the
// meeting's day, the agenda with a vote, the checks that keep the dialog
// open, and the undoable writes of MeetingEditing.

#include <catch2/catch.hpp>

#include "associations/AgendaEditor.h"
#include "associations/AttendanceEditor.h"
#include "associations/MeetingDialog.h"
#include "associations/MeetingEditing.h"
#include "common/DateLineEdit.h"
#include "common/FieldMessage.h"
#include "shell/AppContext.h"
#include "store/MeetingRepository.h"
#include "support/MeetingFixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUndoStack>

using namespace profrost;
using namespace profrost::test;

namespace {

// Ticks the attendance rows whose text starts with one of the surnames.
void tick(QListWidget *list, const QStringList &surnames)
{
    for (int r = 0; r < list->count(); ++r)
        for (const QString &s : surnames)
            if (list->item(r)->text().startsWith(s))
                list->item(r)->setCheckState(Qt::Checked);
}

QStringList rows(const QListWidget *list)
{
    QStringList out;
    for (int r = 0; r < list->count(); ++r)
        out << list->item(r)->text().section(u' ', 0, 0);
    return out;
}

int visibleRows(const QListWidget *list)
{
    int n = 0;
    for (int r = 0; r < list->count(); ++r)
        n += list->item(r)->isHidden() ? 0 : 1;
    return n;
}

// The protocol of one agenda item typed into the selected item.
void writeItem(AgendaEditor *agenda, const QString &speaker, const QString &heard, const QString &spoke,
               const QString &decided)
{
    agenda->speakerEdit()->setText(speaker);
    agenda->heardEdit()->setPlainText(heard);
    agenda->spokeEdit()->setPlainText(spoke);
    agenda->decidedEdit()->setPlainText(decided);
}

} // namespace

TEST_CASE("A meeting from a plan item is prefilled with its date, form, topic and questions", "[ui][meetings]")
{
    MeetingFixture f;
    AppContext ctx(f.t.db());
    MeetingDialog dialog(ctx, MeetingDialog::fromPlanItem(f.rmo, f.planned));
    CHECK(dialog.dateEdit()->date() == QDate(2026, 11, 18));
    CHECK(dialog.formBox()->currentText() == QStringLiteral("семинар-практикум"));
    CHECK(dialog.topicEdit()->text() == QStringLiteral("Функциональная грамотность младших школьников"));
    CHECK(dialog.planBox()->currentData().toLongLong() == f.planned.id);
    CHECK(dialog.planBox()->currentText().startsWith(QStringLiteral("2026/2027 — Meeting No. 2 (18.11.2026)")));
    CHECK(dialog.planBox()->count() == 3); // unplanned + the two meetings (not the open lessons)
    REQUIRE(dialog.agendaList()->count() == 2);
    CHECK(dialog.agendaList()->item(0)->text() == QStringLiteral("1. Читательская грамотность: приёмы смыслового чтения"));
    CHECK(dialog.agendaList()->item(1)->text() == QStringLiteral("2. Об участии в конкурсе «Учитель года — 2027»"));
    const Meeting m = dialog.meeting();
    CHECK(m.id == 0);
    CHECK(m.planItemId == f.planned.id);
    CHECK(m.agenda.size() == 2);

    // Unplanned first, then chosen by plan: what was typed stays, the rest is filled.
    Meeting blank;
    blank.associationId = f.rmo;
    MeetingDialog later(ctx, blank);
    CHECK(later.planBox()->currentData().toLongLong() == 0);
    CHECK(later.dateEdit()->date() == referenceDay()); // a new meeting is today's until said otherwise
    later.placeEdit()->setText(QStringLiteral("МБОУ Григорьевская СОШ"));
    later.topicEdit()->setText(QStringLiteral("Своя тема"));
    later.choosePlanItem(f.planned.id);
    CHECK(later.dateEdit()->date() == QDate(2026, 11, 18));
    CHECK(later.formBox()->currentText() == QStringLiteral("семинар-практикум"));
    CHECK(later.topicEdit()->text() == QStringLiteral("Своя тема"));
    CHECK(later.placeEdit()->text() == QStringLiteral("МБОУ Григорьевская СОШ"));
    CHECK(later.agendaList()->count() == 2);
    CHECK(later.meeting().planItemId == f.planned.id);
}

TEST_CASE("Attendance offers the members on the meeting day and counts the ticks", "[ui][meetings]")
{
    MeetingFixture f;
    f.member(QStringLiteral("Андреева Ольга Ивановна"), f.school);
    f.member(QStringLiteral("Борисова Елена Петровна"), f.school);
    f.member(QStringLiteral("Васильева Анна Сергеевна"), f.gymnasium);
    f.member(QStringLiteral("Григорьева Наталья Юрьевна"), f.gymnasium, QDate(2026, 9, 1)); // joined in September
    f.member(QStringLiteral("Данилова Ирина Олеговна"), f.school, {}, QDate(2026, 10, 1));     // left before
    f.member(QStringLiteral("Егорова Светлана Викторовна"), f.school, QDate(2026, 12, 1));  // joins after
    f.member(QStringLiteral("Жукова Татьяна Алексеевна"), f.school, {}, QDate(2026, 11, 18)); // left that day
    f.teacher(QStringLiteral("Зайцева"), QStringLiteral("Мария"), QStringLiteral("Павловна"), f.school); // never a member
    AppContext ctx(f.t.db());
    MeetingDialog dialog(ctx, MeetingDialog::fromPlanItem(f.rmo, f.planned));
    QListWidget *list = dialog.attendance();
    const QStringList onTheDay = {QStringLiteral("Андреева"), QStringLiteral("Борисова"),
                                  QStringLiteral("Васильева"), QStringLiteral("Григорьева")};
    CHECK(rows(list) == onTheDay);
    CHECK(list->item(2)->text().contains(QStringLiteral("МБОУ Григорьевская СОШ")));
    QLabel *count = dialog.attendanceEditor()->countLabel();
    CHECK(count->text() == QStringLiteral("Present: 0 of 4"));

    tick(list, {QStringLiteral("Андреева"), QStringLiteral("Васильева"), QStringLiteral("Григорьева")});
    CHECK(count->text() == QStringLiteral("Present: 3 of 4"));
    CHECK(dialog.tabs()->tabText(0) == QStringLiteral("Attendance (3 of 4)"));

    // Another day: other members, the ticks of those still members kept.
    dialog.dateEdit()->setText(QStringLiteral("20.08.2026"));
    CHECK(rows(list) == QStringList{QStringLiteral("Андреева"), QStringLiteral("Борисова"), QStringLiteral("Васильева"),
                                    QStringLiteral("Данилова"), QStringLiteral("Жукова")});
    CHECK(count->text() == QStringLiteral("Present: 2 of 5"));
    dialog.dateEdit()->setText(QStringLiteral("31.02.20")); // half typed: the list stays
    CHECK(list->count() == 5);
    dialog.dateEdit()->setText(QStringLiteral("18.11.2026"));
    CHECK(rows(list) == onTheDay);
    CHECK(count->text() == QStringLiteral("Present: 2 of 4")); // Григорьева's tick went with the August list

    dialog.attendanceEditor()->allButton()->click();
    CHECK(count->text() == QStringLiteral("Present: 4 of 4"));
    dialog.attendanceEditor()->noneButton()->click();
    CHECK(count->text() == QStringLiteral("Present: 0 of 4"));
    CHECK(dialog.meeting().attendees.isEmpty());

    // The filter hides rows (case and ё ignored), it never unticks them.
    tick(list, {QStringLiteral("Борисова")});
    dialog.attendanceEditor()->filterEdit()->setText(QStringLiteral("григорьевская"));
    CHECK(visibleRows(list) == 2); // Васильева and Григорьева work there
    dialog.attendanceEditor()->filterEdit()->setText(QStringLiteral("васильева григорьевская"));
    CHECK(visibleRows(list) == 1);
    CHECK(count->text() == QStringLiteral("Present: 1 of 4"));
    dialog.attendanceEditor()->filterEdit()->clear();
    CHECK(visibleRows(list) == 4);
}

TEST_CASE("A protocol with two agenda items and a vote is stored as written, numbered in its year",
          "[ui][meetings]")
{
    MeetingFixture f;
    QList<qint64> ids;
    for (const QString &name : {QStringLiteral("Андреева Ольга Ивановна"), QStringLiteral("Борисова Елена Петровна"),
                                QStringLiteral("Васильева Анна Сергеевна"), QStringLiteral("Григорьева Наталья Юрьевна")})
        ids << f.member(name, f.school, QDate(2025, 9, 1));
    AppContext ctx(f.t.db());
    MeetingRepository repo(f.t.db());
    // Earlier protocols: one last academic year, one this year (this one will be № 2).
    for (QDate day : {QDate(2026, 5, 20), QDate(2026, 9, 24)}) {
        Meeting earlier;
        earlier.associationId = f.rmo;
        earlier.date = day;
        repo.insert(earlier);
    }

    MeetingDialog dialog(ctx, MeetingDialog::fromPlanItem(f.rmo, f.planned));
    dialog.placeEdit()->setText(QStringLiteral("МБОУ Ермаковская СОШ № 1, каб. 12"));
    tick(dialog.attendance(), {QStringLiteral("Андреева"), QStringLiteral("Борисова"), QStringLiteral("Григорьева")});
    dialog.attendanceEditor()->guestsEdit()->setPlainText(
        QStringLiteral("Орлова Н.В., методист, МКУ «ИМЦ»\n\n  Сидоренко   П.А., заместитель директора, МБОУ СОШ № 1  "));
    AgendaEditor *agenda = dialog.agendaEditor();
    REQUIRE(agenda->currentItem() == 0);
    writeItem(agenda, QStringLiteral("Андреева О.И."), QStringLiteral("о приёмах смыслового чтения"),
              QStringLiteral("Борисова Е.П. — из опыта работы\nГригорьева Н.Ю. — о читательских дневниках"),
              QStringLiteral("Принять информацию к сведению.\nИспользовать приёмы смыслового чтения на уроках."));
    agenda->selectItem(1);
    writeItem(agenda, QStringLiteral("Борисова Е.П."), QStringLiteral("о сроках муниципального этапа конкурса"), {},
              QStringLiteral("Выдвинуть Григорьеву Н.Ю. на муниципальный этап конкурса."));
    CHECK_FALSE(agenda->forSpin()->isEnabled()); // until a vote is taken
    agenda->votedBox()->setChecked(true);
    CHECK(agenda->forSpin()->isEnabled());
    agenda->allForButton()->click();
    CHECK(agenda->forSpin()->value() == 3);
    agenda->forSpin()->setValue(2);
    agenda->abstainedSpin()->setValue(1);
    // The order of the agenda is the user's: move the vote up and back.
    agenda->moveCurrent(-1);
    CHECK(dialog.agendaList()->item(0)->text().startsWith(QStringLiteral("1. Об участии")));
    agenda->moveCurrent(1);
    CHECK(dialog.agendaList()->item(1)->text().startsWith(QStringLiteral("2. Об участии")));

    dialog.accept();
    INFO(dialog.problems()->text().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    const Meeting written = dialog.meeting();
    CHECK(written.attendees == QList<qint64>{ids.at(0), ids.at(1), ids.at(3)});
    CHECK(written.guests == QStringList{QStringLiteral("Орлова Н.В., методист, МКУ «ИМЦ»"),
                                        QStringLiteral("Сидоренко П.А., заместитель директора, МБОУ СОШ № 1")});
    QString error;
    qint64 id = 0;
    REQUIRE(MeetingEditing::save(ctx, std::nullopt, written, &error, &id));
    CHECK(error.isEmpty());
    Meeting expected = written;
    expected.id = id;
    Meeting stored = repo.get(id);
    REQUIRE(stored.agenda.size() == 2);
    for (qsizetype i = 0; i < stored.agenda.size(); ++i) {
        CHECK(stored.agenda.at(i).id != 0);
        expected.agenda[i].id = stored.agenda.at(i).id;
    }
    CHECK(stored == expected);
    CHECK(stored.agenda.at(1).voted);
    CHECK(stored.agenda.at(1).votesFor == 2);
    CHECK(stored.agenda.at(1).votesAbstained == 1);
    CHECK_FALSE(stored.agenda.at(0).voted);
    CHECK(repo.protocolNumber(id) == 2);

    // Reopened, the dialog shows what was stored and gives it back unchanged.
    MeetingDialog reopened(ctx, stored);
    CHECK(reopened.meeting() == stored);
    CHECK(reopened.attendanceEditor()->countLabel()->text() == QStringLiteral("Present: 3 of 4"));
}

TEST_CASE("An impossible date or more votes than present keep the meeting dialog open", "[ui][meetings]")
{
    MeetingFixture f;
    for (const QString &name : {QStringLiteral("Андреева Ольга Ивановна"), QStringLiteral("Борисова Елена Петровна")})
        f.member(name, f.school);
    AppContext ctx(f.t.db());
    MeetingDialog dialog(ctx, MeetingDialog::fromPlanItem(f.rmo, f.planned));
    dialog.show();
    tick(dialog.attendance(), {QStringLiteral("Андреева"), QStringLiteral("Борисова")});

    dialog.dateEdit()->setText(QStringLiteral("31.02.2026"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problems()->isVisibleTo(&dialog));
    CHECK(dialog.problems()->text().startsWith(QStringLiteral("Date")));

    dialog.dateEdit()->setText(QStringLiteral("18.11.2026"));
    AgendaEditor *agenda = dialog.agendaEditor();
    agenda->selectItem(1);
    agenda->votedBox()->setChecked(true);
    agenda->forSpin()->setValue(3); // two present
    agenda->selectItem(0);
    dialog.tabs()->setCurrentIndex(0);
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.problems()->text().contains(QStringLiteral("Agenda item 2")));
    CHECK(dialog.tabs()->currentWidget() == agenda); // led to the item to fix
    CHECK(agenda->currentItem() == 1);

    // An empty title names its item too.
    agenda->forSpin()->setValue(2);
    agenda->titleEdit()->clear();
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.problems()->text().contains(QStringLiteral("Agenda item 2: the title is empty")));

    agenda->titleEdit()->setText(QStringLiteral("Об участии в конкурсе"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
    CHECK_FALSE(dialog.problems()->isVisibleTo(&dialog));
}

TEST_CASE("New, edited and deleted meetings are undone and redone", "[ui][meetings]")
{
    MeetingFixture f;
    const qint64 a = f.member(QStringLiteral("Андреева Ольга Ивановна"), f.school);
    AppContext ctx(f.t.db());
    QUndoStack *stack = ctx.undoStack();
    MeetingRepository repo(f.t.db());
    Meeting m = MeetingRules::fromPlanItem(f.rmo, f.planned);
    m.attendees = {a};
    m.agenda[0].speaker = QStringLiteral("Андреева О.И.");
    m.agenda[1].voted = true;
    m.agenda[1].votesFor = 1;

    // A refused write says why and pushes nothing.
    QString error;
    Meeting bad = m;
    bad.date = QDate();
    CHECK_FALSE(MeetingEditing::save(ctx, std::nullopt, bad, &error));
    CHECK(error.contains(QStringLiteral("Date")));
    CHECK(stack->count() == 0);
    CHECK(repo.meetingsOf(f.rmo).isEmpty());

    qint64 id = 0;
    REQUIRE(MeetingEditing::save(ctx, std::nullopt, m, &error, &id));
    CHECK(stack->count() == 1);
    CHECK(stack->undoText() == QStringLiteral("new meeting"));
    CHECK(repo.meetingsOf(f.rmo).size() == 1);
    stack->undo();
    CHECK(repo.meetingsOf(f.rmo).isEmpty());
    stack->redo();
    REQUIRE(repo.meetingsOf(f.rmo).size() == 1);
    Meeting stored = repo.meetingsOf(f.rmo).constFirst(); // stored again: a new id
    CHECK(stored.agenda.size() == 2);
    CHECK(stored.attendees == QList<qint64>{a});

    Meeting edited = stored;
    edited.place = QStringLiteral("Онлайн");
    edited.agenda.removeLast();
    REQUIRE(MeetingEditing::save(ctx, stored, edited, &error));
    CHECK(stack->undoText() == QStringLiteral("edit meeting"));
    CHECK(repo.get(stored.id).agenda.size() == 1);
    stack->undo();
    CHECK(repo.get(stored.id).place == stored.place);
    CHECK(repo.get(stored.id).agenda.size() == 2);
    stack->redo();
    CHECK(repo.get(stored.id).place == QStringLiteral("Онлайн"));

    // Delete; undo stores it again whole (its agenda ids were stale), redo deletes that one.
    REQUIRE(MeetingEditing::remove(ctx, stored.id, &error));
    CHECK(stack->undoText() == QStringLiteral("delete meeting"));
    CHECK(repo.meetingsOf(f.rmo).isEmpty());
    stack->undo();
    REQUIRE(repo.meetingsOf(f.rmo).size() == 1);
    const Meeting back = repo.meetingsOf(f.rmo).constFirst();
    CHECK(back.place == QStringLiteral("Онлайн"));
    CHECK(back.agenda.size() == 1);
    CHECK(back.attendees == QList<qint64>{a});
    stack->redo();
    CHECK(repo.meetingsOf(f.rmo).isEmpty());
    // And all the way back: the edit and the insert undone in turn.
    stack->undo();
    stack->undo();
    REQUIRE(repo.meetingsOf(f.rmo).size() == 1);
    CHECK(repo.meetingsOf(f.rmo).constFirst().agenda.size() == 2);
    stack->undo();
    CHECK(repo.meetingsOf(f.rmo).isEmpty());

    CHECK_FALSE(MeetingEditing::remove(ctx, 999, &error));
    CHECK_FALSE(error.isEmpty());
}
