#include <catch2/catch.hpp>

#include "io/CsvReader.h"
#include "io/TableReader.h"
#include "io/TableWriter.h"
#include "io/TeacherExport.h"
#include "io/TeacherImporter.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "util/Error.h"

#include <QStringEncoder>

using namespace profrost;
using namespace profrost::test;

namespace {

TeacherImporter::Preview previewOf(Database &db, const QString &file)
{
    return TeacherImporter(db, referenceDay()).preview(TableReader::read(file));
}

// "row:column" of every rejection, to compare with what a user would expect.
QStringList rejections(const TeacherImporter::Preview &p)
{
    QStringList out;
    for (const RowIssue &e : p.errors)
        out << QStringLiteral("%1:%2").arg(e.row).arg(e.column);
    return out;
}

} // namespace

TEST_CASE("A good file imports every row and the same teacher's second post joins the first", "[import]")
{
    ClockScope clock;
    TempDatabase t;
    const auto preview = previewOf(t.db(), dataFile(QStringLiteral("import/teachers_good.csv")));
    CHECK(preview.errors.isEmpty());
    CHECK(preview.totalRows == 5);
    REQUIRE(preview.records.size() == 5);

    const ImportOutcome outcome = TeacherImporter(t.db(), referenceDay()).apply(preview);
    CHECK(outcome.imported == 4); // Иванова appears twice: one teacher, two posts
    CHECK(outcome.updated == 0);
    CHECK(outcome.organisationsCreated == 3);

    TeacherRepository repo(t.db());
    CHECK(repo.count() == 4);
    const qint64 id = repo.findBySnils(QStringLiteral("11223344595"));
    REQUIRE(id != 0);
    const Teacher ivanova = repo.get(id);
    CHECK(ivanova.fullName() == QString::fromUtf8("Иванова Мария Петровна"));
    CHECK(ivanova.birthDate == QDate(1979, 3, 12));
    CHECK(ivanova.category == Category::Highest);
    CHECK(ivanova.categoryDate == QDate(2022, 12, 15));
    CHECK(ivanova.email == QStringLiteral("ivanova@sosh1.ru"));
    CHECK(ivanova.employments.size() == 2);
    CHECK(ivanova.employments.first().subjectIds.size() == 2);

    // ISO dates are read too; the kindergarten got its type from the file.
    const qint64 petrov = repo.findByNameAndBirth(QString::fromUtf8("Петров"), QString::fromUtf8("Сергей"),
                                                  QString::fromUtf8("Николаевич"), QDate(1985, 7, 1));
    CHECK(petrov != 0);
    bool sawKindergarten = false;
    for (const Organisation &o : OrganisationRepository(t.db()).all())
        sawKindergarten = sawKindergarten || (o.type == OrganisationType::Preschool && o.name.contains(QString::fromUtf8("Звездочка")));
    CHECK(sawKindergarten);
}

TEST_CASE("Re-importing the same file changes nothing", "[import]")
{
    ClockScope clock;
    TempDatabase t;
    const QString file = dataFile(QStringLiteral("import/teachers_good.csv"));
    TeacherImporter(t.db(), referenceDay()).apply(previewOf(t.db(), file));
    const auto before = TeacherRepository(t.db()).rows(referenceDay());

    const ImportOutcome again = TeacherImporter(t.db(), referenceDay()).apply(previewOf(t.db(), file));
    CHECK(again.imported == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 4);
    CHECK(again.organisationsCreated == 0);
    const auto after = TeacherRepository(t.db()).rows(referenceDay());
    REQUIRE(after.size() == before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        CHECK(after[i].id == before[i].id);
        CHECK(after[i].organisations == before[i].organisations);
    }
}

TEST_CASE("Each kind of bad row is rejected with its row, column and reason", "[import]")
{
    ClockScope clock;
    TempDatabase t;
    DictionaryRepository(t.db()).ensureMunicipality(QString::fromUtf8("Ермаковский район"));
    const auto preview = previewOf(t.db(), dataFile(QStringLiteral("import/teachers_bad.csv")));
    const QStringList got = rejections(preview);
    INFO(got.join(QStringLiteral(" ")).toStdString());
    CHECK(got.contains(QString::fromUtf8("2:Дата рождения")));              // 31.02.1980
    CHECK(got.contains(QString::fromUtf8("3:СНИЛС")));                      // wrong checksum
    CHECK(got.contains(QString::fromUtf8("4:Категория")));                  // "вторая"
    CHECK(got.contains(QString::fromUtf8("6:ФИО")));                        // repeats row 5
    CHECK(got.contains(QString::fromUtf8("7:Дата рождения")));              // neither SNILS nor birth date
    CHECK(got.contains(QString::fromUtf8("8:Должность")));                  // post missing
    CHECK(got.contains(QString::fromUtf8("9:Дата присвоения категории")));  // category without date
    CHECK(got.contains(QString::fromUtf8("10:Дата рождения")));             // in the future
    REQUIRE(preview.records.size() == 1);
    CHECK(preview.records.first().row == 5);

    for (const RowIssue &e : preview.errors) {
        if (e.row == 2)
            CHECK(e.reason.contains(QStringLiteral("31.02.1980")));
        if (e.row == 6)
            CHECK(e.reason.contains(QStringLiteral("row 5")));
    }
    // Importing applies the valid row only.
    const ImportOutcome outcome = TeacherImporter(t.db(), referenceDay()).apply(preview);
    CHECK(outcome.imported == 1);
    CHECK(TeacherRepository(t.db()).count() == 1);
}

TEST_CASE("An unknown position is created as pedagogical, with a warning", "[import]")
{
    ClockScope clock;
    TempDatabase t;
    const QString file = writeFile(t.dir(), QStringLiteral("new_post.csv"),
                                   QString::fromUtf8("ФИО;Дата рождения;Муниципалитет;Организация;Должность\n"
                                                     "Орлова Галина Петровна;05.05.1970;Ермаковский район;МБОУ СОШ № 1;"
                                                     "тьютор по робототехнике\n")
                                       .toUtf8());
    const auto preview = previewOf(t.db(), file);
    REQUIRE(preview.errors.isEmpty());
    bool warned = false;
    for (const RowIssue &w : preview.warnings)
        warned = warned || (w.row == 2 && w.reason.contains(QString::fromUtf8("тьютор по робототехнике")));
    CHECK(warned);
    const ImportOutcome outcome = TeacherImporter(t.db(), referenceDay()).apply(preview);
    CHECK(outcome.positionsCreated == 1);
    bool pedagogical = false;
    for (const Position &p : DictionaryRepository(t.db()).positions())
        pedagogical = pedagogical || (p.name == QString::fromUtf8("тьютор по робототехнике") && p.kind == PositionKind::Pedagogical);
    CHECK(pedagogical);
}

TEST_CASE("A file without a required column is rejected as a whole", "[import]")
{
    ClockScope clock;
    TempDatabase t;
    const auto preview = previewOf(t.db(), dataFile(QStringLiteral("import/teachers_no_name.csv")));
    CHECK(preview.fileRejected());
    CHECK(preview.records.isEmpty());
    CHECK(preview.errors.first().reason.contains(QString::fromUtf8("ФИО")));
    REQUIRE_THROWS_AS(TeacherImporter(t.db(), referenceDay()).apply(preview), Error);
}

TEST_CASE("Windows-1251, comma separators and headers in any case are understood", "[import]")
{
    ClockScope clock;
    TempDatabase t;
    DictionaryRepository(t.db()).ensureMunicipality(QString::fromUtf8("Ермаковский район"));
    QStringEncoder toCp1251("windows-1251");
    const QByteArray bytes = toCp1251(QString::fromUtf8("  фио ,ДАТА РОЖДЕНИЯ,организация,Должность,Категория,Дата присвоения\r\n"
                                                        "Ёлкина Алёна Сергеевна,01.02.1988,МБОУ СОШ № 2,учитель,Первая,01.03.2024\r\n"));
    const QString file = writeFile(t.dir(), QStringLiteral("cp1251.csv"), bytes);
    const auto preview = previewOf(t.db(), file);
    REQUIRE(preview.errors.isEmpty());
    REQUIRE(preview.records.size() == 1);
    CHECK(preview.records.first().teacher.surname == QString::fromUtf8("Ёлкина"));
    CHECK(preview.records.first().teacher.category == Category::First);
}

TEST_CASE("Quoted fields with line breaks keep their row numbers", "[import]")
{
    ClockScope clock;
    TempDatabase t;
    DictionaryRepository(t.db()).ensureMunicipality(QString::fromUtf8("Ермаковский район"));
    const auto preview = previewOf(t.db(), dataFile(QStringLiteral("import/teachers_quoted.csv")));
    REQUIRE(preview.errors.isEmpty());
    REQUIRE(preview.records.size() == 2);
    CHECK(preview.records[0].organisation == QString::fromUtf8("МАОУ \"Лицей № 1\""));
    CHECK(preview.records[0].subjects == QStringList{QString::fromUtf8("математика"), QString::fromUtf8("информатика")});
    CHECK(preview.records[1].row == 4);
}

TEST_CASE("Export writes what the import reads back unchanged (CSV and XLSX)", "[import][export]")
{
    ClockScope clock;
    TempDatabase t;
    TeacherImporter(t.db(), referenceDay()).apply(previewOf(t.db(), dataFile(QStringLiteral("import/teachers_good.csv"))));
    const auto rows = TeacherRepository(t.db()).rows(referenceDay());
    for (const QString &name : {QStringLiteral("out.csv"), QStringLiteral("out.xlsx")}) {
        INFO(name.toStdString());
        const QString file = t.file(name);
        TeacherExport::write(file, rows);
        const Table table = TableReader::read(file);
        CHECK(table.rows.size() == 5); // one line per current post
        const ImportOutcome again = TeacherImporter(t.db(), referenceDay()).apply(previewOf(t.db(), file));
        CHECK(again.imported == 0);
        CHECK(again.updated == 0);
        CHECK(again.unchanged == 4);
    }
}

TEST_CASE("A cancelled import changes nothing", "[import]")
{
    ClockScope clock;
    TempDatabase t;
    const auto preview = previewOf(t.db(), dataFile(QStringLiteral("import/teachers_good.csv")));
    TeacherImporter importer(t.db(), referenceDay());
    // Progress is reported at the end of the 5 rows; refusing it cancels everything.
    REQUIRE_THROWS_WITH(importer.apply(preview, [](int, int) { return false; }), Catch::Contains("cancelled"));
    CHECK(TeacherRepository(t.db()).count() == 0);
    CHECK(OrganisationRepository(t.db()).all().isEmpty());
}

TEST_CASE("Rows without a municipality are refused while the database has none", "[import]")
{
    ClockScope clock;
    TempDatabase t;
    const auto preview = previewOf(t.db(), dataFile(QStringLiteral("import/teachers_quoted.csv")));
    REQUIRE(preview.records.isEmpty());
    CHECK(rejections(preview).contains(QString::fromUtf8("2:Муниципалитет")));
}
