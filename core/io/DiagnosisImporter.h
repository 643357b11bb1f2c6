#pragma once

#include "domain/Diagnosis.h"
#include "io/RowImporter.h"
#include "io/TeacherMatcher.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <optional>

namespace profrost {

// One valid row of a diagnosis results file.
struct DiagnosisImportRecord
{
    int row = 0;
    QString teacherName;  // as the registry spells it, for messages
    QString campaignName; // as written in the file
    DiagnosisKind kind = DiagnosisKind::Other; // as given, or as worked out (DiagnosisImporter)
    DiagnosisResult result; // teacherId, takenOn and scores; the campaign is found or made at apply
    int repeatOf = 0; // an exact repeat of this earlier row: nothing to apply
};

// Diagnosis results from CSV/XLSX as diagnostic platforms export them, over
// the import pipeline. Columns: the teacher (СНИЛС, or ФИО / Фамилия + Имя +
// Отчество with Дата рождения); Диагностика (the campaign's name), optional
// Вид (самодиагностика, ЦНППМ / ЦОПМКП, функциональная грамотность,
// другое), Дата; then one column per competency area named as the area in
// the dictionary («Предметная», «Методические компетенции, %», …), or
// Результат: the one overall score of the literacy area. Scores are per
// cent, with a decimal comma or point. A column that looks like the score
// of an area the dictionary lacks («Управленческая, %») refuses the file,
// saying to add the area in the dictionaries first: its scores would
// otherwise be lost without a word.
//
// A row belongs to the campaign of the same name in the same academic year
// (DiagnosisRules::campaignKey); a campaign the database lacks is created,
// and one that the file shows measuring another area, or on a day outside
// its period, is widened to hold it. A result is identified by teacher,
// campaign and day: importing the same file again changes nothing, and a
// row with other scores replaces the recorded ones (shown in the preview).
class DiagnosisImporter : public RowImporter<DiagnosisImportRecord>
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisImporter)
public:
    enum Column { FullName, Surname, Name, Patronymic, BirthDate, Snils, CampaignName, KindColumn, TakenOn,
                  Result, FirstArea };
    // The column of an area scored per area (not the literacy area); -1 for another.
    int areaColumn(const CompetencyArea &area) const;

    // `today`: results dated after it are refused. The areas are those of
    // the current dictionary (CompetencyAreas::current()) at construction.
    DiagnosisImporter(Database &db, QDate today);

    QList<ColumnSpec> columns() const override;
    QString importKind() const override { return QStringLiteral("diagnostics"); }
    QList<int> nameColumns() const override { return {FullName, Surname, Name, Patronymic}; }
    QList<int> requiredColumns() const override { return {CampaignName, TakenOn}; }
    void checkHeader(const HeaderMap &map, QList<RowIssue> *errors) const override;

protected:
    UserAccess::Area editedArea() const override { return UserAccess::Area::Diagnostics; }
    void beginPreview() override;
    DiagnosisImportRecord validate(RowCells &cells) override;
    void beginApply() override;
    void applyRow(const DiagnosisImportRecord &r, ImportOutcome *outcome) override;

private:
    // The kind of the row's campaign: as the file says, as the database or
    // an earlier row has it, as a stored diagnosis of the same name in
    // another year has it, else functional literacy for one overall score
    // and «другое» for area scores (with a warning).
    DiagnosisKind kindOf(RowCells &cells, const QString &key, bool hasOverall);
    void readScores(RowCells &cells, DiagnosisImportRecord *r);
    void compareWithStored(RowCells &cells, const DiagnosisImportRecord &r, const QString &key);
    // The teachers and the stored campaigns, read before the preview and again before applying.
    void loadRegistry();
    // Finds or creates the row's campaign and widens it to hold the result.
    qint64 campaignFor(const DiagnosisImportRecord &r, ImportOutcome *outcome);

    // The areas scored one by one: the dictionary's, in its order, without
    // the literacy area (whose one overall score is «Результат»).
    QList<CompetencyArea> m_areas;
    CompetencyArea m_literacy; // the literacy area (null when the dictionary has none)
    std::optional<TeacherMatcher> m_people; // the registry as the preview or the apply found it
    QHash<QString, DiagnosisCampaign> m_campaigns; // campaignKey -> the stored campaign
    QHash<QString, DiagnosisKind> m_kindsByName;   // a stored name, any year -> its latest kind
    struct FileCampaign
    {
        DiagnosisKind kind;
        int row; // the first valid row that named it
    };
    QHash<QString, FileCampaign> m_fileCampaigns; // campaignKey -> what the file's rows said first
    struct SeenRow
    {
        int row;
        QList<AreaScore> scores;
    };
    QHash<QString, SeenRow> m_seen; // teacher | campaignKey | day -> the first row
};

} // namespace profrost
