#include "demo/DemoRoutes.h"

#include "demo/DemoRandom.h"
#include "domain/DateText.h"
#include "domain/DeficitRules.h"
#include "domain/RouteRules.h"
#include "planning/RouteSuggestions.h"
#include "store/DiagnosisRepository.h"
#include "store/RouteRepository.h"
#include "store/SettingsRepository.h"
#include "store/TrainingRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost::demo {

namespace {

// What a methodist writes for a deficit: the goal, a task, a topic of
// self-education and the open event that shows the result.
struct Plan
{
    const char16_t *goal, *task, *topic, *event, *evidence;
};

Plan planFor(const CompetencyArea &area)
{
    if (area == CompetencyArea::Subject)
        return {u"Углубить предметные знания по преподаваемому предмету",
                u"Изучить задания повышенной сложности и новые требования ФГОС",
                u"Решение олимпиадных задач по предмету", u"Открытый урок по трудной теме курса",
                u"открытый урок"};
    if (area == CompetencyArea::Methodical)
        return {u"Освоить современные методы обучения и оценивания",
                u"Освоить приёмы формирующего оценивания на уроке",
                u"Формирующее оценивание: приёмы и инструменты", u"Выступление на заседании ШМО",
                u"доклад на заседании ШМО"};
    if (area == CompetencyArea::Psychological)
        return {u"Развить психолого-педагогические компетенции",
                u"Освоить приёмы работы с детьми с особыми образовательными потребностями",
                u"Индивидуализация обучения детей с ОВЗ", u"Консультация педагога-психолога",
                u"индивидуальный план работы с учеником"};
    if (area == CompetencyArea::Communicative)
        return {u"Совершенствовать коммуникативные компетенции",
                u"Освоить приёмы бесконфликтного общения с родителями",
                u"Эффективная коммуникация с родителями обучающихся", u"Родительское собрание в форме практикума",
                u"сценарий родительского собрания"};
    if (area == CompetencyArea::Digital)
        return {u"Освоить цифровые инструменты и ресурсы на уроке",
                u"Освоить сервисы ФГИС «Моя школа» и цифровые образовательные ресурсы",
                u"Цифровые образовательные ресурсы на уроке", u"Открытый урок с использованием ЦОР",
                u"открытый урок"};
    if (area == CompetencyArea::FunctionalLiteracy)
        return {u"Развить функциональную грамотность педагога",
                u"Освоить задания на формирование функциональной грамотности",
                u"Задания PISA и функциональная грамотность", u"Мастер-класс по заданиям на функциональную грамотность",
                u"методическая разработка"};
    return {u"", u"", u"", u"", u""};
}

const QStringList kCurators{u"Белова И.Г."_s, u"Соколова Е.А."_s, u"Кузнецова О.И."_s};

RouteActivity activity(RouteActivityKind kind, const QString &title, CompetencyArea area, QDate starts, QDate ends,
                       const QString &expected, const QString &evidence, const QString &responsible)
{
    RouteActivity a;
    a.kind = kind;
    a.title = title;
    a.hasArea = true;
    a.area = area;
    a.starts = starts;
    a.ends = ends;
    a.expectedResult = expected;
    a.evidence = evidence;
    a.responsible = responsible;
    return a;
}

// Goal, tasks and the activities that need no catalogue, for the deficits.
IndividualRoute routeFor(qint64 teacher, int startYear, const QList<CompetencyArea> &deficits, const QString &curator,
                         DemoRandom &random, bool past)
{
    IndividualRoute r;
    r.teacherId = teacher;
    r.startYear = startYear;
    r.deficits = deficits;
    r.curator = curator;
    r.goal = QString::fromUtf16(planFor(deficits.constFirst()).goal);
    QStringList tasks;
    for (CompetencyArea area : deficits)
        tasks << QString::fromUtf16(planFor(area).task);
    r.tasks = tasks.join(u'\n');
    const CompetencyArea main = deficits.constFirst();
    const Plan plan = planFor(main);
    RouteActivity self = activity(RouteActivityKind::SelfEducation, QString::fromUtf16(plan.topic), main,
                                  QDate(startYear, 11, 1), QDate(startYear + 1, 1, 31),
                                  u"изучены материалы по теме, составлена подборка заданий"_s,
                                  u"выступление на заседании ШМО"_s, curator);
    RouteActivity event = activity(RouteActivityKind::Event, QString::fromUtf16(plan.event), main,
                                   QDate(startYear + 1, 3, random.between(1, 28)), {},
                                   u"применены освоенные приёмы"_s, QString::fromUtf16(plan.evidence), curator);
    event.ends = event.starts;
    if (past) {
        self.status = random.chance(0.8) ? RouteStatus::Done : RouteStatus::Planned;
        event.status = random.chance(0.65) ? RouteStatus::Done : random.chance(0.3) ? RouteStatus::Cancelled
                                                                                    : RouteStatus::Planned;
    }
    r.activities << self << event;
    return r;
}

} // namespace

int DemoRoutes::fill(Database &db, quint32 seed, QDate today)
{
    DemoRandom random(seed ^ 0x7047eu);
    const DeficitThresholds thresholds = SettingsRepository(db).deficitThresholds();
    DiagnosisRepository diagnoses(db);
    QList<DiagnosisCampaign> selfAssessments;
    for (const DiagnosisCampaign &c : diagnoses.campaigns()) {
        if (c.kind == DiagnosisKind::SelfAssessment)
            selfAssessments << c;
    }
    if (selfAssessments.isEmpty())
        return 0;
    const int thisYear = DateText::academicYearStart(today);

    TrainingRepository training(db);
    const QList<Programme> catalogue = training.programmes();
    const QList<CourseRunRow> runs = training.runs(today, {});
    QHash<qint64, QList<Completion>> completions;
    for (const Completion &c : training.completions())
        completions[c.teacherId] << c;
    QHash<qint64, QList<CompetencyArea>> areasOf;
    for (const Programme &p : catalogue)
        areasOf.insert(p.id, p.areas);
    const int interval = SettingsRepository(db).trainingInterval();

    // The past years' routes: one from each self-assessment of an academic
    // year before this one, for a part of the teachers it found deficits
    // in, more each year (about half of them last year).
    struct PastYear
    {
        int year;
        qint64 campaign;
        double share;
        QHash<qint64, QList<DiagnosisResult>> results; // by teacher
    };
    QList<PastYear> past;
    for (const DiagnosisCampaign &c : std::as_const(selfAssessments)) {
        const int year = DateText::academicYearStart(c.starts);
        if (year < thisYear)
            past << PastYear{year, c.id, 0, {}};
    }
    const QHash<qint64, QList<DiagnosisResult>> all = diagnoses.allResults();
    for (qsizetype k = 0; k < past.size(); ++k) {
        past[k].share = 0.5 - 0.07 * double(past.size() - 1 - k);
        for (const QList<DiagnosisResult> &results : all) {
            for (const DiagnosisResult &r : results) {
                if (r.campaignId == past.at(k).campaign)
                    past[k].results[r.teacherId] << r;
            }
        }
    }
    QList<qint64> teachers = all.keys();
    std::sort(teachers.begin(), teachers.end());

    QList<IndividualRoute> written; // stored at once: a region's are tens of thousands
    for (qint64 teacher : teachers) {
        const QString curator = random.pick(kCurators);
        // The past years' routes, from that year's self-assessment, with the courses then completed.
        for (const PastYear &y : std::as_const(past)) {
            const QList<CompetencyArea> found = DeficitRules::currentDeficits(y.results.value(teacher), thresholds);
            if (found.isEmpty() || !random.chance(y.share))
                continue;
            IndividualRoute r = routeFor(teacher, y.year, found, curator, random, true);
            for (const Completion &c : completions.value(teacher)) {
                if (c.ends < RouteRules::yearStart(y.year) || c.ends > RouteRules::yearEnd(y.year))
                    continue;
                const QList<CompetencyArea> covers = areasOf.value(c.programmeId);
                const auto addressed = std::find_if(found.begin(), found.end(),
                                                    [&](CompetencyArea a) { return covers.contains(a); });
                if (addressed == found.end())
                    continue;
                RouteActivity course = activity(RouteActivityKind::Course, c.programme, *addressed, c.starts, c.ends,
                                                RouteSuggestions::expectedResult({*addressed}),
                                                u"удостоверение о повышении квалификации"_s, curator);
                course.programmeId = c.programmeId;
                course.enrolmentId = c.enrolmentId;
                r.activities.prepend(course);
            }
            written << r;
        }
        // This year's route, from the current deficits, planned.
        const QList<CompetencyArea> current = DeficitRules::currentDeficits(all.value(teacher), thresholds);
        if (!current.isEmpty() && random.chance(0.33)) {
            IndividualRoute r = routeFor(teacher, thisYear, current, curator, random, false);
            const QList<CourseSuggestion> offered =
                RouteSuggestions::rank(catalogue, runs, completions.value(teacher), current, today, interval);
            const auto withRun = std::find_if(offered.begin(), offered.end(),
                                              [](const CourseSuggestion &s) { return s.run.has_value(); });
            if (withRun != offered.end()) {
                RouteActivity course = RouteSuggestions::activityFor(*withRun);
                course.responsible = curator;
                r.activities.prepend(course);
            }
            written << r;
        }
    }
    RouteRepository(db).insertNewRoutes(written);
    return int(written.size());
}

} // namespace profrost::demo
