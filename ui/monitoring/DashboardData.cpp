#include "monitoring/DashboardData.h"

#include "indicators/IndicatorEngine.h"
#include "indicators/IndicatorTrend.h"

namespace profrost {

namespace {

DashboardSnapshot snapshot(const IndicatorInputs &inputs)
{
    const IndicatorEngine engine(inputs);
    DashboardSnapshot s;
    s.at = inputs.at;
    s.whole = engine.all();
    s.organisations = engine.byOrganisation();
    s.municipalities = engine.byMunicipality();
    return s;
}

} // namespace

DashboardData DashboardData::read(Database &db, QDate at)
{
    DashboardData data;
    // The day first (what does not change with the day is read once), then the trend's earlier days.
    const IndicatorInputs today = IndicatorInputs::read(db, at, IndicatorTrend::dates(at).constFirst());
    for (const TeacherRow &t : today.teachers)
        data.people.insert(t.id, {t.fullName(), t.organisations, t.positions});
    for (const QDate day : IndicatorTrend::dates(at)) {
        if (day == at)
            data.trend << snapshot(today);
        else
            data.trend << snapshot(IndicatorInputs::readOn(db, day, today));
    }
    static_cast<DashboardSnapshot &>(data) = data.trend.constLast();
    const RegionalCriteriaData criteriaData = RegionalCriteriaData::read(db);
    data.forecasts = IndicatorForecasts::compute(today, criteriaData.forecastPlans);
    data.criteria = RegionalCriteria::evaluate(today, data.whole, data.forecasts, criteriaData);
    data.categories = CategoryCounts::holders(today);
    data.municipalityOf = today.municipalityOf;
    DeficitScope window;
    window.from = IndicatorEngine::windowStart(at);
    window.to = at;
    data.deficits = std::make_shared<const DeficitMapData>(DeficitMapData::read(db, window, at));
    return data;
}

std::optional<ForecastPoint> DashboardData::forecastOf(IndicatorId indicator, int kind) const
{
    if (kind != 0)
        return std::nullopt;
    for (const IndicatorForecast &f : forecasts) {
        if (f.id == indicator)
            return f.nearest();
    }
    return std::nullopt;
}

bool DashboardData::inScope(int kind, qint64 id, qint64 organisationId) const
{
    switch (kind) {
    case 1: return organisationId == id;
    case 2: return municipalityOf.value(organisationId) == id;
    default: return true;
    }
}

QList<std::optional<IndicatorValue>> DashboardData::trendOf(IndicatorId indicator, int kind, qint64 id) const
{
    QList<std::optional<IndicatorValue>> out;
    for (const DashboardSnapshot &s : trend) {
        std::optional<IndicatorValue> point;
        for (const IndicatorValue &v : s.valuesOf(kind, id)) {
            if (v.id == indicator && v.status != IndicatorStatus::NoData)
                point = v;
        }
        out << point;
    }
    return out;
}

QList<IndicatorValue> DashboardSnapshot::valuesOf(int kind, qint64 id) const
{
    const QList<IndicatorPart> &parts = kind == 1 ? organisations : municipalities;
    if (kind == 0)
        return whole;
    for (const IndicatorPart &p : parts) {
        if (p.id == id)
            return p.values;
    }
    return {};
}

} // namespace profrost
