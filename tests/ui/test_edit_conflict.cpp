// No lost edits, as the user meets them (issue 17 item 5): a teacher's card
// saved after another user saved the same teacher shows both versions
// (ConflictDialog) and writes only what the user chooses. The other user is
// a second connection to the same database.
#include <catch2/catch.hpp>

#include "associations/AssociationDialog.h"
#include "associations/AssociationsPage.h"
#include "attestation/ApplicationsTab.h"
#include "attestation/AttestationRecordDialog.h"
#include "associations/PlanEditorDialog.h"
#include "associations/PlanItemsModel.h"
#include "associations/PlansTab.h"
#include "common/ConflictDialog.h"
#include "common/SavedPlan.h"
#include "common/Roles.h"
#include "events/EventDialog.h"
#include "events/EventEditing.h"
#include "events/EventsPage.h"
#include "mentoring/MentorshipEditing.h"
#include "monitoring/RecommendationEditing.h"
#include "practices/PracticeEditing.h"
#include "registry/TeacherDialog.h"
#include "registry/TeachersPage.h"
#include "sites/SitesEditing.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "store/AssociationRepository.h"
#include "store/AttestationRepository.h"
#include "store/EventRepository.h"
#include "store/MentorshipRepository.h"
#include "store/PlanRepository.h"
#include "store/PracticeRepository.h"
#include "store/Query.h"
#include "store/RecommendationRepository.h"
#include "store/SiteRepository.h"
#include "store/TeacherRepository.h"
#include "store/TrainingPlanRepository.h"
#include "store/TrainingRepository.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"
#include "training/CourseRunDialog.h"
#include "training/CourseRunModel.h"
#include "training/CoursesTab.h"
#include "training/ProgrammeDialog.h"
#include "training/PlanTab.h"
#include "training/ProgrammesTab.h"
#include "training/TrainingPlanModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

TEST_CASE("A teacher's card saved after another user's save asks which version stays", "[ui][rowversion]")
{
    ClockScope clock;
    QTemporaryDir dir;
    MainWindow window(registryDatabase(dir.filePath(u"ui.sqlite"_s)));
    window.show();
    QApplication::setActiveWindow(&window);
    auto *sidebar = window.findChild<QListWidget *>(u"sidebar"_s);
    REQUIRE(sidebar);
    sidebar->setCurrentRow(1);
    auto *page = window.findChild<TeachersPage *>();
    REQUIRE(page);
    Database &db = window.context().db();
    const qint64 id = teacherIdBySurname(db, u"Козлова"_s);
    REQUIRE(id != 0);
    REQUIRE(waitUntil([page] { return !page->isLoading(); }));
    page->selectId(id);
    const QString phoneBefore = TeacherRepository(db).get(id).phone;

    // The second user: another connection, saving the same teacher's phone.
    Database other(db.connectionSpec());
    other.open();
    auto otherSaves = [&] {
        Teacher t = TeacherRepository(other).get(id);
        t.phone = u"8 900 111-11-11"_s;
        TeacherRepository(other).update(t);
    };
    QUndoStack *undo = window.context().undoStack();
    const int steps = undo->count();

    SECTION("saving one's own version writes it whole, and undo brings theirs back")
    {
        QStringList marked;
        whenModal<TeacherDialog>([&](TeacherDialog *dialog) {
            typeInto(dialog, "email", u"kozlova@mail.ru"_s);
            otherSaves(); // while the card is open
            whenModal<ConflictDialog>([&](ConflictDialog *conflict) {
                marked = markedRows(conflict);
                clickButton(conflict, "keepMine");
            });
            dialog->accept();
        });
        page->editTeacher();
        CHECK(marked == QStringList{u"Phone: %1 | 8 900 111-11-11"_s.arg(phoneBefore.isEmpty() ? u"—"_s : phoneBefore),
                                    u"E-mail: kozlova@mail.ru | —"_s});
        Teacher stored = TeacherRepository(db).get(id);
        CHECK(stored.email == u"kozlova@mail.ru"_s);
        CHECK(stored.phone == phoneBefore);
        REQUIRE(undo->count() == steps + 1);
        undo->undo();
        stored = TeacherRepository(db).get(id);
        CHECK(stored.phone == u"8 900 111-11-11"_s);
        CHECK(stored.email.isEmpty());
        undo->redo();
        CHECK(TeacherRepository(db).get(id).email == u"kozlova@mail.ru"_s);
    }

    SECTION("keeping their version drops one's own and writes nothing")
    {
        whenModal<TeacherDialog>([&](TeacherDialog *dialog) {
            typeInto(dialog, "email", u"kozlova@mail.ru"_s);
            otherSaves();
            whenModal<ConflictDialog>([](ConflictDialog *conflict) { clickButton(conflict, "takeTheirs"); });
            dialog->accept();
        });
        page->editTeacher();
        const Teacher stored = TeacherRepository(db).get(id);
        CHECK(stored.phone == u"8 900 111-11-11"_s);
        CHECK(stored.email.isEmpty());
        CHECK(undo->count() == steps);
    }

    SECTION("going back to editing keeps the card open with one's values and says why")
    {
        QString said;
        QString kept;
        whenModal<TeacherDialog>([&](TeacherDialog *dialog) {
            typeInto(dialog, "email", u"kozlova@mail.ru"_s);
            otherSaves();
            whenModal<ConflictDialog>([](ConflictDialog *conflict) { conflict->reject(); }); // Escape
            dialog->accept();
            if (dialog->isVisible()) {
                said = dialog->findChild<QLabel *>(u"saveError"_s)->text();
                kept = dialog->findChild<QLineEdit *>(u"email"_s)->text();
                dialog->reject();
            }
        });
        page->editTeacher();
        CHECK(said.startsWith(u"Not saved: another user saved this record after you opened it"_s));
        CHECK(kept == u"kozlova@mail.ru"_s);
        CHECK(TeacherRepository(db).get(id).email.isEmpty());
        CHECK(undo->count() == steps);
    }
}

TEST_CASE("A plan saved after another user's save reopens the editor on the way back, then saves knowingly",
          "[ui][rowversion][associations]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(demoDatabase(dir.filePath(u"demo.sqlite"_s), 300));
    window->resize(1600, 900);
    Database &db = window->context().db();
    QWidget *page = goToArea(*window, u"Methodical associations"_s);
    auto *associations = child<QTableView>(page, "associationsTable");
    // The first association with a plan: the page shows its plans.
    qint64 planId = 0;
    for (int r = 0; r < associations->model()->rowCount() && planId == 0; ++r) {
        const qint64 id = associations->model()->index(r, 0).data(IdRole).toLongLong();
        for (const MethodicalPlan &p : PlanRepository(db).plansOf(id)) {
            if (!p.items.isEmpty() || !PlanRepository(db).get(p.id).items.isEmpty()) {
                planId = p.id;
                clickRow(associations, r);
                break;
            }
        }
    }
    REQUIRE(planId != 0);
    auto *plans = page->findChild<PlansTab *>();
    showTab(plans);
    auto *table = child<QTableView>(plans, "plansTable");
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(IdRole).toLongLong() == planId)
            clickRow(table, r);
    }
    const MethodicalPlan original = PlanRepository(db).get(planId);

    Database other(db.connectionSpec());
    other.open();
    QString keptTerm;
    int editors = 0;
    whenModal<PlanEditorDialog>([&](PlanEditorDialog *editor) {
        ++editors;
        PlanItemsModel *items = editor->itemsModel();
        items->setData(items->index(0, PlanItemsModel::Term), u"октябрь"_s);
        MethodicalPlan theirs = PlanRepository(other).get(planId); // the other user saves meanwhile
        theirs.goal = u"Цель, записанная методистом"_s;
        PlanRepository(other).update(theirs);
        whenModal<ConflictDialog>([&](ConflictDialog *conflict) {
            // Back to editing: the editor opens again with this user's plan.
            whenModal<PlanEditorDialog>([&](PlanEditorDialog *again) {
                ++editors;
                keptTerm = again->itemsModel()->index(0, PlanItemsModel::Term).data().toString();
                whenModal<ConflictDialog>([](ConflictDialog *second) { clickButton(second, "keepMine"); });
                again->accept();
            });
            conflict->reject();
        });
        editor->accept();
    });
    clickButton(plans, "editPlan");
    CHECK(editors == 2);
    CHECK(keptTerm == u"октябрь"_s);
    MethodicalPlan stored = PlanRepository(db).get(planId);
    CHECK(stored.items.at(0).term == u"октябрь"_s);
    CHECK(stored.goal == original.goal); // this user's plan, saved whole over theirs
    window->context().undoStack()->undo();
    stored = PlanRepository(db).get(planId);
    CHECK(stored.goal == u"Цель, записанная методистом"_s); // undo brings theirs back
    CHECK(stored.items.at(0).term == original.items.at(0).term);
}

TEST_CASE("An event saved after another user's save asks which version stays, and undo brings theirs back",
          "[ui][rowversion]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(registryDatabase(dir.filePath(u"ev.sqlite"_s)));
    Database &db = window->context().db();
    MethodicalEvent e;
    e.topic = u"Формирующее оценивание"_s;
    e.starts = QDate(2026, 11, 20);
    e.held = true;
    const qint64 id = EventRepository(db).save(e, referenceDay());
    auto *page = qobject_cast<EventsPage *>(goToArea(*window, u"Events and competitions"_s));
    REQUIRE(page);
    showTab(page->view()->parentWidget());
    REQUIRE(rowCount(page->view()) == 1);
    page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
    Database other(db.connectionSpec());
    other.open();
    QUndoStack *undo = window->context().undoStack();
    const int steps = undo->count();

    QStringList marked;
    whenModal<EventDialog>([&](EventDialog *d) {
        d->topicEdit()->setText(u"Формирующее оценивание на уроке"_s);
        MethodicalEvent theirs = *EventRepository(other).get(id); // a second methodist, meanwhile
        theirs.note = u"Перенесено в актовый зал"_s;
        EventRepository(other).save(theirs, referenceDay());
        whenModal<ConflictDialog>([&](ConflictDialog *conflict) {
            marked = markedRows(conflict);
            clickButton(conflict, "keepMine");
        });
        clickOk(d);
    });
    clickButton(page, "editEventButton");
    CHECK(page->lastError().isEmpty());
    CHECK(marked == QStringList{u"Topic: Формирующее оценивание на уроке | Формирующее оценивание"_s,
                                u"Note: — | Перенесено в актовый зал"_s});
    MethodicalEvent stored = *EventRepository(db).get(id);
    CHECK(stored.topic == u"Формирующее оценивание на уроке"_s);
    CHECK(stored.note.isEmpty());
    REQUIRE(undo->count() == steps + 1);
    undo->undo();
    stored = *EventRepository(db).get(id);
    CHECK(stored.topic == u"Формирующее оценивание"_s);
    CHECK(stored.note == u"Перенесено в актовый зал"_s);
    undo->redo();
    CHECK(EventRepository(db).get(id)->topic == u"Формирующее оценивание на уроке"_s);
}

TEST_CASE("An association saved after another user's save goes back to its dialog with the user's values",
          "[ui][rowversion]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(registryDatabase(dir.filePath(u"as.sqlite"_s)));
    Database &db = window->context().db();
    Association rmo;
    rmo.name = u"РМО учителей математики"_s;
    rmo.activeFrom = 2020;
    const qint64 id = AssociationRepository(db).insert(rmo);
    auto *page = qobject_cast<AssociationsPage *>(goToArea(*window, u"Methodical associations"_s));
    REQUIRE(page);
    page->selectAssociation(id);
    Database other(db.connectionSpec());
    other.open();
    const qint64 kozlova = teacherIdBySurname(db, u"Козлова"_s);
    QUndoStack *undo = window->context().undoStack();
    const int steps = undo->count();

    // The association's head adds a member while the methodist edits the name.
    QString reopenedWith;
    int conflicts = 0;
    whenModal<AssociationDialog>([&](AssociationDialog *d) {
        d->nameEdit()->setText(u"РМО учителей математики и информатики"_s);
        AssociationRepository(other).update(AssociationRepository(other).get(id)); // raises the version
        AssociationRepository(other).addMember({0, id, kozlova, QDate(2026, 9, 1), {}});
        whenModal<ConflictDialog>([&](ConflictDialog *conflict) {
            ++conflicts;
            conflict->reject(); // back to editing
            whenModal<AssociationDialog>([&](AssociationDialog *again) {
                reopenedWith = again->nameEdit()->text();
                whenModal<ConflictDialog>([&](ConflictDialog *second) {
                    ++conflicts;
                    clickButton(second, "takeTheirs");
                });
                clickOk(again);
            });
        });
        clickOk(d);
    });
    clickButton(page, "editAssociation");
    CHECK(conflicts == 2);
    CHECK(reopenedWith == u"РМО учителей математики и информатики"_s);
    const Association stored = AssociationRepository(db).get(id);
    CHECK(stored.name == u"РМО учителей математики"_s);
    CHECK(AssociationRepository(db).members(id).size() == 1);
    CHECK(undo->count() == steps);
}

TEST_CASE("An undo over another user's later save is refused on a server and says so", "[ui][server]")
{
    ClockScope clock;
    TempDatabase t;
    if (!t.onServer())
        return; // a file has one user: every change is on its undo stack, and undo writes unchecked
    auto window = openWindowOnServer(t);
    AppContext &ctx = window->context();
    MethodicalEvent e;
    e.topic = u"Формирующее оценивание"_s;
    e.starts = QDate(2026, 11, 20);
    e.held = true;
    QString error;
    qint64 id = 0;
    REQUIRE(EventEditing::save(ctx, std::nullopt, e, &error, &id));
    const MethodicalEvent before = *EventRepository(ctx.db()).get(id);
    MethodicalEvent mine = before;
    mine.place = u"ИМЦ"_s;
    REQUIRE(EventEditing::save(ctx, before, mine, &error));
    // Another methodist changes the note after this user's change.
    MethodicalEvent theirs = *EventRepository(t.db()).get(id);
    theirs.note = u"Перенесено в актовый зал"_s;
    EventRepository(t.db()).save(theirs, referenceDay());

    // The window says so in a message box.
    QString said;
    whenModal<QMessageBox>([&said](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    ctx.undoStack()->undo();
    CHECK(said == u"«Change event» was not undone: another user has changed the record since. Their "
                  "version stays; open the record to see it."_s);
    const MethodicalEvent stored = *EventRepository(t.db()).get(id);
    CHECK(stored.place == u"ИМЦ"_s);
    CHECK(stored.note == u"Перенесено в актовый зал"_s);
}

TEST_CASE("A pair, a practice, a vacancy and a recommendation saved after another user's save show both versions",
          "[ui][rowversion]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(registryDatabase(dir.filePath(u"support.sqlite"_s)));
    AppContext &ctx = window->context();
    Database &db = ctx.db();
    Database other(db.connectionSpec());
    other.open();
    const QStringList teachers = Query(db, u"SELECT id FROM teacher ORDER BY id"_s).texts();
    REQUIRE(teachers.size() >= 2);
    QUndoStack *undo = ctx.undoStack();
    const int steps = undo->count();
    QString error;
    // The user takes the other's version: nothing of theirs is written, no step to undo.
    QStringList marked;
    auto takeTheirs = [&marked] {
        whenModal<ConflictDialog>([&marked](ConflictDialog *conflict) {
            marked = markedRows(conflict);
            clickButton(conflict, "takeTheirs");
        });
    };

    SECTION("a mentoring pair")
    {
        Mentorship m;
        m.mentorId = teachers.at(0).toLongLong();
        m.menteeId = teachers.at(1).toLongLong();
        m.starts = QDate(2026, 9, 1);
        const qint64 id = MentorshipRepository(db).save(m);
        const Mentorship before = *MentorshipRepository(db).get(id);
        Mentorship theirs = *MentorshipRepository(other).get(id);
        theirs.result = u"Провела открытый урок"_s;
        MentorshipRepository(other).save(theirs);
        Mentorship mine = before;
        mine.goals = u"Адаптация"_s;
        takeTheirs();
        CHECK(MentorshipEditing::save(ctx, before, mine, &error));
        CHECK(marked == QStringList{u"Goals: Адаптация | —"_s, u"Result: — | Провела открытый урок"_s});
        CHECK(MentorshipRepository(db).get(id)->goals.isEmpty());
    }
    SECTION("a practice")
    {
        Practice p;
        p.title = u"Смысловое чтение"_s;
        const qint64 id = PracticeRepository(db).save(p);
        const Practice before = *PracticeRepository(db).get(id, true);
        Practice theirs = *PracticeRepository(other).get(id, true);
        theirs.level = PracticeLevel::Municipal;
        PracticeRepository(other).save(theirs);
        Practice mine = before;
        mine.tags = {u"чтение"_s};
        takeTheirs();
        CHECK(PracticeEditing::save(ctx, before, mine, &error));
        CHECK(marked.size() == 2);
        CHECK(PracticeRepository(db).get(id)->tags.isEmpty());
    }
    SECTION("a vacancy")
    {
        const qint64 school = Query(db, u"SELECT MIN(id) FROM organisation"_s).scalar().toLongLong();
        Vacancy v;
        v.organisationId = school;
        v.post = u"педагог-психолог"_s;
        v.since = QDate(2026, 9, 1);
        const qint64 id = VacancyRepository(db).save(v);
        const Vacancy before = *VacancyRepository(db).get(id);
        Vacancy theirs = *VacancyRepository(other).get(id);
        theirs.filledByName = u"Глебова Ирина Сергеевна"_s;
        theirs.filledOn = QDate(2026, 11, 16);
        VacancyRepository(other).save(theirs);
        Vacancy mine = before;
        mine.reason = u"увольнение"_s;
        takeTheirs();
        CHECK(SitesEditing::saveVacancy(ctx, before, mine, &error));
        CHECK(marked == QStringList{u"Reason: увольнение | —"_s, u"Filled by: — | Глебова Ирина Сергеевна"_s,
                                    u"Filled on: — | 16.11.2026"_s});
        CHECK(VacancyRepository(db).get(id)->reason.isEmpty());
    }
    SECTION("a recommendation")
    {
        Recommendation r;
        r.madeOn = QDate(2026, 9, 1);
        r.addressee = u"руководителям ОО"_s;
        r.text = u"Направить на курсы"_s;
        r.due = QDate(2026, 12, 31);
        const qint64 id = RecommendationRepository(db).save(r);
        const Recommendation before = *RecommendationRepository(db).get(id);
        Recommendation theirs = *RecommendationRepository(other).get(id);
        theirs.note = u"Обсуждено на совещании"_s;
        RecommendationRepository(other).save(theirs);
        Recommendation mine = before;
        mine.due = QDate(2027, 1, 31);
        takeTheirs();
        CHECK(RecommendationEditing::save(ctx, before, mine, &error));
        CHECK(marked == QStringList{u"By: 31.01.2027 | 31.12.2026"_s, u"Note: — | Обсуждено на совещании"_s});
        CHECK(RecommendationRepository(db).get(id)->due == QDate(2026, 12, 31));
    }
    CHECK(error.isEmpty());
    CHECK(undo->count() == steps);
}

TEST_CASE("A course run edited by two methodists: back to the dialog with the user's values, then theirs kept",
          "[ui][rowversion]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(u"runs.sqlite"_s));
    TrainingRepository training(*db);
    Programme p;
    p.title = u"Формирование функциональной грамотности"_s;
    p.provider = u"ИРО"_s;
    p.hours = 36;
    const qint64 programme = training.insertProgramme(p);
    const qint64 run = training.insertRun({0, programme, QDate(2026, 12, 7), QDate(2026, 12, 18), u"ИМЦ"_s,
                                           u"ПК-2026-12"_s, 25, {}});
    auto window = openWindow(std::move(db));
    Database &mine = window->context().db();
    Database other(mine.connectionSpec());
    other.open();
    QWidget *page = goToArea(*window, u"Further training"_s);
    auto *courses = page->findChild<CoursesTab *>();
    REQUIRE(courses);
    showTab(courses);
    clickRowWithText(child<QTableView>(courses, "runsTable"), CourseRunModel::GroupColumn, u"ПК-2026-12"_s);

    QStringList marked;
    QString shown;
    bool stillOpen = false;
    whenModal<CourseRunDialog>([&](CourseRunDialog *d) {
        typeInto(d, "place", u"ИМЦ, ауд. 12"_s);
        CourseRun theirs = TrainingRepository(other).run(run); // a second methodist, meanwhile
        theirs.seats = 30;
        TrainingRepository(other).updateRun(theirs);
        whenModal<ConflictDialog>([&](ConflictDialog *conflict) {
            marked = markedRows(conflict);
            clickButton(conflict, "backToEditing");
        });
        clickOk(d);
        stillOpen = d->isVisible();
        shown = d->findChild<QLabel *>(u"error"_s)->text();
        CHECK(d->findChild<QLineEdit *>(u"place"_s)->text() == u"ИМЦ, ауд. 12"_s);
        whenModal<ConflictDialog>([](ConflictDialog *conflict) { clickButton(conflict, "takeTheirs"); });
        clickOk(d);
    });
    clickButton(courses, "editRun");
    CHECK(marked == QStringList{u"Place: ИМЦ, ауд. 12 | ИМЦ"_s, u"Seats: 25 | 30"_s});
    CHECK(stillOpen);
    CHECK(shown.startsWith(u"Not saved: another user saved this record"_s));
    const CourseRun stored = TrainingRepository(mine).run(run);
    CHECK(stored.place == u"ИМЦ"_s);
    CHECK(stored.seats == 30);
}

TEST_CASE("An attestation record corrected by two methodists: back to its dialog, then the user's version saved",
          "[ui][rowversion]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto window = openWindow(registryDatabase(dir.filePath(u"att.sqlite"_s)));
    Database &db = window->context().db();
    auto *page = qobject_cast<TeachersPage *>(goToArea(*window, u"Teachers"_s));
    REQUIRE(page);
    REQUIRE(waitUntil([page] { return !page->isLoading(); }));
    const qint64 teacher = teacherIdBySurname(db, u"Иванова"_s);
    page->selectId(teacher);
    const QList<AttestationRecord> history = AttestationRepository(db).history(teacher);
    REQUIRE(history.size() == 1); // высшая, 15.12.2022, from the registry
    const qint64 id = history.first().id;
    Database other(db.connectionSpec());
    other.open();
    QUndoStack *undo = window->context().undoStack();
    const int steps = undo->count();

    QStringList marked;
    QString told, reopenedWith;
    whenModal<AttestationRecordDialog>([&](AttestationRecordDialog *first) {
        first->orderNumberEdit()->setText(u"15-од"_s);
        AttestationRecord theirs = AttestationRepository(other).record(id); // a second methodist, meanwhile
        theirs.granted = QDate(2022, 12, 16);
        AttestationRepository(other).updateRecord(theirs);
        whenModal<ConflictDialog>([&](ConflictDialog *conflict) {
            marked = markedRows(conflict);
            clickButton(conflict, "backToEditing");
        });
        whenModal<QMessageBox>([&](QMessageBox *box) {
            told = box->text();
            whenModal<AttestationRecordDialog>([&](AttestationRecordDialog *again) {
                reopenedWith = again->orderNumberEdit()->text();
                whenModal<ConflictDialog>([](ConflictDialog *conflict) { clickButton(conflict, "keepMine"); });
                clickOk(again);
            });
            box->accept();
        });
        clickOk(first);
    });
    emit page->findChild<QTextBrowser *>()->anchorClicked(QUrl(u"attestation-edit:%1"_s.arg(id)));
    CHECK(marked == QStringList{u"Decided on: 15.12.2022 | 16.12.2022"_s, u"Order: 15-од | —"_s});
    CHECK(told.startsWith(u"Not saved: another user saved this record"_s));
    CHECK(reopenedWith == u"15-од"_s);
    AttestationRecord stored = AttestationRepository(db).record(id);
    CHECK(stored.orderNumber == u"15-од"_s);
    CHECK(stored.granted == QDate(2022, 12, 15));
    REQUIRE(undo->count() == steps + 1);
    undo->undo(); // the other methodist's version comes back
    stored = AttestationRepository(db).record(id);
    CHECK(stored.orderNumber.isEmpty());
    CHECK(stored.granted == QDate(2022, 12, 16));
}

TEST_CASE("A programme edited by two methodists shows both versions and keeps theirs when asked", "[ui][rowversion]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(u"prog.sqlite"_s));
    Programme p;
    p.title = u"Формирование функциональной грамотности"_s;
    p.provider = u"ИРО"_s;
    p.hours = 36;
    const qint64 id = TrainingRepository(*db).insertProgramme(p);
    auto window = openWindow(std::move(db));
    Database &mine = window->context().db();
    Database other(mine.connectionSpec());
    other.open();
    QWidget *page = goToArea(*window, u"Further training"_s);
    auto *programmes = page->findChild<ProgrammesTab *>();
    REQUIRE(programmes);
    showTab(programmes);
    auto *table = programmes->findChild<QTableView *>();
    REQUIRE(table);
    REQUIRE(rowCount(table) == 1);
    table->setCurrentIndex(table->model()->index(0, 0));

    QStringList marked;
    whenModal<ProgrammeDialog>([&](ProgrammeDialog *d) {
        d->findChild<QSpinBox *>(u"hours"_s)->setValue(72);
        Programme theirs = TrainingRepository(other).programme(id);
        theirs.provider = u"ЦНППМ"_s;
        TrainingRepository(other).updateProgramme(theirs);
        whenModal<ConflictDialog>([&](ConflictDialog *conflict) {
            marked = markedRows(conflict);
            clickButton(conflict, "takeTheirs");
        });
        clickOk(d);
    });
    clickButton(programmes, "editProgramme");
    CHECK(marked == QStringList{u"Provider: ИРО | ЦНППМ"_s, u"Hours: 72 | 36"_s});
    const Programme stored = TrainingRepository(mine).programme(id);
    CHECK(stored.hours == 36);
    CHECK(stored.provider == u"ЦНППМ"_s);
}

TEST_CASE("A plan-graph saved after another user's save shows the lines that differ and keeps the version chosen",
          "[ui][rowversion]")
{
    ClockScope clock;
    QTemporaryDir dir;
    QSettings().remove(u"training/planYear"_s);
    auto window = openWindow(registryDatabase(dir.filePath(u"plan.sqlite"_s)));
    Database &db = window->context().db();
    auto *tab = goToArea(*window, u"Further training"_s)->findChild<PlanTab *>();
    REQUIRE(tab);
    showTab(tab);
    QTableView *view = child<QTableView>(tab, "planView");
    const auto shown = [tab, view] { return waitUntil([&] { return !tab->isLoading() && view->isEnabled(); }); };
    REQUIRE(shown());
    const int year = tab->firstYear();
    TrainingPlanModel *m = tab->model();
    REQUIRE(m->rowCount() >= 2);
    auto idAt = [m](int row) { return m->index(row, 0).data(IdRole).toLongLong(); };
    auto rowOf = [m, &idAt](qint64 id) {
        for (int r = 0; r < m->rowCount(); ++r) {
            if (idAt(r) == id)
                return r;
        }
        return -1;
    };
    // A plan's lines by teacher: the store gives them by year and name, the tab in its rows' order.
    auto sorted = [](QList<TrainingPlanEntry> lines) {
        std::sort(lines.begin(), lines.end(),
                  [](const TrainingPlanEntry &a, const TrainingPlanEntry &b) { return a.teacherId < b.teacherId; });
        return lines;
    };
    auto yearOf = [m, &rowOf](qint64 id) {
        return m->index(rowOf(id), TrainingPlanModel::YearColumn).data().toInt();
    };
    const qint64 first = idAt(0), second = idAt(1);
    const int firstYearOfFirst = yearOf(first), firstYearOfSecond = yearOf(second);
    const QString firstName = TeacherRepository(db).nameOf(first), secondName = TeacherRepository(db).nameOf(second);
    Database other(db.connectionSpec());
    other.open();
    TrainingPlanRepository theirPlans(other);
    auto theirSave = [&](qint64 teacher, int plannedYear) {
        SavedPlanGraph<TrainingPlanEntry> plan = theirPlans.read(year);
        if (!plan.saved)
            plan.lines = m->entries();
        for (TrainingPlanEntry &e : plan.lines) {
            if (e.teacherId == teacher)
                e.plannedYear = plannedYear;
        }
        theirPlans.save(year, plan.lines, plan.version.value);
        return plan.lines;
    };
    QUndoStack *undo = window->context().undoStack();
    const int steps = undo->count();

    // Another methodist saves the proposal with the first teacher two years on;
    // this user moves the second one and saves: both lines are shown.
    const QList<TrainingPlanEntry> theirs = theirSave(first, year + 2);
    REQUIRE(m->setData(m->index(rowOf(second), TrainingPlanModel::YearColumn), year + 2));
    QStringList marked;
    whenModal<ConflictDialog>([&marked](ConflictDialog *conflict) {
        marked = markedRows(conflict);
        clickButton(conflict, "keepMine");
    });
    pressKey(*window, view, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(shown());
    QStringList expected{u"%1: %2 | %3"_s.arg(firstName).arg(firstYearOfFirst).arg(year + 2),
                         u"%1: %2 | %3"_s.arg(secondName).arg(year + 2).arg(firstYearOfSecond)};
    if (secondName < firstName) // the lines come in the order of names
        expected.swapItemsAt(0, 1);
    CHECK(marked == expected);
    TrainingPlanRepository plans(db);
    CHECK(sorted(plans.load(year)) != sorted(theirs));
    CHECK(yearOf(first) == firstYearOfFirst);
    CHECK(yearOf(second) == year + 2);
    CHECK_FALSE(tab->isModified());
    CHECK(tab->isSaved());
    // Undo brings their plan back, not the proposal.
    REQUIRE(undo->count() == steps + 1);
    undo->undo();
    REQUIRE(shown());
    CHECK(sorted(plans.load(year)) == sorted(theirs));
    undo->redo();
    REQUIRE(shown());
    CHECK(yearOf(second) == year + 2);

    // Theirs kept: the tab shows their plan, nothing of this user's edit is written.
    const QList<TrainingPlanEntry> kept = theirSave(second, year);
    REQUIRE(m->setData(m->index(rowOf(first), TrainingPlanModel::YearColumn), year + 1));
    whenModal<ConflictDialog>([](ConflictDialog *conflict) { clickButton(conflict, "takeTheirs"); });
    pressKey(*window, view, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(shown());
    CHECK(sorted(plans.load(year)) == sorted(kept));
    CHECK(yearOf(first) == firstYearOfFirst);
    CHECK(yearOf(second) == year);
    CHECK_FALSE(tab->isModified());

    // Back to editing: the edit stays in the tab, unsaved, and the user is told why.
    theirSave(second, year + 1);
    REQUIRE(m->setData(m->index(rowOf(first), TrainingPlanModel::YearColumn), year + 2));
    QString said;
    whenModal<ConflictDialog>([&said](ConflictDialog *conflict) {
        whenModal<QMessageBox>([&said](QMessageBox *box) {
            said = box->text();
            box->accept();
        });
        conflict->reject(); // Escape
    });
    pressKey(*window, view, Qt::Key_S, Qt::ControlModifier);
    CHECK(said.startsWith(u"Not saved: another user saved this record after you opened it."_s));
    CHECK(tab->isModified());
    CHECK(yearOf(first) == year + 2);
    CHECK(sorted(plans.load(year)) != sorted(m->entries()));

    // The same lines saved by both: no conflict to choose from, the save goes through.
    theirPlans.save(year, m->entries(), theirPlans.version(year));
    bool asked = false;
    QObject watch;
    QTimer::singleShot(3000, &watch, [&asked] {
        if (auto *conflict = activeModal<ConflictDialog>()) {
            asked = true;
            clickButton(conflict, "keepMine");
        }
    });
    pressKey(*window, view, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(shown());
    CHECK_FALSE(asked);
    CHECK_FALSE(tab->isModified());
    CHECK(sorted(plans.load(year)) == sorted(m->entries()));
}

TEST_CASE("An undo of a plan-graph over another user's later save is refused on a server and says so", "[ui][server]")
{
    ClockScope clock;
    TempDatabase t;
    if (!t.onServer())
        return; // a file has one user: every change is on its undo stack, and undo writes unchecked
    Teacher x;
    x.surname = u"Андреева"_s;
    x.name = u"Анна"_s;
    x.birthDate = QDate(1980, 3, 5);
    const qint64 anna = TeacherRepository(t.db()).insert(x);
    auto window = openWindowOnServer(t);
    AppContext &ctx = window->context();
    SavedPlanGraph<TrainingPlanEntry> mine = TrainingPlanRepository(ctx.db()).read(2027);
    mine.lines = {{anna, 2027, 0, u"ФГОС"_s}};
    REQUIRE(savePlanUndoably<TrainingPlanRepository, TrainingPlanEntry>(ctx, window.get(), 2027, mine,
                                                                        &RecordComparison::trainingPlans,
                                                                        u"save the plan-graph 2027–2029"_s, u"Save"_s));
    // Another methodist moves the teacher to 2028 after this user's save.
    TrainingPlanRepository theirs(t.db());
    theirs.save(2027, {{anna, 2028, 0, u"ФГОС"_s}}, theirs.version(2027));

    QString said;
    whenModal<QMessageBox>([&said](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    ctx.undoStack()->undo();
    CHECK(said == u"«save the plan-graph 2027–2029» was not undone: another user has changed the record since. Their "
                  "version stays; open the record to see it."_s);
    CHECK(theirs.load(2027).first().plannedYear == 2028);
}

TEST_CASE("A step on a course's participants another user changed since the list was shown is refused and the list "
          "shown again",
          "[ui][rowversion]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(u"steps.sqlite"_s));
    TrainingRepository training(*db);
    Programme p;
    p.title = u"Формирование функциональной грамотности"_s;
    p.provider = u"ИРО"_s;
    p.hours = 36;
    const qint64 run = training.insertRun({0, training.insertProgramme(p), QDate(2026, 12, 7), QDate(2026, 12, 18),
                                           u"ИМЦ"_s, u"ПК-2026-12"_s, 0, {}});
    QList<qint64> enrolments;
    for (const TeacherRow &t : TeacherRepository(*db).rows(referenceDay()).mid(0, 2))
        enrolments << training.apply(run, t.id, 0, referenceDay());
    auto window = openWindow(std::move(db));
    Database &base = window->context().db();
    auto *courses = goToArea(*window, u"Further training"_s)->findChild<CoursesTab *>();
    REQUIRE(courses);
    showTab(courses);
    clickRowWithText(child<QTableView>(courses, "runsTable"), CourseRunModel::GroupColumn, u"ПК-2026-12"_s);
    QTableView *people = child<QTableView>(courses, "participantsTable");
    REQUIRE(rowCount(people) == 2);
    QUndoStack *undo = window->context().undoStack();
    const int steps = undo->count();

    // Another methodist approves the first application after this list was shown.
    Database other(base.connectionSpec());
    other.open();
    TrainingRepository(other).approve(enrolments.first());
    clickAllRows(people);
    QString said;
    whenModal<QMessageBox>([&said](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    clickButton(courses, "withdrawParticipants");
    CHECK(said.startsWith(u"The participants of this course were changed by another user after the list was shown; "
                          "nothing was changed."_s));
    CHECK(TrainingRepository(base).enrolment(enrolments.first()).status == EnrolmentStatus::Enrolled);
    CHECK(TrainingRepository(base).enrolment(enrolments.last()).status == EnrolmentStatus::Applied);
    CHECK(undo->count() == steps);
    // The list shows what the other user made of it; the step, repeated on it, is made.
    CHECK(column(people, 2).count(u"enrolled"_s) == 1);
    clickAllRows(people);
    clickButton(courses, "withdrawParticipants");
    CHECK(column(people, 2).count(u"withdrawn"_s) == 2);
    CHECK(undo->count() == steps + 1);
}

TEST_CASE("A step on an application another user decided since the list was shown is refused and the list shown again",
          "[ui][rowversion]")
{
    ClockScope clock;
    QTemporaryDir dir;
    auto db = registryDatabase(dir.filePath(u"applications.sqlite"_s));
    AttestationApplication a;
    a.teacherId = TeacherRepository(*db).rows(referenceDay()).first().id;
    a.category = Category::First;
    a.plannedYear = 2027;
    a.plannedMonth = 3;
    a.submittedOn = QDate(2026, 11, 20);
    const qint64 id = AttestationRepository(*db).submit(a).id;
    auto window = openWindow(std::move(db));
    Database &base = window->context().db();
    auto *tab = goToArea(*window, u"Attestation"_s)->findChild<ApplicationsTab *>();
    REQUIRE(tab);
    showTab(tab);
    auto *table = child<QTableView>(tab, "applicationsTable");
    REQUIRE(rowCount(table) == 1);
    CHECK(cellText(table, 0, 5) == u"submitted"_s);

    // The commission takes it up and refuses it, entered by another methodist.
    Database other(base.connectionSpec());
    other.open();
    AttestationRepository(other).startReview(id);
    AttestationRepository(other).refuse(id, QDate(2026, 11, 25), u"нет портфолио"_s);
    clickRow(table, 0);
    QString said;
    whenModal<QMessageBox>([&said](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    clickButton(tab, "reviewApplication");
    CHECK(said.contains(u"was changed by another user after the list was shown; nothing was changed."_s));
    CHECK(AttestationRepository(base).application(id).status == ApplicationStatus::Refused);
    QCheckBox *openOnly = child<QCheckBox>(tab, "openOnly");
    openOnly->setChecked(false);
    REQUIRE(rowCount(table) == 1);
    CHECK(cellText(table, 0, 5) == u"refused"_s);
}

TEST_CASE("An undo of a step on a course's participants over another user's later step is refused on a server",
          "[ui][server]")
{
    ClockScope clock;
    TempDatabase t;
    if (!t.onServer())
        return; // a file has one user: every change is on its undo stack, and undo writes unchecked
    Teacher x;
    x.surname = u"Андреева"_s;
    x.name = u"Анна"_s;
    x.birthDate = QDate(1980, 3, 5);
    const qint64 anna = TeacherRepository(t.db()).insert(x);
    TrainingRepository theirs(t.db());
    Programme p;
    p.title = u"ФГОС"_s;
    p.provider = u"ИРО"_s;
    p.hours = 36;
    const qint64 run = theirs.insertRun({0, theirs.insertProgramme(p), QDate(2026, 12, 7), QDate(2026, 12, 18),
                                         u"ИМЦ"_s, u"ПК-2026-12"_s, 0, {}});
    const qint64 e = theirs.apply(run, anna, 0, referenceDay());
    auto window = openWindowOnServer(t);
    auto *courses = goToArea(*window, u"Further training"_s)->findChild<CoursesTab *>();
    REQUIRE(courses);
    showTab(courses);
    clickRowWithText(child<QTableView>(courses, "runsTable"), CourseRunModel::GroupColumn, u"ПК-2026-12"_s);
    QTableView *people = child<QTableView>(courses, "participantsTable");
    REQUIRE(rowCount(people) == 1);
    clickAllRows(people);
    clickButton(courses, "approveParticipants");
    REQUIRE(theirs.enrolment(e).status == EnrolmentStatus::Enrolled);
    // Another methodist records the completion after this user's approval.
    theirs.complete(e, u"7724001"_s, QDate(2026, 12, 18));

    QString said;
    whenModal<QMessageBox>([&said](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    window->context().undoStack()->undo();
    CHECK(said.startsWith(u"«approve applications» was not undone: another user has changed the record since."_s));
    CHECK(theirs.enrolment(e).status == EnrolmentStatus::Completed);
}
