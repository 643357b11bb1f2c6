#include "domain/DeficitRules.h"

#include <algorithm>

namespace profrost {

bool DeficitRules::isDeficit(const AreaScore &score, const DeficitThresholds &thresholds)
{
    return isDeficit(score, thresholds, CompetencyAreas::current());
}

bool DeficitRules::isDeficit(const AreaScore &score, const DeficitThresholds &thresholds, const CompetencyAreas &areas)
{
    // The dictionary's literacy flag, not the code: the methodist may rename
    // functional literacy, and an area added to the dictionary is judged by
    // the deficit threshold.
    if (areas.isLiteracy(score.area))
        return score.hundredths < thresholds.literacyPassedAt;
    return score.hundredths < thresholds.deficitBelow;
}

QMap<CompetencyArea, AreaScore> DeficitRules::latestScores(const QList<DiagnosisResult> &results)
{
    QList<const DiagnosisResult *> ordered;
    ordered.reserve(results.size());
    for (const DiagnosisResult &r : results)
        ordered << &r;
    // Oldest first, so that a later result overwrites: by date, then by id
    // (the order of recording on one day).
    std::stable_sort(ordered.begin(), ordered.end(), [](const DiagnosisResult *a, const DiagnosisResult *b) {
        return std::pair(a->takenOn, a->id) < std::pair(b->takenOn, b->id);
    });
    QMap<CompetencyArea, AreaScore> latest;
    for (const DiagnosisResult *r : ordered) {
        for (const AreaScore &s : r->scores)
            latest.insert(s.area, s);
    }
    return latest;
}

QList<CompetencyArea> DeficitRules::currentDeficits(const QList<DiagnosisResult> &results,
                                                    const DeficitThresholds &thresholds)
{
    const QMap<CompetencyArea, AreaScore> latest = latestScores(results);
    QList<CompetencyArea> out;
    for (CompetencyArea area : TrainingText::allAreas()) {
        const auto it = latest.constFind(area);
        if (it != latest.cend() && isDeficit(*it, thresholds))
            out << area;
    }
    return out;
}

bool DeficitRules::hasCurrentDeficit(const QList<DiagnosisResult> &results, const DeficitThresholds &thresholds,
                                     const CompetencyAreas &areas)
{
    if (results.isEmpty())
        return false;
    const QMap<CompetencyArea, AreaScore> latest = latestScores(results);
    // As currentDeficits: only the dictionary's areas count.
    return std::any_of(latest.cbegin(), latest.cend(), [&](const AreaScore &s) {
        return areas.contains(s.area) && isDeficit(s, thresholds, areas);
    });
}

} // namespace profrost
