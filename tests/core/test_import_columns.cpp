// Issue 11, item 8: the columns as users name them, the caller's own
// assignment of a column, and a missing column that says which ones the
// file has. Each rule was broken once on purpose to see these tests fail.

#include <catch2/catch.hpp>

#include "io/AttestationImporter.h"
#include "io/CourseImporter.h"
#include "io/TeacherImporter.h"
#include "store/DictionaryRepository.h"
#include "support/TestSupport.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

Table tableOf(const QStringList &header, const QList<QStringList> &rows)
{
    Table t;
    t.header = header;
    int n = 1;
    for (const QStringList &cells : rows) {
        TableRow row;
        row.sourceRow = ++n;
        row.cells = cells;
        t.rows.append(row);
    }
    return t;
}

QStringList warningsOf(const ImportPreview &p)
{
    QStringList out;
    for (const RowIssue &w : p.warnings)
        out << u"%1 %2: %3"_s.arg(w.row).arg(w.column, w.reason);
    return out;
}

} // namespace

TEST_CASE("Teacher import: the headers schools write are recognised", "[import][columns]")
{
    ClockScope clock;
    TempDatabase t;
    DictionaryRepository(t.db()).ensureMunicipality(u"Ермаковский район"_s);
    const QStringList header{u"Фамилия, имя, отчество"_s, u"Дата рождения (дд.мм.гггг)"_s, u"СНИЛС"_s,
                             u"Наименование ОО"_s, u"Занимаемая должность"_s, u"Педагогический стаж с"_s,
                             u"Квалификационная категория"_s, u"Дата присвоения (подтверждения) категории"_s};
    const auto preview = TeacherImporter(t.db(), referenceDay())
                             .preview(tableOf(header, {{u"Иванова Мария Петровна"_s, u"12.03.1979"_s, u"112-233-445 95"_s,
                                                        u"МБОУ СОШ № 1"_s, u"учитель"_s, u"01.09.2001"_s, u"первая"_s,
                                                        u"10.10.2022"_s}}));
    INFO(warningsOf(preview).join(u'\n').toStdString());
    CHECK(preview.errors.isEmpty());
    for (const RowIssue &w : preview.warnings)
        CHECK_FALSE(w.reason.contains(u"unknown column"_s));
    REQUIRE(preview.records.size() == 1);
    const TeacherImportRecord &r = preview.records.first();
    CHECK(r.organisation == u"МБОУ СОШ № 1"_s);
    CHECK(r.position == u"учитель"_s);
    CHECK(r.teacher.experienceStart == QDate(2001, 9, 1));
    CHECK(r.teacher.birthDate == QDate(1979, 3, 12));
    CHECK(r.teacher.category == Category::First);
    CHECK(r.teacher.categoryDate == QDate(2022, 10, 10));

    // Other spellings of the same columns.
    const QStringList other{u"Ф.И.О."_s, u"Дата рождения"_s, u"ОУ"_s, u"Занимаемая должность"_s,
                            u"Стаж педагогической работы с"_s};
    const auto second = TeacherImporter(t.db(), referenceDay())
                            .preview(tableOf(other, {{u"Петрова Анна Сергеевна"_s, u"02.07.1985"_s, u"МБОУ СОШ № 2"_s,
                                                      u"учитель"_s, u"01.09.2010"_s}}));
    CHECK(second.errors.isEmpty());
    REQUIRE(second.records.size() == 1);
    CHECK(second.records.first().teacher.experienceStart == QDate(2010, 9, 1));
    CHECK(second.records.first().organisation == u"МБОУ СОШ № 2"_s);
}

TEST_CASE("Teacher import: «Должность по штатному расписанию» is taken only when the user assigns it",
          "[import][columns]")
{
    ClockScope clock;
    TempDatabase t;
    DictionaryRepository(t.db()).ensureMunicipality(u"Ермаковский район"_s);
    const Table table = tableOf({u"ФИО"_s, u"Дата рождения"_s, u"Место работы"_s, u"Должность по штатному расписанию"_s},
                                {{u"Иванова Мария Петровна"_s, u"12.03.1979"_s, u"МБОУ СОШ № 1"_s, u"учитель"_s}});
    TeacherImporter importer(t.db(), referenceDay());
    const auto refused = importer.preview(table);
    CHECK(refused.fileRejected());
    // The missing column is named, and the columns the file has are listed.
    CHECK(refused.rejection()
          == u"the file has no column \"Должность\"; its columns are: \"ФИО\", \"Дата рождения\", \"Место работы\", "
             "\"Должность по штатному расписанию\""_s);

    importer.setExtraAliases({{u"Должность по штатному расписанию"_s, u"Должность"_s}});
    const auto mapped = importer.preview(table);
    CHECK(mapped.errors.isEmpty());
    REQUIRE(mapped.records.size() == 1);
    CHECK(mapped.records.first().position == u"учитель"_s);

    // An assignment to a column this kind of file does not have refuses the file.
    importer.setExtraAliases({{u"Должность по штатному расписанию"_s, u"Зарплата"_s}});
    const auto wrong = importer.preview(table);
    CHECK(wrong.fileRejected());
    CHECK(wrong.rejection().contains(u"\"Зарплата\""_s));
}

TEST_CASE("Teacher import: the caller's assignment wins over a built-in alias", "[import][columns]")
{
    ClockScope clock;
    TempDatabase t;
    DictionaryRepository(t.db()).ensureMunicipality(u"Ермаковский район"_s);
    // «Дата аттестации» is normally the category date; here the user says it is the start of the experience.
    const Table table = tableOf({u"ФИО"_s, u"Дата рождения"_s, u"Организация"_s, u"Должность"_s, u"Дата аттестации"_s},
                                {{u"Иванова Мария Петровна"_s, u"12.03.1979"_s, u"МБОУ СОШ № 1"_s, u"учитель"_s,
                                  u"01.09.2001"_s}});
    TeacherImporter importer(t.db(), referenceDay());
    importer.setExtraAliases({{u"дата аттестации"_s, u"Дата начала педстажа"_s}});
    const auto preview = importer.preview(table);
    CHECK(preview.errors.isEmpty());
    REQUIRE(preview.records.size() == 1);
    CHECK(preview.records.first().teacher.experienceStart == QDate(2001, 9, 1));
    CHECK_FALSE(preview.records.first().teacher.categoryDate.isValid());
}

TEST_CASE("Course and attestation imports recognise the person columns as schools write them", "[import][columns]")
{
    ClockScope clock;
    TempDatabase t;
    const QStringList person{u"Фамилия, имя, отчество"_s, u"Дата рождения (дд.мм.гггг)"_s};
    const HeaderMap courses(CourseImporter(t.db(), referenceDay()).columns(), person);
    CHECK(courses.has(CourseImporter::FullName));
    CHECK(courses.has(CourseImporter::BirthDate));
    const HeaderMap attestation(AttestationImporter(t.db(), referenceDay()).columns(),
                                person + QStringList{u"Квалификационная категория"_s,
                                                     u"Дата присвоения (подтверждения) категории"_s});
    CHECK(attestation.has(AttestationImporter::FullName));
    CHECK(attestation.has(AttestationImporter::BirthDate));
    CHECK(attestation.has(AttestationImporter::CategoryColumn));
    CHECK(attestation.has(AttestationImporter::Granted));
    CHECK(attestation.unknownHeaders().isEmpty());
}
