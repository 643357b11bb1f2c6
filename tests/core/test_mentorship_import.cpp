// Importing mentorship pairs (issue 14; core/README.md «Young teachers and
// mentoring», «Import of pairs»): a good file as CSV and as XLSX with real
// Excel dates, the form with a hyphen or a dash, each kind of bad row with
// its row, column and reason, a repeated row, re-import without changes, an
// end date and a result added to a stored pair, and a messy school file.
// The day is 22.11.2026; the registry is import/teachers_good.csv.

#include <catch2/catch.hpp>

#include "io/MentorshipImporter.h"
#include "io/TableReader.h"
#include "io/TableWriter.h"
#include "store/MentorshipRepository.h"
#include "store/TeacherRepository.h"
#include "support/ImportFixtures.h"
#include "support/TestSupport.h"

#include <algorithm>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

MentorshipImporter::Preview previewOf(Database &db, const QString &file)
{
    return MentorshipImporter(db, referenceDay()).preview(TableReader::read(file));
}

ImportOutcome importFile(Database &db, const QString &file)
{
    MentorshipImporter importer(db, referenceDay());
    const auto preview = importer.preview(TableReader::read(file));
    REQUIRE(preview.errors.isEmpty());
    return importer.apply(preview);
}

QString writeCsv(TempDatabase &t, const QString &name, const QString &text)
{
    return writeFile(t.dir(), name, (u"\ufeff"_s + text).toUtf8());
}

// The registry's four teachers by surname.
struct People
{
    explicit People(Database &db)
    {
        TeacherRepository teachers(db);
        ivanova = teachers.findBySnils(u"11223344595"_s);
        petrov = teachers.findByNameAndBirth(u"Петров"_s, u"Сергей"_s, u"Николаевич"_s, {1985, 7, 1});
        sidorova = teachers.findByNameAndBirth(u"Сидорова"_s, u"Анна"_s, u"Викторовна"_s, {2001, 11, 30});
        kozlova = teachers.findByNameAndBirth(u"Козлова"_s, u"Ольга"_s, u"Юрьевна"_s, {1990, 5, 5});
        REQUIRE(ivanova > 0);
        REQUIRE(petrov > 0);
        REQUIRE(sidorova > 0);
        REQUIRE(kozlova > 0);
    }
    qint64 ivanova = 0, petrov = 0, sidorova = 0, kozlova = 0;
};

// The warnings of the preview as «row:column: reason».
QStringList warningsOf(const ImportPreview &p)
{
    QStringList out;
    for (const RowIssue &w : p.warnings) {
        if (w.row > 0)
            out << u"%1:%2: %3"_s.arg(w.row).arg(w.column, w.reason);
    }
    return out;
}

} // namespace

TEST_CASE("Mentorship import: a good file records every pair, a hyphen or a dash in the form alike",
          "[mentoring][import]")
{
    ClockScope clock;
    TempDatabase t;
    addRegistryTeachers(t.db());
    const People p(t.db());
    const QString file = dataFile(u"mentoring/mentorships_good.csv"_s);
    const auto preview = previewOf(t.db(), file);
    INFO(rejections(preview).join(u' ').toStdString());
    REQUIRE(preview.errors.isEmpty());
    REQUIRE(preview.records.size() == 4);
    CHECK(preview.warnings.isEmpty());
    CHECK(preview.updates.isEmpty());

    const ImportOutcome outcome = MentorshipImporter(t.db(), referenceDay()).apply(preview);
    CHECK(outcome.imported == 4);
    CHECK(outcome.updated == 0);
    CHECK(outcome.unchanged == 0);

    MentorshipRepository repo(t.db());
    const QList<Mentorship> pairs = repo.all(); // by first day
    REQUIRE(pairs.size() == 4);
    // Row 2: the mentor by СНИЛС, «педагог-педагог» with a hyphen, ongoing.
    CHECK(pairs[0].mentorId == p.ivanova);
    CHECK(pairs[0].menteeId == p.sidorova);
    CHECK(pairs[0].form == MentorshipForm::TeacherTeacher);
    CHECK(pairs[0].starts == QDate(2025, 9, 1));
    CHECK_FALSE(pairs[0].ends.isValid());
    CHECK(pairs[0].goals == u"Адаптация в профессии");
    CHECK(pairs[0].result.isEmpty());
    // Row 3: «Руководитель – педагог» with an en dash and spaces, ended, with a result.
    CHECK(pairs[1].mentorId == p.petrov);
    CHECK(pairs[1].menteeId == p.kozlova);
    CHECK(pairs[1].form == MentorshipForm::ManagerTeacher);
    CHECK(pairs[1].starts == QDate(2025, 9, 15));
    CHECK(pairs[1].ends == QDate(2026, 5, 31));
    CHECK(pairs[1].goals == u"Освоение ФОП");
    CHECK(pairs[1].result == u"Проведены 4 открытых урока");
    // Row 4: «педагог—педагог» with an em dash and no spaces.
    CHECK(pairs[2].mentorId == p.kozlova);
    CHECK(pairs[2].menteeId == p.sidorova);
    CHECK(pairs[2].form == MentorshipForm::TeacherTeacher);
    CHECK(pairs[2].starts == QDate(2025, 10, 1));
    // Row 5: the mentor by name and birth date, «групповая».
    CHECK(pairs[3].mentorId == p.ivanova);
    CHECK(pairs[3].menteeId == p.petrov);
    CHECK(pairs[3].form == MentorshipForm::Group);
    CHECK(pairs[3].starts == QDate(2026, 9, 1));

    SECTION("importing the same file again changes nothing")
    {
        const ImportOutcome again = importFile(t.db(), file);
        CHECK(again.imported == 0);
        CHECK(again.updated == 0);
        CHECK(again.unchanged == 4);
        CHECK(repo.all() == pairs);
    }
    SECTION("an XLSX file with the same rows (the dates real Excel dates) imports the same way")
    {
        const Table csv = TableReader::read(file);
        QList<QStringList> rows;
        for (const TableRow &r : csv.rows)
            rows << r.cells;
        const QString xlsx = t.file(u"pairs.xlsx"_s);
        TableWriter::write(xlsx, csv.header, rows);
        const auto fromXlsx = previewOf(t.db(), xlsx);
        CHECK(fromXlsx.errors.isEmpty());
        CHECK(fromXlsx.updates.isEmpty());
        CHECK(MentorshipImporter(t.db(), referenceDay()).apply(fromXlsx).unchanged == 4);
        CHECK(repo.all() == pairs);
    }
    SECTION("a row that adds the end date and a result updates the pair, shown in the preview")
    {
        const QString ended = writeCsv(
            t, u"ended.csv"_s,
            u"СНИЛС наставника;Наставляемый;Дата рождения наставляемого;Форма;Дата начала;Дата окончания;Результат\n"
            "112-233-445 95;Сидорова Анна Викторовна;30.11.2001;педагог – педагог;01.09.2025;31.05.2026;"
            "Первая категория\n"_s);
        const auto changed = previewOf(t.db(), ended);
        REQUIRE(changed.errors.isEmpty());
        CHECK(changed.warnings.isEmpty());
        REQUIRE(changed.updates.size() == 1);
        CHECK(changed.updates.first().row == 2);
        CHECK(changed.updates.first().column == u"mentor Иванова Мария Петровна, mentee Сидорова Анна Викторовна");
        CHECK(changed.updates.first().reason
              == u"the pair from 01.09.2025: end date: — → 31.05.2026; result: — → \"Первая категория\"");
        const ImportOutcome o = MentorshipImporter(t.db(), referenceDay()).apply(changed);
        CHECK(o.imported == 0);
        CHECK(o.updated == 1);
        const Mentorship after = *repo.find(p.ivanova, p.sidorova, QDate(2025, 9, 1));
        CHECK(after.id == pairs[0].id);
        CHECK(after.ends == QDate(2026, 5, 31));
        CHECK(after.result == u"Первая категория");
        CHECK(after.goals == u"Адаптация в профессии"); // the file has no goals: kept

        // The first file again: its empty end and result keep what is stored now.
        const ImportOutcome again = importFile(t.db(), file);
        CHECK(again.unchanged == 4);
        CHECK(repo.find(p.ivanova, p.sidorova, QDate(2025, 9, 1))->ends == QDate(2026, 5, 31));
    }
    SECTION("an empty form keeps the stored pair's; another form replaces it")
    {
        const QString header = u"Наставник;Дата рождения наставника;Наставляемый;Дата рождения наставляемого;"
                               "Форма;Дата начала\n"_s;
        const QString empty = writeCsv(t, u"empty.csv"_s,
                                       header + u"Петров Сергей Николаевич;01.07.1985;Козлова Ольга Юрьевна;"
                                                "05.05.1990;;15.09.2025\n"_s);
        const auto kept = previewOf(t.db(), empty);
        REQUIRE(kept.errors.isEmpty());
        CHECK(kept.warnings.isEmpty()); // no «recorded as педагог – педагог»: the pair is stored
        CHECK(kept.updates.isEmpty());
        CHECK(MentorshipImporter(t.db(), referenceDay()).apply(kept).unchanged == 1);

        const QString other = writeCsv(t, u"other.csv"_s,
                                       header + u"Петров Сергей Николаевич;01.07.1985;Козлова Ольга Юрьевна;"
                                                "05.05.1990;педагог-педагог;15.09.2025\n"_s);
        const auto replaced = previewOf(t.db(), other);
        REQUIRE(replaced.updates.size() == 1);
        CHECK(replaced.updates.first().reason
              == u"the pair from 15.09.2025: form: руководитель – педагог → педагог – педагог");
        CHECK(MentorshipImporter(t.db(), referenceDay()).apply(replaced).updated == 1);
        CHECK(repo.find(p.petrov, p.kozlova, QDate(2025, 9, 15))->form == MentorshipForm::TeacherTeacher);
    }
    SECTION("another first day of the same two people is another pair")
    {
        const QString next = writeCsv(
            t, u"next.csv"_s,
            u"СНИЛС наставника;СНИЛС наставляемого;Наставляемый;Дата рождения наставляемого;Форма;Дата начала\n"
            "112-233-445 95;;Сидорова Анна Викторовна;30.11.2001;педагог-педагог;01.09.2026\n"_s);
        CHECK(importFile(t.db(), next).imported == 1);
        CHECK(repo.ofTeacher(p.sidorova).size() == 3);
    }
}

TEST_CASE("Mentorship import: each kind of bad row is rejected with its row, column and reason",
          "[mentoring][import]")
{
    ClockScope clock;
    TempDatabase t;
    addRegistryTeachers(t.db());
    const People p(t.db());
    const auto preview = previewOf(t.db(), dataFile(u"mentoring/mentorships_bad.csv"_s));
    CHECK(rejections(preview)
          == QStringList{u"2:Наставник"_s, u"3:Наставляемый"_s, u"4:Наставляемый"_s, u"5:Дата окончания"_s,
                         u"6:Форма"_s, u"7:Дата начала"_s, u"8:Дата начала"_s, u"9:СНИЛС наставляемого"_s,
                         u"12:Дата начала"_s});
    CHECK(reasonOf(preview, 2)
          == u"Орлова Нина Павловна, born 01.01.1980, is not in the registry; import or add the teacher first");
    CHECK(reasonOf(preview, 3)
          == u"Иванова Анна Петровна, born 12.03.1999, is not in the registry; import or add the teacher first");
    CHECK(reasonOf(preview, 4) == u"the mentor and the mentee are the same person (Петров Сергей Николаевич)");
    CHECK(reasonOf(preview, 5) == u"the pair ends on 31.08.2025, before it starts (01.09.2025)");
    CHECK(reasonOf(preview, 6)
          == u"unknown form \"наставник-ученик\"; expected педагог – педагог, руководитель – педагог, "
             "студент – педагог or групповая (a hyphen or a dash between the words alike)");
    CHECK(reasonOf(preview, 7) == u"the start date is empty");
    CHECK(reasonOf(preview, 8) == u"\"1 сентября\" is not a date; expected dd.mm.yyyy");
    CHECK(reasonOf(preview, 9) == u"SNILS checksum does not match (check the digits)");
    CHECK(reasonOf(preview, 12)
          == u"row 10 gives the same mentor, mentee and start date; the rows differ in: end date");

    // Row 10 is good, row 11 repeats it exactly (counted once); row 13 has no
    // form, row 14 starts after today: both kept with a warning.
    REQUIRE(preview.records.size() == 4);
    CHECK(preview.records.at(0).row == 10);
    CHECK(preview.records.at(1).repeatOf == 10);
    CHECK(preview.records.at(2).row == 13);
    CHECK(preview.records.at(3).row == 14);
    CHECK(warningsOf(preview)
          == QStringList{u"11:Дата начала: repeats row 10; counted once"_s,
                         u"13:Форма: the form is empty; the pair is recorded as педагог – педагог"_s,
                         u"14:Дата начала: the pair starts on 01.12.2026, after today; the mentee counts as "
                         "supported from that day"_s});

    const ImportOutcome outcome = MentorshipImporter(t.db(), referenceDay()).apply(preview);
    CHECK(outcome.imported == 3);
    CHECK(outcome.updated == 0);
    CHECK(outcome.unchanged == 0);
    const QList<Mentorship> pairs = MentorshipRepository(t.db()).all();
    REQUIRE(pairs.size() == 3);
    CHECK(pairs[0].mentorId == p.petrov);
    CHECK(pairs[0].form == MentorshipForm::ManagerTeacher);
    CHECK_FALSE(pairs[0].ends.isValid()); // row 12's end is not taken
    CHECK(pairs[1].mentorId == p.kozlova);
    CHECK(pairs[1].form == MentorshipForm::TeacherTeacher); // the empty form's default
    CHECK(pairs[2].mentorId == p.ivanova);
    CHECK(pairs[2].starts == QDate(2026, 12, 1));
}

TEST_CASE("Mentorship import: a file that cannot tell the mentors or the mentees is refused whole",
          "[mentoring][import]")
{
    ClockScope clock;
    TempDatabase t;
    addRegistryTeachers(t.db());
    const QString noMentee = writeCsv(t, u"no-mentee.csv"_s,
                                      u"Наставник;СНИЛС наставника;Наставляемый;Форма;Дата начала\n"
                                      "Иванова Мария Петровна;112-233-445 95;Сидорова Анна Викторовна;"
                                      "педагог-педагог;01.09.2025\n"_s);
    const auto refused = previewOf(t.db(), noMentee);
    CHECK(refused.fileRejected());
    REQUIRE(refused.errors.size() == 1);
    CHECK(refused.errors.first().reason
          == u"the file has no column \"СНИЛС наставляемого\" nor \"Наставляемый\" with \"Дата рождения "
             "наставляемого\", so the mentees cannot be recognised; the columns found are \"Наставник\", "
             "\"СНИЛС наставника\", \"Наставляемый\", \"Форма\", \"Дата начала\"");

    const QString noForm = writeCsv(t, u"no-form.csv"_s,
                                    u"СНИЛС наставника;СНИЛС наставляемого;Дата начала\n"
                                    "112-233-445 95;;01.09.2025\n"_s);
    const auto noFormPreview = previewOf(t.db(), noForm);
    CHECK(noFormPreview.fileRejected());
    CHECK(noFormPreview.rejection().contains(u"\"Форма\""_s));
}

TEST_CASE("Mentorship import: a school's messy file, its headers, dates and dashes as people write them",
          "[mentoring][import]")
{
    ClockScope clock;
    TempDatabase t;
    addRegistryTeachers(t.db());
    const People p(t.db());
    // Headers in other words and case with stray spaces; a form with an em
    // dash and spaces, one with a hyphen and a trailing space; a mentee's
    // СНИЛС with spaces and dashes; a married name found by СНИЛС; trailing
    // and double spaces in names; an empty end (ongoing); a blank line; a
    // repeated row; the dates real Excel dates.
    const QStringList header{u" ФИО наставника "_s, u"СНИЛС  наставника"_s, u"Дата рождения наставника"_s,
                             u"наставляемый (ФИО)"_s, u"Дата рождения наставляемого"_s, u"Снилс наставляемого"_s,
                             u"Форма наставничества"_s, u"ДАТА НАЧАЛА НАСТАВНИЧЕСТВА"_s, u"Дата окончания "_s};
    const QStringList repeated{u"Петров Сергей Николаевич"_s, {}, u"01.07.1985"_s, u"Козлова  Ольга Юрьевна"_s,
                               u"05.05.1990"_s, {}, u"руководитель-педагог "_s, u"15.09.2025"_s, u"31.05.2026"_s};
    const QList<QStringList> rows{
        {u"Петрова Мария Петровна"_s, u"112 233 445 95"_s, {}, u"Сидорова Анна Викторовна "_s, u"30.11.2001"_s, {},
         u"Педагог — педагог"_s, u"01.09.2025"_s, {}},
        repeated,
        {},
        repeated,
        {u"Козлова Ольга Юрьевна"_s, {}, u"05.05.1990"_s, u"Иванова Мария Петровна"_s, {}, u"112 233-445-95"_s,
         u"педагог-педагог"_s, u"01.10.2025"_s, {}},
    };
    const QString xlsx = t.file(u"Наставничество 2025-2026.xlsx"_s);
    TableWriter::write(xlsx, header, rows);
    const auto preview = previewOf(t.db(), xlsx);
    INFO(rejections(preview).join(u' ').toStdString());
    CHECK(preview.errors.isEmpty());
    CHECK(preview.totalRows == 4);
    CHECK(warningsOf(preview)
          == QStringList{u"2:Наставник: the registry has this SNILS as Иванова Мария Петровна; the pair is "
                         "recorded for that teacher"_s,
                         u"5:Дата начала: repeats row 3; counted once"_s});
    const ImportOutcome outcome = MentorshipImporter(t.db(), referenceDay()).apply(preview);
    CHECK(outcome.imported == 3);
    const QList<Mentorship> pairs = MentorshipRepository(t.db()).all();
    REQUIRE(pairs.size() == 3);
    CHECK(pairs[0].mentorId == p.ivanova);
    CHECK(pairs[0].menteeId == p.sidorova);
    CHECK(pairs[0].form == MentorshipForm::TeacherTeacher);
    CHECK_FALSE(pairs[0].ends.isValid());
    CHECK(pairs[1].mentorId == p.petrov);
    CHECK(pairs[1].menteeId == p.kozlova);
    CHECK(pairs[1].form == MentorshipForm::ManagerTeacher);
    CHECK(pairs[1].ends == QDate(2026, 5, 31));
    CHECK(pairs[2].mentorId == p.kozlova);
    CHECK(pairs[2].menteeId == p.ivanova);
    CHECK(pairs[2].starts == QDate(2025, 10, 1));
}

TEST_CASE("Mentorship import: a mentor given by surname and initials is recognised by the SNILS, never by the initials alone",
          "[mentoring][import]")
{
    ClockScope clock;
    TempDatabase t;
    addRegistryTeachers(t.db());
    const People p(t.db());
    // Иванова Мария Петровна has SNILS 112-233-445 95 in the registry.
    const QString file = writeCsv(
        t, u"initials.csv"_s,
        u"Наставник;СНИЛС наставника;Наставляемый;Дата рождения наставляемого;Форма;Дата начала\n"
        "Иванова М.П.;112-233-445 95;Сидорова Анна Викторовна;30.11.2001;педагог-педагог;01.09.2025\n"
        "Иванова М. П.;112-233-445 95;Козлова Ольга Юрьевна;05.05.1990;педагог-педагог;01.09.2025\n"
        "Иванова А.П.;112-233-445 95;Сидорова Анна Викторовна;30.11.2001;педагог-педагог;02.09.2025\n"
        "Петров С.Н.;;Козлова Ольга Юрьевна;05.05.1990;педагог-педагог;03.09.2025\n"_s);
    const auto preview = previewOf(t.db(), file);
    INFO(rejections(preview).join(u' ').toStdString());
    CHECK(rejections(preview) == QStringList{u"4:СНИЛС наставника"_s, u"5:Наставник"_s});
    // Another first initial: the SNILS is someone else's.
    CHECK(reasonOf(preview, 4)
          == u"SNILS 112-233-445 95 belongs to Иванова Мария Петровна, born 12.03.1979, in the registry, not to "
             "Иванова А.П."_s);
    // No SNILS: initials recognise nobody.
    CHECK(reasonOf(preview, 5)
          == u"\"Петров С.Н.\" gives initials only: give the full name and the birth date, or the SNILS of a "
             "registered teacher"_s);
    REQUIRE(preview.records.size() == 2);
    const ImportOutcome outcome = MentorshipImporter(t.db(), referenceDay()).apply(preview);
    CHECK(outcome.imported == 2);
    const QList<Mentorship> pairs = MentorshipRepository(t.db()).all();
    REQUIRE(pairs.size() == 2);
    CHECK(pairs[0].mentorId == p.ivanova);
    CHECK(pairs[1].mentorId == p.ivanova);
}
