#include <catch2/catch.hpp>

// Every page and the main dialogs on a 1366×768 laptop, in Russian: no
// column header or label cut, no button below the screen's edge.

#include "associations/AssociationDialog.h"
#include "associations/AssociationEditing.h"
#include "associations/AssociationsPage.h"
#include "associations/ShmoHintsDialog.h"
#include "documents/AssociationReports.h"
#include "import/ImportDialog.h"
#include "training/TeacherPickerDialog.h"
#include "associations/MeetingDialog.h"
#include "associations/PlanEditorDialog.h"
#include "attestation/AttestationPage.h"
#include "attestation/AttestationRecordDialog.h"
#include "attestation/AttestationSettingsDialog.h"
#include "common/DocumentOutput.h"
#include "documents/TrainingPlanDocument.h"
#include "registry/DictionariesDialog.h"
#include "registry/EmploymentDialog.h"
#include "registry/OrganisationDialog.h"
#include "registry/TeacherDialog.h"
#include "shell/AppContext.h"
#include "shell/CentreCardDialog.h"
#include "shell/MainWindow.h"
#include "shell/SettingsDialog.h"
#include "sites/FillVacancyDialog.h"
#include "sites/SiteDialog.h"
#include "sites/VacancyDialog.h"
#include "store/AssociationRepository.h"
#include "store/DictionaryRepository.h"
#include "store/MeetingRepository.h"
#include "store/OrganisationRepository.h"
#include "store/PlanRepository.h"
#include "store/TeacherRepository.h"
#include "store/TrainingRepository.h"
#include "support/LayoutAudit.h"
#include "support/TestSupport.h"
#include "support/UiFixtures.h"
#include "training/CourseRunDialog.h"
#include "training/CoursesTab.h"
#include "training/PlanTab.h"
#include "training/ProgrammeDialog.h"
#include "training/TrainingPage.h"
#include "training/TrainingPlanModel.h"

#include <QListWidget>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>

using namespace profrost;
using namespace profrost::test;

namespace {

// Everything a user could find cut in `w` as it is shown now.
QStringList faults(QWidget *w)
{
    QApplication::processEvents();
    QStringList out = clippedHeaders(w);
    out << clippedLabels(w);
    out << clippedDates(w);
    out << buttonsOffScreen(w->window());
    return out;
}

// Each tab of every tab widget in `w`, one after another (only the current
// tab is laid out and visible).
QStringList faultsOnEveryTab(QWidget *w, const QString &where)
{
    QStringList out;
    const QList<QTabWidget *> tabs = w->findChildren<QTabWidget *>();
    if (tabs.isEmpty()) {
        for (const QString &f : faults(w))
            out << where + u": " + f;
        return out;
    }
    for (QTabWidget *t : tabs) {
        if (!t->isVisible())
            continue;
        for (int i = 0; i < t->count(); ++i) {
            t->setCurrentIndex(i);
            for (const QString &f : faults(w))
                out << where + u" [" + t->tabText(i) + u"]: " + f;
        }
        t->setCurrentIndex(0);
    }
    out.removeDuplicates();
    return out;
}

// Shows a dialog as the program does (its own size, at most the screen) and audits it.
QStringList auditDialog(QDialog &dialog, const QString &where)
{
    dialog.show();
    QApplication::processEvents();
    const QStringList out = faultsOnEveryTab(&dialog, where);
    dialog.hide();
    return out;
}

void report(const QStringList &found)
{
    for (const QString &f : found)
        UNSCOPED_INFO(f.toStdString());
    CHECK(found.isEmpty());
}

} // namespace

TEST_CASE("At 1280x720 in Russian every page fits and nothing on it is cut", "[ui][smallscreen]")
{
    ClockScope clock;
    QSettings().clear(); // widths saved by an earlier run would hide what the defaults cut
    RussianScope russian;
    REQUIRE(russian.loaded());
    QTemporaryDir dir;
    MainWindow window(demoDatabase(dir.filePath(QStringLiteral("demo.sqlite")), 120));
    window.resize(1280, 720);
    window.show();
    QApplication::processEvents();
    CHECK(window.minimumSizeHint().width() <= 1280);
    CHECK(window.minimumSizeHint().height() <= 720);
    auto *list = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    REQUIRE(list);
    QStringList found;
    for (int page = 0; page < list->count(); ++page) {
        window.showPage(page);
        QApplication::processEvents();
        INFO("page " << page);
        CHECK(window.minimumSizeHint().width() <= 1280);
        CHECK(window.minimumSizeHint().height() <= 720);
        CHECK(window.width() <= 1280);
        CHECK(window.height() <= 720);
        found << faultsOnEveryTab(&window, list->item(page)->text());
    }
    found.removeDuplicates();
    report(found);
}

TEST_CASE("At 1366x768 in Russian every main dialog fits with its buttons on screen", "[ui][smallscreen]")
{
    ClockScope clock;
    QSettings().clear(); // widths saved by an earlier run would hide what the defaults cut
    RussianScope russian;
    REQUIRE(russian.loaded());
    QTemporaryDir dir;
    auto owned = demoDatabase(dir.filePath(QStringLiteral("demo.sqlite")), 120);
    Database &db = *owned;
    MainWindow window(std::move(owned));
    window.show();
    AppContext &ctx = window.context();
    QStringList found;

    DictionaryRepository dict(db);
    TeacherRepository teachers(db);
    const QList<TeacherRow> rows = teachers.rows(referenceDay());
    REQUIRE(rows.size() > 5);
    {
        TeacherDialog d(OrganisationRepository(db).all(), dict.positions(), dict.subjects(), referenceDay(),
                        [](const Teacher &) { return QString(); }, &window);
        d.setTeacher(teachers.get(rows.at(5).id));
        found << auditDialog(d, QStringLiteral("TeacherDialog"));
    }
    {
        EmploymentDialog d(OrganisationRepository(db).all(), dict.positions(), dict.subjects(), &window);
        found << auditDialog(d, QStringLiteral("EmploymentDialog"));
    }
    {
        OrganisationDialog d(dict.municipalities(), [](const Organisation &) { return QString(); }, &window);
        found << auditDialog(d, QStringLiteral("OrganisationDialog"));
    }
    {
        DictionariesDialog d(ctx, &window);
        found << auditDialog(d, QStringLiteral("DictionariesDialog"));
    }
    {
        TrainingRepository training(db);
        CourseRunDialog d(training.programmes(), [](const CourseRun &) { return QString(); }, &window);
        found << auditDialog(d, QStringLiteral("CourseRunDialog"));
        ProgrammeDialog p(dict.positions(), dict.subjects(), {}, [](const Programme &) { return QString(); }, &window);
        if (!training.programmes().isEmpty())
            p.setProgramme(training.programmes().constFirst());
        found << auditDialog(p, QStringLiteral("ProgrammeDialog"));
    }
    {
        AttestationRecordDialog d(rows.at(5).id, rows.at(5).fullName(), 5, referenceDay(), &window);
        found << auditDialog(d, QStringLiteral("AttestationRecordDialog"));
        AttestationSettingsDialog s(ctx, &window);
        found << auditDialog(s, QStringLiteral("AttestationSettingsDialog"));
    }
    {
        SettingsDialog d(&window);
        found << auditDialog(d, QStringLiteral("SettingsDialog"));
        CentreCardDialog c(db, false, &window);
        found << auditDialog(c, QStringLiteral("CentreCardDialog"));
    }
    {
        const QList<Association> all = AssociationRepository(db).all();
        REQUIRE_FALSE(all.isEmpty());
        const QList<MethodicalPlan> plans = PlanRepository(db).plansOf(all.constFirst().id);
        REQUIRE_FALSE(plans.isEmpty());
        PlanEditorDialog plan(ctx, PlanRepository(db).get(plans.constFirst().id), &window);
        found << auditDialog(plan, QStringLiteral("PlanEditorDialog"));
        const QList<Meeting> meetings = MeetingRepository(db).meetingsOf(all.constFirst().id);
        REQUIRE_FALSE(meetings.isEmpty());
        MeetingDialog meeting(ctx, meetings.constLast(), &window);
        found << auditDialog(meeting, QStringLiteral("MeetingDialog"));
        QHash<qint64, QString> names;
        for (const TeacherRow &r : rows)
            names.insert(r.id, r.fullName());
        AssociationDialog association(ctx, AssociationEditing::read(ctx, all.constFirst().id), names, &window);
        found << auditDialog(association, QStringLiteral("AssociationDialog"));
        ShmoHintsDialog hints(AssociationReports::shmoHints(db), &window);
        found << auditDialog(hints, QStringLiteral("ShmoHintsDialog"));
    }
    {
        ImportDialog import(ctx, dataFile(QStringLiteral("import/teachers_bad.csv")), &window);
        found << auditDialog(import, QStringLiteral("ImportDialog"));
        TeacherPickerDialog picker(ctx, &window);
        found << auditDialog(picker, QStringLiteral("TeacherPickerDialog"));
    }
    {
        // The sites' forms: a site, a vacancy (post and subject offered), Mark filled.
        SiteDialog site(ctx, [](const InnovationSite &) { return QString(); }, &window);
        found << auditDialog(site, QStringLiteral("SiteDialog"));
        VacancyDialog vacancy(ctx, [](const Vacancy &) { return QString(); }, &window);
        found << auditDialog(vacancy, QStringLiteral("VacancyDialog"));
        FillVacancyDialog fill(ctx, teachers.fullNames(), &window);
        found << auditDialog(fill, QStringLiteral("FillVacancyDialog"));
    }
    {
        // The print preview of the further-training plan-graph.
        window.showArea(QStringLiteral("training"));
        PlanTab *plan = window.findChild<TrainingPage *>()->plan();
        const TrainingPlanDocumentData data = plan->model()->documentData();
        QTimer::singleShot(0, [&found] {
            if (auto *preview = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                QApplication::processEvents();
                found << buttonsOffScreen(preview);
                preview->reject();
            } else {
                found << QStringLiteral("no print preview opened");
            }
        });
        DocumentOutput::preview(&window, TrainingPlanDocument::title(plan->firstYear()),
                                [data] { return TrainingPlanDocument::build(data); });
    }
    found.removeDuplicates();
    report(found);
}

TEST_CASE("At 1366x768 in Russian the course runs and the plans show every column, the long titles whole",
          "[ui][smallscreen]")
{
    ClockScope clock;
    QSettings().clear();
    RussianScope russian;
    REQUIRE(russian.loaded());
    QTemporaryDir dir;
    MainWindow window(demoDatabase(dir.filePath(QStringLiteral("demo.sqlite")), 120));
    window.resize(1366, 768);
    window.show();
    QApplication::processEvents();

    auto *training = qobject_cast<TrainingPage *>(goToArea(window, QString::fromUtf8("Повышение квалификации")));
    REQUIRE(training);
    showTab(training->courses());
    QTableView *runs = training->courses()->runsTable();
    REQUIRE(runs);
    QApplication::processEvents();
    // No scrolling sideways to «Окончили»; the programme's column took the room left.
    CHECK(runs->horizontalScrollBar()->maximum() == 0);
    CHECK(runs->columnWidth(1) > 235);

    auto *associations = qobject_cast<AssociationsPage *>(goToArea(window, QString::fromUtf8("Методические объединения")));
    REQUIRE(associations);
    QApplication::processEvents();
    QTableView *plans = associations->plans();
    REQUIRE(plans);
    showTab(plans->parentWidget());
    QApplication::processEvents();
    CHECK(plans->horizontalScrollBar()->maximum() == 0);
    // «План работы РМО … на 2026/2027 учебный год» on two lines of its column, not cut.
    const QString title = QString::fromUtf8("План работы РМО учителей русского языка и литературы на 2026/2027 учебный год");
    CHECK(plans->fontMetrics().horizontalAdvance(title) < 2 * (plans->columnWidth(0) - 12));
}
