#pragma once

#include "domain/TeacherRow.h"
#include "domain/Training.h"
#include "domain/TeacherRow.h"
#include "domain/TrainingPlanEntry.h"
#include "domain/TrainingRules.h"

#include <QCoreApplication>
#include <QMap>
#include <optional>

namespace profrost {

class TrainingPlan
{
    Q_DECLARE_TR_FUNCTIONS(TrainingPlan)
public:
    static constexpr int kYears = kTrainingPlanYears;

    // The proposal for firstYear..firstYear+2 among the active pedagogical
    // teachers at 1 January of firstYear: the year the last completion
    // expires (TrainingDue::expiresOn), overdue and never-trained teachers in
    // the first year; teachers not due within the 3 years are left out.
    static QList<TrainingPlanEntry> propose(const QList<TeacherRow> &teachers, const QList<Completion> &completions,
                                            int firstYear,
                                            int intervalYears = TrainingRules::kDefaultIntervalYears);
    // Teachers planned per year (every year of the plan present, 0 when none).
    static QMap<int, int> countsByYear(const QList<TrainingPlanEntry> &plan, int firstYear);
    // Per organisation (shown name, as in TeacherRow::organisations) and year.
    static QMap<QString, QMap<int, int>> countsByOrganisation(const QList<TrainingPlanEntry> &plan,
                                                              const QList<TeacherRow> &teachers);
};

} // namespace profrost
