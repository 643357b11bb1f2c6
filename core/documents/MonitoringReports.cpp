#include "documents/MonitoringReports.h"

#include "documents/CentreSignatures.h"
#include "domain/DateText.h"
#include "planning/AttestationReminders.h"
#include "store/RecommendationRepository.h"

#include <QHash>
#include <QSet>
#include <QTextDocument>
#include <algorithm>

namespace profrost {

namespace {

MonitoringPerson personOf(const TeacherRow &t)
{
    return {t.fullName(), t.organisations, t.positions, {}, {}};
}

} // namespace

MonitoringReportData MonitoringReports::data(Database &db, QDate asOf)
{
    MonitoringReportData data;
    data.asOf = asOf;
    data.periodFrom = QDate(DateText::academicYearStart(asOf), 9, 1);

    const IndicatorInputs inputs = IndicatorInputs::read(db, asOf);
    const IndicatorEngine engine(inputs);
    data.indicators = engine.all();
    data.byOrganisation = engine.byOrganisation();
    data.expiringMonths = inputs.settings.expiringMonths;
    data.trainingYears = inputs.settings.trainingIntervalYears;
    const RegionalCriteriaData criteria = RegionalCriteriaData::read(db);
    data.forecasts = IndicatorForecasts::compute(inputs, criteria.forecastPlans);
    data.criteria = RegionalCriteria::evaluate(inputs, data.indicators, data.forecasts, criteria);

    QHash<qint64, const TeacherRow *> teachers;
    for (const TeacherRow &t : inputs.teachers) {
        teachers.insert(t.id, &t);
        data.teachers += t.pedagogical ? 1 : 0;
    }
    for (const IndicatorPart &p : std::as_const(data.byOrganisation))
        data.organisations += p.id != 0 ? 1 : 0;

    // I9's people, as the engine lists them, with their last course.
    QHash<qint64, QDate> lastCourse;
    for (const Completion &c : inputs.completions) {
        if (c.ends.isValid() && c.ends <= asOf && c.ends > lastCourse.value(c.teacherId))
            lastCourse.insert(c.teacherId, c.ends);
    }
    for (qint64 id : findIndicator(data.indicators, IndicatorId::I9).numeratorIds) {
        if (const TeacherRow *t = teachers.value(id)) {
            MonitoringPerson p = personOf(*t);
            p.date = lastCourse.value(id);
            data.overdue << p;
        }
    }

    // I10's people, as the engine lists them, with the end of validity.
    const QList<qint64> expiringIds = findIndicator(data.indicators, IndicatorId::I10).numeratorIds;
    const QSet<qint64> expiring(expiringIds.cbegin(), expiringIds.cend());
    QList<TeacherRow> active;
    for (const TeacherRow &t : inputs.teachers) {
        if (expiring.contains(t.id))
            active << t;
    }
    QList<ExpiringCategory> categories = AttestationReminders::compute(
        active, inputs.attestation, asOf, inputs.settings.expiringMonths, inputs.settings.validityYears);
    std::stable_sort(categories.begin(), categories.end(), [](const ExpiringCategory &a, const ExpiringCategory &b) {
        return a.validUntil != b.validUntil ? a.validUntil < b.validUntil : a.fullName < b.fullName;
    });
    for (const ExpiringCategory &e : std::as_const(categories)) {
        if (e.lapsed || !expiring.contains(e.teacherId))
            continue;
        data.expiring << MonitoringPerson{e.fullName, e.organisations, e.positions, e.validUntil,
                                          CategoryText::russian(e.category)};
    }

    const RecommendationRepository recommendations(db);
    data.recommendations = recommendations.madeBetween(data.periodFrom, asOf);
    data.checked = recommendations.dueBy(asOf, data.periodFrom);

    const CentreCard card = CentreSignatures::card(db);
    data.issuer = CentreSignatures::issuer(db, card);
    data.signature = CentreSignatures::signature(card, SignedDocument::Monitoring);
    return data;
}

std::unique_ptr<QTextDocument> MonitoringReports::report(Database &db, QDate asOf)
{
    return MonitoringReportDocument::build(data(db, asOf));
}

} // namespace profrost
