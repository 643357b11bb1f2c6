#pragma once

#include <QString>

namespace profrost {

// One line of the further-training plan-graph for the years
// firstYear .. firstYear + 2: the year the teacher is to take a course and
// what course (a programme of the catalogue, or a topic in words).
struct TrainingPlanEntry
{
    qint64 teacherId = 0;
    int plannedYear = 0;
    qint64 programmeId = 0; // 0: none chosen yet
    QString topic;          // free text when no programme is chosen
    bool operator==(const TrainingPlanEntry &) const = default;
};

// The further-training plan-graph covers this many years from January of its
// first year (the 3-year rule of core/README.md).
inline constexpr int kTrainingPlanYears = 3;

} // namespace profrost
