#include "server_bench.h"

#include "indicators_bench.h"
#include "indicators/IndicatorEngine.h"
#include "indicators/IndicatorInputs.h"
#include "io/TableReader.h"
#include "io/TeacherExport.h"
#include "io/TeacherImporter.h"
#include "store/ConnectionSpec.h"
#include "store/Database.h"
#include "store/DatabaseCopy.h"
#include "store/ServerDatabase.h"
#include "store/TeacherRepository.h"
#include "util/Error.h"

#ifdef PROFROST_BENCH_GUI
#include "registry/TeacherTableModel.h"
#include "registry/TeachersPage.h"
#include "shell/AppContext.h"
#include <QApplication>
#include <QLineEdit>
#endif

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>

using namespace profrost;
using namespace Qt::StringLiterals;

namespace server_bench {

namespace {

double wall(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

double best(int runs, const std::function<void()> &f)
{
    double ms = 1e12;
    for (int i = 0; i < runs; ++i)
        ms = std::min(ms, wall(f));
    return ms;
}

// One row of the table: the step, the file's figure, the server's, and
// the floors (negative: none measured).
void row(QTextStream &out, const QString &what, double file, double server, double fileFloor = -1,
         double serverFloor = -1)
{
    auto cell = [](double ms) { return ms < 0 ? u"—"_s : QString::number(ms, 'f', 1); };
    out << QStringLiteral("%1 %2 %3 %4 %5")
               .arg(what, -46)
               .arg(cell(file), 10)
               .arg(cell(fileFloor), 10)
               .arg(cell(server), 10)
               .arg(cell(serverFloor), 10)
        << Qt::endl;
}

// A shell's wall time for `sql`, its start included, the best of three;
// -1 when the shell is missing or fails.
double shellWall(const QString &program, const QStringList &args, const QString &sql,
                 const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    double ms = 1e12;
    for (int i = 0; i < 3; ++i) {
        QProcess shell;
        shell.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        shell.start(program, args);
        if (!shell.waitForStarted())
            return -1;
        shell.write(sql.toUtf8());
        shell.closeWriteChannel();
        if (!shell.waitForFinished(300000) || shell.exitCode() != 0)
            return -1;
        ms = std::min(ms, double(t.nsecsElapsed()) / 1e6);
    }
    return ms;
}

double sqliteFloor(const QString &sql, const QString &file)
{
    return shellWall(u"sqlite3"_s, {u"-readonly"_s, file}, u".output /dev/null\n"_s + sql);
}

double psqlFloor(const QString &sql, const ConnectionSpec &spec)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!spec.password.isEmpty())
        env.insert(u"PGPASSWORD"_s, spec.password);
    return shellWall(u"psql"_s,
                     {u"-X"_s, u"-q"_s, u"-o"_s, u"/dev/null"_s, u"-h"_s, spec.host, u"-p"_s,
                      QString::number(spec.port), u"-U"_s, spec.user, u"-d"_s, spec.databaseName, u"-f"_s, u"-"_s},
                     sql, env);
}

// The teachers page a methodist opens: first frame, filled, a surname typed.
struct PageTimes
{
    double firstFrame = -1, filled = -1, worstKey = -1;
};

PageTimes openTeachersPage(Database &db)
{
    PageTimes times;
#ifdef PROFROST_BENCH_GUI
    AppContext ctx(db);
    TeachersPage *page = nullptr;
    QElapsedTimer sinceOpen;
    sinceOpen.start();
    times.firstFrame = wall([&] {
        page = new TeachersPage(ctx);
        page->resize(1280, 800);
        page->show();
        QApplication::processEvents();
    });
    while (page->isLoading() || page->model()->rowCount() == 0)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    times.filled = double(sinceOpen.nsecsElapsed()) / 1e6;
    const QString typed = QString::fromUtf8("иванова");
    times.worstKey = 0;
    for (qsizetype i = 1; i <= typed.size(); ++i)
        times.worstKey = std::max(times.worstKey, wall([&] {
                                      page->filterEdit()->setText(typed.left(i));
                                      QApplication::processEvents();
                                  }));
    delete page;
#else
    Q_UNUSED(db);
#endif
    return times;
}

struct ImportTimes
{
    double preview = 0, apply = 0;
    int imported = 0;
};

ImportTimes importInto(Database &empty, const Table &table, QDate today)
{
    ImportTimes times;
    TeacherImporter::Preview preview;
    times.preview = wall([&] { preview = TeacherImporter(empty, today).preview(table); });
    ImportOutcome outcome;
    times.apply = wall([&] { outcome = TeacherImporter(empty, today).apply(preview); });
    times.imported = outcome.imported;
    return times;
}

// A database of its own on the server for the import, dropped at the end.
struct ScratchServerDatabase
{
    ConnectionSpec spec;
    explicit ScratchServerDatabase(ConnectionSpec base)
    {
        spec = std::move(base);
        spec.databaseName += u"_bench_import"_s;
        drop();
    }
    ~ScratchServerDatabase() { drop(); }
    void drop() const
    {
        const QString name = u"server-bench-admin"_s;
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            admin.setHostName(spec.host);
            admin.setPort(spec.port);
            admin.setUserName(spec.user);
            admin.setPassword(spec.password);
            admin.setDatabaseName(u"postgres"_s);
            if (admin.open())
                QSqlQuery(admin).exec(u"DROP DATABASE IF EXISTS \"%1\""_s.arg(spec.databaseName));
        }
        QSqlDatabase::removeDatabase(name);
    }
};

} // namespace

int run(Database &region, const QString &serverUrl, QDate today, QTextStream &out)
{
    const ConnectionSpec spec = ConnectionSpec::fromText(serverUrl);
    std::unique_ptr<Database> server;
    try {
        server = ServerDatabase::initialise(spec);
        const double pushed = wall([&] { DatabaseCopy::copy(region, *server, true); });
        out << QStringLiteral("copy the region onto %1 (server push): %2 ms").arg(spec.fullName()).arg(pushed, 0, 'f', 0)
            << Qt::endl;
    } catch (const Error &e) {
        out << "server: " << e.message() << Qt::endl;
        return 1;
    }
    out << Qt::endl
        << QStringLiteral("%1 %2 %3 %4 %5")
               .arg(u"ms (best of 3 where repeated)"_s, -46)
               .arg(u"SQLite"_s, 10)
               .arg(u"sqlite3"_s, 10)
               .arg(u"PostgreSQL"_s, 10)
               .arg(u"psql"_s, 10)
        << Qt::endl;

    // The registry as the teachers page reads it.
    const QString rowsSql = u"SELECT id, surname, name, patronymic, birth_date, snils, phone, email, experience_start,"
                            " category, category_date FROM teacher;\n"
                            "SELECT e.teacher_id, e.organisation_id, e.position_id, e.hired, e.dismissed FROM employment e;\n"
                            "SELECT es.employment_id, es.subject_id FROM employment_subject es;\n"_s;
    int teachers = 0;
    const double fileRows = best(3, [&] { teachers = int(TeacherRepository(region).rows(today).size()); });
    const double serverRows = best(3, [&] { (void)TeacherRepository(*server).rows(today); });
    row(out, QStringLiteral("read the registry (%1 teachers)").arg(teachers), fileRows, serverRows,
        sqliteFloor(rowsSql, region.path()), psqlFloor(rowsSql, spec));

    const PageTimes filePage = openTeachersPage(region);
    const PageTimes serverPage = openTeachersPage(*server);
    row(out, u"teachers page: first frame"_s, filePage.firstFrame, serverPage.firstFrame);
    row(out, u"teachers page: filled (worker thread)"_s, filePage.filled, serverPage.filled);
    row(out, u"teachers page: filter keystroke, worst"_s, filePage.worstKey, serverPage.worstKey);

    // All indicators: the inputs read and the engine run, as the dashboard does.
    auto indicators = [&](Database &db) {
        return best(3, [&] { (void)IndicatorEngine(IndicatorInputs::read(db, today)).all(); });
    };
    const IndicatorInputs inputs = IndicatorInputs::read(region, today);
    const QDate coursesAfter = today.addYears(-inputs.settings.trainingIntervalYears).addDays(-3);
    const QString floor = indicators_bench::floorSql(today, coursesAfter).section(u'\n', 1); // without «.output»
    row(out, u"all indicators (read + compute)"_s, indicators(region), indicators(*server),
        sqliteFloor(floor, region.path()), psqlFloor(floor, spec));

    // A region's registry imported into an empty one of each engine.
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"registry.csv"_s);
    TeacherExport::write(csv, TeacherRepository(region).rows(today));
    const Table table = TableReader::read(csv);
    Database emptyFile(dir.filePath(u"import.sqlite"_s));
    emptyFile.open();
    const ImportTimes fileImport = importInto(emptyFile, table, today);
    ImportTimes serverImport;
    {
        ScratchServerDatabase scratch(spec);
        std::unique_ptr<Database> emptyServer = ServerDatabase::initialise(scratch.spec);
        serverImport = importInto(*emptyServer, table, today);
    }
    row(out, QStringLiteral("import: preview of %1 rows").arg(table.rows.size()), fileImport.preview, serverImport.preview);
    row(out, QStringLiteral("import: apply (%1 / %2 new)").arg(fileImport.imported).arg(serverImport.imported),
        fileImport.apply, serverImport.apply);
    row(out, u"import: total"_s, fileImport.preview + fileImport.apply, serverImport.preview + serverImport.apply);
    return 0;
}

} // namespace server_bench
