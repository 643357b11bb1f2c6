// `profrost-cli report`: the printed further-training documents as a user
// gets them. The databases are filled through the repositories (or by
// `demo`), the real executable writes the files, and the PDFs are read back
// with pdftotext -layout (poppler-utils): the text, the column a mark stands
// in, the page numbers.

#include <catch2/catch.hpp>

#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/TeacherRepository.h"
#include "store/TrainingRepository.h"
#include "support/CliFixtures.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <ostream>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

QString firstLine(const QString &page)
{
    for (const QString &line : page.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    }
    return {};
}

// The line holding `text`; empty when none.
QString lineWith(const QString &page, const QString &text)
{
    for (const QString &line : page.split(u'\n')) {
        if (line.contains(text))
            return line;
    }
    return {};
}

// The numbers printed in the top margin (20 mm) of a page, centred over the
// text (A4 landscape: the text runs from 30 to 282 mm). Read by position:
// pdftotext -layout also returns text Qt clipped away (the half of a table
// row split across pages, which it paints once more above the next page).
QStringList numbersInTopMargin(const QString &pdf, int page)
{
    constexpr double kPt = 72 / 25.4;
    const QString xml = QString::fromUtf8(toolOutput(
        u"pdftotext"_s, {u"-bbox"_s, u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), pdf, u"-"_s}));
    static const QRegularExpression word(
        uR"re(<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">(\d+)</word>)re"_s);
    QStringList out;
    for (auto it = word.globalMatch(xml); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const double centre = (m.captured(1).toDouble() + m.captured(3).toDouble()) / 2;
        if (m.captured(4).toDouble() < 20 * kPt && std::abs(centre - 156 * kPt) < 3 * kPt)
            out << m.captured(5);
    }
    return out;
}

// Where the year headers stand in the header line: "2026" -> column of the text.
QMap<int, qsizetype> yearColumns(const QString &page)
{
    static const QRegularExpression header(u"\\b2026\\b.*\\b2027\\b.*\\b2028\\b"_s);
    QMap<int, qsizetype> out;
    for (const QString &line : page.split(u'\n')) {
        if (!header.match(line).hasMatch())
            continue;
        for (int year : {2026, 2027, 2028})
            out.insert(year, line.indexOf(QString::number(year)) + 2); // the middle of the year
        break;
    }
    return out;
}

// The year whose header stands nearest to `position` in a line.
int nearestYear(const QMap<int, qsizetype> &columns, qsizetype position)
{
    int best = 0;
    qsizetype distance = std::numeric_limits<qsizetype>::max();
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (std::abs(it.value() - position) < distance) {
            distance = std::abs(it.value() - position);
            best = it.key();
        }
    }
    return best;
}

// A district with two schools and seven teachers whose course history puts
// them in each year of the 2026–2028 plan (four in 2026, one in 2027, two in
// 2028), optionally a third school of never-trained teachers (a long plan),
// and course runs in and around the first half of 2026.
struct TrainingWorld
{
    ClockScope clock;
    TempDatabase t;
    qint64 municipality = 0, school1 = 0, school2 = 0, teacherPost = 0;
    QHash<QString, qint64> teacher;
    int teachers = 0;

    explicit TrainingWorld(int extraTeachers = 0)
    {
        DictionaryRepository dict(t.db());
        municipality = dict.ensureMunicipality(u"Ермаковский район"_s);
        school1 = organisation(u"МБОУ СОШ № 1"_s, u"СОШ № 1"_s);
        school2 = organisation(u"МБОУ СОШ № 2"_s, u"СОШ № 2"_s);
        teacherPost = dict.ensurePosition(u"учитель"_s, PositionKind::Pedagogical);
        for (const auto &[surname, school] : {std::pair{u"Петрова"_s, school1}, {u"Сидорова"_s, school1},
                                              {u"Новикова"_s, school1}, {u"Белова"_s, school1},
                                              {u"Кузнецова"_s, school2}, {u"Орлова"_s, school2},
                                              {u"Никитина"_s, school2}})
            teacher.insert(surname, addTeacher(surname, u"Анна"_s, school));
        if (extraTeachers > 0) {
            const qint64 school3 = organisation(u"МБОУ СОШ № 3"_s, u"СОШ № 3"_s);
            const QStringList names{u"Алла"_s, u"Вера"_s, u"Галина"_s, u"Дарья"_s, u"Елена"_s,
                                    u"Жанна"_s, u"Зоя"_s, u"Инна"_s, u"Лидия"_s, u"Мария"_s};
            for (int i = 0; i < extraTeachers; ++i)
                addTeacher(u"Яковлева"_s, names.at(i % names.size()), school3);
        }

        const qint64 digital = programme(u"Основы цифровой грамотности педагога"_s, 36);
        const qint64 literacy = programme(u"Формирование функциональной грамотности обучающихся"_s, 72);
        complete(run(digital, {2022, 3, 14}, {2022, 3, 18}), u"Петрова"_s);
        complete(run(literacy, {2023, 5, 15}, {2023, 5, 20}), u"Сидорова"_s);
        complete(run(digital, {2023, 9, 11}, {2023, 9, 15}), u"Новикова"_s);
        complete(run(literacy, {2024, 4, 1}, {2024, 4, 10}), u"Кузнецова"_s);
        const qint64 r2025 = run(digital, {2025, 1, 27}, {2025, 2, 1});
        complete(r2025, u"Орлова"_s);
        complete(r2025, u"Белова"_s);

        // The schedule: one run inside the first half of 2026, one across
        // its end, one after it.
        const qint64 inside = run(programme(u"Читательская грамотность: задания и оценивание"_s, 24),
                                  {2026, 2, 10}, {2026, 2, 14}, u"ЧГ-1"_s, 20);
        const qint64 across = run(programme(u"Цифровая образовательная среда школы"_s, 36), {2026, 6, 22},
                                  {2026, 7, 3}, u"ЦОС-2"_s);
        const qint64 outside = run(programme(u"Наставничество в образовательной организации"_s, 16),
                                   {2026, 9, 1}, {2026, 9, 5});
        enrol(inside, u"Петрова"_s, school1);
        enrol(inside, u"Никитина"_s, school2);
        enrol(across, u"Кузнецова"_s, school2);
        enrol(outside, u"Орлова"_s, school2);
    }

    qint64 organisation(const QString &name, const QString &shortName)
    {
        Organisation o;
        o.name = name;
        o.shortName = shortName;
        o.municipalityId = municipality;
        return OrganisationRepository(t.db()).insert(o);
    }

    qint64 addTeacher(const QString &surname, const QString &name, qint64 school)
    {
        Teacher x;
        x.surname = surname;
        x.name = name;
        x.patronymic = u"Сергеевна"_s;
        x.birthDate = QDate(1975, 1, 1).addDays(++teachers * 97);
        x.employments.append({0, school, teacherPost, {}, QDate(2015, 9, 1), {}});
        return TeacherRepository(t.db()).insert(x);
    }

    qint64 programme(const QString &title, int hours)
    {
        Programme p;
        p.title = title;
        p.provider = u"ГАУ ДПО ИРО"_s;
        p.hours = hours;
        return TrainingRepository(t.db()).insertProgramme(p);
    }

    qint64 run(qint64 programmeId, QDate starts, QDate ends, const QString &group = {}, int seats = 0)
    {
        CourseRun r;
        r.programmeId = programmeId;
        r.starts = starts;
        r.ends = ends;
        r.place = u"ИМЦ"_s;
        r.groupName = group;
        r.seats = seats;
        return TrainingRepository(t.db()).insertRun(r);
    }

    void complete(qint64 runId, const QString &surname)
    {
        TrainingRepository training(t.db());
        REQUIRE(training.recordCompletion(runId, teacher.value(surname), u"N-%1"_s.arg(runId), training.run(runId).ends));
    }

    void enrol(qint64 runId, const QString &surname, qint64 school)
    {
        TrainingRepository training(t.db());
        REQUIRE(training.approve(training.apply(runId, teacher.value(surname), school, QDate(2026, 1, 10)))
                == EnrolmentStatus::Enrolled);
    }
};

// "written FILE (N pages)" -> N; -1 when the line is not there.
int writtenPages(const CliResult &r)
{
    static const QRegularExpression written(u"^written (.+) \\((\\d+) pages?\\)$"_s,
                                            QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = written.match(r.out);
    return m.hasMatch() ? m.captured(2).toInt() : -1;
}

const QString kReport = u"report"_s;
const QString kPlan = u"plan-graph"_s;
const QString kSchedule = u"course-schedule"_s;

} // namespace

TEST_CASE("report plan-graph: title, approval, each teacher in the planned year, totals, page numbers",
          "[cli][report]")
{
    TrainingWorld w(60); // a long plan: three pages and more
    const QString pdf = w.t.file(u"План-график 2026.pdf"_s);
    const CliResult r = runCli({kReport, kPlan, w.t.location(), u"--from"_s, u"01.01.2026"_s, u"--out"_s, pdf});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() >= 3);
    CHECK(writtenPages(r) == pages.size());

    const QString first = pages.at(0);
    CHECK(first.contains(u"План-график повышения квалификации педагогических работников на 2026–2028 гг."));
    CHECK(first.contains(u"Ермаковский район"));
    // The approval block opens page 1, at the right; page 1 has no number.
    CHECK(firstLine(first) == u"УТВЕРЖДАЮ");
    const QString approval = lineWith(first, u"УТВЕРЖДАЮ"_s);
    CHECK(approval.indexOf(u"УТВЕРЖДАЮ") > lineWith(first, u"План-график"_s).indexOf(u"План-график"));
    CHECK(first.contains(u"Директор МКУ «ИМЦ»"));
    // From page 2 on, the number of the page is centred in the top margin.
    CHECK(numbersInTopMargin(pdf, 1).isEmpty());
    for (int p = 2; p <= pages.size(); ++p)
        CHECK(numbersInTopMargin(pdf, p) == QStringList{QString::number(p)});

    for (const QString &header : {u"№ п/п"_s, u"Ф.И.О."_s, u"Должность"_s, u"Последние курсы"_s, u"п. перечня)"_s})
        CHECK(first.contains(header));
    const QMap<int, qsizetype> columns = yearColumns(first);
    REQUIRE(columns.size() == 3);
    // The programmes the cells refer to, in an annex on the last page.
    const qsizetype annex = std::find_if(pages.cbegin(), pages.cend(),
                                         [](const QString &p) { return p.contains(u"Приложение к плану-графику"); })
                            - pages.cbegin();
    REQUIRE(annex == pages.size() - 1);
    CHECK(pages.at(annex).contains(u"Перечень программ повышения квалификации"));
    for (qsizetype p = 0; p < annex; ++p)
        CHECK(yearColumns(pages.at(p)).size() == 3); // the header row repeats on every page of the table

    // Each teacher's «+» stands under the planned year (on whatever page).
    const QHash<QString, int> planned{{u"Петрова"_s, 2026}, {u"Сидорова"_s, 2026}, {u"Новикова"_s, 2026},
                                      {u"Никитина"_s, 2026}, {u"Кузнецова"_s, 2027}, {u"Орлова"_s, 2028},
                                      {u"Белова"_s, 2028}};
    for (auto it = planned.cbegin(); it != planned.cend(); ++it) {
        const QString who = it.key() + u" Анна"_s;
        const auto page = std::find_if(pages.cbegin(), pages.cend(), [&](const QString &p) { return p.contains(who); });
        REQUIRE(page != pages.cend());
        const QString line = lineWith(*page, who);
        INFO(it.key().toStdString() << ": " << line.toStdString());
        REQUIRE(line.count(u'+') == 1);
        CHECK(nearestYear(yearColumns(*page), line.indexOf(u'+')) == it.value());
    }
    // The last course as year and hours, its programme by its item in the annex.
    static const QRegularExpression item(uR"(2023, 72 ч, п\. (\d+))"_s);
    const QRegularExpressionMatch course = item.match(lineWith(pages.join(u'\f'), u"Сидорова Анна"_s));
    REQUIRE(course.hasMatch());
    static const QRegularExpression itemLine(uR"(^\s*(\d+)\s{2,}(\S.*\S))"_s);
    QHash<int, QString> titles;
    for (const QString &line : pages.at(annex).split(u'\n')) {
        if (const QRegularExpressionMatch m = itemLine.match(line); m.hasMatch())
            titles.insert(m.captured(1).toInt(), m.captured(2));
    }
    INFO(pages.at(annex).toStdString());
    CHECK(titles.value(course.captured(1).toInt()).startsWith(u"Формирование функциональной грамотности"));
    CHECK(first.contains(u"МБОУ СОШ № 1"));
    CHECK(pages.join(u'\f').contains(u"МБОУ СОШ № 2"));

    // The totals at the end: 4 + 60 never trained in 2026, 1 in 2027, 2 in 2028.
    const QString last = pages.at(annex - 1);
    const QString totals = lineWith(last, u"Итого по годам"_s).replace(QChar(0xA0), u' ');
    INFO(totals.toStdString());
    CHECK(totals.contains(u"всего в плане: 67 чел."));
    const QMap<int, qsizetype> lastColumns = yearColumns(last);
    CHECK(nearestYear(lastColumns, totals.indexOf(u"64 чел.") + 2) == 2026);
    CHECK(nearestYear(lastColumns, totals.indexOf(u" 1 чел.") + 2) == 2027);
    CHECK(nearestYear(lastColumns, totals.indexOf(u" 2 чел.") + 2) == 2028);
    CHECK(last.contains(u"Методист"));

    // Liberation Serif (or Times New Roman itself) is embedded.
    const QString fonts = QString::fromUtf8(toolOutput(u"pdffonts"_s, {pdf}));
    CHECK((fonts.contains(u"LiberationSerif") || fonts.contains(u"TimesNewRoman")));
}

TEST_CASE("report course-schedule: the runs of the period only, with their participants", "[cli][report]")
{
    TrainingWorld w;
    const QString pdf = w.t.file(u"график.pdf"_s);
    const CliResult r = runCli({kReport, kSchedule, w.t.location(), u"--from"_s, u"2026-01-01"_s, u"--to"_s,
                                u"30.06.2026"_s, u"--out"_s, pdf});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(writtenPages(r) == 2); // the schedule, and the annex with the lists from a new page
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() == 2);
    const QString text = pages.at(0);
    const QString annex = pages.at(1);
    CHECK(text.contains(u"График курсов повышения квалификации на период с 01.01.2026 по 30.06.2026"));
    CHECK(text.contains(u"УТВЕРЖДАЮ"));
    for (const QString &header : {u"Программа (тема)"_s, u"Организатор"_s, u"Часы"_s, u"Форма"_s, u"Сроки"_s,
                                  u"Место"_s, u"Группа"_s, u"Участники"_s})
        CHECK(text.contains(header));
    CHECK(lineWith(text, u"Читательская"_s).contains(u"10.02.2026–"));
    CHECK(lineWith(text, u"Читательская"_s).contains(u"2 чел."));
    CHECK(text.contains(u"мест: 20"));
    CHECK(annex.contains(u"Приложение к графику курсов"));
    CHECK(annex.contains(u"Списки участников курсов"));
    CHECK(lineWith(annex, u"Никитина"_s).contains(u"СОШ № 2"));
    CHECK(lineWith(annex, u"Петрова"_s).contains(u"СОШ № 1"));
    CHECK(annex.indexOf(u"Никитина"_s) < annex.indexOf(u"Петрова"_s));
    CHECK(lineWith(text, u"Цифровая"_s).contains(u"22.06.2026–"));
    CHECK(lineWith(text, u"Цифровая"_s).contains(u"1 чел."));
    CHECK(lineWith(annex, u"Кузнецова"_s).contains(u"СОШ № 2"));
    CHECK(annex.indexOf(u"Петрова"_s) < annex.indexOf(u"2. Цифровая"_s));
    CHECK(annex.indexOf(u"2. Цифровая"_s) < annex.indexOf(u"Кузнецова"_s));
    CHECK_FALSE(text.contains(u"Наставничество")); // September: outside the period
    CHECK_FALSE(text.contains(u"Орлова"));
    CHECK_FALSE(text.contains(u"Основы цифровой")); // the old runs
    const QString totals = lineWith(text, u"Итого:"_s);
    CHECK(totals.contains(u"Итого: 2 курса"));
    CHECK(totals.contains(u"3 чел."));
}

TEST_CASE("report writes ODT: a zip whose content holds the title", "[cli][report]")
{
    TrainingWorld w;
    const QString odt = w.t.file(u"plan.odt"_s);
    const CliResult r = runCli({kReport, kPlan, w.t.location(), u"--from"_s, u"2026-09-01"_s, u"--out"_s, odt});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(writtenPages(r) >= 1);
    QFile f(odt);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(2) == "PK");
    const QString content = QString::fromUtf8(toolOutput(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s}));
    CHECK(content.contains(u"План-график повышения квалификации педагогических работников на 2026–2028 гг."));
    CHECK(content.contains(u"Кузнецова Анна Сергеевна"));
}

TEST_CASE("report plan-graph on a demo database", "[cli][report]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"demo.profrost"_s);
    const CliResult demo = runCli({u"demo"_s, db, u"--teachers"_s, u"60"_s});
    INFO(demo);
    REQUIRE(demo.exitCode == 0);
    const QString pdf = dir.filePath(u"plan.pdf"_s);
    const CliResult r = runCli({kReport, kPlan, db, u"--from"_s, u"15.03.2027"_s, u"--out"_s, pdf});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QStringList pages = pdfPages(pdf);
    CHECK(writtenPages(r) == pages.size());
    CHECK(pages.value(0).contains(u"План-график повышения квалификации педагогических работников на 2027–2029 гг."));
}

TEST_CASE("report: bad input exits 2 and writes nothing", "[cli][report]")
{
    TrainingWorld w;
    const QString db = w.t.location();
    const QString pdf = w.t.file(u"out.pdf"_s);
    const QString from = u"--from"_s, to = u"--to"_s, out = u"--out"_s;

    struct Case
    {
        QStringList args;
        const char16_t *message;
    };
    const QList<Case> cases{
        {{kReport, u"minutes"_s, db, from, u"01.01.2026"_s, out, pdf}, u"Unknown report 'minutes'"},
        {{kReport, u"protocol"_s, db, out, pdf}, u"Missing --id N: the number of the meeting"},
        {{kReport, u"plan"_s, db, u"--id"_s, u"zero"_s, out, pdf}, u"--id"},
        {{kReport, u"attestation"_s, db, from, u"01.01.2026"_s, out, pdf}, u"Missing --year"},
        {{kReport, kPlan, db, from, u"31.02.2026"_s, out, pdf}, u"--from"},
        {{kReport, kSchedule, db, from, u"01.01.2026"_s, to, u"tomorrow"_s, out, pdf}, u"--to"},
        {{kReport, kSchedule, db, from, u"01.07.2026"_s, to, u"01.01.2026"_s, out, pdf}, u"before"},
        {{kReport, kSchedule, db, from, u"01.01.2026"_s, out, pdf}, u"Missing --to"},
        {{kReport, kPlan, db, out, pdf}, u"Missing --from"},
        {{kReport, kPlan, db, from, u"01.01.2026"_s, out, w.t.file(u"out.txt"_s)}, u".pdf or .odt"},
        {{kReport, kPlan, db, from, u"01.01.2026"_s}, u"Missing --out"},
        {{kReport, kPlan, from, u"01.01.2026"_s, out, pdf}, u"Missing the database"},
        {{kReport}, u"Missing the report"},
        {{kReport, kPlan, db, u"extra"_s, from, u"01.01.2026"_s, out, pdf}, u"Unexpected argument 'extra'"},
        {{kReport, kPlan, db, u"--colour"_s, from, u"01.01.2026"_s, out, pdf}, u"colour"},
        {{kReport, kPlan, dataFile(u"cli/not_a_database.profrost"_s), from, u"01.01.2026"_s, out, pdf}, u""},
        {{kReport, kPlan, w.t.file(u"missing.profrost"_s), from, u"01.01.2026"_s, out, pdf}, u""},
    };
    for (const Case &c : cases) {
        const CliResult r = runCli(c.args);
        INFO(r);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QString::fromUtf16(c.message)));
        CHECK(r.out.isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK_FALSE(QFileInfo::exists(w.t.file(u"out.txt"_s)));
    CHECK_FALSE(QFileInfo::exists(w.t.file(u"missing.profrost"_s))); // not created
}

TEST_CASE("report: a file that cannot be written exits 1 naming it", "[cli][report]")
{
    TrainingWorld w;
    const QString pdf = w.t.file(u"нет папки/план.pdf"_s);
    const CliResult r = runCli({kReport, kPlan, w.t.location(), u"--from"_s, u"01.01.2026"_s, u"--out"_s, pdf});
    INFO(r);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"план.pdf"));
    CHECK_FALSE(QFileInfo::exists(pdf));
}

TEST_CASE("report --help shows the usage and exits 0", "[cli][report]")
{
    const CliResult r = runCli({kReport, u"--help"_s});
    INFO(r);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"Usage: profrost-cli report plan-graph|course-schedule DB"));
    CHECK(r.out.contains(u"--out"));
    const CliResult main = runCli({u"--help"_s});
    CHECK(main.out.contains(u"report plan-graph|course-schedule DB"));
}
