// Importing the attestation history: good rows, each kind of bad row with
// its row, column and reason, re-import without changes, the teacher's
// category following the newest record.

#include <catch2/catch.hpp>

#include "io/AttestationImporter.h"
#include "io/TableReader.h"
#include "io/TableWriter.h"
#include "io/TeacherImporter.h"
#include "store/AttestationRepository.h"
#include "store/TeacherRepository.h"
#include "support/ImportFixtures.h"
#include "support/TestSupport.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

// The registry: Иванова (высшая 15.12.2022), Петров (первая 20.04.2021), Сидорова, Козлова.

AttestationImporter::Preview previewOf(Database &db, const QString &file)
{
    return AttestationImporter(db, referenceDay()).preview(TableReader::read(file));
}

qint64 teacher(Database &db, const QString &surname, const QString &name, const QString &patronymic, QDate birth)
{
    return TeacherRepository(db).findByNameAndBirth(surname, name, patronymic, birth);
}

} // namespace

TEST_CASE("Attestation import: a good file records every decision and the newest category becomes current",
          "[attestation][import]")
{
    ClockScope clock;
    TempDatabase t;
    addRegistryTeachers(t.db());
    const auto preview = previewOf(t.db(), dataFile(u"attestation/attestation_good.csv"_s));
    INFO(rejections(preview).join(u' ').toStdString());
    REQUIRE(preview.errors.isEmpty());
    REQUIRE(preview.records.size() == 4);

    const ImportOutcome outcome = AttestationImporter(t.db(), referenceDay()).apply(preview);
    CHECK(outcome.imported == 3);
    CHECK(outcome.updated == 1); // the registry's высшая of Иванова gets its order
    CHECK(outcome.unchanged == 0);

    AttestationRepository repo(t.db());
    const qint64 ivanova = TeacherRepository(t.db()).findBySnils(u"11223344595"_s);
    const QList<AttestationRecord> history = repo.history(ivanova);
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).category == Category::First);
    CHECK(history.at(0).orderNumber == u"1023-11-05");
    CHECK(history.at(0).orderDate == QDate(2017, 12, 25));
    CHECK(history.at(1).category == Category::Highest);
    CHECK(history.at(1).orderNumber == u"1533-11-05");
    CHECK(TeacherRepository(t.db()).get(ivanova).category == Category::Highest);

    const qint64 petrov = teacher(t.db(), u"Петров"_s, u"Сергей"_s, u"Николаевич"_s, {1985, 7, 1});
    CHECK(TeacherRepository(t.db()).get(petrov).category == Category::Highest);
    CHECK(TeacherRepository(t.db()).get(petrov).categoryDate == QDate(2026, 4, 22));
    CHECK(repo.history(petrov).size() == 2);

    const qint64 kozlova = teacher(t.db(), u"Козлова"_s, u"Ольга"_s, u"Юрьевна"_s, {1990, 5, 5});
    REQUIRE(repo.history(kozlova).size() == 1);
    CHECK(repo.history(kozlova).first().kind == AttestationKind::Fitness);
    CHECK(repo.history(kozlova).first().decidedBy == AttestationDecider::Organisation);
    CHECK(TeacherRepository(t.db()).get(kozlova).category == Category::None); // СЗД is not a category

    SECTION("importing the same file again changes nothing")
    {
        const auto again = previewOf(t.db(), dataFile(u"attestation/attestation_good.csv"_s));
        const ImportOutcome second = AttestationImporter(t.db(), referenceDay()).apply(again);
        CHECK(second.imported == 0);
        CHECK(second.updated == 0);
        CHECK(second.unchanged == 4);
        CHECK(repo.allRecords().size() == 5);
    }
    SECTION("an XLSX file with the same rows imports the same way")
    {
        const Table csv = TableReader::read(dataFile(u"attestation/attestation_good.csv"_s));
        QList<QStringList> rows;
        for (const TableRow &r : csv.rows)
            rows << r.cells;
        const QString xlsx = t.file(u"attestation.xlsx"_s);
        TableWriter::write(xlsx, csv.header, rows);
        const auto fromXlsx = previewOf(t.db(), xlsx);
        CHECK(fromXlsx.errors.isEmpty());
        CHECK(AttestationImporter(t.db(), referenceDay()).apply(fromXlsx).unchanged == 4);
    }
}

TEST_CASE("Attestation import: each kind of bad row is rejected with its row, column and reason",
          "[attestation][import]")
{
    ClockScope clock;
    TempDatabase t;
    addRegistryTeachers(t.db());
    const auto preview = previewOf(t.db(), dataFile(u"attestation/attestation_bad.csv"_s));
    CHECK(rejections(preview) == QStringList{u"2:ФИО"_s, u"3:Категория"_s, u"4:Дата присвоения"_s,
                                             u"5:Дата присвоения"_s, u"6:Кем присвоена"_s, u"7:Кем присвоена"_s,
                                             u"9:Дата присвоения"_s, u"10:Дата присвоения"_s});
    CHECK(reasonOf(preview, 2).contains(u"not in the registry"_s));
    CHECK(reasonOf(preview, 3).contains(u"вторая"_s));
    CHECK(reasonOf(preview, 4).contains(u"in the future"_s));
    CHECK(reasonOf(preview, 5).contains(u"empty"_s));
    CHECK(reasonOf(preview, 6).contains(u"regional commission"_s));
    CHECK(reasonOf(preview, 7).contains(u"employer"_s));
    CHECK(reasonOf(preview, 9).contains(u"repeats row 8"_s));
    // Row 8 is good; without an order number it is kept with a warning.
    REQUIRE(preview.records.size() == 1);
    CHECK(preview.records.first().row == 8);
    CHECK(std::any_of(preview.warnings.cbegin(), preview.warnings.cend(),
                      [](const RowIssue &w) { return w.row == 8 && w.column == u"Номер приказа"; }));

    const ImportOutcome outcome = AttestationImporter(t.db(), referenceDay()).apply(preview);
    CHECK(outcome.imported == 1);
    CHECK(AttestationRepository(t.db()).allRecords().size() == 3); // Иванова's and Петров's from the registry, Сидорова's
}

TEST_CASE("Attestation import: a file that cannot say who or what is rejected as a whole", "[attestation][import]")
{
    ClockScope clock;
    TempDatabase t;
    addRegistryTeachers(t.db());
    const QString noCategory = writeFile(t.dir(), u"no_category.csv"_s,
                                         "ФИО;Дата рождения;Дата присвоения;Номер приказа\n"
                                         "Петров Сергей Николаевич;01.07.1985;10.01.2025;1-11-05\n");
    const auto p1 = previewOf(t.db(), noCategory);
    CHECK(p1.fileRejected());
    CHECK(rejections(p1) == QStringList{u"0:Категория"_s});

    const QString noPerson = writeFile(t.dir(), u"no_person.csv"_s,
                                       "Фамилия;Категория;Дата присвоения;Номер приказа\n"
                                       "Петров;первая;10.01.2025;1-11-05\n");
    const auto p2 = previewOf(t.db(), noPerson);
    CHECK(p2.fileRejected());
    CHECK(p2.errors.first().reason.contains(u"cannot be recognised"_s));
    CHECK_THROWS(AttestationImporter(t.db(), referenceDay()).apply(p2));
}

TEST_CASE("Attestation import: categories and СЗД as people write them", "[attestation][import]")
{
    AttestationKind k;
    Category c;
    REQUIRE(AttestationImporter::parseKind(u"Высшая квалификационная категория"_s, &k, &c));
    CHECK((k == AttestationKind::Category && c == Category::Highest));
    REQUIRE(AttestationImporter::parseKind(u"соответствие занимаемой должности"_s, &k, &c));
    CHECK((k == AttestationKind::Fitness && c == Category::None));
    REQUIRE(AttestationImporter::parseKind(u"СЗД"_s, &k, &c));
    CHECK(k == AttestationKind::Fitness);
    REQUIRE(AttestationImporter::parseKind(u"педагог-наставник"_s, &k, &c));
    CHECK(c == Category::Mentor);
    CHECK_FALSE(AttestationImporter::parseKind(u"нет"_s, &k, &c));
    CHECK_FALSE(AttestationImporter::parseKind(u"вторая"_s, &k, &c));
}
