#pragma once

#include "domain/CompetencyAreas.h"
#include "domain/Diagnosis.h"

#include <QMap>
#include <QList>

namespace profrost {

// The thresholds of the database's settings (SettingsRepository): an area
// scored below `deficitBelow` is a deficit; the area the dictionary flags
// literacy (functional literacy) is passed at `literacyPassedAt` or more,
// and a lower score is a deficit of that area.
struct DeficitThresholds
{
    int deficitBelow = 5000;     // hundredths of a per cent: 50 %
    int literacyPassedAt = 7000; // 70 % (seed 003, 2)
};

// What makes a deficit, in one place for every screen, document and command.
class DeficitRules
{
public:
    static bool isDeficit(const AreaScore &score, const DeficitThresholds &thresholds);
    // The same with the dictionary given: a region's indicators judge
    // 400,000 scores, and each current() is a lock and a copy.
    static bool isDeficit(const AreaScore &score, const DeficitThresholds &thresholds, const CompetencyAreas &areas);

    // Per area, the score of the latest result that measured it (by date;
    // on the same day the one recorded last): a later diagnosis of one area
    // does not erase what an earlier one found in another.
    static QMap<CompetencyArea, AreaScore> latestScores(const QList<DiagnosisResult> &results);

    // A teacher's current deficits: the areas whose latest score is a
    // deficit, in the order of the dictionary (TrainingText::allAreas()).
    static QList<CompetencyArea> currentDeficits(const QList<DiagnosisResult> &results,
                                                 const DeficitThresholds &thresholds);
    // Whether currentDeficits() is not empty, with the dictionary given.
    static bool hasCurrentDeficit(const QList<DiagnosisResult> &results, const DeficitThresholds &thresholds,
                                  const CompetencyAreas &areas);
};

} // namespace profrost
