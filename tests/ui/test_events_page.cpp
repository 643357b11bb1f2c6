// Methodical events as a methodist records them (issue 14, item 2): a held
// seminar whose participants come from a pasted list (an unknown name
// reported, not guessed) and from an association's members in one step,
// with a speaker and a guest; the period's counts of different
// participants; a planned event that cannot be held before its day; the
// teacher's card; undo of a deletion. The registry is teachers_good.csv on
// 22.11.2026; the РМО has Иванова and Козлова as members.

#include <catch2/catch.hpp>

#include "common/DateLineEdit.h"
#include "common/FieldMessage.h"
#include "events/CompetitionDialog.h"
#include "events/CompetitionListModel.h"
#include "events/CompetitionsTab.h"
#include "events/EventDialog.h"
#include "events/EventListModel.h"
#include "events/EventsPage.h"
#include "events/ParticipantsEditor.h"
#include "registry/OrganisationCard.h"
#include "registry/TeacherCard.h"
#include "store/OrganisationRepository.h"
#include "shell/AppContext.h"
#include "store/AssociationRepository.h"
#include "store/CompetitionRepository.h"
#include "store/EventRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"

#include <QCheckBox>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QUndoStack>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

QString countCell(EventsPage *page, int row, int column) { return page->counts()->item(row, column)->text(); }

} // namespace

TEST_CASE("A held seminar gets its participants from a pasted list and an association, and the period counts them",
          "[ui][events]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(registryDatabase(dir.filePath(QStringLiteral("e.sqlite"))));
    Database &db = window->context().db();
    Association rmo;
    rmo.name = u"РМО учителей русского языка"_s;
    rmo.id = AssociationRepository(db).insert(rmo);
    for (const QString &surname : {u"Иванова"_s, u"Козлова"_s})
        AssociationRepository(db).addMember({0, rmo.id, teacherIdBySurname(db, surname), QDate(2025, 9, 1), {}});

    auto *page = qobject_cast<EventsPage *>(goToArea(*window, QStringLiteral("Events and competitions")));
    REQUIRE(page);
    showTab(page->view()->parentWidget()); // the «Events» tab
    CHECK(page->from() == QDate(2026, 9, 1));
    CHECK(page->to() == QDate(2027, 8, 31));
    CHECK(rowCount(page->view()) == 0);

    const qint64 petrov = teacherIdBySurname(db, u"Петров"_s);
    whenModal<EventDialog>([rmo, petrov](EventDialog *d) {
        d->topicEdit()->setText(u"Формирующее оценивание на уроке"_s);
        d->startsEdit()->setText(u"20.11.2026"_s);
        d->heldBox()->setChecked(true);
        ParticipantsEditor *people = d->people();
        d->tabs()->setCurrentWidget(people);
        people->addPasted(u"1. Петров Сергей Николаевич\nСидорова А.В.\nСмирнов Иван Иванович\n"_s);
        CHECK(people->report()->text()
              == u"2 teacher(s) added from the list.\nLine 3: «Смирнов Иван Иванович» is not in the registry (add them "
                 "as a guest, or register them first)."_s);
        people->associations()->setCurrentIndex(people->associations()->findData(rmo.id));
        clickButton(people, "addMembersButton");
        CHECK(people->report()->text()
              == u"РМО учителей русского языка: 2 of its members on 20.11.2026 added (the others were listed already)."_s);
        REQUIRE(people->table()->rowCount() == 4);
        for (int row = 0; row < 4; ++row) {
            if (people->table()->item(row, 0)->data(Qt::UserRole).toLongLong() == petrov) {
                auto *role = qobject_cast<QComboBox *>(people->table()->cellWidget(row, 2));
                role->setCurrentIndex(role->findData(int(EventRole::Speaker)));
            }
        }
        people->addGuest();
        people->guestTable()->item(0, 0)->setText(u"Кузнецова Е.В."_s);
        CHECK(d->tabs()->tabText(1) == u"&Participants (4 + 1 guests)"_s);
        clickOk(d);
    });
    clickButton(page, "newEventButton");
    CHECK(page->lastError().isEmpty());
    REQUIRE(rowCount(page->view()) == 1);
    CHECK(cellText(page->view(), 0, EventListModel::ParticipantsColumn) == u"4 (1) + 1 guest(s)"_s);
    CHECK(cellText(page->view(), 0, EventListModel::StateColumn) == u"held"_s);
    const QList<MethodicalEvent> stored = EventRepository(db).between({}, {});
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].guests == QList<EventGuest>{{u"Кузнецова Е.В."_s, QString(), EventRole::Listener}});
    // The counts: 1 event, 4 different teachers, 1 speaker, 1 guest.
    CHECK(QStringList({countCell(page, 0, 0), countCell(page, 0, 1), countCell(page, 0, 2), countCell(page, 0, 3)})
          == QStringList({u"1"_s, u"4"_s, u"1"_s, u"1"_s}));
    CHECK(page->summary()->text()
          == u"1 event(s) held, 0 planned; 4 different participant(s) from the registry, 1 guest place(s)."_s);
    CHECK(TeacherCard::html(db, petrov, referenceDay()).contains(u"1 event(s) attended, spoke or organised at 1"_s));

    // A planned event cannot be held before its day; planned, it is kept.
    whenModal<EventDialog>([](EventDialog *d) {
        d->topicEdit()->setText(u"Открытый урок по теме «Дроби»"_s);
        d->startsEdit()->setText(u"10.12.2026"_s);
        d->heldBox()->setChecked(true);
        clickOk(d);
        CHECK(d->isVisible());
        CHECK(d->message()->text() == u"An event that starts on 10.12.2026 cannot be held yet."_s);
        d->heldBox()->setChecked(false);
        clickOk(d);
    });
    clickButton(page, "newEventButton");
    REQUIRE(rowCount(page->view()) == 2);
    page->onlyPlanned()->setChecked(true);
    REQUIRE(rowCount(page->view()) == 1);
    clickRow(page->view(), 0);
    whenModal<QMessageBox>([](QMessageBox *box) {
        CHECK(box->text() == u"An event that starts on 10.12.2026 cannot be held yet."_s);
        box->button(QMessageBox::Ok)->click();
    });
    clickButton(page, "markHeldButton");
    CHECK(page->lastError() == u"An event that starts on 10.12.2026 cannot be held yet."_s);
    page->onlyPlanned()->setChecked(false);
    CHECK(page->summary()->text().startsWith(u"1 event(s) held, 1 planned;"_s));

    // On paper from the list's print buttons: the report holds the held
    // seminar only, the schedule the planned lesson only, under УТВЕРЖДАЮ.
    const QString report = dir.filePath(QStringLiteral("report.pdf"));
    CHECK(saveDocumentAs(page, "printEventsReportButton", report) == 2); // the totals by level and the signature on page 2
    const QString reportText = pdfText(report);
    CHECK(reportText.contains(u"Отчёт о проведённых мероприятиях за период с 01.09.2026 по 31.08.2027"_s));
    CHECK(reportText.contains(u"Формирующее"_s));
    CHECK_FALSE(reportText.contains(u"Дроби"_s));
    const QString schedule = dir.filePath(QStringLiteral("schedule.pdf"));
    CHECK(saveDocumentAs(page, "printEventScheduleButton", schedule) == 1);
    const QString scheduleText = pdfText(schedule);
    CHECK(scheduleText.contains(u"УТВЕРЖДАЮ"_s));
    CHECK(scheduleText.contains(u"Дроби"_s));
    CHECK_FALSE(scheduleText.contains(u"Формирующее"_s));

    // The seminar deleted, then brought back whole.
    clickRowWithText(page->view(), EventListModel::TopicColumn, u"Формирующее оценивание на уроке"_s);
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    clickButton(page, "deleteEventButton");
    QApplication::processEvents();
    CHECK(rowCount(page->view()) == 1);
    window->context().undoStack()->undo();
    QApplication::processEvents();
    CHECK(rowCount(page->view()) == 2);
    CHECK(EventRepository(db).get(stored[0].id) == stored[0]);
}

TEST_CASE("A competition of the year is made with its participants' results by stage, counted and undone",
          "[ui][events][competitions]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(registryDatabase(dir.filePath(QStringLiteral("c.sqlite"))));
    Database &db = window->context().db();
    auto *page = qobject_cast<EventsPage *>(goToArea(*window, QStringLiteral("Events and competitions")));
    REQUIRE(page);
    CompetitionsTab *tab = page->competitions();
    showTab(tab);
    CHECK(tab->year() == 2026);
    CHECK(rowCount(tab->view()) == 0);
    const qint64 ivanova = teacherIdBySurname(db, u"Иванова"_s), kozlova = teacherIdBySurname(db, u"Козлова"_s);
    whenModal<CompetitionDialog>([ivanova, kozlova](CompetitionDialog *d) {
        d->nameBox()->setCurrentText(u"Учитель года России"_s); // municipal, regional, federal by default
        d->addTeachers({ivanova, kozlova, ivanova});
        REQUIRE(d->entries()->rowCount() == 2); // Иванова once
        CHECK(d->entries()->isColumnHidden(1)); // no nominations: no column
        CHECK(d->entries()->isColumnHidden(2)); // no school stage
        const auto choose = [](QComboBox *box, CompetitionResult r) { box->setCurrentIndex(box->findData(int(r))); };
        choose(d->resultBox(0, CompetitionLevel::Municipal), CompetitionResult::Winner);
        choose(d->resultBox(0, CompetitionLevel::Regional), CompetitionResult::Laureate);
        choose(d->resultBox(1, CompetitionLevel::Municipal), CompetitionResult::Prizewinner);
        clickOk(d);
    });
    clickButton(tab, "newCompetitionButton");
    CHECK(tab->lastError().isEmpty());
    REQUIRE(rowCount(tab->view()) == 1);
    CHECK(cellText(tab->view(), 0, CompetitionListModel::ParticipantsColumn) == u"2"_s);
    CHECK(cellText(tab->view(), 0, CompetitionListModel::PrizesColumn) == u"2"_s); // winner and prizewinner
    CHECK(cellText(tab->view(), 0, CompetitionListModel::WinnersColumn) == u"Иванова Мария Петровна (municipal)"_s);
    CHECK(cellText(tab->view(), 0, CompetitionListModel::StagesColumn) == u"municipal → regional → federal"_s);
    CHECK(tab->summary()->text()
          == u"1 competition(s); 2 different participant(s), 2 with a prize. municipal stage: 2 (prizes 2); regional "
             "stage: 1 (prizes 0)."_s);
    const QList<Competition> stored = CompetitionRepository(db).all();
    REQUIRE(stored.size() == 1);
    // Results at two stages: the user picks one, the municipal offered first;
    // the regional stage's paper has Иванова, a laureate, and not Козлова.
    clickRow(tab->view(), 0);
    whenModal<QInputDialog>([](QInputDialog *ask) {
        CHECK(ask->comboBoxItems() == QStringList({u"municipal stage"_s, u"regional stage"_s}));
        ask->setTextValue(u"regional stage"_s);
        ask->accept();
    });
    const QString results = dir.filePath(QStringLiteral("results.pdf"));
    CHECK(saveDocumentAs(tab, "printCompetitionButton", results) == 1);
    const QString resultsText = pdfText(results);
    CHECK(resultsText.contains(u"региональный"_s));
    CHECK_FALSE(resultsText.contains(u"муниципальный"_s));
    CHECK(resultsText.contains(u"Иванова"_s));
    CHECK(resultsText.toLower().contains(u"лауреат"_s));
    CHECK_FALSE(resultsText.contains(u"Козлова"_s));
    // The school's card counts its two teachers in it, both with a prize.
    qint64 school = 0;
    for (const Organisation &o : OrganisationRepository(db).all())
        school = o.name == u"МБОУ СОШ № 1"_s ? o.id : school;
    CHECK(OrganisationCard::html(db, school, referenceDay())
              .contains(u"<h3>Competitions of 2026</h3><p>2 of its teachers took part, 2 with a prize: Учитель года России.</p>"_s));
    CHECK(stored[0].stages
          == QList<CompetitionLevel>({CompetitionLevel::Municipal, CompetitionLevel::Regional, CompetitionLevel::Federal}));
    window->context().undoStack()->undo();
    QApplication::processEvents();
    CHECK(CompetitionRepository(db).all().isEmpty());
    CHECK(rowCount(tab->view()) == 0);
    window->context().undoStack()->redo();
    QApplication::processEvents();
    CHECK(CompetitionRepository(db).all() == stored);
}

TEST_CASE("A teacher added again to a competition with nominations is entered in the next nomination, once in each",
          "[ui][events][competitions]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(registryDatabase(dir.filePath(QStringLiteral("n.sqlite"))));
    const qint64 ivanova = teacherIdBySurname(window->context().db(), u"Иванова"_s);
    CompetitionDialog d(window->context(), [](const Competition &) { return QString(); }, nullptr);
    Competition c;
    c.year = 2026;
    d.setCompetition(c);
    d.nameBox()->setCurrentText(u"Педагогический дебют"_s);
    d.nominationsEdit()->setPlainText(u"Молодые учителя\nМолодые воспитатели"_s);
    d.addTeachers({ivanova});
    d.addTeachers({ivanova});
    d.addTeachers({ivanova}); // in both already: not a third time
    const Competition made = d.competition();
    REQUIRE(made.entries.size() == 2);
    CHECK(made.entries[0].teacherId == ivanova);
    CHECK(made.entries[1].teacherId == ivanova);
    CHECK(QStringList({made.entries[0].nomination, made.entries[1].nomination})
          == QStringList({u"Молодые учителя"_s, u"Молодые воспитатели"_s}));
}
