#pragma once

#include "documents/DocumentStyle.h"
#include "domain/Recommendation.h"
#include "indicators/IndicatorEngine.h"
#include "indicators/IndicatorForecast.h"
#include "indicators/RegionalCriteria.h"

#include <QCoreApplication>
#include <QImage>
#include <memory>

class QTextDocument;

namespace profrost {

// A teacher of the annex: overdue further training (I9) or a category
// expiring (I10), with the date that matters (the last course, the end of
// the category's validity).
struct MonitoringPerson
{
    QString name;         // «Иванова Мария Петровна»
    QString organisation; // the organisations as the registry has them
    QString post;
    QDate date;           // invalid: none (no course on record)
    QString detail;       // the category, for I10
};

// What the analytic report of a monitoring prints (MonitoringReports::data).
struct MonitoringReportData
{
    QDate asOf;
    QDate periodFrom;        // the first day of the academic year of asOf
    QString issuer;          // the municipality, under the title
    int organisations = 0;   // with an active pedagogical worker
    int teachers = 0;        // active pedagogical workers
    QList<IndicatorValue> indicators;   // IndicatorEngine::all(), I1–I10
    QList<IndicatorPart> byOrganisation; // IndicatorEngine::byOrganisation(), worst first by I1
    QList<IndicatorForecast> forecasts;  // IndicatorForecasts::compute: I1, I6, I9, I10 on the next three 31 Augusts
    QList<RegionalCriterion> criteria;   // RegionalCriteria::evaluate: seed 002's five
    QList<Recommendation> recommendations; // made in [periodFrom, asOf]: this monitoring's
    QList<Recommendation> checked;         // made before periodFrom, due by asOf: checked now
    QList<MonitoringPerson> overdue;       // I9's teachers, by name
    QList<MonitoringPerson> expiring;      // I10's teachers, by the end of validity
    int expiringMonths = 12;
    int trainingYears = 3;
    DocumentStyle::Signature signature{QString::fromUtf8("Методист"), QString()};
};

// «Аналитическая справка по итогам мониторинга показателей методической
// работы на DATE» (forms.md, core/documents/README.md «Analytic report of the
// monitoring»), A4 portrait: goal, period, objects, methods; the indicators
// with their targets, values and status exactly as IndicatorEngine gives
// them; a chart of the shares against their targets; the forecasts from the
// saved plan-graphs; the five regional criteria with their evidence; I1, I5 and I9 by
// organisation, the worst first; conclusions; the addressed
// recommendations of this monitoring and the check of the earlier ones;
// «Справку составил(а)»; the annex of the teachers behind I9 and I10.
class MonitoringReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringReportDocument)
public:
    static QString title(QDate asOf);
    static std::unique_ptr<QTextDocument> build(const MonitoringReportData &data);

    // «72,5 % (29 из 40)», «3», «нет данных».
    static QString valueText(const IndicatorValue &v);
    // «100 %», «не менее 30 %», «не менее 2», «0», «справочно».
    static QString targetText(const IndicatorValue &v);
    // «достигнуто», «не достигнуто», «справочно», «нет данных».
    static QString statusText(IndicatorStatus s);
    // The sentences of «Выводы», one per paragraph.
    static QStringList conclusions(const QList<IndicatorValue> &values);
    // The shares as bars against their targets (a line each), coloured by
    // status; with the indicators' codes when fonts can be drawn (a
    // QGuiApplication runs), else the bars alone. `widthPx` wide.
    static QImage chart(const QList<IndicatorValue> &values, int widthPx = 1600);
};

} // namespace profrost
