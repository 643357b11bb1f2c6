#include "demo/DemoPlans.h"

#include "planning/AttestationPlan.h"
#include "planning/TrainingPlan.h"
#include "store/AttestationPlanRepository.h"
#include "store/AttestationRepository.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"
#include "store/TrainingPlanRepository.h"
#include "store/TrainingRepository.h"

namespace profrost::demo {

void DemoPlans::fill(Database &db, QDate today)
{
    const SettingsRepository settings(db);
    const QList<Completion> completions = TrainingRepository(db).completions();
    TrainingPlanRepository trainingPlans(db);
    // This year's plan was made last autumn, next year's this autumn (from
    // September on): each from the courses completed before it was made.
    const int current = today.year();
    QList<int> years{current};
    if (today.month() >= 9)
        years << current + 1;
    for (int firstYear : years) {
        const QDate made = firstYear == current ? QDate(current - 1, 11, 1) : today;
        QList<Completion> known;
        for (const Completion &c : completions) {
            if (c.ends < made)
                known << c;
        }
        trainingPlans.save(firstYear, TrainingPlan::propose(TeacherRepository(db).rows(QDate(firstYear, 1, 1)), known,
                                                            firstYear, settings.trainingInterval()));
    }
    AttestationRepository attestation(db);
    AttestationPlanRules rules;
    rules.validityYears = settings.validityYears();
    rules.applicationMonths = settings.applicationMonths();
    AttestationPlanRepository(db).save(current, AttestationPlan::propose(TeacherRepository(db).rows(today),
                                                                         attestation.allRecords(),
                                                                         attestation.applications(true), today,
                                                                         current, rules));
}

} // namespace profrost::demo
