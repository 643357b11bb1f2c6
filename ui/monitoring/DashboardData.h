#pragma once

#include "indicators/CategoryCounts.h"
#include "indicators/IndicatorEngine.h"
#include "indicators/IndicatorForecast.h"
#include "indicators/RegionalCriteria.h"
#include "planning/DeficitMap.h"

#include <QHash>

#include <memory>
#include <optional>

namespace profrost {

class Database;

// Who a teacher behind a figure is, as the list of people shows them.
struct DashboardPerson
{
    QString name; // «Фамилия Имя Отчество»
    QString organisations;
    QString positions;
};

// The indicators on one day: of the whole, of every organisation and municipality.
struct DashboardSnapshot
{
    QDate at;
    QList<IndicatorValue> whole;
    QList<IndicatorPart> organisations; // worst first by I1
    QList<IndicatorPart> municipalities;

    // The values of the scope the filter chose: the whole (kind 0), an
    // organisation (1) or a municipality (2) with that id; empty when the
    // part has nobody on that day.
    QList<IndicatorValue> valuesOf(int kind, qint64 id) const;
};

// Everything the dashboard shows at a date, computed in one go (on a worker
// thread: a region's registry takes a while): the day's snapshot, the
// trend's (IndicatorTrend::dates, the day last), and the people behind the figures.
struct DashboardData : DashboardSnapshot
{
    QList<DashboardSnapshot> trend;
    QHash<qint64, DashboardPerson> people;
    // I1, I6, I9 and I10 on the next three 31 Augusts from the saved
    // plan-graphs (IndicatorForecasts), the whole only: the plans are the district's.
    QList<IndicatorForecast> forecasts;
    // Seed 002's five regional criteria on the day, of the whole.
    QList<RegionalCriterion> criteria;

    // Throws profrost::Error.
    static DashboardData read(Database &db, QDate at);
    // One indicator of the scope on each day of the trend (no value: no
    // data then, or the part did not exist).
    QList<std::optional<IndicatorValue>> trendOf(IndicatorId indicator, int kind, qint64 id) const;
    // The card's forecast: the nearest 31 August a plan covers, of the whole
    // (kind 0); none for a part, an indicator without forecasts, or no plan.
    std::optional<ForecastPoint> forecastOf(IndicatorId indicator, int kind) const;

    // The charts' data (issue 16), read with the rest on the worker thread:
    // each active pedagogical worker on the day with the category they hold;
    QList<CategoryHolder> categories;
    // the deficit map's teachers, of the results taken in the indicators' window (D − 3 years, D];
    std::shared_ptr<const DeficitMapData> deficits;
    // organisation -> municipality, to narrow the charts to a municipality.
    QHash<qint64, qint64> municipalityOf;

    // Whether a teacher whose main post is in this organisation is in the scope.
    bool inScope(int kind, qint64 id, qint64 organisationId) const;
};

} // namespace profrost
