#pragma once

#include "domain/AttestationPlanEntry.h"
#include "domain/TrainingPlanEntry.h"
#include "indicators/IndicatorInputs.h"

#include <QCoreApplication>
#include <QMap>
#include <optional>

namespace profrost {

class Database;

// The saved plan-graphs the forecasts are made from, read once
// (ForecastPlans::read: a few queries, so the dashboard's worker thread
// reads them with the indicators' inputs). Tests fill it by hand.
struct ForecastPlans
{
    QMap<int, QList<TrainingPlanEntry>> training;       // first year -> the saved further-training plan-graph
    QMap<int, QList<AttestationPlanEntry>> attestation; // first year -> the saved 5-year attestation plan-graph

    // The first year of the newest saved plan whose period covers `year`
    // (training: firstYear .. firstYear + 2; attestation: .. + 4); 0 when none.
    int trainingPlanFor(int year) const;
    int attestationPlanFor(int year) const;

    // Every saved plan-graph of both kinds. Throws profrost::Error.
    static ForecastPlans read(Database &db);
};

// An indicator projected to one day.
struct ForecastPoint
{
    QDate date;                          // 31 August
    std::optional<IndicatorValue> value; // none: no saved plan covers the year of `date`
    int planFirstYear = 0;               // the plan that covers the year of `date` (0: none)
};

struct IndicatorForecast
{
    IndicatorId id = IndicatorId::I1;
    QList<ForecastPoint> points; // IndicatorForecasts::dates' order
    // The nearest point with a value (the dashboard's line); none when no plan.
    std::optional<ForecastPoint> nearest() const;
};

// THE FORECASTS (seed 002, criterion 4 «прогнозные показатели»;
// core/README.md «Indicators», «Forecasts»): I1, I6, I9 and I10 on 31 August
// of each of the three years after D, as if the saved plan-graphs were
// carried out. The inputs of D are copied, moved to the forecast day F,
// given the planned courses and attestations up to F, and computed by
// IndicatorEngine: the same rules as today's figures. The registry is D's:
// nobody hired, dismissed or growing older.
class IndicatorForecasts
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorForecasts)
public:
    static constexpr int kYears = 3;
    // I1, I9 (from the training plan) and I6, I10 (from the attestation plan).
    static QList<IndicatorId> ids();
    static bool isForecast(IndicatorId id);
    static bool fromTrainingPlan(IndicatorId id);
    // The three 31 Augusts after D (D = 31.08.2026 gives 2027, 2028, 2029).
    static QList<QDate> dates(QDate at);
    // The day a course planned for `plannedYear` is taken as completed:
    // 30 June of that year (the end of the school year's courses), or D if
    // that day has passed without the course.
    static QDate courseCompletedOn(int plannedYear, QDate at);
    // The day a planned attestation is taken as decided: the last day of its
    // month, or D if that day has passed without a decision.
    static QDate attestationDecidedOn(int year, int month, QDate at);

    // D's inputs moved to `on` with the planned courses (from the training
    // plans covering D's year .. on's year) and attestations (likewise) that
    // are done by `on` added: what the engine computes the forecast on.
    static IndicatorInputs projected(const IndicatorInputs &in, const ForecastPlans &plans, QDate on);
    // ids()' forecasts, each at dates(in.at).
    static QList<IndicatorForecast> compute(const IndicatorInputs &in, const ForecastPlans &plans);

    // «План-график повышения квалификации на 2027–2029 гг.» (Russian, printed and shown).
    static QString trainingPlanName(int firstYear);
    static QString attestationPlanName(int firstYear);
};

} // namespace profrost
