#include "practices_bench.h"

#include "domain/Practice.h"
#include "store/Database.h"
#include "store/PracticeRepository.h"
#include "store/TeacherRepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <limits>

using namespace profrost;
using namespace Qt::StringLiterals;

namespace practices_bench {

namespace {

const QStringList kTopics = {
    u"функциональная грамотность"_s, u"формирующее оценивание"_s, u"проектная деятельность"_s,
    u"смысловое чтение"_s, u"цифровые образовательные ресурсы"_s, u"подготовка к ГИА"_s, u"кейс-метод"_s,
    u"одарённые дети"_s, u"инклюзивное образование"_s, u"естественно-научная грамотность"_s,
    u"наставничество"_s, u"игровые технологии"_s, u"финансовая грамотность"_s, u"медиация"_s,
    u"работа с родителями"_s, u"исследовательская деятельность"_s, u"критическое мышление"_s,
    u"здоровьесбережение"_s, u"воспитательная работа"_s, u"профориентация"_s};
const QStringList kPlaces = {u"на уроках математики"_s, u"на уроках русского языка"_s, u"на уроках истории"_s,
                             u"на уроках биологии"_s, u"на уроках физики"_s, u"в начальной школе"_s,
                             u"в детском саду"_s, u"во внеурочной деятельности"_s, u"на уроках литературы"_s,
                             u"на уроках английского языка"_s, u"на уроках географии"_s, u"в старших классах"_s};
const QStringList kWords = {
    u"учащиеся"_s, u"урок"_s, u"задания"_s, u"группа"_s, u"критерии"_s, u"оценка"_s, u"результаты"_s,
    u"рефлексия"_s, u"текст"_s, u"данные"_s, u"проект"_s, u"исследование"_s, u"игра"_s, u"родители"_s,
    u"педагог"_s, u"методика"_s, u"приёмы"_s, u"технология"_s, u"мотивация"_s, u"обратная"_s, u"связь"_s,
    u"развитие"_s, u"навыки"_s, u"практика"_s, u"материалы"_s, u"занятие"_s, u"класс"_s, u"школа"_s,
    u"деятельность"_s, u"самостоятельная"_s, u"работа"_s, u"контроль"_s, u"программа"_s, u"план"_s};

double ms(qint64 ns) { return double(ns) / 1e6; }

// The sqlite3 shell running `sql` `times` times in one start, less a start
// with nothing to run: the query's own time, per run. -1 without the shell.
double shellPerRun(const QString &sql, const QString &database, int times)
{
    const auto runShell = [&database](const QString &script) -> double {
        QProcess shell;
        QElapsedTimer timer;
        timer.start();
        shell.start(u"sqlite3"_s, {u"-readonly"_s, database});
        if (!shell.waitForStarted())
            return -1;
        shell.write(script.toUtf8());
        shell.closeWriteChannel();
        if (!shell.waitForFinished(120000) || shell.exitCode() != 0)
            return -1;
        return ms(timer.nsecsElapsed());
    };
    QString script;
    for (int i = 0; i < times; ++i)
        script += sql + u"\n"_s;
    double best = std::numeric_limits<double>::max();
    double empty = std::numeric_limits<double>::max();
    for (int round = 0; round < 3; ++round) {
        const double full = runShell(script);
        const double none = runShell(u"SELECT 1;\n"_s);
        if (full < 0 || none < 0)
            return -1;
        best = std::min(best, full);
        empty = std::min(empty, none);
    }
    return std::max(0.0, best - empty) / times;
}

} // namespace

int run(int practices, QTextStream &out)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"practices.sqlite"_s);
    Database db(path);
    db.open();
    QRandomGenerator random(15);
    QElapsedTimer timer;
    timer.start();
    QList<qint64> teachers;
    {
        Transaction tx(db);
        TeacherRepository repo(db);
        const QStringList surnames = {u"Иванова"_s, u"Петрова"_s, u"Смирнова"_s, u"Кузнецова"_s, u"Попова"_s,
                                      u"Соколова"_s, u"Лебедева"_s, u"Козлова"_s, u"Новикова"_s, u"Морозова"_s};
        const QStringList names = {u"Анна"_s, u"Мария"_s, u"Елена"_s, u"Ольга"_s, u"Татьяна"_s};
        for (int i = 0; i < 500; ++i) {
            Teacher t;
            t.surname = surnames.at(i % surnames.size());
            t.name = names.at((i / surnames.size()) % names.size());
            t.patronymic = u"Ивановна"_s;
            teachers << repo.insert(t);
        }
        PracticeRepository bank(db);
        const QList<CompetencyArea> areas = {CompetencyArea::Subject, CompetencyArea::Methodical,
                                             CompetencyArea::Digital, CompetencyArea::FunctionalLiteracy};
        for (int i = 0; i < practices; ++i) {
            Practice p;
            const QString &topic = kTopics.at(random.bounded(int(kTopics.size())));
            p.title = topic.left(1).toUpper() + topic.mid(1) + u" "_s + kPlaces.at(random.bounded(int(kPlaces.size())))
                + u" (%1)"_s.arg(i + 1);
            QStringList words;
            for (int w = 0; w < 60; ++w)
                words << kWords.at(random.bounded(int(kWords.size())));
            words.insert(random.bounded(60), kTopics.at(random.bounded(int(kTopics.size()))));
            p.description = words.join(u' ') + u"."_s;
            p.tags = {kTopics.at(random.bounded(int(kTopics.size()))), kTopics.at(random.bounded(int(kTopics.size())))};
            p.level = PracticeLevel(random.bounded(4));
            p.authors = {teachers.at(random.bounded(int(teachers.size())))};
            p.areas = {areas.at(random.bounded(int(areas.size())))};
            bank.save(p);
        }
        tx.commit();
    }
    out << u"%1 %2 ms"_s.arg(u"build a bank of %1 practices"_s.arg(practices), -44).arg(ms(timer.nsecsElapsed()), 9, 'f', 1)
        << Qt::endl;

    const QString query = u"функциональной грамотности"_s;
    PracticeRepository bank(db);
    int found = 0;
    double best = std::numeric_limits<double>::max();
    for (int i = 0; i < 20; ++i) {
        timer.restart();
        found = int(bank.search(query, 50).hits.size());
        best = std::min(best, ms(timer.nsecsElapsed()));
    }
    out << u"%1 %2 ms   (target < 50 ms: %3)"_s
               .arg(u"search «%1», best of 20 (%2 shown)"_s.arg(query).arg(found), -44)
               .arg(best, 9, 'f', 1)
               .arg(best < 50 ? u"ok"_s : u"SLOW"_s)
        << Qt::endl;
    const QStringList stems = PracticeRepository::queryStems(query);
    const QString sql = db.dialect().fullTextSearchStatement(u"practice_text"_s)
                            .replace(u"MATCH ?"_s, u"MATCH '"_s + db.dialect().fullTextQuery(stems, true) + u"'"_s)
                            .replace(u"LIMIT ?"_s, u"LIMIT 50"_s)
        + u";"_s;
    db.close();
    const double shell = shellPerRun(sql, path, 20);
    if (shell < 0) {
        out << u"sqlite3 shell not found: install the package sqlite3 (scripts/setup)"_s << Qt::endl;
        return 0;
    }
    out << u"%1 %2 ms"_s.arg(u"  sqlite3 shell, the same FTS5 query (floor)"_s, -44).arg(shell, 9, 'f', 2) << Qt::endl;
    if (shell > 0)
        out << u"%1 %2 x"_s.arg(u"  search / sqlite3 floor"_s, -44).arg(best / shell, 9, 'f', 1) << Qt::endl;
    return 0;
}

} // namespace practices_bench
