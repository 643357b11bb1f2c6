#include <catch2/catch.hpp>

#include "io/CourseImporter.h"
#include "io/TableReader.h"
#include "io/TableWriter.h"
#include "io/TeacherImporter.h"
#include "store/TeacherRepository.h"
#include "store/TrainingRepository.h"
#include "support/ImportFixtures.h"
#include "support/TestSupport.h"
#include "util/Error.h"

#include <algorithm>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

CourseImporter::Preview previewOf(Database &db, const QString &file)
{
    return CourseImporter(db, referenceDay()).preview(TableReader::read(file));
}

QString goodFile() { return dataFile(u"courses/courses_good.csv"_s); }

qint64 ivanovaId(Database &db) { return TeacherRepository(db).findBySnils(u"11223344595"_s); }

const Programme *find(const QList<Programme> &list, const QString &titleStart)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [&](const Programme &p) { return p.title.startsWith(titleStart); });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

TEST_CASE("Course import: a good file records every completion, a programme shared by two rows is created once",
          "[courses]")
{
    ClockScope clock;
    TempDatabase t;
    addRegistryTeachers(t.db());
    const auto preview = previewOf(t.db(), goodFile());
    INFO(rejections(preview).join(u' ').toStdString());
    CHECK(preview.errors.isEmpty());
    CHECK(preview.totalRows == 5);
    REQUIRE(preview.records.size() == 5);
    // One warning per new programme, not per row.
    int newProgrammeWarnings = 0;
    for (const RowIssue &w : preview.warnings)
        newProgrammeWarnings += w.reason.contains(u"is new") ? 1 : 0;
    CHECK(newProgrammeWarnings == 4);

    const ImportOutcome outcome = CourseImporter(t.db(), referenceDay()).apply(preview);
    CHECK(outcome.imported == 5);
    CHECK(outcome.updated == 0);
    CHECK(outcome.unchanged == 0);
    CHECK(outcome.programmesCreated == 4);
    CHECK(outcome.runsCreated == 4);

    TrainingRepository training(t.db());
    const QList<Programme> programmes = training.programmes();
    REQUIRE(programmes.size() == 4);
    const Programme *school = find(programmes, u"Школа современного учителя"_s);
    REQUIRE(school);
    CHECK(school->hours == 100);
    CHECK(school->kind == ProgrammeKind::Training);
    CHECK(school->form == StudyForm::Distance);
    CHECK(school->federalRegistry);
    CHECK(school->areas == QList<CompetencyArea>{CompetencyArea::Subject, CompetencyArea::Methodical});
    const Programme *management = find(programmes, u"Менеджмент"_s);
    REQUIRE(management);
    CHECK(management->kind == ProgrammeKind::Retraining);
    CHECK(management->hours == 252);
    CHECK(management->form == StudyForm::Blended);
    CHECK(management->providerKind == ProviderKind::Iro);
    CHECK_FALSE(management->federalRegistry);
    const Programme *speech = find(programmes, u"Речевое развитие"_s);
    REQUIRE(speech);
    CHECK(speech->providerKind == ProviderKind::Cnppm);
    CHECK(speech->form == StudyForm::FullTime);
    const Programme *literacy = find(programmes, u"Формирование и оценка"_s);
    REQUIRE(literacy);
    CHECK(literacy->hours == 72);
    CHECK(literacy->areas == QList<CompetencyArea>{CompetencyArea::Methodical, CompetencyArea::FunctionalLiteracy});

    // Иванова: found by SNILS in row 2 and by name and birth date in row 6.
    const QList<Completion> ivanova = training.completionsOf(ivanovaId(t.db()));
    REQUIRE(ivanova.size() == 2);
    CHECK(ivanova.at(0).certificateNumber == u"772419876543");
    CHECK(ivanova.at(0).ends == QDate(2024, 4, 30));
    CHECK(ivanova.at(1).certificateNumber == u"242400011224");
    CHECK(training.completions().size() == 5);
    // Козлова and Иванова share the run of the same dates.
    const QList<CourseRunRow> runs = training.runs();
    REQUIRE(runs.size() == 4);
    for (const CourseRunRow &r : runs) {
        if (r.programme.startsWith(u"Формирование"))
            CHECK(r.completed == 2);
        const QList<Enrolment> list = training.enrolments(r.run.id);
        for (const Enrolment &e : list)
            CHECK(e.certificateDate == r.run.ends); // no "Дата выдачи": the end date
    }
}

TEST_CASE("Course import: re-importing the same file changes nothing", "[courses]")
{
    ClockScope clock;
    TempDatabase t;
    addRegistryTeachers(t.db());
    CourseImporter(t.db(), referenceDay()).apply(previewOf(t.db(), goodFile()));
    TrainingRepository training(t.db());
    const auto programmesBefore = training.programmes();
    const auto completionsBefore = training.completions();

    const auto again = previewOf(t.db(), goodFile());
    for (const RowIssue &w : again.warnings)
        CHECK_FALSE(w.reason.contains(u"is new")); // the catalogue knows them now
    const ImportOutcome outcome = CourseImporter(t.db(), referenceDay()).apply(again);
    CHECK(outcome.imported == 0);
    CHECK(outcome.updated == 0);
    CHECK(outcome.unchanged == 5);
    CHECK(outcome.programmesCreated == 0);
    CHECK(outcome.runsCreated == 0);
    CHECK(training.programmes() == programmesBefore);
    const auto completionsAfter = training.completions();
    REQUIRE(completionsAfter.size() == completionsBefore.size());
    for (qsizetype i = 0; i < completionsAfter.size(); ++i) {
        CHECK(completionsAfter[i].enrolmentId == completionsBefore[i].enrolmentId);
        CHECK(completionsAfter[i].certificateNumber == completionsBefore[i].certificateNumber);
    }
}

TEST_CASE("Course import: each kind of bad row is rejected with its row, column and reason", "[courses]")
{
    ClockScope clock;
    TempDatabase t;
    addRegistryTeachers(t.db());
    const auto preview = previewOf(t.db(), dataFile(u"courses/courses_bad.csv"_s));
    const QStringList got = rejections(preview);
    INFO(got.join(u' ').toStdString());
    CHECK(got.contains(u"2:ФИО"_s));            // not in the registry
    CHECK(got.contains(u"3:Часы"_s));           // ПК of 8 hours
    CHECK(got.contains(u"4:Компетенции"_s));    // "цифровизация"
    CHECK(got.contains(u"5:Дата окончания"_s)); // ends before it starts
    CHECK(got.contains(u"6:Дата окончания"_s)); // in the future
    CHECK(got.contains(u"7:Вид"_s));            // "семинар"
    CHECK(got.contains(u"8:СНИЛС"_s));          // a valid SNILS nobody has
    CHECK(got.contains(u"9:Часы"_s));           // "много"
    REQUIRE(preview.records.size() == 1);
    CHECK(preview.records.first().row == 10);

    for (const RowIssue &e : preview.errors) {
        INFO(e.row << " " << e.reason.toStdString());
        if (e.row == 2)
            CHECK(e.reason.contains(u"Смирнова Ирина Олеговна"));
        if (e.row == 3)
            CHECK(e.reason.contains(u"16"));
        if (e.row == 4)
            CHECK(e.reason.contains(u"цифровизация"));
        if (e.row == 6 && e.column == u"Дата окончания")
            CHECK(e.reason.contains(u"30.04.2099"));
        if (e.row == 7)
            CHECK(e.reason.contains(u"семинар"));
    }
    // Applying takes the valid row only; the rejected rows' programmes are not created.
    const ImportOutcome outcome = CourseImporter(t.db(), referenceDay()).apply(preview);
    CHECK(outcome.imported == 1);
    CHECK(outcome.programmesCreated == 1);
    CHECK(TrainingRepository(t.db()).programmes().size() == 1);
    CHECK(TrainingRepository(t.db()).completions().size() == 1);
}

TEST_CASE("Course import: a file without the columns it needs is rejected as a whole", "[courses]")
{
    ClockScope clock;
    TempDatabase t;
    addRegistryTeachers(t.db());
    SECTION("no way to recognise the teacher")
    {
        const QString file = writeFile(t.dir(), u"no_teacher.csv"_s,
                                       u"ФИО;Программа;Организатор;Часы;Дата начала;Дата окончания\n"
                                       "Петров Сергей Николаевич;Тема;ИРО;36;01.02.2025;10.02.2025\n"_s.toUtf8());
        const auto preview = previewOf(t.db(), file);
        CHECK(preview.fileRejected());
        CHECK(preview.records.isEmpty());
        CHECK_THROWS_AS(CourseImporter(t.db(), referenceDay()).apply(preview), Error);
    }
    SECTION("no hours")
    {
        const QString file = writeFile(t.dir(), u"no_hours.csv"_s,
                                       u"СНИЛС;Программа;Организатор;Дата начала;Дата окончания\n"
                                       "11223344595;Тема;ИРО;01.02.2025;10.02.2025\n"_s.toUtf8());
        const auto preview = previewOf(t.db(), file);
        CHECK(preview.fileRejected());
        CHECK(rejections(preview).contains(u"0:Часы"_s));
    }
}

TEST_CASE("Course import: headers match whatever the case, spaces and ё, and split names work", "[courses]")
{
    ClockScope clock;
    TempDatabase t;
    addRegistryTeachers(t.db());
    const QString file = writeFile(
        t.dir(), u"split.csv"_s,
        u"фамилия;ИМЯ;Отчество;дата  рождения;ПРОГРАММА;организатор;вид;часы;форма;Федеральный  реестр;"
        "компетенции;дата начала;дата окончания;номер удостоверения\n"
        "Козлова;Ольга;Юрьевна;05.05.1990;Цифровая образовательная среда;ЦНППМ;ПК;36 часов;дистант;1;ИКТ;"
        "03.03.2025;14.03.2025;2424-55\n"_s.toUtf8());
    const auto preview = previewOf(t.db(), file);
    INFO(rejections(preview).join(u' ').toStdString());
    REQUIRE(preview.errors.isEmpty());
    REQUIRE(preview.records.size() == 1);
    const Programme &p = preview.records.first().programme;
    CHECK(p.hours == 36);
    CHECK(p.form == StudyForm::Distance);
    CHECK(p.federalRegistry);
    CHECK(p.areas == QList<CompetencyArea>{CompetencyArea::Digital});
    CHECK(preview.records.first().teacherName == u"Козлова Ольга Юрьевна");
}

TEST_CASE("Course import: XLSX files import like CSV", "[courses]")
{
    ClockScope clock;
    TempDatabase t;
    addRegistryTeachers(t.db());
    const Table csv = TableReader::read(goodFile());
    QList<QStringList> rows;
    for (const TableRow &r : csv.rows)
        rows << r.cells;
    const QString xlsx = t.file(u"courses.xlsx"_s);
    TableWriter::write(xlsx, csv.header, rows);
    const auto preview = previewOf(t.db(), xlsx);
    INFO(rejections(preview).join(u' ').toStdString());
    CHECK(preview.errors.isEmpty());
    CHECK(CourseImporter(t.db(), referenceDay()).apply(preview).imported == 5);
}

TEST_CASE("Course import: a new certificate number updates, a missing one keeps what was recorded", "[courses]")
{
    ClockScope clock;
    TempDatabase t;
    addRegistryTeachers(t.db());
    CourseImporter(t.db(), referenceDay()).apply(previewOf(t.db(), goodFile()));
    const QString header = u"СНИЛС;Программа;Организатор;Вид;Часы;Дата начала;Дата окончания;Номер удостоверения\n"_s;
    const QString course = u"11223344595;Школа современного учителя. Русский язык;"
                           "ФГАОУ ДПО «Академия Минпросвещения России»;ПК;100;01.02.2024;30.04.2024;"_s;

    const QString withoutNumber = writeFile(t.dir(), u"without.csv"_s, (header + course + u'\n').toUtf8());
    ImportOutcome o = CourseImporter(t.db(), referenceDay()).apply(previewOf(t.db(), withoutNumber));
    CHECK(o.unchanged == 1);
    CHECK(o.updated == 0);

    const QString corrected = writeFile(t.dir(), u"corrected.csv"_s, (header + course + u"772419876544\n"_s).toUtf8());
    o = CourseImporter(t.db(), referenceDay()).apply(previewOf(t.db(), corrected));
    CHECK(o.updated == 1);
    CHECK(o.imported == 0);
    const QList<Completion> list = TrainingRepository(t.db()).completionsOf(ivanovaId(t.db()));
    REQUIRE_FALSE(list.isEmpty());
    CHECK(list.first().certificateNumber == u"772419876544");
}

TEST_CASE("Course import: an enrolled participant becomes a completion", "[courses]")
{
    ClockScope clock;
    TempDatabase t;
    addRegistryTeachers(t.db());
    TrainingRepository training(t.db());
    Programme p;
    p.title = u"Школа современного учителя. Русский язык"_s;
    p.provider = u"ФГАОУ ДПО «Академия Минпросвещения России»"_s;
    p.hours = 100;
    const qint64 programmeId = training.insertProgramme(p);
    CourseRun run;
    run.programmeId = programmeId;
    run.starts = QDate(2024, 2, 1);
    run.ends = QDate(2024, 4, 30);
    const qint64 runId = training.insertRun(run);
    const qint64 e = training.apply(runId, ivanovaId(t.db()), 0, QDate(2024, 1, 10));
    training.approve(e);

    const auto preview = previewOf(t.db(), goodFile());
    const ImportOutcome o = CourseImporter(t.db(), referenceDay()).apply(preview);
    CHECK(o.updated == 1); // the enrolment of row 2
    CHECK(o.imported == 4);
    CHECK(o.programmesCreated == 3);
    CHECK(o.runsCreated == 3);
    const Enrolment after = training.enrolment(e);
    CHECK(after.status == EnrolmentStatus::Completed);
    CHECK(after.certificateNumber == u"772419876543");
}

TEST_CASE("Course import: hours and yes/no as people type them", "[courses]")
{
    int h = 0;
    for (const char16_t *good : {u"72", u"72 ч", u"72,0", u"72.00", u"72 ч.", u"72 часа", u"72 ак. ч."}) {
        INFO(QString::fromUtf16(good).toStdString());
        CHECK(CourseImporter::parseHours(QString::fromUtf16(good), &h));
        CHECK(h == 72);
    }
    for (const char16_t *bad : {u"", u"72,5", u"много", u"72 дня", u"-72"})
        CHECK_FALSE(CourseImporter::parseHours(QString::fromUtf16(bad), &h));
    bool yes = false;
    for (const char16_t *text : {u"да", u"ДА", u"+", u"1"}) {
        CHECK(CourseImporter::parseYesNo(QString::fromUtf16(text), &yes));
        CHECK(yes);
    }
    for (const char16_t *text : {u"нет", u"-", u"0", u""}) {
        CHECK(CourseImporter::parseYesNo(QString::fromUtf16(text), &yes));
        CHECK_FALSE(yes);
    }
    CHECK_FALSE(CourseImporter::parseYesNo(u"может быть"_s, &yes));
}
