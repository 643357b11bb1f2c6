// The registry benchmark (not a test): builds a region-sized database and
// times what a user waits for. Run: build/tests/profrost_bench [--teachers N]
// Targets on a 2-core machine: page open and a filter keystroke under
// 100 ms, a 50,000-row import under 5 s.

#include "demo/DemoGenerator.h"
#include "indicators_bench.h"
#include "server_bench.h"
#include "practices_bench.h"
#include "io/ImportPipeline.h"
#include "io/TableReader.h"
#include "io/TeacherExport.h"
#include "io/TeacherImporter.h"
#include "planning/DeficitMap.h"
#include "planning/RouteEffect.h"
#include "store/DiagnosisRepository.h"
#include "store/Query.h"
#include "store/Database.h"
#include "store/TeacherRepository.h"
#include "util/Clock.h"

#ifdef PROFROST_BENCH_GUI
#include "attestation/AttestationPlanModel.h"
#include "attestation/AttestationPlanTab.h"
#include "associations/AssociationsPage.h"
#include "diagnostics/DeficitMapModel.h"
#include "diagnostics/DeficitMapTab.h"
#include "diagnostics/EffectTab.h"
#include "diagnostics/RouteListModel.h"
#include "diagnostics/RoutesTab.h"
#include "monitoring/DashboardPage.h"
#include "common/Roles.h"
#include "attestation/RemindersTab.h"
#include "registry/TeacherTableModel.h"
#include "documents/TrainingReports.h"
#include "store/TrainingRepository.h"
#include "training/CoursesTab.h"
#include "training/PlanTab.h"
#include "training/TrainingPlanModel.h"
#include "registry/TeachersPage.h"
#include "shell/AppContext.h"
#include <QApplication>
#include <QMainWindow>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTimer>
#include <QTableWidget>
#include <QLineEdit>
#include <QTableView>
#else
#include <QCoreApplication>
#endif

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace profrost;

namespace {

QTextStream out(stdout);

template <typename F>
double timed(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return double(timer.nsecsElapsed()) / 1e6;
}

void report(const QString &what, double ms, double targetMs = 0)
{
    out << QStringLiteral("%1 %2 ms").arg(what, -44).arg(ms, 9, 'f', 1);
    if (targetMs > 0)
        out << QStringLiteral("   (target < %1 ms: %2)").arg(targetMs).arg(ms < targetMs ? QStringLiteral("ok") : QStringLiteral("SLOW"));
    out << Qt::endl;
}

#ifdef PROFROST_BENCH_GUI
// The bare Qt window the cold start is compared with: a QMainWindow of the
// same size that prints when its first frame is painted, as profrost does
// with PROFROST_EXIT_AFTER_FIRST_FRAME.
class FirstFrame : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, [] {
                std::printf("first frame\n");
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

int bareWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800);
    FirstFrame filter;
    window.installEventFilter(&filter);
    window.show();
    return app.exec();
}

// Milliseconds from starting `program` to the line it prints after its
// first frame (the process's own start-up included), the median of `runs`.
double coldStart(const QString &program, const QStringList &args, int runs = 3)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir config; // the user's settings stay untouched, and no state is remembered
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PROFROST_EXIT_AFTER_FIRST_FRAME"), QStringLiteral("1"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), config.path());
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(program, args);
        double ms = -1;
        while (ms < 0 && process.waitForReadyRead(120000)) {
            if (process.readAllStandardOutput().contains("first frame"))
                ms = double(timer.nsecsElapsed()) / 1e6;
        }
        process.waitForFinished(120000);
        if (ms < 0)
            return -1;
        times << ms;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}
#endif

// The store's own speed on the same file: the sqlite3 shell's .import into
// one table (no checks, no keys). -1 when the shell is missing.
double sqliteShellImport(const QString &csv, const QString &database)
{
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), {database});
    if (!shell.waitForStarted())
        return -1;
    shell.write(QStringLiteral(".separator \";\"\n.import '%1' teachers\n").arg(csv).toUtf8());
    shell.closeWriteChannel();
    if (!shell.waitForFinished(120000) || shell.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

// The deficit map's aggregate as one statement: each teacher's latest score
// per area, their organisations on `day`, the deficits counted per cell.
QString deficitMapSql(QDate day, const DeficitThresholds &t)
{
    const QString iso = day.toString(Qt::ISODate);
    return QStringLiteral(
               "WITH latest AS (SELECT r.teacher_id, s.area, s.percent_x100, ROW_NUMBER() OVER ("
               " PARTITION BY r.teacher_id, s.area ORDER BY r.taken_on DESC, r.id DESC) AS n"
               " FROM diagnosis_result r JOIN diagnosis_score s ON s.result_id = r.id),"
               " places AS (SELECT DISTINCT e.teacher_id, e.organisation_id FROM employment e"
               " WHERE (e.hired IS NULL OR e.hired <= '%1') AND (e.dismissed IS NULL OR e.dismissed > '%1'))"
               " SELECT p.organisation_id, l.area, COUNT(*), SUM(l.percent_x100 < CASE WHEN"
               " l.area = 'functional_literacy' THEN %2 ELSE %3 END)"
               " FROM latest l JOIN places p ON p.teacher_id = l.teacher_id WHERE l.n = 1"
               " GROUP BY p.organisation_id, l.area;\n")
        .arg(iso)
        .arg(t.literacyPassedAt)
        .arg(t.deficitBelow);
}

// What EffectData::read reads, as statements of the sqlite3 shell: the
// routes with their deficits and activities, the scores of their teachers,
// their completed courses and their posts.
QString effectReadSql()
{
    return QStringLiteral(
        "SELECT * FROM route; SELECT * FROM route_deficit; SELECT * FROM route_activity;"
        " SELECT r.*, s.area, s.percent_x100 FROM diagnosis_result r JOIN diagnosis_score s ON s.result_id = r.id"
        " WHERE r.teacher_id IN (SELECT teacher_id FROM route);"
        " SELECT e.* FROM enrolment e WHERE e.teacher_id IN (SELECT teacher_id FROM route);"
        " SELECT e.* FROM employment e WHERE e.teacher_id IN (SELECT teacher_id FROM route);"
        " SELECT id, surname, name, patronymic FROM teacher;\n");
}

// Adds a ЦНППМ diagnosis (five areas, in the last academic year's spring)
// for the teachers with fewer than two results, until there are two per teacher.
void topUpResults(Database &db, QDate today)
{
    const int teachers = TeacherRepository(db).count();
    int results = Query(db, QStringLiteral("SELECT COUNT(*) FROM diagnosis_result")).scalar().toInt();
    const QHash<qint64, int> counts = [&] {
        QHash<qint64, int> c;
        Query q(db, QStringLiteral("SELECT teacher_id, COUNT(*) FROM diagnosis_result GROUP BY teacher_id"));
        q.exec();
        while (q.next())
            c.insert(q.id(0), q.value(1).toInt());
        return c;
    }();
    const QList<CompetencyArea> areas{CompetencyArea::Subject, CompetencyArea::Methodical,
                                      CompetencyArea::Psychological, CompetencyArea::Communicative,
                                      CompetencyArea::Digital};
    Transaction transaction(db);
    DiagnosisRepository repo(db);
    DiagnosisCampaign centre;
    centre.name = QStringLiteral("Диагностика ЦНППМ");
    centre.kind = DiagnosisKind::Centre;
    centre.starts = QDate(today.year(), 3, 2).addYears(today.month() >= 9 ? 0 : -1);
    centre.ends = centre.starts.addDays(30);
    centre.areas = areas;
    const qint64 campaign = repo.addCampaign(centre);
    Query ids(db, QStringLiteral("SELECT id FROM teacher ORDER BY id"));
    ids.exec();
    while (results < 2 * teachers && ids.next()) {
        const qint64 teacher = ids.id(0);
        if (counts.value(teacher) >= 2)
            continue;
        DiagnosisResult r;
        r.campaignId = campaign;
        r.teacherId = teacher;
        r.takenOn = centre.starts.addDays(int(teacher % 30));
        for (int i = 0; i < areas.size(); ++i)
            r.scores << AreaScore{areas.at(i), int((teacher * 37 + i * 1301) % 6000) + 3000};
        repo.saveResult(r);
        ++results;
    }
    transaction.commit();
}

// The sqlite3 shell running `sql` on the database: its start included, as
// a user's script would pay it. -1 when the shell is missing or fails.
double sqliteShellQuery(const QString &sql, const QString &database)
{
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), database});
    if (!shell.waitForStarted())
        return -1;
    shell.write(sql.toUtf8());
    shell.closeWriteChannel();
    if (!shell.waitForFinished(120000) || shell.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of this process so far, in ms: on a machine shared with builds
// the wall clock of a phase says more about the neighbours than about it.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// Peak resident memory of this process so far (ru_maxrss is in KiB on Linux).
double peakMemoryMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef PROFROST_BENCH_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc > 1 && qstrcmp(argv[1], "--bare-window") == 0)
        return bareWindow(argc, argv);
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCommandLineParser parser;
    const QCommandLineOption teachersOption(QStringLiteral("teachers"), QStringLiteral("Teachers in the database."),
                                            QStringLiteral("N"), QStringLiteral("50000"));
    parser.addOption(teachersOption);
    const QCommandLineOption importOnlyOption(QStringLiteral("import-only"),
                                              QStringLiteral("Time only the export and the import of the registry."));
    parser.addOption(importOnlyOption);
    const QCommandLineOption qtsqlWritesOption(QStringLiteral("qtsql-writes"),
                                               QStringLiteral("Write the import's new rows through QtSql, as before "
                                                              "BulkInsert bound them through the sqlite3 handle."));
    parser.addOption(qtsqlWritesOption);
    const QCommandLineOption indicatorsOption(QStringLiteral("indicators"),
                                              QStringLiteral("Time only the monitoring indicators, on a region "
                                                             "(the demo topped up to 2,500 organisations, 300,000 "
                                                             "course records and 100,000 diagnosis results)."));
    parser.addOption(indicatorsOption);
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("With --indicators or --server: a database to use (topped up in place) "
                                                           "instead of a new demo."),
                                            QStringLiteral("FILE"));
    parser.addOption(databaseOption);
    const QCommandLineOption practicesOption(QStringLiteral("practices"),
                                             QStringLiteral("Time only the bank of practices' full-text search, on "
                                                            "a bank of --bank-size practices (beside the sqlite3 "
                                                            "shell's floor; target < 50 ms)."));
    parser.addOption(practicesOption);
    const QCommandLineOption bankSizeOption(QStringLiteral("bank-size"),
                                            QStringLiteral("With --practices: practices in the bank."),
                                            QStringLiteral("N"), QStringLiteral("10000"));
    parser.addOption(bankSizeOption);
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("Time the region on this PostgreSQL server's database "
                                                         "(made or replaced) beside the same region in a file "
                                                         "(--database, else a new demo topped up to a region)."),
                                          QStringLiteral("URL"));
    parser.addOption(serverOption);
    parser.addHelpOption();
    parser.process(app);
    const int teachers = parser.value(teachersOption).toInt();
    const QDate today = Clock::instance().today();

    if (parser.isSet(practicesOption))
        return practices_bench::run(parser.value(bankSizeOption).toInt(), out);

    if (parser.isSet(indicatorsOption) || parser.isSet(serverOption)) {
        QTemporaryDir scratch;
        const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                          : scratch.filePath(QStringLiteral("bench.sqlite"));
        Database db(path);
        db.open();
        if (!parser.isSet(databaseOption)) {
            DemoOptions options;
            options.teachers = teachers;
            options.seed = 1;
            options.today = today;
            report(QStringLiteral("demo database, %1 teachers").arg(teachers),
                   timed([&] { DemoGenerator::generate(db, options); }));
        }
        indicators_bench::topUpToRegion(db, today, out);
        if (parser.isSet(serverOption))
            return server_bench::run(db, parser.value(serverOption), today, out);
        indicators_bench::run(db, today, out);
        return 0;
    }

    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("bench.sqlite")));
    db.open();
    DemoOptions options;
    options.teachers = teachers;
    options.seed = 1;
    options.today = today;
    report(QStringLiteral("demo database, %1 teachers").arg(teachers), timed([&] { DemoGenerator::generate(db, options); }));

    // A region holds about two results per teacher (issue 13: 100,000 for
    // 50,000): the demo's self-assessments and literacy give 1.6, so a
    // centre's diagnosis (ЦНППМ) of the teachers with fewer than two tops it up.
    report(QStringLiteral("top up to two diagnosis results per teacher"), timed([&] { topUpResults(db, today); }));

    QList<TeacherRow> rows;
    report(QStringLiteral("load the teachers table (3 queries)"), timed([&] { rows = TeacherRepository(db).rows(today); }));

    {
        // The deficit map of everyone's latest results by organisation: what
        // its tab reads on a worker thread, then groups on the GUI thread.
        DeficitMapData mapData;
        const double read = timed([&] { mapData = DeficitMapData::read(db, {}, today); });
        const int results = Query(db, QStringLiteral("SELECT COUNT(*) FROM diagnosis_result")).scalar().toInt();
        report(QStringLiteral("deficit map: read %1 results, %2 teachers").arg(results).arg(mapData.teachers.size()), read);
        DeficitMap map;
        const double grouped = timed([&] { map = DeficitMapBuilder::build(mapData, DeficitGrouping::Organisation); });
        report(QStringLiteral("deficit map: group by organisation (%1 rows)").arg(map.rows.size()), grouped, 50);
        const double shell = sqliteShellQuery(deficitMapSql(today, mapData.thresholds), db.path());
        if (shell > 0) {
            report(QStringLiteral("  sqlite3 shell, the same aggregate (floor)"), shell);
            out << QStringLiteral("%1 %2 x").arg(QStringLiteral("  deficit map read / sqlite3 floor"), -44)
                       .arg(read / shell, 9, 'f', 1)
                << Qt::endl;
        }
    }
    {
        // What the routes changed: every route, the results and completed
        // courses of their teachers, read and computed on a worker thread.
        EffectData effectData;
        const double read = timed([&] { effectData = EffectData::read(db, today); });
        report(QStringLiteral("route effect: read %1 routes").arg(effectData.routes.size()), read);
        RouteEffect effect;
        const double built = timed([&] { effect = RouteEffectBuilder::build(effectData); });
        report(QStringLiteral("route effect: compute (%1 teachers measured)").arg(effect.teachers), built);
        const double shell = sqliteShellQuery(effectReadSql(), db.path());
        if (shell > 0) {
            report(QStringLiteral("  sqlite3 shell, the same rows read (floor)"), shell);
            out << QStringLiteral("%1 %2 x").arg(QStringLiteral("  route effect read / sqlite3 floor"), -44)
                       .arg(read / shell, 9, 'f', 1)
                << Qt::endl;
        }
    }

#ifdef PROFROST_BENCH_GUI
    if (!parser.isSet(importOnlyOption)) {
        AppContext ctx(db);
        TeachersPage *page = nullptr;
        // The page shows at once and fills from a background thread.
        double filled = 0;
        QElapsedTimer sinceOpen;
        sinceOpen.start();
        report(QStringLiteral("open the teachers page (first frame)"), timed([&] {
                   page = new TeachersPage(ctx);
                   page->resize(1280, 800);
                   page->show();
                   QApplication::processEvents();
               }),
               100);
        while (page->isLoading() || page->model()->rowCount() == 0)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
        filled = double(sinceOpen.nsecsElapsed()) / 1e6;
        report(QStringLiteral("  ... table filled (background load, %1 rows)").arg(page->model()->rowCount()), filled);
        // A methodist types a surname: every keystroke re-filters the table.
        const QString typed = QString::fromUtf8("иванова");
        double worst = 0, total = 0;
        for (qsizetype i = 1; i <= typed.size(); ++i) {
            const double ms = timed([&] {
                page->filterEdit()->setText(typed.left(i));
                QApplication::processEvents();
            });
            worst = std::max(worst, ms);
            total += ms;
        }
        report(QStringLiteral("filter keystroke, worst of %1 (\"%2\")").arg(typed.size()).arg(typed), worst, 100);
        report(QStringLiteral("filter keystroke, mean"), total / double(typed.size()), 100);
        out << QStringLiteral("  rows shown after typing: %1").arg(page->model()->rowCount()) << Qt::endl;
        report(QStringLiteral("clear the filter"), timed([&] {
                   page->filterEdit()->clear();
                   QApplication::processEvents();
               }),
               100);
        report(QStringLiteral("sort by organisation"), timed([&] {
                   page->view()->sortByColumn(3, Qt::AscendingOrder);
                   QApplication::processEvents();
               }));
        delete page;

        // The planning tabs: what opening them (or changing the year) costs.
        {
            TrainingPlanDocumentData planData;
            report(QStringLiteral("  plan-graph data (teachers, completions, proposal)"),
                   timed([&] { planData = TrainingReports::planData(db, today.year() + 1); }));
            report(QStringLiteral("  plan-graph lines (grouped, sorted)"),
                   timed([&] { (void)TrainingPlanDocument::lines(planData); }));
            PlanTab *plan = nullptr;
            QElapsedTimer planOpened;
            planOpened.start();
            report(QStringLiteral("open the further-training plan-graph tab (first frame)"), timed([&] {
                       plan = new PlanTab(ctx);
                       plan->show();
                       QApplication::processEvents();
                   }),
                   100);
            while (plan->isLoading() || plan->model()->rowCount() == 0)
                QApplication::processEvents(QEventLoop::WaitForMoreEvents);
            report(QStringLiteral("  ... plan filled (worker thread)"), double(planOpened.nsecsElapsed()) / 1e6);
            report(QStringLiteral("  ... %1 teachers in the plan; filter keystroke").arg(plan->model()->rowCount()),
                   timed([&] {
                       plan->filterEdit()->setText(QString::fromUtf8("иванова"));
                       QApplication::processEvents();
                   }),
                   50);
            // Back to all rows: every one filtered and sorted by organisation again.
            report(QStringLiteral("  ... clear the filter"), timed([&] {
                       plan->filterEdit()->clear();
                       QApplication::processEvents();
                   }),
                   100);
            delete plan;
            AttestationPlanTab *attestation = nullptr;
            QElapsedTimer attestationOpened;
            attestationOpened.start();
            report(QStringLiteral("open the 5-year attestation plan tab (first frame)"), timed([&] {
                       attestation = new AttestationPlanTab(ctx);
                       attestation->show();
                       QApplication::processEvents();
                   }),
                   100);
            while (attestation->isLoading() || attestation->model()->rowCount() == 0)
                QApplication::processEvents(QEventLoop::WaitForMoreEvents);
            report(QStringLiteral("  ... plan filled (worker thread)"), double(attestationOpened.nsecsElapsed()) / 1e6);
            report(QStringLiteral("  ... %1 teachers in the plan; show another year").arg(attestation->model()->rowCount()),
                   timed([&] {
                       attestation->setViewYear(attestation->firstYear() + 1);
                       QApplication::processEvents();
                   }),
                   100);
            attestation->setViewYear(0); // all five years: every row is filtered
            QApplication::processEvents();
            report(QStringLiteral("  ... all five years; filter keystroke"), timed([&] {
                       attestation->filterEdit()->setText(QString::fromUtf8("иванова"));
                       QApplication::processEvents();
                   }),
                   50);
            delete attestation;
            RemindersTab *reminders = nullptr;
            QElapsedTimer remindersOpened;
            remindersOpened.start();
            report(QStringLiteral("open the expiring categories tab (first frame)"), timed([&] {
                       reminders = new RemindersTab(ctx);
                       reminders->show();
                       QApplication::processEvents();
                   }),
                   100);
            while (reminders->isLoading() || reminders->items().isEmpty())
                QApplication::processEvents(QEventLoop::WaitForMoreEvents);
            report(QStringLiteral("  ... %1 categories listed (worker thread)").arg(reminders->items().size()),
                   double(remindersOpened.nsecsElapsed()) / 1e6);
            delete reminders;
            AssociationsPage *associations = nullptr;
            QElapsedTimer associationsOpened;
            associationsOpened.start();
            report(QStringLiteral("open the methodical associations page (first frame)"), timed([&] {
                       associations = new AssociationsPage(ctx);
                       associations->show();
                       QApplication::processEvents();
                   }),
                   100);
            while (associations->isLoading() || associations->associations()->model()->rowCount() < 3)
                QApplication::processEvents(QEventLoop::WaitForMoreEvents);
            report(QStringLiteral("  ... list filled (worker thread)"), double(associationsOpened.nsecsElapsed()) / 1e6);
            const qint64 rmo = associations->associations()->model()->index(2, 0).data(IdRole).toLongLong();
            report(QStringLiteral("  ... select another association"), timed([&] {
                       associations->selectAssociation(rmo);
                       QApplication::processEvents();
                   }),
                   100);
            out << QStringLiteral("  associations listed: %1").arg(associations->associations()->model()->rowCount() - 1) << Qt::endl;
            delete associations;
            // The deficit map: the tab shows at once, the map comes from the worker.
            DeficitMapTab *deficits = nullptr;
            QElapsedTimer mapOpened;
            mapOpened.start();
            QSettings().remove(QStringLiteral("diagnostics/mapGrouping")); // by organisation, as at first
            report(QStringLiteral("open the deficit map tab (first frame)"), timed([&] {
                       deficits = new DeficitMapTab(ctx, {});
                       deficits->show();
                       QApplication::processEvents();
                   }),
                   100);
            while (deficits->isLoading() || deficits->mapModel()->rowCount() == 0)
                QApplication::processEvents(QEventLoop::WaitForMoreEvents);
            report(QStringLiteral("  ... map filled (worker thread, %1 rows)").arg(deficits->mapModel()->rowCount()),
                   double(mapOpened.nsecsElapsed()) / 1e6);
            report(QStringLiteral("  ... rows by subject"), timed([&] {
                       deficits->chooseGrouping(DeficitGrouping::Subject);
                       QApplication::processEvents();
                   }),
                   50);
            report(QStringLiteral("  ... click the total of «at least one» (%1 teachers)")
                       .arg(deficits->mapModel()->map().total.anyArea.deficits),
                   timed([&] {
                       deficits->showCell(deficits->mapModel()->rowCount() - 1, deficits->mapModel()->columnCount() - 1);
                       QApplication::processEvents();
                   }),
                   100);
            delete deficits;
            // What the routes changed: the tab shows at once, the figures come from the worker.
            EffectTab *effect = nullptr;
            QElapsedTimer effectOpened;
            effectOpened.start();
            report(QStringLiteral("open the route effect tab (first frame)"), timed([&] {
                       effect = new EffectTab(ctx, {});
                       effect->show();
                       QApplication::processEvents();
                   }),
                   100);
            while (effect->isLoading() || !effect->model()->effect())
                QApplication::processEvents(QEventLoop::WaitForMoreEvents);
            report(QStringLiteral("  ... figures shown (worker thread, %1 teachers)").arg(effect->model()->effect()->teachers),
                   double(effectOpened.nsecsElapsed()) / 1e6);
            report(QStringLiteral("  ... the table by teacher"), timed([&] {
                       effect->chooseView(EffectModel::View::ByTeacher);
                       QApplication::processEvents();
                   }),
                   50);
            delete effect;
            // The year's individual routes: the tab shows at once, the lines come from the worker.
            RoutesTab *routes = nullptr;
            QElapsedTimer routesOpened;
            routesOpened.start();
            report(QStringLiteral("open the individual routes tab (first frame)"), timed([&] {
                       routes = new RoutesTab(ctx);
                       routes->show();
                       QApplication::processEvents();
                   }),
                   100);
            while (routes->isLoading() || routes->model()->rowCount() == 0)
                QApplication::processEvents(QEventLoop::WaitForMoreEvents);
            report(QStringLiteral("  ... routes listed (worker thread, %1)").arg(routes->model()->rowCount()),
                   double(routesOpened.nsecsElapsed()) / 1e6);
            delete routes;
            // The dashboard, the start page: the frame at once, the indicators of five
            // years, the forecasts, the criteria and the charts from the worker.
            DashboardPage *dashboard = nullptr;
            QElapsedTimer dashboardOpened;
            dashboardOpened.start();
            report(QStringLiteral("open the dashboard (first frame)"), timed([&] {
                       dashboard = new DashboardPage(ctx, {});
                       dashboard->resize(1366, 768);
                       dashboard->show();
                       QApplication::processEvents();
                   }),
                   100);
            while (dashboard->isLoading() || !dashboard->data())
                QApplication::processEvents(QEventLoop::WaitForMoreEvents);
            report(QStringLiteral("  ... cards and charts filled (worker thread, %1 organisations)")
                       .arg(dashboard->data()->organisations.size()),
                   double(dashboardOpened.nsecsElapsed()) / 1e6);
            delete dashboard;
            // The course participants: the run of the period shown with the most of them.
            CoursesTab *courses = nullptr;
            const QDate runsFrom(today.year() - 1, 1, 1), runsTo(today.year() + 1, 12, 31); // the tab's period
            QList<CourseRunRow> runs;
            report(QStringLiteral("  course runs of the tab's period read (store)"),
                   timed([&] { runs = TrainingRepository(db).runs(runsFrom, runsTo); }));
            report(QStringLiteral("open the courses and participants tab (%1 runs)").arg(runs.size()), timed([&] {
                       courses = new CoursesTab(ctx);
                       courses->show();
                       QApplication::processEvents();
                   }),
                   100);
            qint64 busiest = 0;
            int most = -1;
            for (const CourseRunRow &r : runs) {
                if (r.applied + r.enrolled + r.waiting > most) {
                    most = r.applied + r.enrolled + r.waiting;
                    busiest = r.run.id;
                }
            }
            report(QStringLiteral("  ... select the run with most participants (%1)").arg(most), timed([&] {
                       courses->selectRun(busiest);
                       QApplication::processEvents();
                   }),
                   100);
            delete courses;
        }
    }
#ifdef PROFROST_GUI_PATH
    {
        // Cold start: a new process until the first frame, profrost on this
        // database beside a bare Qt window measured the same way.
        const double bare = coldStart(QCoreApplication::applicationFilePath(), {QStringLiteral("--bare-window")});
        const double profrost = coldStart(QStringLiteral(PROFROST_GUI_PATH),
                                          {QStringLiteral("--database"), db.path()});
        report(QStringLiteral("cold start, a bare Qt window (first frame)"), bare);
        report(QStringLiteral("cold start, profrost on %1 teachers (first frame)").arg(teachers), profrost);
    }
#endif
#endif

    const QString csv = dir.filePath(QStringLiteral("teachers.csv"));
    report(QStringLiteral("export %1 rows to CSV").arg(rows.size()), timed([&] { TeacherExport::write(csv, rows); }));
    Database fresh(dir.filePath(QStringLiteral("import.sqlite")));
    fresh.open();
    fresh.setDirectWrites(!parser.isSet(qtsqlWritesOption));
    out << QStringLiteral("import writes through: %1")
               .arg(fresh.directHandle() ? QStringLiteral("the sqlite3 handle (BulkInsert)") : QStringLiteral("QtSql"))
        << Qt::endl;
    Table table;
    TeacherImporter::Preview preview;
    ImportOutcome outcome;
    double cpu[4] = {cpuMs(), 0, 0, 0};
    const double read = timed([&] { table = TableReader::read(csv); });
    cpu[1] = cpuMs();
    const double check = timed([&] { preview = TeacherImporter(fresh, today).preview(table); });
    cpu[2] = cpuMs();
    // Teachers, their posts, subjects and attestation history; no backup (the
    // dialog's copy before a large import is timed on its own below).
    const double apply = timed([&] { outcome = TeacherImporter(fresh, today).apply(preview); });
    cpu[3] = cpuMs();
    auto cpuNote = [&](int from, int to) {
        out << QStringLiteral("%1 %2 ms cpu").arg(QString(), -44).arg(cpu[to] - cpu[from], 9, 'f', 1) << Qt::endl;
    };
    report(QStringLiteral("import: read %1 CSV rows").arg(table.rows.size()), read);
    cpuNote(0, 1);
    report(QStringLiteral("import: validate and match (preview)"), check);
    cpuNote(1, 2);
    report(QStringLiteral("import: apply in one transaction"), apply);
    cpuNote(2, 3);
    report(QStringLiteral("import: total, %1 new teachers").arg(outcome.imported), read + check + apply, 5000);
    cpuNote(0, 3);
    report(QStringLiteral("  a backup of the result (the dialog makes one before)"),
           timed([&] { ImportPipeline::backup(fresh); }));
    const double shell = sqliteShellImport(csv, dir.filePath(QStringLiteral("shell.sqlite")));
    if (shell > 0) {
        report(QStringLiteral("sqlite3 shell .import of the same CSV"), shell);
        const double ratio = (read + check + apply) / shell;
        out << QStringLiteral("%1 %2 x   (target < 5 x: %3)")
                   .arg(QStringLiteral("import total / sqlite3 .import"), -44)
                   .arg(ratio, 9, 'f', 1)
                   .arg(ratio < 5 ? QStringLiteral("ok") : QStringLiteral("SLOW"))
            << Qt::endl;
    } else {
        out << QStringLiteral("sqlite3 shell not found: install the package sqlite3 (scripts/setup)") << Qt::endl;
    }
    out << QStringLiteral("%1 %2 MB").arg(QStringLiteral("peak memory (ru_maxrss)"), -44).arg(peakMemoryMb(), 9, 'f', 1)
        << Qt::endl;
    const double again = timed([&] {
        TeacherImporter importer(fresh, today);
        outcome = importer.apply(importer.preview(TableReader::read(csv)));
    });
    report(QStringLiteral("re-import of the same file (%1 unchanged)").arg(outcome.unchanged), again, 5000);
    return 0;
}
