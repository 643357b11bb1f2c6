// Importing diagnosis results (issue 13, item 2): a platform's export with
// its own headers and decimal commas, each kind of bad row with its row,
// column and reason, re-import without changes, a changed score shown in the
// preview and replaced, campaigns found by name and academic year and
// widened when the file shows more of them.

#include <catch2/catch.hpp>

#include "domain/DeficitRules.h"
#include "io/DiagnosisImporter.h"
#include "io/TableReader.h"
#include "io/TableWriter.h"
#include "store/DiagnosisRepository.h"
#include "store/TeacherRepository.h"
#include "support/ImportFixtures.h"
#include "support/TestSupport.h"

#include <algorithm>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

DiagnosisImporter::Preview previewOf(Database &db, const QString &file)
{
    return DiagnosisImporter(db, referenceDay()).preview(TableReader::read(file));
}

ImportOutcome importFile(Database &db, const QString &file)
{
    DiagnosisImporter importer(db, referenceDay());
    const auto preview = importer.preview(TableReader::read(file));
    return importer.apply(preview);
}

qint64 teacher(Database &db, const QString &surname, const QString &name, const QString &patronymic, QDate birth)
{
    return TeacherRepository(db).findByNameAndBirth(surname, name, patronymic, birth);
}

// «subject=4990 digital=3550», the scores of a result as a test reads them.
QString scores(const DiagnosisResult &r)
{
    QStringList parts;
    for (const AreaScore &s : r.scores)
        parts << TrainingText::code(s.area) + u'=' + QString::number(s.hundredths);
    return parts.join(u' ');
}

QString writeCsv(TempDatabase &t, const QString &name, const QString &text)
{
    return writeFile(t.dir(), name, (u"\ufeff"_s + text).toUtf8());
}

} // namespace

TEST_CASE("Diagnosis import: a platform's export records every result and the deficits follow", "[diagnosis][import]")
{
    ClockScope clock;
    TempDatabase t;
    addRegistryTeachers(t.db());
    const QString file = dataFile(u"diagnostics/diagnostics_good.csv"_s);
    const auto preview = previewOf(t.db(), file);
    INFO(rejections(preview).join(u' ').toStdString());
    REQUIRE(preview.errors.isEmpty());
    REQUIRE(preview.records.size() == 5);
    CHECK(preview.warnings.isEmpty());

    const ImportOutcome outcome = DiagnosisImporter(t.db(), referenceDay()).apply(preview);
    CHECK(outcome.imported == 5);
    CHECK(outcome.campaignsCreated == 2);

    DiagnosisRepository repo(t.db());
    const QList<DiagnosisCampaign> campaigns = repo.campaigns();
    REQUIRE(campaigns.size() == 2);
    // «самодиагностика  2025» of row 4 is the same diagnosis as «Самодиагностика 2025».
    const DiagnosisCampaign self = campaigns.at(0);
    CHECK(self.name == u"Самодиагностика 2025");
    CHECK(self.kind == DiagnosisKind::SelfAssessment); // row 3 gives no kind: row 2's
    CHECK(self.starts == QDate(2025, 10, 15));
    CHECK(self.ends == QDate(2025, 10, 20));
    CHECK(self.areas == QList<CompetencyArea>{CompetencyArea::Subject, CompetencyArea::Methodical,
                                              CompetencyArea::Psychological, CompetencyArea::Communicative,
                                              CompetencyArea::Digital});
    const DiagnosisCampaign literacy = campaigns.at(1);
    CHECK(literacy.kind == DiagnosisKind::FunctionalLiteracy);
    CHECK(literacy.starts == QDate(2026, 2, 10));
    CHECK(literacy.ends == QDate(2026, 2, 11));
    CHECK(literacy.areas == QList<CompetencyArea>{CompetencyArea::FunctionalLiteracy});
    CHECK(repo.resultCounts() == QHash<qint64, int>{{self.id, 3}, {literacy.id, 2}});

    // The decimal comma and point, «70 %», and an empty cell (an area not measured).
    const qint64 ivanova = TeacherRepository(t.db()).findBySnils(u"11223344595"_s);
    const qint64 petrov = teacher(t.db(), u"Петров"_s, u"Сергей"_s, u"Николаевич"_s, {1985, 7, 1});
    const qint64 kozlova = teacher(t.db(), u"Козлова"_s, u"Ольга"_s, u"Юрьевна"_s, {1990, 5, 5});
    const QList<DiagnosisResult> ofIvanova = repo.resultsOf(ivanova);
    REQUIRE(ofIvanova.size() == 2);
    CHECK(scores(ofIvanova.at(0))
          == u"subject=4990 methodical=5000 psychological=5010 communicative=7200 digital=3550"_s);
    CHECK(scores(ofIvanova.at(1)) == u"functional_literacy=6990"_s);
    REQUIRE(repo.resultsOf(petrov).size() == 1);
    CHECK(scores(repo.resultsOf(petrov).first())
          == u"subject=8000 methodical=4525 psychological=6000 digital=9000"_s);
    REQUIRE(repo.resultsOf(kozlova).size() == 1);
    CHECK(scores(repo.resultsOf(kozlova).first()) == u"functional_literacy=7000"_s);

    // Below 50 % is a deficit, 50 % is not; functional literacy passes at 70 %.
    const DeficitThresholds thresholds;
    CHECK(DeficitRules::currentDeficits(ofIvanova, thresholds)
          == QList<CompetencyArea>{CompetencyArea::Subject, CompetencyArea::Digital,
                                   CompetencyArea::FunctionalLiteracy});
    CHECK(DeficitRules::currentDeficits(repo.resultsOf(petrov), thresholds)
          == QList<CompetencyArea>{CompetencyArea::Methodical});
    CHECK(DeficitRules::currentDeficits(repo.resultsOf(kozlova), thresholds).isEmpty());

    SECTION("importing the same file again changes nothing")
    {
        const ImportOutcome again = importFile(t.db(), file);
        CHECK(again.imported == 0);
        CHECK(again.updated == 0);
        CHECK(again.unchanged == 5);
        CHECK(again.campaignsCreated == 0);
        CHECK(repo.campaigns() == campaigns);
    }
    SECTION("an XLSX file with the same rows imports the same way")
    {
        const Table csv = TableReader::read(file);
        QList<QStringList> rows;
        for (const TableRow &r : csv.rows)
            rows << r.cells;
        const QString xlsx = t.file(u"diagnostics.xlsx"_s);
        TableWriter::write(xlsx, csv.header, rows);
        const auto fromXlsx = previewOf(t.db(), xlsx);
        CHECK(fromXlsx.errors.isEmpty());
        CHECK(DiagnosisImporter(t.db(), referenceDay()).apply(fromXlsx).unchanged == 5);
    }
    SECTION("a corrected score is shown in the preview and replaces the recorded one")
    {
        const QString corrected = writeCsv(
            t, u"corrected.csv"_s,
            u"СНИЛС;Диагностика;Дата;Предметная;Методическая;Психолого-педагогическая;Коммуникативная;Цифровая\n"
            "11223344595;Самодиагностика 2025;15.10.2025;60;50;50,1;72;\n"_s);
        const auto p = previewOf(t.db(), corrected);
        REQUIRE(p.errors.isEmpty());
        REQUIRE(p.updates.size() == 1);
        CHECK(p.updates.first().row == 2);
        CHECK(p.updates.first().column == u"Иванова Мария Петровна");
        CHECK(p.updates.first().reason
              == u"Самодиагностика 2025 of 15.10.2025: предметная: 49,9\u00a0% → 60\u00a0%; "
                 "цифровая: 35,5\u00a0% → —"_s);
        const ImportOutcome o = DiagnosisImporter(t.db(), referenceDay()).apply(p);
        CHECK(o.updated == 1);
        CHECK(o.imported == 0);
        CHECK(scores(repo.resultsOf(ivanova).first())
              == u"subject=6000 methodical=5000 psychological=5010 communicative=7200"_s);
        CHECK(DeficitRules::currentDeficits(repo.resultsOf(ivanova), thresholds)
              == QList<CompetencyArea>{CompetencyArea::FunctionalLiteracy});
    }
}

TEST_CASE("Diagnosis import: each kind of bad row is rejected with its row, column and reason", "[diagnosis][import]")
{
    ClockScope clock;
    TempDatabase t;
    addRegistryTeachers(t.db());
    const auto preview = previewOf(t.db(), dataFile(u"diagnostics/diagnostics_bad.csv"_s));
    CHECK(rejections(preview)
          == QStringList{u"2:ФИО"_s, u"3:Диагностика"_s, u"4:Дата"_s, u"5:Предметная"_s, u"6:Предметная"_s,
                         u"7:Вид"_s, u"8:Предметная"_s, u"9:Результат"_s, u"10:Диагностика"_s,
                         u"13:Диагностика"_s, u"14:Вид"_s});
    CHECK(reasonOf(preview, 2).contains(u"not in the registry"_s));
    CHECK(reasonOf(preview, 3) == u"the diagnosis is not named");
    CHECK(reasonOf(preview, 4).contains(u"in the future"_s));
    CHECK(reasonOf(preview, 5) == u"\"85 баллов\" is not a score: expected per cent from 0 to 100, as 49,5 or 49.5");
    CHECK(reasonOf(preview, 6).startsWith(u"\"100,5\" is not a score"_s));
    CHECK(reasonOf(preview, 7).contains(u"unknown kind \"анкета\""_s));
    CHECK(reasonOf(preview, 8).contains(u"one overall score"_s));
    CHECK(reasonOf(preview, 9) == u"самодиагностика is scored by competency area; this row has only an overall result");
    CHECK(reasonOf(preview, 10).startsWith(u"no score in this row"_s));
    CHECK(reasonOf(preview, 13) == u"row 11 gives other scores of the same teacher, diagnosis and date");
    CHECK(reasonOf(preview, 14)
          == u"row 11 gives the diagnosis \"Самодиагностика 2025\" as самодиагностика, this row as другое");
    // Row 11 is good; row 12 repeats it exactly: a warning, and it is counted once.
    REQUIRE(preview.records.size() == 2);
    CHECK(preview.records.at(0).row == 11);
    CHECK(preview.records.at(1).repeatOf == 11);
    CHECK(std::any_of(preview.warnings.cbegin(), preview.warnings.cend(), [](const RowIssue &w) {
        return w.row == 12 && w.reason == u"repeats row 11; counted once";
    }));

    const ImportOutcome outcome = DiagnosisImporter(t.db(), referenceDay()).apply(preview);
    CHECK(outcome.imported == 1);
    CHECK(outcome.campaignsCreated == 1);
    const QHash<qint64, QList<DiagnosisResult>> all = DiagnosisRepository(t.db()).allResults();
    REQUIRE(all.size() == 1);
    CHECK(scores(all.cbegin()->first()) == u"subject=4000 methodical=7000 digital=6500"_s);
}

TEST_CASE("Diagnosis import: a file that cannot say who, when or what score is rejected as a whole",
          "[diagnosis][import]")
{
    ClockScope clock;
    TempDatabase t;
    addRegistryTeachers(t.db());
    SECTION("no score column")
    {
        const auto p = previewOf(t.db(), writeCsv(t, u"a.csv"_s, u"СНИЛС;Диагностика;Дата;Балл\n"
                                                                  "11223344595;Тест;15.10.2025;60\n"_s));
        REQUIRE(p.fileRejected());
        CHECK(p.rejection().contains(u"no score column"_s));
        CHECK(p.rejection().contains(u"\"Предметная\""_s));
        CHECK(p.rejection().contains(u"\"Балл\""_s)); // the columns it has
    }
    SECTION("no date column")
    {
        const auto p = previewOf(t.db(), writeCsv(t, u"b.csv"_s, u"СНИЛС;Диагностика;Предметная\n"
                                                                  "11223344595;Тест;60\n"_s));
        REQUIRE(p.fileRejected());
        CHECK(p.rejection().contains(u"\"Дата\""_s));
    }
    SECTION("no column to recognise the teacher")
    {
        const auto p = previewOf(t.db(), writeCsv(t, u"c.csv"_s, u"Фамилия;Диагностика;Дата;Предметная\n"
                                                                  "Иванова;Тест;15.10.2025;60\n"_s));
        REQUIRE(p.fileRejected());
        CHECK(p.rejection().contains(u"СНИЛС"_s));
    }
    CHECK(DiagnosisRepository(t.db()).campaigns().isEmpty());
}

TEST_CASE("Diagnosis import: a diagnosis is found by name and academic year and widened to hold the file",
          "[diagnosis][import]")
{
    ClockScope clock;
    TempDatabase t;
    addRegistryTeachers(t.db());
    DiagnosisRepository repo(t.db());
    DiagnosisCampaign stored;
    stored.name = u"Самодиагностика"_s;
    stored.kind = DiagnosisKind::SelfAssessment;
    stored.starts = QDate(2025, 10, 15);
    stored.areas = {CompetencyArea::Subject};
    stored.id = repo.addCampaign(stored);

    // The same name a year later is another diagnosis; in the same academic
    // year (to 31.08.2026) it is the stored one, which now also measures the
    // digital area and runs to 12.01.2026.
    const QString file = writeCsv(t, u"two-years.csv"_s,
                                  u"СНИЛС;Диагностика;Дата;Предметная;Цифровая\n"
                                  "11223344595;САМОДИАГНОСТИКА;12.01.2026;55;40\n"
                                  "11223344595;Самодиагностика;14.10.2026;65;60\n"_s);
    const auto p = previewOf(t.db(), file);
    REQUIRE(p.errors.isEmpty());
    const ImportOutcome o = DiagnosisImporter(t.db(), referenceDay()).apply(p);
    CHECK(o.imported == 2);
    CHECK(o.campaignsCreated == 1);
    const QList<DiagnosisCampaign> campaigns = repo.campaigns();
    REQUIRE(campaigns.size() == 2);
    CHECK(campaigns.at(0).id == stored.id);
    CHECK(campaigns.at(0).starts == QDate(2025, 10, 15));
    CHECK(campaigns.at(0).ends == QDate(2026, 1, 12));
    CHECK(campaigns.at(0).areas == QList<CompetencyArea>{CompetencyArea::Subject, CompetencyArea::Digital});
    CHECK(campaigns.at(1).starts == QDate(2026, 10, 14));
    CHECK(campaigns.at(1).kind == DiagnosisKind::SelfAssessment); // no kind given: last year's
    CHECK(p.warnings.isEmpty());
    CHECK(repo.resultsOfCampaign(stored.id).size() == 1);

    SECTION("a kind that contradicts the stored diagnosis rejects the row")
    {
        const auto q = previewOf(t.db(), writeCsv(t, u"kind.csv"_s,
                                                   u"СНИЛС;Диагностика;Вид;Дата;Предметная\n"
                                                   "11223344595;Самодиагностика;ЦНППМ;13.01.2026;50\n"_s));
        CHECK(rejections(q) == QStringList{u"2:Вид"_s});
        CHECK(reasonOf(q, 2)
              == u"the diagnosis \"Самодиагностика\" is recorded as самодиагностика, not as диагностика ЦНППМ");
    }
}
