#include "planning/RouteEffect.h"

#include "domain/RouteRules.h"
#include "store/DiagnosisRepository.h"
#include "store/OrganisationRepository.h"
#include "store/RouteRepository.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"
#include "store/TrainingRepository.h"
#include "util/TextNormalize.h"

#include <QSet>
#include <algorithm>
#include <map>
#include <set>
#include <optional>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// A done activity's days: the completed course's, else its own.
struct DatedWork
{
    QDate from, to;
    QString title;
    qint64 programmeId = 0;
    QList<CompetencyArea> areas;
};

std::optional<DatedWork> datedWork(const IndividualRoute &route, const RouteActivity &a, const EffectData &data)
{
    const QList<Completion> &finished = data.finished.value(route.teacherId);
    if (RouteRules::effectiveStatus(a, route.startYear, finished) != RouteStatus::Done)
        return std::nullopt;
    DatedWork w;
    w.title = a.title;
    w.programmeId = a.programmeId;
    if (const Completion *c = RouteRules::completionOf(a, route.startYear, finished)) {
        w.from = c->starts.isValid() ? c->starts : c->ends;
        w.to = c->ends;
        if (w.programmeId == 0)
            w.programmeId = c->programmeId;
    } else {
        w.from = a.starts.isValid() ? a.starts : a.ends;
        w.to = a.ends.isValid() ? a.ends : a.starts;
    }
    if (!w.from.isValid() || !w.to.isValid())
        return std::nullopt;
    if (a.hasArea)
        w.areas = {a.area};
    else if (a.kind == RouteActivityKind::Course && !data.programmeAreas.value(w.programmeId).isEmpty())
        w.areas = data.programmeAreas.value(w.programmeId);
    else
        w.areas = route.deficits;
    return w;
}

struct Scored
{
    int hundredths = 0;
    QDate on;
};

// The latest score of `area` taken on or before `day`, or the first taken
// after it; the result recorded last wins a tie, as in DeficitRules.
std::optional<Scored> scoreAround(const QList<DiagnosisResult> &results, CompetencyArea area, QDate day, bool before)
{
    std::optional<Scored> best;
    qint64 bestId = 0;
    for (const DiagnosisResult &r : results) {
        if (before ? r.takenOn > day : r.takenOn <= day)
            continue;
        for (const AreaScore &s : r.scores) {
            if (s.area != area)
                continue;
            const bool better = !best
                || (before ? std::tie(r.takenOn, r.id) > std::tie(best->on, bestId)
                           : r.takenOn < best->on || (r.takenOn == best->on && r.id > bestId));
            if (better) {
                best = Scored{s.hundredths, r.takenOn};
                bestId = r.id;
            }
        }
    }
    return best;
}

std::optional<ScoreChange> measure(const EffectData &data, qint64 teacherId, CompetencyArea area, QDate from, QDate to)
{
    const QList<DiagnosisResult> &results = data.results.value(teacherId);
    const auto before = scoreAround(results, area, from, true);
    const auto after = scoreAround(results, area, to, false);
    if (!before || !after)
        return std::nullopt;
    ScoreChange c;
    c.teacherId = teacherId;
    c.area = area;
    c.before = before->hundredths;
    c.beforeOn = before->on;
    c.after = after->hundredths;
    c.afterOn = after->on;
    c.deficitBefore = DeficitRules::isDeficit(AreaScore{area, c.before}, data.thresholds);
    c.deficitAfter = DeficitRules::isDeficit(AreaScore{area, c.after}, data.thresholds);
    return c;
}

// Sums a group's measures, counting each teacher once.
struct Accumulator
{
    EffectFigure figure;
    QSet<qint64> teachers;
    void add(const ScoreChange &c)
    {
        teachers.insert(c.teacherId);
        figure.teachers = int(teachers.size());
        ++figure.measures;
        figure.beforeSum += c.before;
        figure.afterSum += c.after;
        figure.deficitsBefore += c.deficitBefore ? 1 : 0;
        figure.removed += c.outcome() == DeficitOutcome::Removed ? 1 : 0;
    }
};

// Rows by (label, area): std::map keeps them sorted by the label's key.
// An area in a key: its place in the dictionary's order, then its code.
using AreaKey = std::pair<qsizetype, QString>;
AreaKey areaKey(const CompetencyArea &area)
{
    return {TrainingText::allAreas().indexOf(area), area.code()};
}

using Groups = std::map<std::tuple<QString, qint64, AreaKey>, std::pair<QString, Accumulator>>;

QList<EffectRow> rowsOf(const Groups &groups)
{
    QList<EffectRow> rows;
    rows.reserve(qsizetype(groups.size()));
    for (const auto &[key, value] : groups) {
        EffectRow row;
        row.key = std::get<1>(key);
        row.label = value.first;
        row.area = CompetencyArea(std::get<2>(key).second);
        row.figure = value.second.figure;
        rows << row;
    }
    return rows;
}

// Tenths of `sum` hundredths over `count`, half away from zero.
int meanTenths(qint64 sum, int count)
{
    if (count <= 0)
        return 0;
    const qint64 divisor = qint64(count) * 10;
    const qint64 magnitude = (std::abs(sum) * 2 + divisor) / (divisor * 2);
    return int(sum < 0 ? -magnitude : magnitude);
}

QString decimal(int tenths)
{
    const int magnitude = std::abs(tenths);
    return QString::number(magnitude / 10) + u',' + QString::number(magnitude % 10);
}

} // namespace

DeficitOutcome ScoreChange::outcome() const
{
    if (deficitBefore)
        return deficitAfter ? DeficitOutcome::Remained : DeficitOutcome::Removed;
    return deficitAfter ? DeficitOutcome::Appeared : DeficitOutcome::None;
}

int ScoreChange::changeTenths() const { return meanTenths(change(), 1); }

int EffectFigure::meanBeforeTenths() const { return meanTenths(beforeSum, measures); }
int EffectFigure::meanAfterTenths() const { return meanTenths(afterSum, measures); }
int EffectFigure::meanChangeTenths() const { return meanTenths(afterSum - beforeSum, measures); }
bool EffectFigure::isFew() const { return teachers < RouteEffect::kFewTeachers; }

EffectFigure RouteEffect::overall() const
{
    EffectFigure all;
    for (const EffectRow &row : byArea) {
        all.measures += row.figure.measures;
        all.beforeSum += row.figure.beforeSum;
        all.afterSum += row.figure.afterSum;
        all.deficitsBefore += row.figure.deficitsBefore;
        all.removed += row.figure.removed;
    }
    all.teachers = teachers;
    return all;
}

EffectData EffectData::read(Database &db, QDate today, qint64 teacherId)
{
    EffectData data;
    data.thresholds = SettingsRepository(db).deficitThresholds();
    data.placesOn = today;
    RouteRepository routes(db);
    DiagnosisRepository diagnoses(db);
    TrainingRepository training(db);
    TeacherRepository teachers(db);
    data.routes = teacherId != 0 ? routes.ofTeacher(teacherId) : routes.all();
    if (data.routes.isEmpty())
        return data; // nothing to measure (most teachers' cards)
    QSet<qint64> withRoutes;
    for (const IndividualRoute &r : std::as_const(data.routes))
        withRoutes.insert(r.teacherId);
    if (teacherId != 0) {
        if (!data.routes.isEmpty()) {
            data.results.insert(teacherId, diagnoses.resultsOf(teacherId));
            data.finished.insert(teacherId, training.completionsOf(teacherId));
            data.teacherNames.insert(teacherId, teachers.nameOf(teacherId));
        }
    } else {
        data.results = diagnoses.resultsOfTeachersWithRoutes();
        for (Completion &c : training.completionsOfTeachersWithRoutes())
            data.finished[c.teacherId].append(std::move(c));
        const QHash<qint64, QString> names = teachers.fullNames();
        for (qint64 id : std::as_const(withRoutes))
            data.teacherNames.insert(id, names.value(id, u"#%1"_s.arg(id)));
    }
    for (const Programme &p : training.programmes()) {
        data.programmeAreas.insert(p.id, p.areas);
        data.programmeTitles.insert(p.id, p.title);
    }
    // The card shows one teacher's own areas: no places to read for a whole region.
    if (teacherId != 0)
        return data;
    for (const PostPlace &post : teachers.postPlacesOn(today)) {
        if (!withRoutes.contains(post.teacherId))
            continue;
        QList<qint64> &places = data.organisationsOf[post.teacherId];
        if (!places.contains(post.organisationId))
            places << post.organisationId;
    }
    for (const Organisation &o : OrganisationRepository(db).all())
        data.organisationNames.insert(o.id, o.displayName());
    return data;
}

RouteEffect RouteEffectBuilder::build(const EffectData &data)
{
    RouteEffect effect;
    effect.placesOn = data.placesOn;
    effect.thresholds = data.thresholds;
    QSet<qint64> measured;
    std::set<std::tuple<qint64, qint64, QString>> coursesMeasured; // teacher, programme, area
    QList<ScoreChange> courses;

    for (const IndividualRoute &route : data.routes) {
        QList<DatedWork> work;
        for (const RouteActivity &a : route.activities) {
            if (auto w = datedWork(route, a, data))
                work << *w;
        }
        // The route's measure of each area: from the first day of its work to the last.
        for (CompetencyArea area : TrainingText::allAreas()) {
            QDate from, to;
            QStringList titles;
            for (const DatedWork &w : std::as_const(work)) {
                if (!w.areas.contains(area))
                    continue;
                from = from.isValid() ? std::min(from, w.from) : w.from;
                to = to.isValid() ? std::max(to, w.to) : w.to;
                titles << w.title;
            }
            if (!from.isValid())
                continue;
            if (auto c = measure(data, route.teacherId, area, from, to)) {
                c->startYear = route.startYear;
                c->work = titles;
                effect.byTeacher << *c;
                measured.insert(route.teacherId);
            }
        }
        // Each catalogue course around its own days.
        for (const DatedWork &w : std::as_const(work)) {
            if (w.programmeId == 0)
                continue;
            for (CompetencyArea area : w.areas) {
                const auto key = std::make_tuple(route.teacherId, w.programmeId, area.code());
                if (coursesMeasured.count(key) != 0)
                    continue;
                if (auto c = measure(data, route.teacherId, area, w.from, w.to)) {
                    coursesMeasured.insert(key);
                    c->startYear = route.startYear;
                    c->programmeId = w.programmeId;
                    c->work = {w.title};
                    courses << *c;
                }
            }
        }
    }
    effect.teachers = int(measured.size());

    const auto placesOf = [&](qint64 teacherId) {
        QStringList names;
        for (qint64 id : data.organisationsOf.value(teacherId))
            names << data.organisationNames.value(id, u"#%1"_s.arg(id));
        return names;
    };
    for (ScoreChange &c : effect.byTeacher) {
        c.teacherName = data.teacherNames.value(c.teacherId, u"#%1"_s.arg(c.teacherId));
        c.places = placesOf(c.teacherId).join(u"; "_s);
    }
    // By name, year and area: the keys made once, not per comparison.
    QList<std::tuple<QString, AreaKey, qsizetype>> order;
    for (qsizetype i = 0; i < effect.byTeacher.size(); ++i)
        order.append({lowerKey(effect.byTeacher[i].teacherName), areaKey(effect.byTeacher[i].area), i});
    std::sort(order.begin(), order.end(), [&](const auto &a, const auto &b) {
        const ScoreChange &x = effect.byTeacher[std::get<2>(a)], &y = effect.byTeacher[std::get<2>(b)];
        return std::tie(std::get<0>(a), x.teacherId, x.startYear, std::get<1>(a))
            < std::tie(std::get<0>(b), y.teacherId, y.startYear, std::get<1>(b));
    });
    QList<ScoreChange> sorted;
    sorted.reserve(order.size());
    for (const auto &entry : order)
        sorted << effect.byTeacher[std::get<2>(entry)];
    effect.byTeacher = std::move(sorted);

    Groups organisations, areas, programmes;
    for (const ScoreChange &c : std::as_const(effect.byTeacher)) {
        const QList<qint64> places = data.organisationsOf.value(c.teacherId);
        if (places.isEmpty()) {
            auto &g = organisations[{u"\U0010FFFF"_s, RouteEffect::kUnplaced, areaKey(c.area)}]; // last
            g.first = u"(нет места работы на дату)"_s;
            g.second.add(c);
        }
        for (qint64 id : places) {
            const QString name = data.organisationNames.value(id, u"#%1"_s.arg(id));
            auto &g = organisations[{lowerKey(name), id, areaKey(c.area)}];
            g.first = name;
            g.second.add(c);
        }
        auto &total = areas[{QString(), 0, areaKey(c.area)}];
        total.first = TrainingText::russian(c.area);
        total.second.add(c);
    }
    for (const ScoreChange &c : std::as_const(courses)) {
        const QString title = data.programmeTitles.value(c.programmeId, c.work.value(0));
        auto &g = programmes[{lowerKey(title), c.programmeId, areaKey(c.area)}];
        g.first = title;
        g.second.add(c);
    }
    effect.byOrganisation = rowsOf(organisations);
    effect.byArea = rowsOf(areas);
    effect.byProgramme = rowsOf(programmes);
    return effect;
}

QString RouteEffectBuilder::changeText(int tenths)
{
    if (tenths == 0)
        return u"0,0"_s;
    return (tenths > 0 ? u"+"_s : u"\u2212"_s) + decimal(tenths);
}

QString RouteEffectBuilder::meanText(int tenths) { return (tenths < 0 ? u"\u2212"_s : QString()) + decimal(tenths); }

QString RouteEffectBuilder::outcomeRussian(DeficitOutcome outcome)
{
    switch (outcome) {
    case DeficitOutcome::Removed: return u"устранён"_s;
    case DeficitOutcome::Remained: return u"остался"_s;
    case DeficitOutcome::Appeared: return u"появился"_s;
    case DeficitOutcome::None: return u"не было"_s;
    }
    return {};
}

QString RouteEffectBuilder::outcomeText(DeficitOutcome outcome)
{
    switch (outcome) {
    case DeficitOutcome::Removed: return tr("removed");
    case DeficitOutcome::Remained: return tr("remained");
    case DeficitOutcome::Appeared: return tr("appeared");
    case DeficitOutcome::None: return tr("none");
    }
    return {};
}

} // namespace profrost
