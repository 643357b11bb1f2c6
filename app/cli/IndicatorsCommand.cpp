#include "cli/IndicatorsCommand.h"

#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "indicators/IndicatorEngine.h"
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
        "worst first. --json prints {\"as_of\": DATE, \"indicators\": [...]}.");
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
            list.append(o);
        }
        const QJsonObject root{{u"as_of"_s, at.toString(Qt::ISODate)}, {u"indicators"_s, list}};
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
