#include "indicators/RegionalCriteria.h"

#include "domain/DateText.h"
#include "indicators/IndicatorEngine.h"
#include "store/DiagnosisRepository.h"
#include "store/PlanRepository.h"
#include "store/RecommendationRepository.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// «Прогноз I1 на 31.08.2027 — 75,0 %; на 31.08.2028 — …».
QString forecastLine(const IndicatorForecast &f)
{
    QStringList points;
    for (const ForecastPoint &p : f.points)
        points << u"на %1 — %2"_s.arg(DateText::numeric(p.date), p.value ? IndicatorText::printedFigure(*p.value) : u"нет плана"_s);
    return u"Прогноз %1 «%2»: %3."_s.arg(IndicatorText::code(f.id), IndicatorText::title(f.id), points.join(u"; "_s));
}

QString yearText(int startYear) { return u"%1/%2 учебный год"_s.arg(startYear).arg(startYear + 1); }

QString quoted(const QString &text) { return u"«%1»"_s.arg(text.trimmed()); }

RegionalCriterion associations(const IndicatorInputs &in, const QList<IndicatorValue> &values,
                               const RegionalCriteriaData &data)
{
    // Seed 002: «Наличие плана-графика заседаний районного/городского МО на
    // учебный год» — indicator I8; the centre's plans and roadmaps of the
    // year are the programmes of support, listed as evidence.
    RegionalCriterion c;
    c.number = 1;
    const int year = DateText::academicYearStart(in.at);
    const IndicatorValue i8 = findIndicator(values, IndicatorId::I8);
    c.met = i8.status == IndicatorStatus::Met;
    QHash<qint64, QString> planOf;
    for (const MethodicalPlan &p : data.plans) {
        if (p.kind == PlanKind::RmoYear && p.startYear == year)
            planOf.insert(p.associationId, p.title);
    }
    if (in.districtAssociations.isEmpty())
        c.evidence << u"Действующих районных (городских) методических объединений в %1/%2 учебном году нет."_s.arg(year).arg(
            year + 1);
    for (const Association &a : in.districtAssociations) {
        const QString title = planOf.value(a.id).trimmed();
        if (in.associationsWithPlan.contains(a.id) && !title.isEmpty())
            // The plan by its title, with the association's name before it unless the title says it.
            c.evidence << (title.contains(a.name.trimmed()) ? u"%1."_s.arg(quoted(title))
                                                            : u"%1: %2."_s.arg(a.name, quoted(title)));
        else if (in.associationsWithPlan.contains(a.id))
            c.evidence << u"%1 — план работы на %2."_s.arg(a.name, yearText(year));
        else
            c.evidence << u"%1 — плана работы на %2 нет."_s.arg(a.name, yearText(year));
    }
    if (!in.districtAssociations.isEmpty())
        c.evidence << u"Показатель I8: %1 (%2 из %3)."_s.arg(IndicatorText::printedFigure(i8)).arg(i8.numerator).arg(i8.denominator.value_or(0));
    for (const MethodicalPlan &p : data.plans) {
        if (p.kind == PlanKind::CentreWork && p.startYear == year)
            c.evidence << u"План работы методической службы на %1: %2."_s.arg(yearText(year), quoted(p.title));
        else if (p.kind == PlanKind::Roadmap && p.periodFrom.isValid() && p.periodFrom <= in.at
                 && (!p.periodTo.isValid() || p.periodTo >= in.at))
            c.evidence << u"Дорожная карта %1 (%2)."_s.arg(quoted(p.title), DateText::period(p.periodFrom, p.periodTo));
    }
    return c;
}

RegionalCriterion deficits(const IndicatorInputs &in, const RegionalCriteriaData &data)
{
    // «Наличие муниципального мониторинга профессиональных потребностей и
    // дефицитов»: a diagnosis campaign with results held in the window of
    // the indicators, (D − 3 years, D].
    RegionalCriterion c;
    c.number = 2;
    for (const DiagnosisCampaign &k : data.campaigns) {
        const QDate last = k.ends.isValid() ? k.ends : k.starts;
        if (!k.starts.isValid() || k.starts > in.at || last < IndicatorEngine::windowStart(in.at))
            continue;
        const int results = data.campaignResults.value(k.id);
        const QString when = k.ends.isValid() && k.ends != k.starts ? DateText::period(k.starts, k.ends)
                                                                    : DateText::numeric(k.starts);
        c.evidence << (results > 0 ? u"Диагностика %1 (%2): результатов — %3."_s.arg(quoted(k.name), when).arg(results)
                                   : u"Диагностика %1 (%2): результатов нет."_s.arg(quoted(k.name), when));
        c.met = c.met || results > 0;
    }
    if (c.evidence.isEmpty())
        c.evidence << u"Диагностик профессиональных дефицитов с %1 по %2 не проводилось."_s.arg(
            DateText::numeric(IndicatorEngine::windowStart(in.at)), DateText::numeric(in.at));
    return c;
}

RegionalCriterion attestation(const IndicatorInputs &in, const QList<IndicatorForecast> &forecasts,
                              const RegionalCriteriaData &data)
{
    // «Наличие плана-графика аттестации педагогических работников на 5
    // лет»: a saved 5-year plan-graph covering the year of D.
    RegionalCriterion c;
    c.number = 3;
    const int first = data.forecastPlans.attestationPlanFor(in.at.year());
    c.met = first != 0;
    if (first == 0) {
        c.evidence << u"Сохранённого плана-графика аттестации, охватывающего %1 год, нет."_s.arg(in.at.year());
        return c;
    }
    const QList<AttestationPlanEntry> plan = data.forecastPlans.attestation.value(first);
    int categories = 0;
    for (const AttestationPlanEntry &e : plan)
        categories += e.kind == AttestationKind::Category ? 1 : 0;
    c.evidence << u"%1: строк — %2 (на квалификационную категорию — %3, на соответствие занимаемой должности — %4)."_s
                      .arg(IndicatorForecasts::attestationPlanName(first))
                      .arg(plan.size())
                      .arg(categories)
                      .arg(plan.size() - categories);
    for (const IndicatorForecast &f : forecasts) {
        if (!IndicatorForecasts::fromTrainingPlan(f.id))
            c.evidence << forecastLine(f);
    }
    return c;
}

RegionalCriterion training(const IndicatorInputs &in, const QList<IndicatorForecast> &forecasts,
                           const RegionalCriteriaData &data)
{
    // «Наличие плана-графика повышения квалификации»: a saved plan-graph
    // covering the year of D; «наличие прогнозных показателей»: I1's
    // forecast at the next 31 August computed from a plan; «соответствие
    // категорий слушателей выбранным ДПП»: every programme chosen in the
    // plan is meant for a post the teacher holds at D (or for any post).
    RegionalCriterion c;
    c.number = 4;
    const int first = data.forecastPlans.trainingPlanFor(in.at.year());
    if (first == 0) {
        c.evidence << u"Сохранённого плана-графика повышения квалификации, охватывающего %1 год, нет."_s.arg(
            in.at.year());
        return c;
    }
    const QList<TrainingPlanEntry> plan = data.forecastPlans.training.value(first);
    c.evidence << u"%1: строк — %2."_s.arg(IndicatorForecasts::trainingPlanName(first)).arg(plan.size());
    bool forecast = false;
    for (const IndicatorForecast &f : forecasts) {
        if (!IndicatorForecasts::fromTrainingPlan(f.id))
            continue;
        c.evidence << forecastLine(f);
        if (f.id == IndicatorId::I1)
            forecast = !f.points.isEmpty() && f.points.constFirst().value.has_value();
    }
    if (!forecast)
        c.evidence << u"Прогноз на %1 не рассчитан: план-график на %2 год не сохранён."_s.arg(
            DateText::numeric(IndicatorForecasts::dates(in.at).constFirst()))
                          .arg(IndicatorForecasts::dates(in.at).constFirst().year());
    QHash<qint64, QString> names;
    for (const TeacherRow &t : in.teachers)
        names.insert(t.id, t.fullName());
    int chosen = 0;
    QStringList mismatched;
    for (const TrainingPlanEntry &e : plan) {
        const auto programme = in.programmes.constFind(e.programmeId);
        if (e.programmeId == 0 || programme == in.programmes.cend())
            continue;
        ++chosen;
        if (programme->positionIds.isEmpty())
            continue;
        bool fits = false;
        for (const Employment &job : in.employments.value(e.teacherId))
            fits = fits || (job.activeOn(in.at) && programme->positionIds.contains(job.positionId));
        if (!fits)
            mismatched << u"%1 — %2"_s.arg(names.value(e.teacherId, QString::number(e.teacherId)),
                                           quoted(programme->title));
    }
    c.evidence << u"Программы выбраны в %1 строках плана; соответствуют должности слушателя — %2."_s.arg(chosen).arg(
        chosen - mismatched.size());
    for (const QString &m : std::as_const(mismatched))
        c.evidence << u"Программа не предназначена для должности слушателя: %1."_s.arg(m);
    c.met = forecast && mismatched.isEmpty();
    return c;
}

RegionalCriterion decisions(const IndicatorInputs &in, const RegionalCriteriaData &data)
{
    // «Наличие адресных рекомендаций по результатам … проведенных
    // мониторингов»: recommendations made at a monitoring in the year up to
    // D, (D − 1 year, D], and none whose due date has passed left unchecked.
    RegionalCriterion c;
    c.number = 5;
    QList<Recommendation> recent, unchecked;
    for (const Recommendation &r : data.recommendations) {
        if (r.madeOn > in.at)
            continue;
        if (r.madeOn > in.at.addYears(-1))
            recent << r;
        if (r.state == RecommendationState::Planned && r.due < in.at)
            unchecked << r;
    }
    for (const Recommendation &r : std::as_const(recent)) {
        QString line = u"Мониторинг %1: %2 — %3, срок %4"_s.arg(DateText::numeric(r.madeOn), r.addressee.trimmed(),
                                                                 r.text.trimmed(), DateText::numeric(r.due));
        line += u" (%1"_s.arg(RecommendationText::russian(r.state));
        if (r.checkedOn.isValid())
            line += u" %1"_s.arg(DateText::numeric(r.checkedOn));
        c.evidence << line + u")."_s;
    }
    if (recent.isEmpty())
        c.evidence << u"Адресных рекомендаций по итогам мониторингов с %1 по %2 нет."_s.arg(
            DateText::numeric(in.at.addYears(-1).addDays(1)), DateText::numeric(in.at));
    for (const Recommendation &r : std::as_const(unchecked))
        c.evidence << u"Не проверено выполнение после срока %1: %2 — %3 (мониторинг %4)."_s.arg(
            DateText::numeric(r.due), r.addressee.trimmed(), r.text.trimmed(), DateText::numeric(r.madeOn));
    c.met = !recent.isEmpty() && unchecked.isEmpty();
    return c;
}

} // namespace

RegionalCriteriaData RegionalCriteriaData::read(Database &db)
{
    RegionalCriteriaData out;
    out.plans = PlanRepository(db).headers();
    const DiagnosisRepository diagnoses(db);
    out.campaigns = diagnoses.campaigns();
    out.campaignResults = diagnoses.resultCounts();
    out.recommendations = RecommendationRepository(db).all();
    out.forecastPlans = ForecastPlans::read(db);
    return out;
}

QString RegionalCriteria::title(int number)
{
    switch (number) {
    case 1: return tr("Development and support of, and work with, the school and district methodical associations");
    case 2: return tr("Study of the professional needs and deficits of education workers");
    case 3: return tr("Forecasting, planning and organising the attestation of pedagogical workers");
    case 4: return tr("Forecasting, planning and organising the further training of pedagogical workers");
    case 5: return tr("Management decisions after the analysis of the work of the methodical associations and services");
    }
    return {};
}

QString RegionalCriteria::russianTitle(int number)
{
    // Seed 002, «Региональные критерии и показатели эффективности методической работы».
    switch (number) {
    case 1:
        return u"Развитие, поддержка и взаимодействие со школьными, городскими/районными методическими "
               "объединениями"_s;
    case 2: return u"Изучение профессиональных потребностей и дефицитов работников образования"_s;
    case 3: return u"Прогнозирование, планирование и организация аттестации педагогических работников"_s;
    case 4: return u"Прогнозирование, планирование и организация повышения квалификации педагогических работников"_s;
    case 5:
        return u"Наличие управленческих решений по результатам анализа деятельности школьных, "
               "городских/муниципальных методических объединений, методических служб на уровне муниципалитета"_s;
    }
    return {};
}

QList<RegionalCriterion> RegionalCriteria::evaluate(const IndicatorInputs &in, const QList<IndicatorValue> &values,
                                                    const QList<IndicatorForecast> &forecasts,
                                                    const RegionalCriteriaData &data)
{
    return {associations(in, values, data), deficits(in, data), attestation(in, forecasts, data),
            training(in, forecasts, data), decisions(in, data)};
}

} // namespace profrost
