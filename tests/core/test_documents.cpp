// The printed documents of further training: the plan-graph and the course
// schedule, built from a database filled through the repositories, and their
// ODT files. The core tests run under a QCoreApplication, which cannot lay
// out text (Qt has no font database without a QGuiApplication): here the
// documents are checked by their structure and the ODT; the PDF pages, page
// numbers and fonts are checked through profrost-cli in
// tests/cli/test_cli_report.cpp.
#include <catch2/catch.hpp>

#include "documents/CourseScheduleDocument.h"
#include "documents/DocumentStyle.h"
#include "documents/DocumentWriter.h"
#include "documents/OdtRowBlocks.h"
#include "documents/TrainingPlanDocument.h"
#include "documents/TrainingReports.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/TeacherRepository.h"
#include "store/TrainingPlanRepository.h"
#include "store/TrainingRepository.h"
#include "support/TestSupport.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <minizip/unzip.h>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

// A district with two schools, seven teachers with a course history that
// puts them in each year of the 2026–2028 plan, and course runs in and
// around the first half of 2026.
struct TrainingWorld
{
    ClockScope clock;
    TempDatabase t;
    qint64 school1 = 0, school2 = 0, teacherPost = 0;
    QHash<QString, qint64> teacher; // surname -> id
    qint64 digital = 0, literacy = 0, reading = 0, environment = 0, mentoring = 0;

    TrainingWorld()
    {
        DictionaryRepository dict(t.db());
        const qint64 municipality = dict.ensureMunicipality(u"Ермаковский район"_s);
        school1 = organisation(municipality, u"МБОУ СОШ № 1"_s, u"СОШ № 1"_s);
        school2 = organisation(municipality, u"МБОУ СОШ № 2"_s, u"СОШ № 2"_s);
        teacherPost = dict.ensurePosition(u"учитель"_s, PositionKind::Pedagogical);

        for (const auto &[surname, school] : {std::pair{u"Петрова"_s, school1}, {u"Сидорова"_s, school1},
                                              {u"Новикова"_s, school1}, {u"Белова"_s, school1},
                                              {u"Кузнецова"_s, school2}, {u"Орлова"_s, school2},
                                              {u"Никитина"_s, school2}})
            teacher.insert(surname, addTeacher(surname, school, int(teacher.size())));

        TrainingRepository training(t.db());
        digital = programme(u"Основы цифровой грамотности педагога"_s, 36);
        literacy = programme(u"Формирование функциональной грамотности обучающихся"_s, 72);
        reading = programme(u"Читательская грамотность: задания и оценивание"_s, 24);
        environment = programme(u"Цифровая образовательная среда школы"_s, 36);
        mentoring = programme(u"Наставничество в образовательной организации"_s, 16);

        // The history: the 3-year rule puts Петрова (2022, overdue), Сидорова
        // (05.2023), Новикова (09.2023) and Никитина (never) in 2026,
        // Кузнецова (04.2024) in 2027, Орлова and Белова (02.2025) in 2028.
        complete(run(digital, {2022, 3, 14}, {2022, 3, 18}), u"Петрова"_s);
        complete(run(literacy, {2023, 5, 15}, {2023, 5, 20}), u"Сидорова"_s);
        complete(run(digital, {2023, 9, 11}, {2023, 9, 15}), u"Новикова"_s);
        complete(run(literacy, {2024, 4, 1}, {2024, 4, 10}), u"Кузнецова"_s);
        const qint64 r2025 = run(digital, {2025, 1, 27}, {2025, 2, 1});
        complete(r2025, u"Орлова"_s);
        complete(r2025, u"Белова"_s);
    }

    qint64 organisation(qint64 municipality, const QString &name, const QString &shortName)
    {
        Organisation o;
        o.name = name;
        o.shortName = shortName;
        o.municipalityId = municipality;
        return OrganisationRepository(t.db()).insert(o);
    }

    qint64 addTeacher(const QString &surname, qint64 school, int n)
    {
        Teacher x;
        x.surname = surname;
        x.name = u"Анна"_s;
        x.patronymic = u"Сергеевна"_s;
        x.birthDate = QDate(1980, 1, 1).addDays(n * 40);
        x.employments.append({0, school, teacherPost, {}, QDate(2015, 9, 1), {}});
        return TeacherRepository(t.db()).insert(x);
    }

    qint64 programme(const QString &title, int hours)
    {
        Programme p;
        p.title = title;
        p.provider = u"ГАУ ДПО ИРО"_s;
        p.hours = hours;
        p.form = StudyForm::Distance;
        return TrainingRepository(t.db()).insertProgramme(p);
    }

    qint64 run(qint64 programmeId, QDate starts, QDate ends, const QString &group = {}, int seats = 0)
    {
        CourseRun r;
        r.programmeId = programmeId;
        r.starts = starts;
        r.ends = ends;
        r.place = u"ИМЦ, ауд. 12"_s;
        r.groupName = group;
        r.seats = seats;
        return TrainingRepository(t.db()).insertRun(r);
    }

    void complete(qint64 runId, const QString &surname)
    {
        TrainingRepository training(t.db());
        const CourseRun r = training.run(runId);
        REQUIRE(training.recordCompletion(runId, teacher.value(surname), u"7724-%1"_s.arg(runId), r.ends));
    }

    // An application sent by the teacher's school, approved (a seat).
    qint64 enrol(qint64 runId, const QString &surname, qint64 school)
    {
        TrainingRepository training(t.db());
        const qint64 id = training.apply(runId, teacher.value(surname), school, QDate(2026, 1, 10));
        REQUIRE(training.approve(id) == EnrolmentStatus::Enrolled);
        return id;
    }
};

QString cellText(QTextTable *table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor c = cell.firstCursorPosition();
    c.setPosition(cell.lastPosition(), QTextCursor::KeepAnchor);
    // Line breaks inside the cell as \n, no-break spaces («№ 1», «Петрова А.С.») as spaces.
    return c.selectedText().replace(QChar::LineSeparator, u'\n').replace(QChar::Nbsp, u' ');
}

// The document's table with `columns` columns (the main one).
QTextTable *mainTable(QTextDocument &doc, int columns)
{
    for (QTextFrame *f : doc.rootFrame()->childFrames()) {
        if (auto *t = qobject_cast<QTextTable *>(f); t && t->columns() == columns)
            return t;
    }
    return nullptr;
}

// The annex of the further-training plan-graph: «№ п/п | Программа (тема) | Организатор».
QTextTable *programmeList(QTextDocument &doc)
{
    for (QTextFrame *f : doc.rootFrame()->childFrames()) {
        if (auto *t = qobject_cast<QTextTable *>(f); t && t->columns() == 3 && cellText(t, 0, 1) == u"Программа (тема)")
            return t;
    }
    return nullptr;
}

// The row whose column `column` reads `text`; -1 when none.
int rowOf(QTextTable *table, int column, const QString &text)
{
    for (int r = 0; r < table->rows(); ++r) {
        if (cellText(table, r, column) == text)
            return r;
    }
    return -1;
}

QByteArray zipEntry(const QString &path, const char *name)
{
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    REQUIRE(zip != nullptr);
    QByteArray data;
    if (unzLocateFile(zip, name, 1) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[4096];
        int n = 0;
        while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            data.append(buffer, n);
        unzCloseCurrentFile(zip);
    }
    unzClose(zip);
    return data;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool haveGui() { return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr; }

} // namespace

TEST_CASE("The plan-graph puts each teacher in the year the 3-year rule gives", "[documents]")
{
    TrainingWorld w;
    const TrainingPlanDocumentData data = TrainingReports::planData(w.t.db(), 2026);
    CHECK(data.firstYear == 2026);
    CHECK(data.issuer == u"Ермаковский район"); // the database's only municipality
    CHECK(data.approval.heading == u"УТВЕРЖДАЮ");
    CHECK(data.approval.position == u"Директор МКУ «ИМЦ»");
    REQUIRE(data.entries.size() == 7);

    const auto doc = TrainingPlanDocument::build(data);
    const QString text = doc->toPlainText();
    CHECK(text.contains(u"План-график повышения квалификации педагогических работников на 2026–2028 гг."));
    CHECK(doc->metaInformation(QTextDocument::DocumentTitle)
          == u"План-график повышения квалификации педагогических работников на 2026–2028 гг.");
    CHECK(text.contains(u"УТВЕРЖДАЮ"));
    CHECK(text.contains(u"Директор МКУ «ИМЦ»"));
    CHECK(text.contains(u"«___» _______________ 20___ г."));
    CHECK(text.contains(u"Методист"));
    CHECK(DocumentStyle::pageLayout(*doc).orientation() == QPageLayout::Landscape);

    QTextTable *table = mainTable(*doc, 7);
    REQUIRE(table != nullptr);
    CHECK(table->format().headerRowCount() == 1);
    const QStringList headers{u"№ п/п"_s, u"Ф.И.О."_s, u"Должность (предмет)"_s,
                              u"Последние курсы (год, часы, п. перечня)"_s, u"2026"_s, u"2027"_s, u"2028"_s};
    for (int c = 0; c < headers.size(); ++c)
        CHECK(cellText(table, 0, c) == headers.at(c));

    // Grouped by organisation (full name, a row across the table), then by name.
    const int group1 = rowOf(table, 0, u"МБОУ СОШ № 1"_s);
    const int group2 = rowOf(table, 0, u"МБОУ СОШ № 2"_s);
    REQUIRE(group1 == 1);
    REQUIRE(group2 == 6);
    CHECK(table->cellAt(group1, 0).columnSpan() == 7);
    const QStringList order{cellText(table, 2, 1), cellText(table, 3, 1), cellText(table, 4, 1),
                            cellText(table, 5, 1), cellText(table, 7, 1), cellText(table, 8, 1),
                            cellText(table, 9, 1)};
    CHECK(order == QStringList{u"Белова Анна Сергеевна"_s, u"Новикова Анна Сергеевна"_s, u"Петрова Анна Сергеевна"_s,
                               u"Сидорова Анна Сергеевна"_s, u"Кузнецова Анна Сергеевна"_s,
                               u"Никитина Анна Сергеевна"_s, u"Орлова Анна Сергеевна"_s});
    CHECK(cellText(table, 2, 0) == u"1");
    CHECK(cellText(table, 9, 0) == u"7"); // numbered through the groups

    // Each teacher: «+» in the planned year's column only.
    const QHash<QString, int> plannedColumn{{u"Петрова"_s, 4}, {u"Сидорова"_s, 4}, {u"Новикова"_s, 4},
                                            {u"Никитина"_s, 4}, {u"Кузнецова"_s, 5}, {u"Орлова"_s, 6},
                                            {u"Белова"_s, 6}};
    for (auto it = plannedColumn.cbegin(); it != plannedColumn.cend(); ++it) {
        const int row = rowOf(table, 1, it.key() + u" Анна Сергеевна"_s);
        INFO(it.key().toStdString());
        REQUIRE(row > 0);
        for (int c = 4; c < 7; ++c)
            CHECK(cellText(table, row, c) == (c == it.value() ? u"+"_s : QString()));
    }
    const int sidorova = rowOf(table, 1, u"Сидорова Анна Сергеевна"_s);
    CHECK(cellText(table, sidorova, 2) == u"учитель");
    // The last course's programme by its item in the annex: a title beside
    // the year and hours made the typical row two or three lines.
    QTextTable *programmes = programmeList(*doc);
    REQUIRE(programmes != nullptr);
    const int literacy = rowOf(programmes, 1, u"Формирование функциональной грамотности обучающихся"_s);
    REQUIRE(literacy > 0);
    CHECK(cellText(table, sidorova, 3) == u"2023, 72 ч, п. %1"_s.arg(cellText(programmes, literacy, 0)));
    CHECK(cellText(table, rowOf(table, 1, u"Никитина Анна Сергеевна"_s), 3) == u"нет сведений");

    // Totals per year at the bottom.
    const int last = table->rows() - 1;
    CHECK(cellText(table, last, 0) == u"Итого по годам (всего в плане: 7 чел.)");
    CHECK(cellText(table, last, 4) == u"4 чел.");
    CHECK(cellText(table, last, 5) == u"1 чел.");
    CHECK(cellText(table, last, 6) == u"2 чел.");
}

TEST_CASE("A saved plan-graph is printed instead of the proposal, with its programmes and topics", "[documents]")
{
    TrainingWorld w;
    TrainingPlanRepository(w.t.db())
        .save(2026, {{w.teacher.value(u"Кузнецова"_s), 2027, w.environment, {}},
                     {w.teacher.value(u"Петрова"_s), 2026, 0, u"Медиация в школе"_s},
                     {w.teacher.value(u"Орлова"_s), 2028, 0, {}}});
    TrainingPlanDocumentData data = TrainingReports::planData(w.t.db(), 2026);
    REQUIRE(data.entries.size() == 3);
    data.approval.name = u"О.В. Смирнова"_s;
    data.approval.date = QDate(2026, 1, 12);
    data.signature.name = u"Е.А. Козлова"_s;
    data.issuer = u"МКУ «Информационно-методический центр» Ермаковского района"_s;
    const auto doc = TrainingPlanDocument::build(data);
    const QString text = doc->toPlainText();
    CHECK(text.contains(u"______________ О.В. Смирнова"));
    CHECK(text.contains(u"12 января 2026 г."));
    CHECK(text.contains(u"МКУ «Информационно-методический центр» Ермаковского района"));
    CHECK(text.contains(u"Е.А. Козлова"));

    QTextTable *table = mainTable(*doc, 7);
    REQUIRE(table != nullptr);
    // The planned programme or topic by its item in the annex.
    QTextTable *programmes = programmeList(*doc);
    REQUIRE(programmes != nullptr);
    const int environment = rowOf(programmes, 1, u"Цифровая образовательная среда школы"_s);
    const int mediation = rowOf(programmes, 1, u"Медиация в школе"_s);
    REQUIRE(environment > 0);
    REQUIRE(mediation > 0);
    CHECK(cellText(table, rowOf(table, 1, u"Кузнецова Анна Сергеевна"_s), 5)
          == u"п. %1"_s.arg(cellText(programmes, environment, 0)));
    CHECK(cellText(table, rowOf(table, 1, u"Петрова Анна Сергеевна"_s), 4)
          == u"п. %1"_s.arg(cellText(programmes, mediation, 0)));
    CHECK(cellText(table, rowOf(table, 1, u"Орлова Анна Сергеевна"_s), 6) == u"+");
    CHECK(rowOf(table, 1, u"Сидорова Анна Сергеевна"_s) == -1); // not in the saved plan
    const int last = table->rows() - 1;
    CHECK(cellText(table, last, 4) == u"1 чел.");
    CHECK(cellText(table, last, 5) == u"1 чел.");
    CHECK(cellText(table, last, 6) == u"1 чел.");
}

TEST_CASE("An empty plan-graph still has its header, a note and zero totals", "[documents]")
{
    TrainingPlanDocumentData data;
    data.firstYear = 2030;
    const auto doc = TrainingPlanDocument::build(data);
    CHECK(doc->toPlainText().contains(u"на 2030–2032 гг."));
    QTextTable *table = mainTable(*doc, 7);
    REQUIRE(table != nullptr);
    CHECK(table->rows() == 3);
    CHECK(cellText(table, 2, 4) == u"0 чел.");
}

TEST_CASE("The course schedule lists the runs of the period with their participants", "[documents]")
{
    TrainingWorld w;
    const qint64 inside = w.run(w.reading, {2026, 2, 10}, {2026, 2, 14}, u"ЧГ-1"_s, 20);
    const qint64 across = w.run(w.environment, {2026, 6, 22}, {2026, 7, 3}, u"ЦОС-2"_s);
    const qint64 outside = w.run(w.mentoring, {2026, 9, 1}, {2026, 9, 5});
    w.enrol(inside, u"Петрова"_s, w.school1);
    TrainingRepository(w.t.db()).complete(w.enrol(inside, u"Никитина"_s, w.school2), u"0001"_s, QDate(2026, 2, 14));
    TrainingRepository(w.t.db()).apply(inside, w.teacher.value(u"Сидорова"_s), w.school1, QDate(2026, 1, 20));
    w.enrol(across, u"Кузнецова"_s, w.school2);
    w.enrol(outside, u"Орлова"_s, w.school2);

    const CourseScheduleDocumentData data = TrainingReports::scheduleData(w.t.db(), {2026, 1, 1}, {2026, 6, 30});
    REQUIRE(data.runs.size() == 2);
    const auto doc = CourseScheduleDocument::build(data);
    const QString text = doc->toPlainText();
    CHECK(text.contains(u"График курсов повышения квалификации на период с 01.01.2026 по 30.06.2026"));
    CHECK(text.contains(u"УТВЕРЖДАЮ"));
    CHECK_FALSE(text.contains(u"Наставничество"));
    CHECK_FALSE(text.contains(u"Орлова"));
    CHECK_FALSE(text.contains(u"Сидорова")); // applied only: no seat yet

    QTextTable *table = mainTable(*doc, 9);
    REQUIRE(table != nullptr);
    const QStringList headers{u"№ п/п"_s, u"Программа (тема)"_s, u"Организатор"_s, u"Часы"_s, u"Форма"_s,
                              u"Сроки"_s, u"Место"_s, u"Группа"_s, u"Участники"_s};
    for (int c = 0; c < headers.size(); ++c)
        CHECK(cellText(table, 0, c) == headers.at(c));
    REQUIRE(table->rows() == 4);
    CHECK(cellText(table, 1, 1) == u"Читательская грамотность: задания и оценивание");
    CHECK(cellText(table, 1, 2) == u"ГАУ ДПО ИРО");
    CHECK(cellText(table, 1, 3) == u"24");
    CHECK(cellText(table, 1, 4) == u"дистанционно");
    CHECK(cellText(table, 1, 5) == u"10.02.2026–14.02.2026");
    CHECK(cellText(table, 1, 6) == u"ИМЦ, ауд. 12");
    CHECK(cellText(table, 1, 7) == u"ЧГ-1");
    CHECK(cellText(table, 1, 8) == u"2 чел.\nмест: 20"); // the names are in the annex
    CHECK(cellText(table, 2, 1) == u"Цифровая образовательная среда школы");
    CHECK(cellText(table, 2, 5) == u"22.06.2026–03.07.2026");
    CHECK(cellText(table, 2, 8) == u"1 чел.");

    // The annex: a list per course, under the course's number and programme,
    // each participant with the organisation that sent them.
    CHECK(text.contains(u"Приложение к графику курсов"));
    CHECK(text.contains(u"Списки участников курсов"));
    CHECK(text.contains(u"1. Читательская грамотность: задания и оценивание (10.02.2026–14.02.2026, группа ЧГ-1)"));
    CHECK(text.contains(u"2. Цифровая образовательная среда школы (22.06.2026–03.07.2026, группа ЦОС-2)"));
    QList<QTextTable *> lists;
    for (QTextFrame *f : doc->rootFrame()->childFrames()) {
        if (auto *t = qobject_cast<QTextTable *>(f); t && t->columns() == 3 && cellText(t, 0, 2) == u"Организация")
            lists.append(t);
    }
    REQUIRE(lists.size() == 2);
    REQUIRE(lists.at(0)->rows() == 3);
    CHECK(cellText(lists.at(0), 1, 0) == u"1");
    CHECK(cellText(lists.at(0), 1, 1).startsWith(u"Никитина "));
    CHECK(cellText(lists.at(0), 1, 2) == u"СОШ № 2");
    CHECK(cellText(lists.at(0), 2, 1).startsWith(u"Петрова "));
    CHECK(cellText(lists.at(0), 2, 2) == u"СОШ № 1");
    REQUIRE(lists.at(1)->rows() == 2);
    CHECK(cellText(lists.at(1), 1, 1).startsWith(u"Кузнецова "));
    CHECK(cellText(lists.at(1), 1, 2) == u"СОШ № 2");
    CHECK(cellText(table, 3, 0) == u"Итого: 2 курса");
    CHECK(cellText(table, 3, 8) == u"3 чел.");
}

TEST_CASE("The course schedule of a period without courses says so", "[documents]")
{
    TrainingWorld w;
    const auto doc = TrainingReports::courseSchedule(w.t.db(), {2030, 1, 1}, {2030, 12, 31});
    CHECK(doc->toPlainText().contains(u"Курсов в этот период нет."));
    CHECK(doc->toPlainText().contains(u"Итого: 0 курсов"));
}

TEST_CASE("ODT: a zip package with the content, A4 landscape page and Times New Roman", "[documents]")
{
    TrainingWorld w;
    const auto doc = TrainingReports::trainingPlan(w.t.db(), 2026);
    const QString path = w.t.file(u"План 2026.odt"_s);
    DocumentWriter::write(*doc, path);
    const QByteArray bytes = fileBytes(path);
    REQUIRE(bytes.startsWith("PK"));
    // ODF: the stored "mimetype" entry first.
    CHECK(bytes.mid(30, 8) == "mimetype");
    CHECK(bytes.mid(38, 39) == "application/vnd.oasis.opendocument.text");

    const QString content = QString::fromUtf8(zipEntry(path, "content.xml"));
    CHECK(content.contains(u"План-график повышения квалификации педагогических работников на 2026–2028 гг."));
    CHECK(content.contains(u"Сидорова Анна Сергеевна"));
    CHECK(content.contains(u"fo:font-family=\"Times New Roman\""));
    CHECK_FALSE(content.contains(u"fo:font-family=\"Sans\""));
    // Qt's ODF writer corrected: the table as wide as the text, relative
    // column widths, the header row marked to repeat on every page.
    CHECK(content.contains(u"style:rel-width=\"100%\" table:align=\"margins\""));
    CHECK(content.contains(u"style:rel-column-width=\"600*\""));
    CHECK_FALSE(content.contains(u"style:width=\"100pt\""));
    CHECK(content.count(u"<table:table-header-rows>") == 2); // the plan and the annex of its programmes
    CHECK(content.contains(u"style:width=\"255.12pt\"")); // the approval block: 90 mm
    const QString styles = QString::fromUtf8(zipEntry(path, "styles.xml"));
    CHECK(styles.contains(u"fo:page-width=\"297.0mm\""));
    CHECK(styles.contains(u"fo:page-height=\"210.0mm\""));
    CHECK(styles.contains(u"style:print-orientation=\"landscape\""));
    CHECK(styles.contains(u"fo:margin-left=\"30.0mm\""));
    CHECK(styles.contains(u"<text:page-number"));
    CHECK(QString::fromUtf8(zipEntry(path, "META-INF/manifest.xml")).contains(u"styles.xml"));

    // Written again over the old file: replaced whole.
    DocumentWriter::writeOdt(*TrainingReports::courseSchedule(w.t.db(), {2026, 1, 1}, {2026, 12, 31}), path);
    CHECK(QString::fromUtf8(zipEntry(path, "content.xml")).contains(u"График курсов повышения квалификации"));
    CHECK(QDir(w.t.dir()).entryList(QDir::Files).filter(u"План"_s) == QStringList{u"План 2026.odt"_s});
}

TEST_CASE("Writing documents fails with the file's name and leaves nothing behind", "[documents]")
{
    TrainingWorld w;
    const auto doc = TrainingReports::trainingPlan(w.t.db(), 2026);
    const QString missingDir = w.t.file(u"нет такой папки/план.odt"_s);
    REQUIRE_THROWS_WITH(DocumentWriter::writeOdt(*doc, missingDir), Catch::Contains("план.odt"));
    CHECK_FALSE(QFileInfo::exists(missingDir));
    const QString text = w.t.file(u"план.txt"_s);
    REQUIRE_THROWS_WITH(DocumentWriter::write(*doc, text), Catch::Contains(".pdf or .odt"));
    CHECK_FALSE(QFileInfo::exists(text));
    CHECK(DocumentWriter::isSupported(u"a.PDF"_s));
    CHECK(DocumentWriter::isSupported(u"a.odt"_s));
    CHECK_FALSE(DocumentWriter::isSupported(u"a.docx"_s));

    const QString pdf = w.t.file(u"план.pdf"_s);
    if (!haveGui()) {
        // No fonts without a QGuiApplication: a clear error, not Qt's abort.
        REQUIRE_THROWS_WITH(DocumentWriter::writePdf(*doc, pdf), Catch::Contains("QGuiApplication"));
        CHECK_FALSE(QFileInfo::exists(pdf));
    } else {
        CHECK(DocumentWriter::writePdf(*doc, pdf) >= 1);
        CHECK(fileBytes(pdf).startsWith("%PDF"));
    }
}

TEST_CASE("The official style: A4, margins 30/15/20/20 mm, Times New Roman or its twin", "[documents]")
{
    const QPageLayout portrait = DocumentStyle::pageLayout();
    CHECK(portrait.pageSize().id() == QPageSize::A4);
    CHECK(portrait.margins(QPageLayout::Millimeter) == QMarginsF(30, 20, 15, 20));
    CHECK(DocumentStyle::textWidthMm(QPageLayout::Portrait) == Approx(165));
    CHECK(DocumentStyle::textWidthMm(QPageLayout::Landscape) == Approx(252));
    CHECK(DocumentStyle::fontFamilies().constFirst() == u"Times New Roman");
    CHECK(DocumentStyle::fontFamilies().contains(u"Liberation Serif"_s));
    CHECK(DocumentStyle::shortName(u"Иванова"_s, u"Мария"_s, u"Петровна"_s) == u"Иванова\u00A0М.П.");
    CHECK(DocumentStyle::shortName(u"Ли"_s, u"Анна"_s, {}) == u"Ли\u00A0А.");
    CHECK(CourseScheduleDocument::period({2026, 3, 2}, {2026, 3, 2}) == u"02.03.2026");
}

TEST_CASE("ODT: rows a cell spans become one row holding them as a nested table of the same columns, each ruling "
          "drawn once",
          "[documents][odt]")
{
    // A header row, then a teacher beside two mentors, as QTextOdfWriter writes them.
    const auto content = [](const QString &rows) -> QString {
        return u"<office:document-content><office:automatic-styles>"
               "<style:style style:name=\"C\" style:family=\"table-cell\">"
               "<style:table-cell-properties fo:border=\"0.75pt solid #000000\" fo:padding=\"1pt\"/></style:style>"
               "</office:automatic-styles><office:body><office:text><table:table table:style-name=\"Table1\">"
               "<table:table-column table:style-name=\"Table1.0\"/><table:table-column table:style-name=\"Table1.1\"/>"
               "<table:table-row><table:table-cell table:style-name=\"C\"><text:p>№</text:p></table:table-cell>"
               "<table:table-cell table:style-name=\"C\"><text:p>Наставник</text:p></table:table-cell></table:table-row>"_s
               + rows + u"</table:table></office:text></office:body></office:document-content>"_s;
    };
    const QString plain = content({});
    CHECK(OdtRowBlocks::nest(plain) == plain);

    const QString nested = OdtRowBlocks::nest(content(
        u"<table:table-row><table:table-cell table:number-rows-spanned=\"2\" table:style-name=\"C\"><text:p>1</text:p>"
        "</table:table-cell><table:table-cell table:style-name=\"C\"><text:p>Иванова</text:p></table:table-cell>"
        "</table:table-row><table:table-row><table:table-cell table:style-name=\"C\"><text:p>Петрова</text:p>"
        "</table:table-cell></table:table-row>"_s));
    INFO(nested.toStdString());
    CHECK(nested.contains(
        u"<table:table-row><table:table-cell table:style-name=\"C.Profrost4\" table:number-columns-spanned=\"2\">"
        "<table:table table:style-name=\"ProfrostBlockTable\"><table:table-column table:style-name=\"Table1.0\"/>"
        "<table:table-column table:style-name=\"Table1.1\"/><table:table-row>"
        "<table:table-cell table:number-rows-spanned=\"2\" table:style-name=\"C.Profrost3\"><text:p>1</text:p>"
        "</table:table-cell><table:table-cell table:style-name=\"C.Profrost1\"><text:p>Иванова</text:p>"
        "</table:table-cell></table:table-row><table:table-row><table:table-cell table:style-name=\"C.Profrost2\">"
        "<text:p>Петрова</text:p></table:table-cell></table:table-row></table:table></table:table-cell>"
        "<table:covered-table-cell/></table:table-row></table:table>"_s));
    // The holding cell draws the block's top and bottom, the nested cells the rest.
    const QString solid = u"0.75pt solid #000000"_s;
    CHECK(nested.contains(u"<style:style style:name=\"C.Profrost4\" style:family=\"table-cell\">"
                          "<style:table-cell-properties fo:padding=\"0pt\" fo:border-left=\"none\" "
                          "fo:border-right=\"none\" fo:border-top=\"%1\" fo:border-bottom=\"%1\"/>"_s.arg(solid)));
    CHECK(nested.contains(u"style:name=\"C.Profrost1\" style:family=\"table-cell\"><style:table-cell-properties "
                          "fo:padding=\"1pt\" fo:border-left=\"%1\" fo:border-right=\"%1\" fo:border-top=\"none\" "
                          "fo:border-bottom=\"%1\"/>"_s.arg(solid)));
    CHECK(nested.contains(u"style:name=\"C.Profrost2\""_s));
    CHECK(nested.contains(u"style:name=\"C.Profrost3\""_s));
    CHECK(nested.contains(u"style:name=\"ProfrostBlockTable\""_s));
}
