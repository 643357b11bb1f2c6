// Saves PNG screenshots of the main pages and dialogs, for looking at what
// was built (not a test): profrost_screens OUTDIR [--lang ru|en]
// Runs offscreen on a fresh demo database and the import fixtures.

#include "common/ConflictDialog.h"
#include "common/DocumentOutput.h"
#include "common/RecordView.h"
#include "associations/AssociationDialog.h"
#include "associations/AssociationsPage.h"
#include "associations/MeetingDialog.h"
#include "associations/PlanEditorDialog.h"
#include "associations/ShmoHintsDialog.h"
#include "attestation/AttestationPage.h"
#include "diagnostics/CampaignDialog.h"
#include "monitoring/CriteriaView.h"
#include "monitoring/DashboardPage.h"
#include "monitoring/DeficitHeatMap.h"
#include "common/ChartExport.h"
#include <QPainter>
#include <QSvgRenderer>
#include <QChartView>
#include "store/RecommendationRepository.h"
#include "registry/DictionariesDialog.h"
#include "mentoring/MentoringPage.h"
#include "events/CompetitionDialog.h"
#include "events/CompetitionListModel.h"
#include "events/CompetitionsTab.h"
#include "events/EventDialog.h"
#include "events/EventListModel.h"
#include "events/EventsPage.h"
#include "events/ParticipantsEditor.h"
#include "practices/PracticeDialog.h"
#include "practices/PracticesPage.h"
#include "sites/FillVacancyDialog.h"
#include "sites/SiteDialog.h"
#include "store/PracticeRepository.h"
#include "sites/SitesPage.h"
#include "sites/VacancyDialog.h"
#include "store/SiteRepository.h"
#include "mentoring/MentorshipDialog.h"
#include "mentoring/YoungTeachersTab.h"
#include <QCheckBox>
#include <QPlainTextEdit>
#include "diagnostics/DeficitMapModel.h"
#include "diagnostics/DeficitMapTab.h"
#include "diagnostics/DiagnosticsPage.h"
#include "diagnostics/EffectTab.h"
#include "diagnostics/ResultsTab.h"
#include "diagnostics/ActivityDialog.h"
#include "diagnostics/GroupRouteDialog.h"
#include "diagnostics/RouteDialog.h"
#include "diagnostics/RoutesTab.h"
#include "domain/DeficitRules.h"
#include "store/RouteRepository.h"
#include "store/TrainingRepository.h"
#include "domain/DateText.h"
#include "diagnostics/ResultDialog.h"
#include "store/DiagnosisRepository.h"
#include "store/SettingsRepository.h"
#include "documents/AssociationReports.h"
#include "store/AssociationRepository.h"
#include "store/MeetingRepository.h"
#include "store/PlanRepository.h"
#include "demo/DemoGenerator.h"
#include "import/ColumnAssignmentPanel.h"
#include "import/ImportDialog.h"
#include "registry/OrganisationsPage.h"
#include "registry/TeacherDialog.h"
#include "registry/TeachersPage.h"
#include "shell/AppContext.h"
#include "shell/CentreCardDialog.h"
#include "shell/AuditLogDialog.h"
#include "shell/MainWindow.h"
#include "store/AuditLog.h"
#include "store/UserAccess.h"
#include "shell/ServerConnectDialog.h"
#include "store/Database.h"
#include "store/EventRepository.h"
#include "store/RecordComparison.h"
#include "documents/TrainingReports.h"
#include "store/TrainingPlanRepository.h"
#include "store/PlanGraphVersion.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/TeacherRepository.h"
#include "training/PlanTab.h"
#include "training/TeacherPickerDialog.h"
#include "training/TrackDialog.h"
#include "training/TracksTab.h"
#include "training/TrainingPage.h"
#include "training/TrainingPlanModel.h"
#include "util/Translations.h"
#include "support/LaptopScreen.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QComboBox>
#include <QTableWidget>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>

using namespace profrost;

namespace {

void save(QWidget *w, const QString &dir, const QString &name)
{
    QApplication::processEvents();
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// A chart as «Save as PNG...» and «Save as SVG...» write it, and the SVG
// drawn back by Qt's SVG renderer: what a report gets.
void exportChart(QWidget *chart, const QString &out, const QString &name)
{
    QApplication::processEvents();
    const QDir dir(out);
    ChartExport::savePng(chart, dir.filePath(name + QStringLiteral(".png")));
    const QString svg = dir.filePath(name + QStringLiteral(".svg"));
    ChartExport::saveSvg(chart, svg);
    QSvgRenderer renderer(svg);
    QImage drawn(renderer.defaultSize(), QImage::Format_ARGB32);
    drawn.fill(Qt::white);
    QPainter painter(&drawn);
    renderer.render(&painter);
    painter.end();
    drawn.save(dir.filePath(name + QStringLiteral("-svg.png")));
}

// The dashboard of a region (more than 3,000 teachers: two municipalities):
// the municipalities side by side, and the deficit map by municipality.
void regionDashboard(const QString &out, const QString &dir)
{
    auto db = std::make_unique<Database>(QDir(dir).filePath(QStringLiteral("region.sqlite")));
    db->open();
    DemoOptions options;
    options.teachers = 3200;
    DemoGenerator::generate(*db, options);
    MainWindow window(std::move(db));
    window.resize(1366, 768);
    window.show();
    auto *dashboard = window.findChild<DashboardPage *>();
    if (!dashboard)
        return;
    while (dashboard->isLoading() || !dashboard->data())
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    QApplication::processEvents();
    dashboard->charts()->setCurrentWidget(dashboard->municipalitiesChart());
    save(&window, out, QStringLiteral("dashboard-municipalities"));
    exportChart(dashboard->municipalitiesChart(), out, QStringLiteral("chart-municipalities"));
    dashboard->charts()->setCurrentWidget(dashboard->deficitMap());
    save(&window, out, QStringLiteral("dashboard-deficits-region"));
    exportChart(dashboard->deficitMap(), out, QStringLiteral("chart-deficits-region"));
    dashboard->charts()->setCurrentIndex(0);
}

// The teachers' page as an observer sees it (a role of a server's
// database): the list, the card, search and export, and nothing to edit.
void observerTeachers(const QString &out, const QString &dir)
{
    auto db = std::make_unique<Database>(QDir(dir).filePath(QStringLiteral("observer.sqlite")));
    db->open();
    DemoGenerator::generate(*db, DemoOptions());
    MainWindow::Options options;
    options.access = UserAccess::forRole(UserAccess::Role::Observer, QStringLiteral("observer"));
    MainWindow window(std::move(db), options);
    window.resize(1366, 768);
    window.show();
    window.showArea(QStringLiteral("teachers"));
    QTableView *table = window.findChild<TeachersPage *>()->view();
    table->setCurrentIndex(table->model()->index(3, 0));
    save(&window, out, QStringLiteral("teachers-page-observer"));
    // An event opened by the observer: every field read, nothing to change.
    window.showArea(QStringLiteral("events"));
    auto *events = window.findChild<EventsPage *>();
    QApplication::processEvents();
    QTableView *list = events->view();
    for (int i = 0; i < 50 && list->model()->rowCount() == 0; ++i)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    if (list->model()->rowCount() > 0) {
        QTimer::singleShot(300, [out] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                save(dialog, out, QStringLiteral("event-dialog-observer"));
                dialog->reject();
            }
        });
        list->setCurrentIndex(list->model()->index(0, 0));
        emit list->activated(list->currentIndex());
    }
}

} // namespace

int main(int argc, char *argv[])
{
    profrost::test::useLaptopScreen(); // offscreen, 1366×768
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ProfRostScreens"));
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QApplication::arguments();
    const QString out = args.value(1, QStringLiteral("."));
    const QString lang = args.contains(QStringLiteral("--lang=en")) ? QStringLiteral("en") : QStringLiteral("ru");
    installTranslations(app, lang);
    QDir().mkpath(out);

    // PROFROST_SCREENS_SERVER=postgresql://...: only the window on that
    // server's database (a demo made there first), to see it as a second user does.
    if (const QString server = qEnvironmentVariable("PROFROST_SCREENS_SERVER"); !server.isEmpty()) {
        auto onServer = std::make_unique<Database>(ConnectionSpec::fromText(server));
        onServer->open();
        MainWindow window(std::move(onServer));
        window.resize(1366, 768);
        window.show();
        for (QElapsedTimer settle; !settle.isValid() || settle.elapsed() < 1500;) {
            if (!settle.isValid())
                settle.start();
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        save(&window, out, QStringLiteral("main-window-on-server"));
        // The administrator's audit log, when the server keeps one.
        Database &shown = window.context().db();
        if (AuditLog::available(shown)) {
            AuditLogDialog audit(shown, &window);
            audit.show();
            QApplication::processEvents();
            save(&audit, out, QStringLiteral("audit-log-dialog"));
        }
        return 0;
    }

    QTemporaryDir tmp;
    auto db = std::make_unique<Database>(tmp.filePath(QStringLiteral("demo.sqlite")));
    db->open();
    DemoOptions options;
    DemoGenerator::generate(*db, options);
    Database *raw = db.get();

    MainWindow window(std::move(db));
    window.resize(1366, 768); // the commonest school laptop
    window.show();
    // The start page: the indicators' cards and the worst organisations, then the people behind I1.
    if (auto *dashboard = window.findChild<DashboardPage *>()) {
        while (dashboard->isLoading())
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        QApplication::processEvents();
        save(&window, out, QStringLiteral("dashboard"));
        dashboard->chooseIndicator(IndicatorId::I9);
        save(&window, out, QStringLiteral("dashboard-i9"));
        dashboard->chooseIndicator(IndicatorId::I5);
        dashboard->charts()->setCurrentIndex(1);
        save(&window, out, QStringLiteral("dashboard-trend"));
        // The deficit map and the categories of the district (issue 16).
        dashboard->charts()->setCurrentWidget(dashboard->deficitMap());
        save(&window, out, QStringLiteral("dashboard-deficits"));
        // The teachers behind the first school's subject cell.
        QTimer::singleShot(0, [&out] {
            if (auto *people = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                save(people, out, QStringLiteral("dashboard-deficit-cell"));
                people->reject();
            }
        });
        dashboard->showDeficitCell(0, 1);
        dashboard->charts()->setCurrentWidget(dashboard->categoriesChart());
        save(&window, out, QStringLiteral("dashboard-categories"));
        exportChart(dashboard->categoriesChart(), out, QStringLiteral("chart-categories"));
        dashboard->charts()->setCurrentWidget(dashboard->criteria());
        save(&window, out, QStringLiteral("dashboard-criteria"));
        dashboard->charts()->setCurrentIndex(0);
        exportChart(dashboard->chart(), out, QStringLiteral("chart-organisations"));
        dashboard->charts()->setCurrentIndex(0);
        QTimer::singleShot(0, [&out] {
            if (auto *people = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                save(people, out, QStringLiteral("dashboard-people"));
                people->reject();
            }
        });
        dashboard->showPeople(IndicatorId::I1);
        dashboard->chooseIndicator(IndicatorId::I1);
        // The recommendations, one of the last monitoring checked.
        Recommendation last;
        last.madeOn = dashboard->day().addYears(-1);
        last.addressee = QString::fromUtf8("руководителям ОО");
        last.text = QString::fromUtf8("Включить в план-график повышения квалификации всех педагогов без курсов за 3 года");
        last.due = dashboard->day().addMonths(-3);
        last.indicator = QStringLiteral("I1");
        RecommendationRepository(*raw).save(last);
        QTimer::singleShot(0, [&out] {
            if (auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                save(d, out, QStringLiteral("recommendations"));
                d->reject();
            }
        });
        dashboard->editRecommendations();
    }
    observerTeachers(out, tmp.path());
    if (args.contains(QStringLiteral("--observer")))
        return 0; // the observer's screen alone
    regionDashboard(out, tmp.path());
    if (args.contains(QStringLiteral("--dashboard")))
        return 0; // the dashboard's screens alone
    window.showArea(QStringLiteral("teachers"));
    QTableView *table = window.findChild<TeachersPage *>()->view();
    table->setCurrentIndex(table->model()->index(3, 0));
    save(&window, out, QStringLiteral("teachers"));
    table->setCurrentIndex(table->model()->index(12, 0));
    save(&window, out, QStringLiteral("teachers-card"));

    window.findChild<TeachersPage *>()->filterEdit()->setText(QString::fromUtf8("сош математика"));
    table->setCurrentIndex(table->model()->index(0, 0));
    save(&window, out, QStringLiteral("teachers-filtered"));
    window.findChild<TeachersPage *>()->filterEdit()->clear();
    {
        // The conflict of an edit: another user saved the teacher's card first.
        Database &db = window.context().db();
        const qint64 id = TeacherRepository(db).rows(QDate(2026, 12, 2)).at(12).id;
        const Teacher theirs = TeacherRepository(db).get(id);
        Teacher mine = theirs;
        mine.phone = QStringLiteral("8 913 555-12-34");
        mine.email = QStringLiteral("teacher@school.ru");
        Teacher saved = theirs;
        saved.phone = QStringLiteral("8 391 382-11-02");
        if (!saved.employments.isEmpty())
            saved.employments.first().dismissed = QDate(2026, 11, 30);
        ConflictDialog d(QCoreApplication::translate("RowVersion", "%1 was changed by another user after you opened "
                                                                   "it; your changes were not saved.")
                             .arg(theirs.fullName()),
                         RecordComparison::teachers(db, mine, saved), &window);
        d.show();
        QApplication::processEvents();
        save(&d, out, QStringLiteral("edit-conflict-dialog"));
    }
    {
        // An event two methodists edited at once: the lists line by line.
        Database &db = window.context().db();
        const QList<MethodicalEvent> events = EventRepository(db).between({}, {});
        const auto found = std::find_if(events.cbegin(), events.cend(),
                                        [](const MethodicalEvent &e) { return e.participants.size() >= 3; });
        if (found != events.cend()) {
            MethodicalEvent mine = *found;
            mine.place = QStringLiteral("МБОУ СОШ № 1, актовый зал");
            mine.participants.removeLast();
            MethodicalEvent saved = *found;
            saved.note = QStringLiteral("Перенесено на 14:00 по просьбе школ");
            saved.participants.first().role = EventRole::Speaker;
            ConflictDialog d(QCoreApplication::translate("RowVersion", "%1 was changed by another user after you "
                                                                       "opened it; your changes were not saved.")
                                 .arg(found->topic),
                             RecordComparison::events(db, mine, saved), &window);
            d.show();
            QApplication::processEvents();
            save(&d, out, QStringLiteral("edit-conflict-event"));
        }
    }
    {
        // A vacancy the school's head filled while a methodist changed its rate.
        Database &db = window.context().db();
        const QList<Vacancy> vacancies = VacancyRepository(db).all();
        const auto open = std::find_if(vacancies.cbegin(), vacancies.cend(), [](const Vacancy &v) { return !v.isFilled(); });
        const QList<TeacherRow> teachers = open != vacancies.cend()
            ? TeacherRepository(db).rowsOf(open->organisationId, QDate(2026, 11, 16), TeacherRepository::Detail::Brief)
            : QList<TeacherRow>();
        if (!teachers.isEmpty()) {
            Vacancy mine = *open;
            mine.rate = 1.5;
            mine.note = QStringLiteral("Рост контингента с 01.01.2027");
            Vacancy saved = *open;
            saved.filledByTeacherId = teachers.first().id;
            saved.filledOn = QDate(2026, 11, 16);
            ConflictDialog d(QCoreApplication::translate("RowVersion", "%1 was changed by another user after you "
                                                                       "opened it; your changes were not saved.")
                                 .arg(QCoreApplication::translate("VacancyRepository", "Vacancy: %1")
                                          .arg(open->post + QStringLiteral(", ") + open->subject)),
                             RecordComparison::vacancies(db, mine, saved), &window);
            d.show();
            QApplication::processEvents();
            save(&d, out, QStringLiteral("edit-conflict-vacancy"));
        }
    }
    {
        // Next year's further-training plan-graph, saved by another methodist
        // while this one moved teachers of the proposal: the lines that differ.
        Database &db = window.context().db();
        const int year = QDate::currentDate().year() + 1;
        SavedPlanGraph<TrainingPlanEntry> saved = TrainingPlanRepository(db).read(year);
        if (!saved.saved)
            saved.lines = TrainingReports::planData(db, year).entries;
        SavedPlanGraph<TrainingPlanEntry> mine = saved;
        for (int i = 0; i < mine.lines.size() && i < 12; i += 3)
            mine.lines[i].plannedYear = mine.lines[i].plannedYear == year ? year + 1 : year;
        if (!saved.lines.isEmpty()) {
            saved.lines[1].topic = QStringLiteral("Функциональная грамотность: читательская");
            saved.lines.removeLast();
        }
        ConflictDialog d(QCoreApplication::translate("PlanGraphVersion", "%1 was saved by another user after you "
                                                                         "opened it; your changes were not saved.")
                             .arg(PlanGraphVersion::name(PlanGraphVersion::Kind::Training, year)),
                         RecordComparison::trainingPlans(db, mine, saved), &window);
        d.show();
        QApplication::processEvents();
        save(&d, out, QStringLiteral("edit-conflict-plan-graph"));
    }

    window.showArea(QStringLiteral("organisations"));
    save(&window, out, QStringLiteral("organisations"));
    {
        // The card of a large school: its young teachers and mentors.
        QTableView *orgs = window.findChild<OrganisationsPage *>()->view();
        for (int r = 0; r < orgs->model()->rowCount(); ++r) {
            if (orgs->model()->index(r, 1).data().toString() == QStringLiteral("СОШ № 1")) {
                orgs->setCurrentIndex(orgs->model()->index(r, 0));
                break;
            }
        }
        save(&window, out, QStringLiteral("organisations-card"));
        // Its end: sites and vacancies, its teachers on the tracks, their practices.
        if (auto *card = window.findChild<OrganisationsPage *>()->findChild<QTextBrowser *>()) {
            card->verticalScrollBar()->setValue(card->verticalScrollBar()->maximum());
            save(&window, out, QStringLiteral("organisations-card-end"));
        }
    }
    window.showArea(QStringLiteral("training"));
    for (int tab = 0; tab < window.findChild<TrainingPage *>()->tabs()->count(); ++tab) {
        window.findChild<TrainingPage *>()->tabs()->setCurrentIndex(tab);
        save(&window, out, QStringLiteral("training-%1").arg(tab));
    }
    // The tracks of development: one track's teachers, then the dialog of a track.
    {
        TracksTab *tracks = window.findChild<TrainingPage *>()->tracks();
        window.findChild<TrainingPage *>()->tabs()->setCurrentWidget(tracks);
        QApplication::processEvents();
        tracks->tracksView()->selectRow(1);
        // The view relays its columns on timers of its own: let them run as the next frames would.
        for (QElapsedTimer settle; !settle.isValid() || settle.elapsed() < 100;) {
            if (!settle.isValid())
                settle.start();
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        save(&window, out, QStringLiteral("training-tracks-one"));
        QTimer::singleShot(300, [&] {
            if (auto *d = qobject_cast<TrackDialog *>(QApplication::activeModalWidget())) {
                save(d, out, QStringLiteral("track-dialog"));
                d->reject();
            }
        });
        tracks->editTrack();
    }
    {
        // File → «Подключиться к серверу...» after the server refused: its words in the dialog.
        ServerConnectDialog::remember(ConnectionSpec::postgres(QStringLiteral("imc-server"), 5432,
                                                               QStringLiteral("profrost"), QStringLiteral("metodist")));
        ServerConnectDialog d(&window, QStringLiteral("Cannot open metodist@imc-server:5432/profrost: connection to "
                                                      "server at \"imc-server\" (10.0.0.5), port 5432 failed: "
                                                      "fe_sendauth: no password supplied"));
        d.show();
        QApplication::processEvents();
        save(&d, out, QStringLiteral("server-connect-dialog"));
    }
    // The plan-graph with an edit pending.
    PlanTab *plan = window.findChild<TrainingPage *>()->plan();
    window.findChild<TrainingPage *>()->tabs()->setCurrentWidget(plan);
    TrainingPlanModel *model = plan->model();
    model->setData(model->index(0, TrainingPlanModel::YearColumn), plan->firstYear() + 2);
    save(&window, out, QStringLiteral("training-plan-edited"));
    // The print preview, as the methodist sees it before printing.
    QTimer::singleShot(1500, [&out] {
        if (QWidget *preview = QApplication::activeModalWidget()) {
            save(preview, out, QStringLiteral("training-plan-preview"));
            preview->close();
        }
    });
    const TrainingPlanDocumentData planData = model->documentData();
    DocumentOutput::preview(&window, TrainingPlanDocument::title(plan->firstYear()),
                            [planData] { return TrainingPlanDocument::build(planData); });
    window.showArea(QStringLiteral("attestation"));
    for (int tab = 0; tab < window.findChild<AttestationPage *>()->tabs()->count(); ++tab) {
        window.findChild<AttestationPage *>()->tabs()->setCurrentIndex(tab);
        save(&window, out, QStringLiteral("attestation-%1").arg(tab));
    }
    window.showArea(QStringLiteral("diagnostics"));
    {
        DiagnosticsPage *diagnostics = window.findChild<DiagnosticsPage *>();
        diagnostics->tabs()->setCurrentWidget(diagnostics->results());
        save(&window, out, QStringLiteral("diagnostics"));
        // The deficit map by organisation, a cell's teachers listed; then by subject.
        diagnostics->tabs()->setCurrentWidget(diagnostics->deficitMap());
        DeficitMapTab *map = diagnostics->deficitMap();
        map->chooseGrouping(DeficitGrouping::Organisation);
        map->chooseScope(0);
        map->mapView()->setCurrentIndex(map->mapModel()->index(0, 1));
        save(&window, out, QStringLiteral("deficit-map"));
        map->chooseGrouping(DeficitGrouping::Subject);
        map->mapView()->setCurrentIndex(map->mapModel()->index(2, map->mapModel()->columnCount() - 1));
        save(&window, out, QStringLiteral("deficit-map-subjects"));
        map->chooseScope(DeficitMapTab::kPeriod);
        save(&window, out, QStringLiteral("deficit-map-period"));
        map->chooseGrouping(DeficitGrouping::Organisation);
        map->chooseScope(0);
        // A route made from a teacher's deficits, with the catalogue's courses suggested.
        {
            const QHash<qint64, QList<DiagnosisResult>> all = DiagnosisRepository(*raw).allResults();
            const DeficitThresholds thresholds = SettingsRepository(*raw).deficitThresholds();
            qint64 teacher = 0; // the first by id with two deficits: the same teacher every run
            for (auto it = all.cbegin(); it != all.cend(); ++it) {
                if (DeficitRules::currentDeficits(*it, thresholds).size() >= 2 && (teacher == 0 || it.key() < teacher))
                    teacher = it.key();
            }
            AppContext routeCtx(*raw);
            IndividualRoute route;
            route.teacherId = teacher;
            route.startYear = DateText::academicYearStart(routeCtx.today());
            route.deficits = DeficitRules::currentDeficits(all.value(teacher), thresholds);
            route.goal = QStringLiteral("Освоить цифровые инструменты и приёмы формирующего оценивания на уроке");
            route.tasks = QStringLiteral("Изучить цифровые сервисы для уроков\nПровести открытый урок с ЦОР");
            route.curator = QStringLiteral("Белова И.Г.");
            RouteActivity self;
            self.kind = RouteActivityKind::SelfEducation;
            self.title = QStringLiteral("Цифровые образовательные ресурсы на уроке");
            self.starts = QDate(route.startYear, 11, 1);
            self.ends = QDate(route.startYear, 12, 20);
            self.expectedResult = QStringLiteral("подборка ЦОР по предмету");
            self.evidence = QStringLiteral("выступление на заседании ШМО");
            route.activities << self;
            RouteDialog dialog(routeCtx, [](const IndividualRoute &) { return QString(); }, &window);
            dialog.setRoute(route, TeacherRepository(*raw).nameOf(teacher),
                            DeficitRules::latestScores(all.value(teacher)));
            for (int row = 0; row < dialog.suggested().size(); ++row) {
                if (dialog.suggested().at(row).run) {
                    dialog.addSuggestion(row, true);
                    break;
                }
            }
            dialog.show();
            save(&dialog, out, QStringLiteral("route-dialog"));
            ActivityDialog activity(TrainingRepository(*raw).programmes(), &window);
            activity.setActivity(dialog.route().activities.constLast());
            activity.show();
            save(&activity, out, QStringLiteral("route-activity-dialog"));
            dialog.hide();
            activity.hide();
            RouteRepository(*raw).save(dialog.route());
            diagnostics->tabs()->setCurrentWidget(diagnostics->routes());
            diagnostics->routes()->reload();
            save(&window, out, QStringLiteral("routes"));
            GroupRouteDialog group(routeCtx, route.startYear, &window);
            group.show();
            save(&group, out, QStringLiteral("route-group-dialog"));
            group.hide();
        }
        // What the routes changed: by area, by programme, by organisation, by teacher.
        {
            diagnostics->tabs()->setCurrentWidget(diagnostics->effect());
            EffectTab *effect = diagnostics->effect();
            effect->reload();
            const QList<std::pair<EffectModel::View, QString>> views{
                {EffectModel::View::ByArea, QStringLiteral("effect-areas")},
                {EffectModel::View::ByProgramme, QStringLiteral("effect-programmes")},
                {EffectModel::View::ByOrganisation, QStringLiteral("effect-organisations")},
                {EffectModel::View::ByTeacher, QStringLiteral("effect-teachers")}};
            for (const auto &[view, name] : views) {
                effect->chooseView(view);
                save(&window, out, name);
            }
            effect->chooseView(EffectModel::View::ByArea);
            // The card of the teacher with the most areas measured.
            QHash<qint64, int> measured;
            qint64 best = 0;
            if (const RouteEffect *e = effect->model()->effect()) {
                for (const ScoreChange &c : e->byTeacher) {
                    if (++measured[c.teacherId] > measured.value(best))
                        best = c.teacherId;
                }
            }
            window.showArea(QStringLiteral("teachers"));
            if (best != 0 && RecordView::selectId(table, best)) {
                // The card's diagnostics: scrolled to the before/after bars.
                if (auto *card = window.findChild<TeachersPage *>()->findChild<QTextBrowser *>()) {
                    card->find(QCoreApplication::translate("TeacherCard", "Before and after the route"));
                    card->ensureCursorVisible();
                    QTextCursor plain = card->textCursor();
                    plain.clearSelection();
                    card->setTextCursor(plain);
                    QScrollBar *bar = card->verticalScrollBar();
                    bar->setValue(bar->value() + card->cursorRect().top() - 8);
                }
                save(&window, out, QStringLiteral("teachers-card-effect"));
            }
            window.showArea(QStringLiteral("diagnostics"));
        }
        diagnostics->tabs()->setCurrentWidget(diagnostics->results());
        // The first self-assessment (the page opens on the newest diagnosis),
        // then the dialogs of a diagnosis and of a result entered by hand.
        ResultsTab *page = diagnostics->results();
        page->campaigns()->setCurrentIndex(0);
        save(&window, out, QStringLiteral("diagnostics-first"));
        AppContext diagnosisCtx(*raw);
        const QList<DiagnosisCampaign> campaigns = DiagnosisRepository(*raw).campaigns();
        CampaignDialog campaign([](const DiagnosisCampaign &) { return QString(); }, &window);
        campaign.setCampaign(campaigns.constFirst());
        campaign.show();
        save(&campaign, out, QStringLiteral("diagnosis-campaign-dialog"));
        campaign.hide();
        const QList<DiagnosisResult> results = DiagnosisRepository(*raw).resultsOfCampaign(campaigns.constFirst().id);
        ResultDialog result(diagnosisCtx, campaigns.constFirst(), SettingsRepository(*raw).deficitThresholds(),
                            [](const DiagnosisResult &) { return QString(); }, &window);
        result.setResult(results.constFirst(), TeacherRepository(*raw).nameOf(results.constFirst().teacherId));
        result.show();
        save(&result, out, QStringLiteral("diagnosis-result-dialog"));
        result.hide();
    }
    window.showArea(QStringLiteral("associations"));
    save(&window, out, QStringLiteral("associations"));
    {
        // The РМО's plans and protocols, then the editing dialogs on its data.
        AssociationsPage *page = window.findChild<AssociationsPage *>();
        const QList<Association> all = AssociationRepository(*raw).all();
        page->selectAssociation(all.constFirst().id);
        for (int tab = 1; tab < page->tabs()->count(); ++tab) {
            page->tabs()->setCurrentIndex(tab);
            save(&window, out, QStringLiteral("associations-%1").arg(tab));
        }
        AppContext ctx(*raw);
        QHash<qint64, QString> names;
        for (const TeacherRow &r : TeacherRepository(*raw).rows(QDate::currentDate()))
            names.insert(r.id, r.fullName());
        AssociationDialog association(ctx, AssociationEditing::read(ctx, all.constFirst().id), names, &window);
        association.show();
        save(&association, out, QStringLiteral("association-dialog"));
        association.hide();
        const QList<MethodicalPlan> plans = PlanRepository(*raw).plansOf(all.constFirst().id);
        PlanEditorDialog plan(ctx, PlanRepository(*raw).get(plans.constFirst().id), &window);
        plan.show();
        save(&plan, out, QStringLiteral("plan-editor"));
        plan.hide();
        for (const MethodicalPlan &header : PlanRepository(*raw).headers()) {
            if (header.kind != PlanKind::Roadmap)
                continue;
            PlanEditorDialog roadmap(ctx, PlanRepository(*raw).get(header.id), &window);
            roadmap.show();
            save(&roadmap, out, QStringLiteral("roadmap-editor"));
            break;
        }
        const QList<Meeting> meetings = MeetingRepository(*raw).meetingsOf(all.constFirst().id);
        MeetingDialog meeting(ctx, meetings.constLast(), &window);
        meeting.show();
        for (int tab = 0; tab < meeting.tabs()->count(); ++tab) {
            meeting.tabs()->setCurrentIndex(tab);
            save(&meeting, out, QStringLiteral("meeting-dialog-%1").arg(tab));
        }
        meeting.hide();
        ShmoHintsDialog hints(AssociationReports::shmoHints(*raw), &window);
        hints.show();
        save(&hints, out, QStringLiteral("shmo-hints"));
        hints.hide();
    }
    window.showArea(QStringLiteral("mentoring"));
    {
        // Young teachers and mentoring: the three tabs, then the pair dialog
        // for the first young teacher without support, a mentor chosen.
        MentoringPage *mentoring = window.findChild<MentoringPage *>();
        mentoring->reload();
        for (int tab = 0; tab < mentoring->tabs()->count(); ++tab) {
            mentoring->tabs()->setCurrentIndex(tab);
            save(&window, out, QStringLiteral("mentoring-%1").arg(tab));
        }
        mentoring->tabs()->setCurrentIndex(0);
        mentoring->youngTeachers()->onlyUnsupported()->setChecked(true);
        save(&window, out, QStringLiteral("mentoring-unsupported"));
        mentoring->youngTeachers()->onlyUnsupported()->setChecked(false);
        const auto lines = mentoring->lines();
        AppContext mentoringCtx(*raw);
        MentorshipDialog pair(
            mentoringCtx, [](const Mentorship &) { return QString(); },
            [&lines](qint64 id) { return lines->nameOf(id); },
            [](qint64) { return QCoreApplication::translate("MentoringPage", "Mentees on %1: %2.")
                                  .arg(QStringLiteral("03.12.2026")).arg(2); },
            &window);
        for (const YoungTeacher &y : lines->young) {
            if (!y.supported() && !lines->mentors.isEmpty()) {
                pair.setMentee(y.teacherId);
                pair.setMentor(lines->mentors.constFirst().mentorId);
                break;
            }
        }
        pair.goalsEdit()->setPlainText(QStringLiteral("Адаптация в коллективе; структура современного урока по ФГОС"));
        pair.show();
        save(&pair, out, QStringLiteral("mentorship-dialog"));
        pair.hide();
        // The card of a young teacher with a mentor, scrolled to its mentoring.
        for (const YoungTeacher &y : lines->young) {
            if (y.mentorships.isEmpty())
                continue;
            window.showArea(QStringLiteral("teachers"));
            if (RecordView::selectId(table, y.teacherId)) {
                if (auto *card = window.findChild<TeachersPage *>()->findChild<QTextBrowser *>()) {
                    card->find(QCoreApplication::translate("TeacherCard", "Mentoring"));
                    card->ensureCursorVisible();
                    QTextCursor plain = card->textCursor();
                    plain.clearSelection();
                    card->setTextCursor(plain);
                    QScrollBar *bar = card->verticalScrollBar();
                    bar->setValue(bar->value() + card->cursorRect().top() - 8);
                }
                save(&window, out, QStringLiteral("teachers-card-mentoring"));
            }
            window.showArea(QStringLiteral("mentoring"));
            break;
        }
    }
    window.showArea(QStringLiteral("events"));
    {
        // Events: the year's list, its counts, an event's dialog with its
        // participants after a pasted list with an unknown and an ambiguous name.
        EventsPage *events = window.findChild<EventsPage *>();
        events->reload();
        events->tabs()->setCurrentIndex(0);
        save(&window, out, QStringLiteral("events-0"));
        events->tabs()->setCurrentIndex(1);
        save(&window, out, QStringLiteral("events-1"));
        events->tabs()->setCurrentIndex(0);
        AppContext eventCtx(*raw);
        EventDialog dialog(eventCtx, [](const MethodicalEvent &) { return QString(); }, &window);
        const EventListModel *list = events->model();
        for (int r = 0; r < list->rowCount(); ++r) {
            if (list->eventAt(r)->kind == EventKind::Seminar) {
                dialog.setEvent(*list->eventAt(r));
                break;
            }
        }
        dialog.show();
        save(&dialog, out, QStringLiteral("event-dialog"));
        dialog.tabs()->setCurrentIndex(1);
        const QList<TeacherRow> rows = TeacherRepository(*raw).rows(QDate::currentDate());
        dialog.people()->addPasted(rows.at(40).fullName() + QStringLiteral("\n") + rows.at(41).surname
                                   + QStringLiteral(" ") + rows.at(41).name.left(1) + QStringLiteral(".")
                                   + rows.at(41).patronymic.left(1) + QStringLiteral(".\nСмирнов Иван Иванович"));
        save(&dialog, out, QStringLiteral("event-dialog-participants"));
        dialog.hide();
        // The year's competitions and one of them open.
        events->tabs()->setCurrentWidget(events->competitions());
        events->competitions()->reload();
        save(&window, out, QStringLiteral("events-competitions"));
        CompetitionDialog competition(eventCtx, [](const Competition &) { return QString(); }, &window);
        if (const Competition *first = events->competitions()->model()->competitionAt(0))
            competition.setCompetition(*first);
        competition.show();
        save(&competition, out, QStringLiteral("competition-dialog"));
        competition.hide();
        events->tabs()->setCurrentIndex(0);
    }
    window.showArea(QStringLiteral("sites"));
    if (auto *sites = window.findChild<SitesPage *>()) {
        // Sites and staffing (issue 15): the sites of the year, a site's dialog, the vacancies.
        sites->tabs()->setCurrentIndex(0);
        QApplication::processEvents();
        save(&window, out, QStringLiteral("sites"));
        AppContext sitesCtx(*raw);
        SiteDialog site(sitesCtx, [](const InnovationSite &) { return QString(); }, &window);
        const QList<InnovationSite> all = SiteRepository(*raw).all();
        for (const InnovationSite &one : all) {
            if (!one.people.isEmpty() && !one.reports.isEmpty()) {
                site.setSite(one);
                break;
            }
        }
        site.show();
        save(&site, out, QStringLiteral("site-dialog"));
        // Its people, and the picker «Add teachers...» opens over it, filtered.
        if (auto *tabs = site.findChild<QTabWidget *>())
            tabs->setCurrentIndex(1);
        save(&site, out, QStringLiteral("site-dialog-people"));
        {
            TeacherPickerDialog picker(sitesCtx, &site);
            picker.filterEdit()->setText(QString::fromUtf8("ова"));
            picker.show();
            save(&picker, out, QStringLiteral("site-teacher-picker"));
        }
        site.hide();
        sites->tabs()->setCurrentIndex(1);
        QApplication::processEvents();
        save(&window, out, QStringLiteral("vacancies"));
        // A vacancy's form (post and subject offered), and «Mark filled...».
        VacancyDialog vacancy(sitesCtx, [](const Vacancy &) { return QString(); }, &window);
        vacancy.show();
        save(&vacancy, out, QStringLiteral("vacancy-dialog"));
        vacancy.hide();
        FillVacancyDialog fill(sitesCtx, TeacherRepository(*raw).fullNames(), &window);
        fill.show();
        save(&fill, out, QStringLiteral("fill-vacancy-dialog"));
        fill.hide();
        sites->tabs()->setCurrentIndex(0);
    }
    window.showArea(QStringLiteral("practices"));
    if (auto *practices = window.findChild<PracticesPage *>()) {
        // The bank of practices (issue 15): a search in other word forms, a practice's dialog.
        practices->searchBox()->setText(QString::fromUtf8("функциональной грамотности"));
        practices->search();
        QApplication::processEvents();
        save(&window, out, QStringLiteral("practices"));
        AppContext practiceCtx(*raw);
        PracticeDialog practice(practiceCtx, [](const Practice &) { return QString(); }, &window);
        for (const Practice &one : PracticeRepository(*raw).all()) {
            if (!one.files.isEmpty()) {
                practice.setPractice(one);
                break;
            }
        }
        practice.show();
        save(&practice, out, QStringLiteral("practice-dialog"));
        practice.hide();
    }
    window.showArea(QStringLiteral("teachers"));

    // Settings → «Организация (ИМЦ)»: the demo's card.
    CentreCardDialog centre(*raw, false, &window);
    centre.show();
    save(&centre, out, QStringLiteral("centre-card"));
    centre.hide();

    DictionaryRepository dict(*raw);
    TeacherRepository teachers(*raw);
    const QList<TeacherRow> rows = teachers.rows(QDate::currentDate());
    TeacherDialog dialog(OrganisationRepository(*raw).all(), dict.positions(), dict.subjects(), QDate::currentDate(),
                         [](const Teacher &) { return QString(); }, &window);
    Teacher t = teachers.get(rows.at(5).id);
    t.snils = QStringLiteral("112-233-445 00");
    dialog.setTeacher(t);
    dialog.show();
    dialog.accept(); // shows the field messages
    save(&dialog, out, QStringLiteral("teacher-dialog"));
    dialog.hide();

    AppContext ctx(*raw);
    {
        // Registry → Dictionaries, the competency areas' tab with an area added.
        DictionariesDialog dictionaries(ctx, &window);
        dictionaries.addArea(QString::fromUtf8("Управленческая"));
        if (auto *tabs = dictionaries.findChild<QTabWidget *>())
            tabs->setCurrentIndex(tabs->count() - 1);
        dictionaries.show();
        save(&dictionaries, out, QStringLiteral("dictionaries-areas"));
        dictionaries.hide();
    }
    ImportDialog import(ctx, QStringLiteral(PROFROST_TEST_DATA_DIR) + QStringLiteral("/import/teachers_bad.csv"), &window);
    import.show();
    save(&import, out, QStringLiteral("import-preview"));
    import.hide();

    // A column the program does not recognise, before and after it is assigned.
    ImportDialog columns(ctx, QStringLiteral(PROFROST_TEST_DATA_DIR) + QStringLiteral("/import/teachers_staff_post.csv"),
                         &window);
    columns.show();
    save(&columns, out, QStringLiteral("import-columns"));
    if (QComboBox *post = columns.columnAssignments()->comboFor(QStringLiteral("Должность по штатному расписанию"))) {
        post->setCurrentIndex(post->findData(QStringLiteral("Должность")));
        emit post->activated(post->currentIndex()); // as the user's choice
    }
    save(&columns, out, QStringLiteral("import-columns-assigned"));
    columns.accept(); // imported: the assignment is remembered
    ImportDialog remembered(ctx, QStringLiteral(PROFROST_TEST_DATA_DIR) + QStringLiteral("/import/teachers_staff_post.csv"),
                            &window);
    remembered.show();
    save(&remembered, out, QStringLiteral("import-columns-remembered"));
    remembered.hide();

    // A registry as schools send it: a title line, Windows-1251, their own
    // spelling of the schools and an unrecognised post column.
    ImportDialog titled(ctx, QStringLiteral(PROFROST_TEST_DATA_DIR) + QStringLiteral("/import/registry_titled_cp1251.csv"),
                        &window);
    titled.show();
    if (QComboBox *post = titled.columnAssignments()->comboFor(QStringLiteral("Должность по штатному расписанию"))) {
        post->setCurrentIndex(post->findData(QStringLiteral("Должность")));
        emit post->activated(post->currentIndex());
    }
    save(&titled, out, QStringLiteral("import-titled"));
    return 0;
}
