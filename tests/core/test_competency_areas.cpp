// The competency areas as a dictionary (issue 13, item 1; core/README.md
// «The competency areas»): the six areas a database starts with, an area
// the methodist adds appearing in imports and the deficit map, a renamed
// area printed under its new name, deletion refused while the area is used,
// and the thresholds keyed on the literacy flag, not on a code.

#include <catch2/catch.hpp>

#include "domain/CompetencyAreas.h"
#include "domain/DeficitRules.h"
#include "io/DiagnosisImporter.h"
#include "io/TableReader.h"
#include "planning/DeficitMap.h"
#include "store/CompetencyAreaRepository.h"
#include "store/DiagnosisRepository.h"
#include "store/Migrations.h"
#include "store/TeacherRepository.h"
#include "support/ImportFixtures.h"
#include "support/TestSupport.h"
#include "util/Error.h"

#include <QTemporaryDir>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

// A file of a platform that measures a management area besides the subject.
const QString kManagementFile = u"\ufeffФИО;Дата рождения;СНИЛС;Диагностика;Вид;Дата;Предметная, %;Управленческая, %\n"
                                u"Иванова Мария Петровна;12.03.1979;112-233-445 95;Самодиагностика 2025;"
                                u"самодиагностика;15.10.2025;70;42,5\n"_s;

DiagnosisImporter::Preview previewOf(TempDatabase &t, const QString &text)
{
    const QString file = writeFile(t.dir(), u"management.csv"_s, text.toUtf8());
    return DiagnosisImporter(t.db(), referenceDay()).preview(TableReader::read(file));
}

QStringList messages(const QList<RowIssue> &issues)
{
    QStringList out;
    for (const RowIssue &i : issues)
        out << i.column + u": "_s + i.reason;
    return out;
}

QStringList sheetHeader(Database &db)
{
    const DeficitMap map = DeficitMapBuilder::build(DeficitMapData::read(db, {}, referenceDay()),
                                                    DeficitGrouping::Organisation);
    QStringList header;
    QList<QStringList> rows;
    QList<QList<quint32>> fills;
    DeficitMapBuilder::asSheet(map, DeficitGrouping::Organisation, &header, &rows, &fills);
    return header;
}

// A snapshot set by hand, given back to the database's when the test ends.
struct SnapshotScope
{
    explicit SnapshotScope(Database &db) : m_db(db) {}
    ~SnapshotScope() { CompetencyAreaRepository(m_db).makeCurrent(); }
    Database &m_db;
};

} // namespace

TEST_CASE("A new database holds the six competency areas in order with functional literacy flagged", "[areas]")
{
    TempDatabase t;
    const CompetencyAreas areas = CompetencyAreaRepository(t.db()).load();
    QStringList rows;
    for (const CompetencyAreaEntry &e : areas.entries())
        rows << u"%1 %2 %3 %4"_s.arg(e.position).arg(e.area.code(), e.name).arg(e.literacy ? 1 : 0);
    CHECK(rows == QStringList{u"1 subject предметная 0"_s, u"2 methodical методическая 0"_s,
                              u"3 psychological психолого-педагогическая 0"_s,
                              u"4 communicative коммуникативная 0"_s, u"5 digital цифровая 0"_s,
                              u"6 functional_literacy функциональная грамотность 1"_s});
    CHECK(areas == CompetencyAreas::defaults());
    CHECK(CompetencyAreas::current() == areas); // opening the database made them current
}

TEST_CASE("A database of version 12 is migrated to the six competency areas and keeps its scores", "[areas]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v12.sqlite"_s);
    REQUIRE(createAtVersion(path, 12, [](Database &) {}) == 12);
    Database db(path);
    db.open();
    CHECK(db.schemaVersion() == Migrations::latestVersion());
    CHECK(CompetencyAreaRepository(db).load() == CompetencyAreas::defaults());
    CHECK(TrainingText::allAreas().constLast() == CompetencyArea::FunctionalLiteracy);
}

TEST_CASE("An added area is a score column of an import and a column of the deficit map", "[areas][import]")
{
    ClockScope clock;
    TempDatabase t;
    addRegistryTeachers(t.db());

    // Before the area is in the dictionary the file is refused, saying why.
    const auto refused = previewOf(t, kManagementFile);
    REQUIRE(refused.records.isEmpty());
    const QString said = messages(refused.errors).join(u'\n');
    INFO(said.toStdString());
    CHECK(said.contains(u"\"Управленческая, %\""_s));
    CHECK(said.contains(u"add the area \"Управленческая\" in Справочники"_s));
    // Refused, not also «ignored»: the two would contradict.
    for (const RowIssue &w : refused.warnings)
        CHECK_FALSE(w.column == u"Управленческая, %"_s);

    const CompetencyArea management = CompetencyAreaRepository(t.db()).add(u"Управленческая"_s);
    CHECK(management.code() == u"upravlencheskaia"_s);
    CHECK(TrainingText::allAreas().constLast() == management);
    CHECK(TrainingText::russian(management) == u"управленческая"_s);

    DiagnosisImporter importer(t.db(), referenceDay());
    const QString file = writeFile(t.dir(), u"management.csv"_s, kManagementFile.toUtf8());
    const auto preview = importer.preview(TableReader::read(file));
    INFO(messages(preview.errors).join(u'\n').toStdString());
    REQUIRE(preview.errors.isEmpty());
    REQUIRE(preview.records.size() == 1);
    CHECK(importer.apply(preview).imported == 1);
    const qint64 ivanova = TeacherRepository(t.db()).findByNameAndBirth(u"Иванова"_s, u"Мария"_s, u"Петровна"_s,
                                                                         QDate(1979, 3, 12));
    const QList<DiagnosisResult> results = DiagnosisRepository(t.db()).resultsOf(ivanova);
    REQUIRE(results.size() == 1);
    CHECK(results.constFirst().scores
          == QList<AreaScore>{{CompetencyArea::Subject, 7000}, {management, 4250}});
    CHECK(DiagnosisRepository(t.db()).campaigns().constFirst().areas
          == QList<CompetencyArea>{CompetencyArea::Subject, management});

    // The map's columns: the areas measured, in the dictionary's order.
    CHECK(sheetHeader(t.db())
          == QStringList{u"Образовательная организация"_s, u"Предметная"_s, u"Управленческая"_s,
                         u"Хотя бы один дефицит"_s});
    // Moved before the subject area, it is the first column.
    CompetencyAreaRepository(t.db()).move(management, -6); // from the seventh place to the first
    CHECK(TrainingText::allAreas().constFirst() == management);
    CHECK(sheetHeader(t.db()).at(1) == u"Управленческая"_s);
}

TEST_CASE("A renamed area is exported under its new name", "[areas]")
{
    ClockScope clock;
    TempDatabase t;
    addRegistryTeachers(t.db());
    const auto preview = DiagnosisImporter(t.db(), referenceDay())
                             .preview(TableReader::read(dataFile(u"diagnostics/diagnostics_good.csv"_s)));
    REQUIRE(preview.errors.isEmpty());
    DiagnosisImporter(t.db(), referenceDay()).apply(preview);
    REQUIRE(sheetHeader(t.db()).contains(u"Цифровая"_s));

    CompetencyAreaRepository(t.db()).rename(CompetencyArea::Digital, u"Информационно-цифровая"_s);
    const QStringList header = sheetHeader(t.db());
    CHECK(header.contains(u"Информационно-цифровая"_s));
    CHECK_FALSE(header.contains(u"Цифровая"_s));
    CHECK(TrainingText::russianPlural(CompetencyArea::Digital) == u"информационно-цифровые"_s);
    // Two areas cannot share a name.
    CHECK_THROWS_AS(CompetencyAreaRepository(t.db()).rename(CompetencyArea::Methodical, u"  предметная "_s), Error);
}

TEST_CASE("An area is deleted only while no score, campaign, programme or route uses it", "[areas]")
{
    ClockScope clock;
    TempDatabase t;
    addRegistryTeachers(t.db());
    CompetencyAreaRepository areas(t.db());
    const CompetencyArea unused = areas.add(u"Правовая"_s);
    areas.remove(unused);
    CHECK_FALSE(CompetencyAreas::current().contains(unused));
    CHECK_FALSE(areas.load().contains(unused));

    const CompetencyArea management = areas.add(u"Управленческая"_s);
    DiagnosisRepository diagnoses(t.db());
    DiagnosisCampaign c;
    c.name = u"Диагностика управленческих компетенций"_s;
    c.kind = DiagnosisKind::Centre;
    c.starts = QDate(2025, 10, 1);
    c.areas = {management};
    c.id = diagnoses.addCampaign(c);
    DiagnosisResult r;
    r.campaignId = c.id;
    r.teacherId = TeacherRepository(t.db()).findByNameAndBirth(u"Иванова"_s, u"Мария"_s, u"Петровна"_s,
                                                                 QDate(1979, 3, 12));
    r.takenOn = QDate(2025, 10, 2);
    r.scores = {{management, 4000}};
    r.id = diagnoses.saveResult(r);

    QString refusal;
    try {
        areas.remove(management);
    } catch (const Error &e) {
        refusal = e.message();
    }
    INFO(refusal.toStdString());
    CHECK(refusal.contains(u"\"управленческая\" cannot be deleted"_s));
    CHECK(refusal.contains(u"1 diagnosis campaign"_s));
    CHECK(refusal.contains(u"1 score"_s));
    CHECK(areas.load().contains(management));

    diagnoses.removeResult(r.id);
    CHECK_THROWS_AS(areas.remove(management), Error); // the campaign still measures it
    diagnoses.removeCampaign(c.id);
    areas.remove(management);
    CHECK_FALSE(areas.load().contains(management));
    // Functional literacy holds the overall scores: kept, whatever uses it.
    CHECK_THROWS_AS(areas.remove(CompetencyArea::FunctionalLiteracy), Error);
}

TEST_CASE("The literacy flag keeps the 70 per cent pass mark and an added area the 50 per cent threshold",
          "[areas][deficits]")
{
    TempDatabase t;
    const CompetencyArea management = CompetencyAreaRepository(t.db()).add(u"Управленческая"_s);
    const DeficitThresholds thresholds; // 50 % and 70 %
    const auto deficit = [&](const CompetencyArea &area, int hundredths) {
        return DeficitRules::isDeficit(AreaScore{area, hundredths}, thresholds);
    };
    CHECK(deficit(CompetencyArea::FunctionalLiteracy, 6990));
    CHECK_FALSE(deficit(CompetencyArea::FunctionalLiteracy, 7000));
    CHECK(deficit(management, 4990));
    CHECK_FALSE(deficit(management, 5000));
    CHECK_FALSE(deficit(management, 6990)); // not judged by the literacy pass mark

    // The flag decides, not the code: a dictionary whose literacy area is
    // «читательская грамотность» judges it at 70 %, and functional literacy
    // without the flag at 50 %.
    SnapshotScope restore(t.db());
    const CompetencyArea reading(u"reading"_s);
    CompetencyAreas::setCurrent(CompetencyAreas({{CompetencyArea::FunctionalLiteracy, u"функциональная"_s, 1, false},
                                                 {reading, u"читательская грамотность"_s, 2, true}}));
    CHECK(deficit(reading, 6990));
    CHECK_FALSE(deficit(reading, 7000));
    CHECK_FALSE(deficit(CompetencyArea::FunctionalLiteracy, 6990));
    CHECK(deficit(CompetencyArea::FunctionalLiteracy, 4990));
}
