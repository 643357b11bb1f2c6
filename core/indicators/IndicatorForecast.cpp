#include "indicators/IndicatorForecast.h"

#include "domain/TrainingRules.h"
#include "indicators/IndicatorEngine.h"
#include "store/AttestationPlanRepository.h"
#include "store/TrainingPlanRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// The newest first year in `plans` whose `years`-long period covers `year`.
template<typename Entry>
int planFor(const QMap<int, QList<Entry>> &plans, int year, int years)
{
    for (auto it = plans.constEnd(); it != plans.constBegin();) {
        --it;
        if (it.key() <= year && year < it.key() + years)
            return it.key();
    }
    return 0;
}

} // namespace

int ForecastPlans::trainingPlanFor(int year) const { return planFor(training, year, kTrainingPlanYears); }

int ForecastPlans::attestationPlanFor(int year) const
{
    return planFor(attestation, year, AttestationPlanEntryCheck::kYears);
}

ForecastPlans ForecastPlans::read(Database &db)
{
    ForecastPlans out;
    const TrainingPlanRepository training(db);
    for (int first : training.savedPlans())
        out.training.insert(first, training.load(first));
    const AttestationPlanRepository attestation(db);
    for (int first : attestation.savedPlans())
        out.attestation.insert(first, attestation.load(first));
    return out;
}

std::optional<ForecastPoint> IndicatorForecast::nearest() const
{
    for (const ForecastPoint &p : points) {
        if (p.value)
            return p;
    }
    return std::nullopt;
}

QList<IndicatorId> IndicatorForecasts::ids()
{
    return {IndicatorId::I1, IndicatorId::I6, IndicatorId::I9, IndicatorId::I10};
}

bool IndicatorForecasts::isForecast(IndicatorId id) { return ids().contains(id); }

bool IndicatorForecasts::fromTrainingPlan(IndicatorId id) { return id == IndicatorId::I1 || id == IndicatorId::I9; }

QList<QDate> IndicatorForecasts::dates(QDate at)
{
    QDate first(at.year(), 8, 31);
    if (first <= at)
        first = first.addYears(1);
    QList<QDate> out;
    for (int i = 0; i < kYears; ++i)
        out << first.addYears(i);
    return out;
}

QDate IndicatorForecasts::courseCompletedOn(int plannedYear, QDate at)
{
    return std::max(QDate(plannedYear, 6, 30), at);
}

QDate IndicatorForecasts::attestationDecidedOn(int year, int month, QDate at)
{
    const QDate first(year, month, 1);
    return std::max(first.addDays(first.daysInMonth() - 1), at);
}

IndicatorInputs IndicatorForecasts::projected(const IndicatorInputs &in, const ForecastPlans &plans, QDate on)
{
    IndicatorInputs out = in; // the registry of D: nobody hired or dismissed
    out.at = on;
    const QDate at = in.at;

    // Courses: a teacher's plan line of year Y is left out when a course of
    // Y or later is already on record (the plan was carried out).
    QHash<qint64, QDate> lastCourse;
    for (const Completion &c : in.completions) {
        if (c.ends.isValid() && c.ends <= at && c.hours >= TrainingRules::kMinTrainingHours
            && c.ends > lastCourse.value(c.teacherId))
            lastCourse.insert(c.teacherId, c.ends);
    }
    for (int year = at.year(); year <= on.year(); ++year) {
        const int first = plans.trainingPlanFor(year);
        if (first == 0)
            continue;
        const QDate ends = courseCompletedOn(year, at);
        if (ends > on)
            continue;
        for (const TrainingPlanEntry &e : plans.training.value(first)) {
            if (e.plannedYear != year || lastCourse.value(e.teacherId).year() >= year)
                continue;
            Completion c;
            c.teacherId = e.teacherId;
            c.programmeId = 0; // not a run of the catalogue: never federal, never a team (I2, I4)
            c.runId = 0;
            const Programme programme = in.programmes.value(e.programmeId);
            c.programme = e.programmeId != 0 ? programme.title : e.topic;
            c.hours = std::max(programme.hours, TrainingRules::kMinTrainingHours);
            c.kind = ProgrammeKind::Training;
            c.starts = ends;
            c.ends = ends;
            out.completions << c;
        }
    }

    // Attestations: a plan line is left out when the teacher already has a
    // decision in its month or later.
    QHash<qint64, QDate> lastDecision;
    for (const AttestationRecord &r : in.attestation) {
        if (r.granted.isValid() && r.granted > lastDecision.value(r.teacherId))
            lastDecision.insert(r.teacherId, r.granted);
    }
    qint64 nextId = -1; // planned records: ids no stored record has
    for (int year = at.year(); year <= on.year(); ++year) {
        const int first = plans.attestationPlanFor(year);
        if (first == 0)
            continue;
        for (const AttestationPlanEntry &e : plans.attestation.value(first)) {
            if (e.attestYear != year || e.attestMonth < 1 || e.attestMonth > 12)
                continue;
            if (e.kind == AttestationKind::Category && e.category == Category::None)
                continue;
            const QDate decided = attestationDecidedOn(e.attestYear, e.attestMonth, at);
            if (decided > on || lastDecision.value(e.teacherId) >= QDate(e.attestYear, e.attestMonth, 1))
                continue;
            AttestationRecord r;
            r.id = nextId--;
            r.teacherId = e.teacherId;
            r.kind = e.kind;
            r.category = e.kind == AttestationKind::Category ? e.category : Category::None;
            r.granted = decided;
            out.attestation << r;
        }
    }
    return out;
}

QList<IndicatorForecast> IndicatorForecasts::compute(const IndicatorInputs &in, const ForecastPlans &plans)
{
    QList<IndicatorForecast> out;
    for (IndicatorId id : ids()) {
        IndicatorForecast f;
        f.id = id;
        out << f;
    }
    for (const QDate day : dates(in.at)) {
        const int training = plans.trainingPlanFor(day.year());
        const int attestation = plans.attestationPlanFor(day.year());
        std::optional<IndicatorInputs> inputs; // the engine holds a reference: it outlives the engine
        std::optional<IndicatorEngine> engine;
        if (training != 0 || attestation != 0) {
            inputs = projected(in, plans, day);
            engine.emplace(*inputs);
        }
        for (IndicatorForecast &f : out) {
            ForecastPoint p;
            p.date = day;
            p.planFirstYear = fromTrainingPlan(f.id) ? training : attestation;
            if (p.planFirstYear != 0)
                p.value = engine->value(f.id);
            f.points << p;
        }
    }
    return out;
}

QString IndicatorForecasts::trainingPlanName(int firstYear)
{
    return u"План-график повышения квалификации педагогических работников на %1–%2 гг."_s.arg(firstYear).arg(
        firstYear + kTrainingPlanYears - 1);
}

QString IndicatorForecasts::attestationPlanName(int firstYear)
{
    return u"План-график аттестации педагогических работников на %1–%2 гг."_s.arg(firstYear).arg(
        firstYear + AttestationPlanEntryCheck::kYears - 1);
}

} // namespace profrost
