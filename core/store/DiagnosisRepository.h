#pragma once

#include "domain/Diagnosis.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVariantList>
#include <optional>

namespace profrost {

class Database;

// Diagnosis campaigns and the teachers' results (migration step 8). Every
// write is one transaction; a result is identified by its teacher,
// campaign and day, so saving the same one again replaces its scores.
class DiagnosisRepository
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisRepository)
public:
    explicit DiagnosisRepository(Database &db) : m_db(db) {}

    // By start date, then name.
    QList<DiagnosisCampaign> campaigns() const;
    DiagnosisCampaign campaign(qint64 id) const; // throws profrost::Error when there is none
    // Returns the new id; throws profrost::Error with the reasons of
    // DiagnosisRules::checkCampaign, or when the name and start repeat another.
    qint64 addCampaign(const DiagnosisCampaign &c);
    void updateCampaign(const DiagnosisCampaign &c);
    // With its results.
    void removeCampaign(qint64 id);

    // Inserts the result, or replaces the scores of the one with the same
    // teacher, campaign and day; returns its id. Throws with the reasons of
    // DiagnosisRules::checkResult.
    qint64 saveResult(const DiagnosisResult &r);
    // Results not recorded before (no other result of the teacher in the
    // campaign on that day: the caller's promise, not looked up), checked
    // as saveResult() checks them and written in one transaction with one
    // prepared statement per table: a new campaign's results, the demo's.
    // Nothing is written when one is refused. Throws profrost::Error.
    void insertNewResults(const QList<DiagnosisResult> &results);
    // The result `r.id` gets r's day and scores (a correction by hand);
    // throws when another result of the teacher in the campaign has that day.
    void updateResult(const DiagnosisResult &r);
    void removeResult(qint64 id);
    std::optional<DiagnosisResult> result(qint64 id) const;
    // The result of the teacher in the campaign on that day, if recorded.
    std::optional<DiagnosisResult> findResult(qint64 teacherId, qint64 campaignId, QDate takenOn) const;
    // Oldest first.
    QList<DiagnosisResult> resultsOf(qint64 teacherId) const;
    QList<DiagnosisResult> resultsOfCampaign(qint64 campaignId) const;
    // campaign id -> how many results it holds (the page's list, a deletion's question).
    QHash<qint64, int> resultCounts() const;
    // Every teacher's results, oldest first (the deficit map, the indicators).
    QHash<qint64, QList<DiagnosisResult>> allResults() const;
    // The results of the teachers who have an individual route (what the
    // routes' effect is measured by), by teacher: one query.
    QHash<qint64, QList<DiagnosisResult>> resultsOfTeachersWithRoutes() const;
    // Every teacher's results taken from `from` to `to`, both days included
    // (an invalid day leaves that end open), oldest first.
    QHash<qint64, QList<DiagnosisResult>> resultsTaken(QDate from, QDate to) const;

private:
    void writeAreas(qint64 campaignId, const QList<CompetencyArea> &areas);
    void writeScores(qint64 resultId, const QList<AreaScore> &scores);
    QList<DiagnosisResult> read(const QString &where, const QVariantList &binds) const;

    Database &m_db;
};

} // namespace profrost
