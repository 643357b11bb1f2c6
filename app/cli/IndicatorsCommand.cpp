#include "cli/IndicatorsCommand.h"

#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "indicators/IndicatorEngine.h"
#include "indicators/IndicatorForecast.h"
#include "indicators/RegionalCriteria.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace profrost::cli {

namespace {

QJsonValue number(const IndicatorValue &v)
{
    if (v.status == IndicatorStatus::NoData)
        return QJsonValue::Null;
    return v.isShare() ? QJsonValue(v.value) : QJsonValue(int(v.value));
}

QJsonObject json(const IndicatorValue &v)
{
    QJsonObject o;
    o.insert(u"id"_s, IndicatorText::code(v.id));
    o.insert(u"title"_s, IndicatorText::title(v.id));
    o.insert(u"numerator"_s, v.numerator);
    o.insert(u"denominator"_s, v.denominator ? QJsonValue(*v.denominator) : QJsonValue::Null);
    o.insert(u"value"_s, number(v));
    o.insert(u"target"_s, v.target ? QJsonValue(*v.target) : QJsonValue::Null);
    o.insert(u"status"_s, IndicatorText::code(v.status));
    return o;
}

// The three points of a forecast: a point no saved plan covers has a null
// value and the status «no_plan».
QJsonArray json(const IndicatorForecast &f)
{
    QJsonArray points;
    for (const ForecastPoint &p : f.points) {
        QJsonObject o;
        o.insert(u"date"_s, p.date.toString(Qt::ISODate));
        o.insert(u"value"_s, p.value ? number(*p.value) : QJsonValue(QJsonValue::Null));
        o.insert(u"status"_s, p.value ? IndicatorText::code(p.value->status) : u"no_plan"_s);
        o.insert(u"plan_first_year"_s, p.planFirstYear != 0 ? QJsonValue(p.planFirstYear) : QJsonValue::Null);
        points.append(o);
    }
    return points;
}

QJsonObject json(const RegionalCriterion &c)
{
    return {{u"number"_s, c.number},
            {u"title"_s, RegionalCriteria::russianTitle(c.number)},
            {u"met"_s, c.met},
            {u"evidence"_s, QJsonArray::fromStringList(c.evidence)}};
}

// «60,0 % (3 / 5)», «2», «no data».
QString figure(const IndicatorValue &v)
{
    QString text = IndicatorText::valueText(v);
    if (v.isShare() && v.status != IndicatorStatus::NoData)
        text += u" (%1 / %2)"_s.arg(v.numerator).arg(*v.denominator);
    return text;
}

} // namespace

int cmdIndicators(const QStringList &args)
{
    const QString usage = CliText::tr(
        "Usage: profrost-cli indicators DB [--as-of DATE] [--json] [--by organisation|municipality]\n"
        "Prints the monitoring indicators I1-I10 at DATE (default today): numerator, denominator,\n"
        "value, target and status; with --by, the same for each organisation or municipality,\n"
        "worst first; then the forecasts of I1, I6, I9 and I10 on the next three 31 Augusts from the\n"
        "saved plan-graphs and the five regional criteria met or not with their evidence.\n"
        "--json prints {\"as_of\": DATE, \"indicators\": [...], \"criteria\": [...]}, a forecast\n"
        "indicator with \"forecast\": [{\"date\", \"value\", \"status\", \"plan_first_year\"}, ...].");
    QCommandLineParser parser;
    const QCommandLineOption asOf(u"as-of"_s, CliText::tr("The reference date (default today)."), CliText::tr("DATE"));
    const QCommandLineOption asJson(u"json"_s, CliText::tr("Print JSON."));
    const QCommandLineOption by(u"by"_s, CliText::tr("Break down by organisation or municipality."),
                                CliText::tr("PARTS"));
    parser.addOptions({asOf, asJson, by});
    if (!parseOptions(parser, args, usage))
        return Success;
    const QString path = requirePositional(parser, 0, 1, CliText::tr("the database path"), usage);
    const QDate at = parser.isSet(asOf) ? parseDateOption(parser.value(asOf), u"as-of"_s) : Clock::instance().today();
    const QString parts = parser.value(by).trimmed().toLower();
    if (parser.isSet(by) && parts != u"organisation" && parts != u"municipality")
        throw UsageError(CliText::tr("--by expects organisation or municipality, not '%1'.").arg(parser.value(by)));

    Database db(databaseSpec(path));
    openDatabase(db, false);
    const IndicatorInputs inputs = IndicatorInputs::read(db, at);
    const IndicatorEngine engine(inputs);
    const QList<IndicatorValue> values = engine.all();
    QList<IndicatorPart> breakdown;
    if (parts == u"organisation")
        breakdown = engine.byOrganisation();
    else if (parts == u"municipality")
        breakdown = engine.byMunicipality();
    const RegionalCriteriaData criteriaData = RegionalCriteriaData::read(db);
    const QList<IndicatorForecast> forecasts = IndicatorForecasts::compute(inputs, criteriaData.forecastPlans);
    const QList<RegionalCriterion> criteria = RegionalCriteria::evaluate(inputs, values, forecasts, criteriaData);
    const auto forecastOf = [&](IndicatorId id) -> const IndicatorForecast * {
        for (const IndicatorForecast &f : forecasts) {
            if (f.id == id)
                return &f;
        }
        return nullptr;
    };

    if (parser.isSet(asJson)) {
        QJsonArray list;
        for (qsizetype i = 0; i < values.size(); ++i) {
            QJsonObject o = json(values[i]);
            if (!parts.isEmpty()) {
                QJsonArray rows;
                for (const IndicatorPart &part : std::as_const(breakdown)) {
                    QJsonObject row = json(part.values[i]);
                    row.remove(u"id"_s);
                    row.remove(u"title"_s);
                    row.insert(u"name"_s, part.name);
                    rows.append(row);
                }
                o.insert(u"breakdown"_s, rows);
            }
            if (const IndicatorForecast *f = forecastOf(values[i].id))
                o.insert(u"forecast"_s, json(*f));
            list.append(o);
        }
        QJsonArray criteriaList;
        for (const RegionalCriterion &c : criteria)
            criteriaList.append(json(c));
        const QJsonObject root{
            {u"as_of"_s, at.toString(Qt::ISODate)}, {u"indicators"_s, list}, {u"criteria"_s, criteriaList}};
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Success;
    }
    out() << CliText::tr("Indicators at %1").arg(at.toString(u"dd.MM.yyyy"_s)) << '\n';
    for (const IndicatorValue &v : values) {
        out() << u"%1  %2\n      %3; target %4; %5\n"_s.arg(IndicatorText::code(v.id).leftJustified(4),
                                                            IndicatorText::title(v.id), figure(v), IndicatorText::targetText(v),
                                                            IndicatorText::displayName(v.status));
        if (!v.gapItems.isEmpty())
            out() << u"      "_s << CliText::tr("without a plan: %1").arg(v.gapItems.join(u"; "_s)) << '\n';
    }
    out() << '\n' << CliText::tr("Forecasts, as if the saved plan-graphs were carried out") << '\n';
    for (const IndicatorForecast &f : forecasts) {
        QStringList points;
        for (const ForecastPoint &p : f.points) {
            points << (p.value ? u"%1 %2 (%3)"_s.arg(p.date.toString(u"dd.MM.yyyy"_s), figure(*p.value),
                                                     IndicatorText::displayName(p.value->status))
                               : u"%1 %2"_s.arg(p.date.toString(u"dd.MM.yyyy"_s), CliText::tr("no plan")));
        }
        out() << u"%1  %2\n"_s.arg(IndicatorText::code(f.id).leftJustified(4), points.join(u"; "_s));
    }
    out() << '\n' << CliText::tr("Regional criteria (seed 002)") << '\n';
    for (const RegionalCriterion &c : criteria) {
        out() << u"%1. %2: %3\n"_s.arg(c.number)
                     .arg(RegionalCriteria::title(c.number), c.met ? CliText::tr("met") : CliText::tr("not met"));
        for (const QString &line : c.evidence)
            out() << u"      - "_s << line << '\n';
    }
    for (const IndicatorPart &part : std::as_const(breakdown)) {
        out() << '\n' << part.name << '\n';
        for (const IndicatorValue &v : part.values)
            out() << u"  %1  %2  %3\n"_s.arg(IndicatorText::code(v.id).leftJustified(4), figure(v),
                                             IndicatorText::displayName(v.status));
    }
    out() << Qt::flush;
    return Success;
}

} // namespace profrost::cli
