#pragma once

#include "domain/Diagnosis.h"
#include "domain/MethodicalPlan.h"
#include "domain/Recommendation.h"
#include "indicators/IndicatorForecast.h"

#include <QCoreApplication>
#include <QHash>

namespace profrost {

class Database;

// One of seed 002's five regional criteria at D: met or not, and why.
struct RegionalCriterion
{
    int number = 0;        // 1 … 5, as the seed numbers them
    bool met = false;
    QStringList evidence;  // Russian lines naming the plans, campaigns and decisions, with dates
};

// What the criteria read beyond the indicators' inputs, read once
// (RegionalCriteriaData::read; the dashboard's worker may call it).
struct RegionalCriteriaData
{
    QList<MethodicalPlan> plans;             // PlanRepository::headers(): the РМО year plans, the centre's plans
    QList<DiagnosisCampaign> campaigns;      // every diagnosis campaign
    QHash<qint64, int> campaignResults;      // campaign id -> results held
    QList<Recommendation> recommendations;   // every recommendation of a monitoring
    ForecastPlans forecastPlans;             // the saved plan-graphs

    // Throws profrost::Error.
    static RegionalCriteriaData read(Database &db);
};

// THE REGIONAL CRITERIA of seed 002 («Региональные критерии и показатели
// эффективности методической работы»), each a yes/no check on what the
// database holds (core/README.md «Indicators», «The five regional
// criteria»).
class RegionalCriteria
{
    Q_DECLARE_TR_FUNCTIONS(RegionalCriteria)
public:
    static constexpr int kCount = 5;
    // For the program's screens and the CLI (translated).
    static QString title(int number);
    // The seed's wording, printed in the analytic report.
    static QString russianTitle(int number);

    // `values` and `forecasts` are the engine's and IndicatorForecasts' at in.at.
    static QList<RegionalCriterion> evaluate(const IndicatorInputs &in, const QList<IndicatorValue> &values,
                                             const QList<IndicatorForecast> &forecasts,
                                             const RegionalCriteriaData &data);
};

} // namespace profrost
