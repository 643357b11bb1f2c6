#include "indicators_bench.h"

#include "indicators/IndicatorEngine.h"
#include "indicators/IndicatorInputs.h"
#include "indicators/IndicatorTrend.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/AttestationRepository.h"
#include "store/DiagnosisRepository.h"
#include "store/TeacherRepository.h"
#include "store/TrainingRepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <algorithm>
#include <ctime>

#include <sys/resource.h>

using namespace profrost;

namespace indicators_bench {

namespace {

// CPU time, not the wall clock: this machine's two cores are often shared
// with builds, and the work measured here runs on one thread.
double cpuNow()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

template <typename F>
double timed(F &&f)
{
    const double start = cpuNow();
    f();
    return cpuNow() - start;
}

// The CPU time of the children that ended so far (the sqlite3 shell).
double childrenCpu()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// The best of `runs`: on a machine shared with builds the best run says
// most about the work itself.
template <typename F>
double best(int runs, F &&f)
{
    double ms = 1e12;
    for (int i = 0; i < runs; ++i)
        ms = std::min(ms, timed(f));
    return ms;
}

double shellOnce(const QString &sql, const QString &database);

int count(Database &db, const QString &sql) { return Query(db, sql).scalar().toInt(); }

void line(QTextStream &out, const QString &what, double ms, const QString &note = {})
{
    out << QStringLiteral("%1 %2 ms CPU").arg(what, -60).arg(ms, 9, 'f', 1);
    if (!note.isEmpty())
        out << QStringLiteral("   ") << note;
    out << Qt::endl;
}

void exec(Database &db, const QString &sql) { Query(db, sql).exec(); }

// The statements IndicatorInputs::read runs for the large tables, as the
// sqlite3 shell runs them: every row read and printed (to /dev/null).
// The shell's CPU time (its start included), the best of three.
double shellMs(const QString &sql, const QString &database)
{
    double ms = 1e12;
    for (int i = 0; i < 3; ++i) {
        const double one = shellOnce(sql, database);
        if (one < 0)
            return -1;
        ms = std::min(ms, one);
    }
    return ms;
}

double shellOnce(const QString &sql, const QString &database)
{
    QProcess shell;
    const double before = childrenCpu();
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), database});
    if (!shell.waitForStarted())
        return -1;
    shell.write(sql.toUtf8());
    shell.closeWriteChannel();
    if (!shell.waitForFinished(120000) || shell.exitCode() != 0)
        return -1;
    return childrenCpu() - before;
}

} // namespace

QString floorSql(QDate at, QDate coursesAfter)
{
    const QString d = at.toString(Qt::ISODate);
    return QStringLiteral(
               ".output /dev/null\n"
               "SELECT o.id, COALESCE(NULLIF(o.short_name, ''), o.name), o.name, m.name, o.type"
               " FROM organisation o JOIN municipality m ON m.id = o.municipality_id;\n"
               "SELECT * FROM programme; SELECT * FROM programme_area;\n"
               "SELECT id, surname, name, patronymic, birth_date, snils, experience_start, category, category_date,"
               " phone, email FROM teacher;\n"
               "SELECT e.id, e.teacher_id, e.organisation_id, e.position_id, e.hired FROM employment e"
               " WHERE (e.hired IS NULL OR e.hired <= '%1') AND (e.dismissed IS NULL OR e.dismissed > '%1') ORDER BY e.id;\n"
               "SELECT id, teacher_id, organisation_id, position_id, hired, dismissed FROM employment"
               " ORDER BY teacher_id, hired, id;\n"
               "SELECT e.teacher_id, e.id, p.title, p.provider, p.hours, p.kind, r.starts, r.ends, e.certificate_number,"
               " p.id, r.id FROM course_run r CROSS JOIN enrolment e JOIN programme p ON p.id = r.programme_id"
               " WHERE e.run_id = r.id AND e.status = 'completed' AND r.ends > '%2' AND r.ends <= '%1';\n"
               "SELECT r.id, r.campaign_id, r.teacher_id, r.taken_on, s.area, s.percent_x100 FROM diagnosis_result r"
               " JOIN diagnosis_score s ON s.result_id = r.id ORDER BY r.id;\n"
               "SELECT id, teacher_id, kind, category, granted, order_number, order_date, decided_by"
               " FROM attestation_record ORDER BY teacher_id, granted, id;\n"
               "SELECT * FROM mentorship;\n"
               "SELECT DISTINCT teacher_id FROM route WHERE start_year = %3;\n")
        .arg(d, coursesAfter.toString(Qt::ISODate))
        .arg(at.month() >= 9 ? at.year() : at.year() - 1);
}

void topUpToRegion(Database &db, QDate today, QTextStream &out)
{
    const double ms = timed([&] {
        Transaction transaction(db);
        // Organisations: copies of the existing schools of each municipality
        // until there are 2,500, every 20th teacher's posts moved to one.
        const int organisations = count(db, QStringLiteral("SELECT COUNT(*) FROM organisation"));
        if (organisations < 2500) {
            exec(db, QStringLiteral("INSERT INTO organisation (name, short_name, type, municipality_id)"
                                    " SELECT name || ' (филиал ' || id || ')', NULL, type, municipality_id FROM organisation"
                                    " ORDER BY id LIMIT %1")
                         .arg(2500 - organisations));
            const int first = count(db, QStringLiteral("SELECT MIN(id) FROM organisation WHERE name LIKE '%(филиал %'"));
            const int added = count(db, QStringLiteral("SELECT COUNT(*) FROM organisation WHERE name LIKE '%(филиал %'"));
            exec(db, QStringLiteral("UPDATE employment SET organisation_id = %1 + (teacher_id / 20) % %2"
                                    " WHERE teacher_id % 20 = 0")
                         .arg(first)
                         .arg(added));
        }
        // Course records: runs of the same programmes over the nine years
        // before today (3,000 days),
        // each teacher completing some, until there are 300,000.
        const int courses = count(db, QStringLiteral("SELECT COUNT(*) FROM enrolment"));
        if (courses < 300000) {
            exec(db, QStringLiteral(
                         "WITH RECURSIVE k(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM k WHERE n < 2999)"
                         " INSERT INTO course_run (programme_id, starts, ends, seats)"
                         " SELECT p.id, date('%1', '+' || k.n || ' days'),"
                         " date('%1', '+' || (k.n + 14) || ' days'), 30"
                         " FROM k JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS i,"
                         " COUNT(*) OVER () AS c FROM programme) p ON p.i = k.n % p.c")
                         .arg(today.addYears(-9).toString(Qt::ISODate)));
            const int firstRun = count(db, QStringLiteral("SELECT MAX(id) - 2999 FROM course_run"));
            const int perTeacher = (300000 - courses) / std::max(1, count(db, QStringLiteral("SELECT COUNT(*) FROM teacher"))) + 1;
            exec(db, QStringLiteral("WITH RECURSIVE j(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM j WHERE n < %1)"
                                    " INSERT OR IGNORE INTO enrolment (run_id, teacher_id, status)"
                                    " SELECT %2 + (t.id * 7 + j.n * 613) % 3000, t.id, 'completed' FROM teacher t, j"
                                    " LIMIT %3")
                         .arg(perTeacher)
                         .arg(firstRun)
                         .arg(300000 - courses));
        }
        // Diagnosis results: a ЦНППМ diagnosis of earlier years, two areas,
        // for teachers in turn, until there are 100,000.
        const int results = count(db, QStringLiteral("SELECT COUNT(*) FROM diagnosis_result"));
        if (results < 100000) {
            const QString starts = QDate(today.year() - 2, 3, 1).toString(Qt::ISODate);
            exec(db, QStringLiteral("INSERT INTO diagnosis_campaign (name, kind, starts, ends) VALUES"
                                    " ('Диагностика ЦНППМ (прошлые годы)', 'centre', '%1', date('%1', '+30 days'))")
                         .arg(starts));
            const int campaign = count(db, QStringLiteral("SELECT MAX(id) FROM diagnosis_campaign"));
            exec(db, QStringLiteral("INSERT INTO diagnosis_result (campaign_id, teacher_id, taken_on)"
                                    " SELECT %1, id, date('%2', '+' || (id % 30) || ' days') FROM teacher ORDER BY id LIMIT %3")
                         .arg(campaign)
                         .arg(starts)
                         .arg(100000 - results));
            exec(db, QStringLiteral("INSERT INTO diagnosis_score (result_id, area, percent_x100)"
                                    " SELECT id, 'subject', 3000 + (teacher_id * 37) % 6000 FROM diagnosis_result WHERE campaign_id = %1"
                                    " UNION ALL SELECT id, 'methodical', 3000 + (teacher_id * 53) % 6000 FROM diagnosis_result"
                                    " WHERE campaign_id = %1")
                         .arg(campaign));
        }
        transaction.commit();
    });
    line(out,
         QStringLiteral("top up to a region: %1 organisations, %2 course records, %3 diagnosis results")
             .arg(count(db, QStringLiteral("SELECT COUNT(*) FROM organisation")))
             .arg(count(db, QStringLiteral("SELECT COUNT(*) FROM enrolment")))
             .arg(count(db, QStringLiteral("SELECT COUNT(*) FROM diagnosis_result"))),
         ms);
}

void run(Database &db, QDate today, QTextStream &out)
{
    IndicatorInputs inputs;
    const double read = best(3, [&] { inputs = IndicatorInputs::read(db, today); });
    line(out, QStringLiteral("indicators: read the inputs (%1 teachers, %2 completions)")
                  .arg(inputs.teachers.size())
                  .arg(inputs.completions.size()),
         read);
    {
        // The read's parts, for finding what to make faster.
        QStringList parts;
        const auto part = [&](const QString &name, auto &&f) { parts << QStringLiteral("%1 %2").arg(name).arg(best(1, f), 0, 'f', 0); };
        part(QStringLiteral("registry"), [&] { (void)TeacherRepository(db).rows(today); });
        part(QStringLiteral("posts"), [&] { (void)TeacherRepository(db).employmentsByTeacher(); });
        part(QStringLiteral("courses"), [&] {
            (void)TrainingRepository(db).completionsEnded(today.addYears(-inputs.settings.trainingIntervalYears).addDays(-3), today);
        });
        part(QStringLiteral("diagnoses"), [&] { (void)DiagnosisRepository(db).allResults(); });
        part(QStringLiteral("attestation"), [&] { (void)AttestationRepository(db).allRecords(); });
        part(QStringLiteral("young"), [&] {
            (void)YoungTeachers::list(YoungTeachersData::readWith(db, inputs.teachers, today));
        });
        out << QStringLiteral("  parts of the read, ms: ") << parts.join(QStringLiteral(", ")) << Qt::endl;
    }
    QList<IndicatorValue> values;
    const double computed = best(3, [&] { values = IndicatorEngine(inputs).all(); });
    line(out, QStringLiteral("indicators: compute all eleven on the whole"), computed);
    const double all = read + computed;
    const QDate coursesAfter = today.addYears(-inputs.settings.trainingIntervalYears).addDays(-3);
    const double shell = shellMs(floorSql(today, coursesAfter), db.path());
    line(out, QStringLiteral("indicators: all together (read + compute)"), all, QStringLiteral("(target < 300 ms)"));
    if (shell > 0) {
        line(out, QStringLiteral("  sqlite3 shell, the same statements (floor)"), shell);
        out << QStringLiteral("%1 %2 x   (target <= 1.5 x)").arg(QStringLiteral("  all indicators / sqlite3 floor"), -60).arg(all / shell, 9, 'f', 1)
            << Qt::endl;
    } else {
        out << QStringLiteral("sqlite3 shell not found: install the package sqlite3 (scripts/setup)") << Qt::endl;
    }
    int parts = 0;
    const double byOrganisation = best(3, [&] { parts = int(IndicatorEngine(inputs).byOrganisation().size()); });
    line(out, QStringLiteral("indicators: by organisation (%1 parts), engine included").arg(parts), byOrganisation);
    // What the dashboard's worker does: the day's inputs read once for the
    // whole trend, the other days' registry re-read.
    const QList<QDate> dates = IndicatorTrend::dates(today);
    const double trend = best(1, [&] {
        const IndicatorInputs base = IndicatorInputs::read(db, today, dates.constFirst());
        for (const QDate &day : dates)
            (void)IndicatorEngine(IndicatorInputs::readOn(db, day, base)).all();
    });
    line(out, QStringLiteral("indicators: the dashboard's trend, %1 dates, read included").arg(dates.size()), trend);
    for (const IndicatorValue &v : values)
        out << QStringLiteral("  %1 %2").arg(IndicatorText::code(v.id), -4).arg(IndicatorText::valueText(v)) << Qt::endl;
}

} // namespace indicators_bench
