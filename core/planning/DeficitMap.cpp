#include "planning/DeficitMap.h"

#include "domain/DateText.h"
#include "store/DiagnosisRepository.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"
#include "util/TextNormalize.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// The bounds of the colours, in tenths of a per cent: under a fifth of the
// diagnosed is a calm cell, half or more is where the centre acts first.
constexpr int kMediumFrom = 200;
constexpr int kHighFrom = 500;

void addOnce(QList<qint64> &list, qint64 id)
{
    if (!list.contains(id))
        list << id;
}

const QList<qint64> &placesOf(const MappedTeacher &t, DeficitGrouping grouping)
{
    switch (grouping) {
    case DeficitGrouping::Subject: return t.subjects;
    case DeficitGrouping::Municipality: return t.municipalities;
    case DeficitGrouping::Organisation: break;
    }
    return t.organisations;
}

const QHash<qint64, QString> &namesOf(const DeficitMapData &data, DeficitGrouping grouping)
{
    switch (grouping) {
    case DeficitGrouping::Subject: return data.subjectNames;
    case DeficitGrouping::Municipality: return data.municipalityNames;
    case DeficitGrouping::Organisation: break;
    }
    return data.organisationNames;
}

// Whether a teacher belongs to a row: key 0 is the total row, kUnplaced
// the teachers the grouping cannot place.
bool inRow(const MappedTeacher &t, DeficitGrouping grouping, qint64 key)
{
    if (key == 0)
        return true;
    const QList<qint64> &places = placesOf(t, grouping);
    return key == DeficitMapBuilder::kUnplaced ? places.isEmpty() : places.contains(key);
}

// A teacher's verdict per column of the map, worked out once however many
// rows they are counted in: not scored, scored, scored with a deficit.
enum Verdict : quint8 { NotScored, Scored, Deficit };

// On the stack: a region's map counts 50,000 teachers, one allocation each was a third of its time.
struct Verdicts
{
    std::array<Verdict, 8> of{}; // more than the competency areas there are
    qsizetype size = 0;
};

Verdicts verdicts(const MappedTeacher &t, const QList<CompetencyArea> &areas, const DeficitThresholds &thresholds)
{
    Verdicts out;
    out.size = std::min<qsizetype>(areas.size(), qsizetype(out.of.size()));
    for (qsizetype i = 0; i < out.size; ++i) {
        const auto it = t.latest.constFind(areas[i]);
        if (it != t.latest.cend())
            out.of[size_t(i)] = DeficitRules::isDeficit(*it, thresholds) ? Deficit : Scored;
    }
    return out;
}

// Adds one teacher to a row's cells.
void count(DeficitMapRow &row, const Verdicts &verdict)
{
    bool any = false;
    for (qsizetype i = 0; i < verdict.size; ++i) {
        if (verdict.of[size_t(i)] == NotScored)
            continue;
        ++row.cells[i].diagnosed;
        if (verdict.of[size_t(i)] == Deficit) {
            ++row.cells[i].deficits;
            any = true;
        }
    }
    ++row.anyArea.diagnosed;
    if (any)
        ++row.anyArea.deficits;
}

} // namespace

int DeficitCell::shareTenths() const
{
    if (diagnosed <= 0)
        return 0;
    // Rounded half up: 1 of 8 is 12,5 %, 1 of 3 is 33,3 %, 2 of 3 is 66,7 %.
    return int((qint64(deficits) * 2000 + diagnosed) / (qint64(diagnosed) * 2));
}

DeficitLevel DeficitCell::level() const
{
    if (diagnosed <= 0)
        return DeficitLevel::None;
    const int share = shareTenths();
    return share >= kHighFrom ? DeficitLevel::High : share >= kMediumFrom ? DeficitLevel::Medium : DeficitLevel::Low;
}

QString DeficitCell::text() const
{
    if (diagnosed <= 0)
        return {};
    return u"%1 (%2 из %3)"_s.arg(DiagnosisText::percentText(shareTenths() * 10)).arg(deficits).arg(diagnosed);
}

DeficitMapData DeficitMapData::read(Database &db, const DeficitScope &scope, QDate today)
{
    DeficitMapData data;
    data.thresholds = SettingsRepository(db).deficitThresholds();
    DiagnosisRepository diagnoses(db);
    QHash<qint64, QList<DiagnosisResult>> results;
    if (scope.campaignId != 0) {
        const DiagnosisCampaign campaign = diagnoses.campaign(scope.campaignId);
        data.placesOn = campaign.ends.isValid() ? campaign.ends : campaign.starts;
        data.scopeText = u"по итогам диагностики «%1» (%2)"_s.arg(campaign.name, DiagnosisText::periodText(campaign));
        for (DiagnosisResult &r : diagnoses.resultsOfCampaign(scope.campaignId))
            results[r.teacherId].append(std::move(r));
    } else {
        data.placesOn = scope.to.isValid() ? scope.to : today;
        results = diagnoses.resultsTaken(scope.from, scope.to);
        if (scope.from.isValid() || scope.to.isValid()) {
            data.scopeText = u"по результатам диагностики"_s;
            if (scope.from.isValid())
                data.scopeText += u" с "_s + DateText::numeric(scope.from);
            if (scope.to.isValid())
                data.scopeText += u" по "_s + DateText::numeric(scope.to);
        } else {
            data.scopeText = u"по последним результатам диагностики на "_s + DateText::numeric(today);
        }
    }
    // A diagnosis planned to end next month places its teachers as they are now.
    if (data.placesOn > today)
        data.placesOn = today;

    QHash<qint64, qsizetype> index; // teacher id -> position in data.teachers
    data.teachers.reserve(results.size());
    for (auto it = results.cbegin(); it != results.cend(); ++it) {
        MappedTeacher t;
        t.id = it.key();
        t.latest = DeficitRules::latestScores(*it);
        for (const DiagnosisResult &r : *it)
            t.lastDiagnosed = std::max(t.lastDiagnosed, r.takenOn);
        index.insert(t.id, data.teachers.size());
        data.teachers << std::move(t);
    }
    for (const PostPlace &post : TeacherRepository(db).postPlacesOn(data.placesOn)) {
        const auto found = index.constFind(post.teacherId);
        if (found == index.cend())
            continue;
        MappedTeacher &t = data.teachers[*found];
        addOnce(t.organisations, post.organisationId);
        addOnce(t.municipalities, post.municipalityId);
        for (qint64 subject : post.subjectIds)
            addOnce(t.subjects, subject);
    }
    const QHash<qint64, QString> names = TeacherRepository(db).fullNames();
    for (MappedTeacher &t : data.teachers)
        t.name = names.value(t.id, u"#%1"_s.arg(t.id));
    // By name, as every list of people: the keys made once, not per comparison.
    QList<std::pair<QString, qsizetype>> order;
    order.reserve(data.teachers.size());
    for (qsizetype i = 0; i < data.teachers.size(); ++i)
        order.append({lowerKey(data.teachers[i].name), i});
    std::sort(order.begin(), order.end(), [&](const auto &a, const auto &b) {
        return std::tie(a.first, data.teachers[a.second].id) < std::tie(b.first, data.teachers[b.second].id);
    });
    QList<MappedTeacher> sorted;
    sorted.reserve(order.size());
    for (const auto &entry : order)
        sorted << std::move(data.teachers[entry.second]);
    data.teachers = std::move(sorted);

    for (const Organisation &o : OrganisationRepository(db).all())
        data.organisationNames.insert(o.id, o.displayName());
    for (const Municipality &m : DictionaryRepository(db).municipalities())
        data.municipalityNames.insert(m.id, m.name);
    for (const Subject &s : DictionaryRepository(db).subjects())
        data.subjectNames.insert(s.id, s.name);
    return data;
}

DeficitMap DeficitMapBuilder::build(const DeficitMapData &data, DeficitGrouping grouping)
{
    DeficitMap map;
    QSet<CompetencyArea> measured;
    for (const MappedTeacher &t : data.teachers) {
        for (auto it = t.latest.cbegin(); it != t.latest.cend(); ++it)
            measured.insert(it.key());
    }
    for (CompetencyArea area : TrainingText::allAreas()) {
        if (measured.contains(area))
            map.areas << area;
    }
    const auto emptyRow = [&](qint64 key, const QString &label) {
        DeficitMapRow row;
        row.key = key;
        row.label = label;
        row.cells.resize(map.areas.size());
        return row;
    };
    map.total = emptyRow(0, tr("Total"));
    QHash<qint64, DeficitMapRow> rows;
    const QHash<qint64, QString> &names = namesOf(data, grouping);
    for (const MappedTeacher &t : data.teachers) {
        const Verdicts verdict = verdicts(t, map.areas, data.thresholds);
        count(map.total, verdict);
        static const QList<qint64> unplaced{kUnplaced};
        const QList<qint64> &placed = placesOf(t, grouping);
        for (qint64 key : placed.isEmpty() ? unplaced : placed) {
            auto it = rows.find(key);
            if (it == rows.end()) {
                const QString label = key == kUnplaced
                    ? (grouping == DeficitGrouping::Subject ? tr("(no subject on the day)") : tr("(no post on the day)"))
                    : names.value(key);
                it = rows.insert(key, emptyRow(key, label));
            }
            count(*it, verdict);
        }
    }
    // By name (the keys made once, not per comparison), the unplaced last.
    QList<std::pair<QString, DeficitMapRow *>> order;
    order.reserve(rows.size());
    for (DeficitMapRow &row : rows)
        order.append({row.key == kUnplaced ? QString(QChar(0xFFFF)) : lowerKey(row.label), &row});
    std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
        return std::tie(a.first, a.second->label) < std::tie(b.first, b.second->label);
    });
    map.rows.reserve(order.size());
    for (const auto &entry : order)
        map.rows << std::move(*entry.second);
    return map;
}

QList<const MappedTeacher *> DeficitMapBuilder::teachersIn(const DeficitMapData &data, DeficitGrouping grouping,
                                                           qint64 key, std::optional<CompetencyArea> area,
                                                           bool deficitsOnly)
{
    QList<const MappedTeacher *> out;
    for (const MappedTeacher &t : data.teachers) {
        if (!inRow(t, grouping, key))
            continue;
        bool diagnosed = false;
        bool deficit = false;
        for (auto it = t.latest.cbegin(); it != t.latest.cend(); ++it) {
            if (area && it.key() != *area)
                continue;
            diagnosed = true;
            deficit = deficit || DeficitRules::isDeficit(*it, data.thresholds);
        }
        if (diagnosed && (deficit || !deficitsOnly))
            out << &t;
    }
    return out;
}

QString DeficitMapBuilder::groupingTitle(DeficitGrouping grouping)
{
    switch (grouping) {
    case DeficitGrouping::Subject: return tr("Subject");
    case DeficitGrouping::Municipality: return tr("Municipality");
    case DeficitGrouping::Organisation: break;
    }
    return tr("Organisation");
}

QString DeficitMapBuilder::groupingRussian(DeficitGrouping grouping)
{
    switch (grouping) {
    case DeficitGrouping::Subject: return u"Предмет"_s;
    case DeficitGrouping::Municipality: return u"Муниципальное образование"_s;
    case DeficitGrouping::Organisation: break;
    }
    return u"Образовательная организация"_s;
}

QString DeficitMapBuilder::unplacedRussian(DeficitGrouping grouping)
{
    return grouping == DeficitGrouping::Subject ? u"(без предмета на дату)"_s : u"(нет места работы на дату)"_s;
}

QString DeficitMapBuilder::levelRussian(DeficitLevel level)
{
    switch (level) {
    case DeficitLevel::Low: return u"менее %1\u00a0%"_s.arg(kMediumFrom / 10);
    case DeficitLevel::Medium: return u"от %1 до %2\u00a0%"_s.arg(kMediumFrom / 10).arg(kHighFrom / 10);
    case DeficitLevel::High: return u"%1\u00a0% и более"_s.arg(kHighFrom / 10);
    case DeficitLevel::None: break;
    }
    return u"диагностику никто не проходил"_s;
}

QString DeficitMapBuilder::levelText(DeficitLevel level)
{
    switch (level) {
    case DeficitLevel::Low: return tr("under %1 %").arg(kMediumFrom / 10);
    case DeficitLevel::Medium: return tr("from %1 to %2 %").arg(kMediumFrom / 10).arg(kHighFrom / 10);
    case DeficitLevel::High: return tr("%1 % or more").arg(kHighFrom / 10);
    case DeficitLevel::None: break;
    }
    return tr("nobody diagnosed");
}

quint32 DeficitMapBuilder::levelFill(DeficitLevel level)
{
    // The fills spreadsheets use for good, neutral and bad: readable in grey print too.
    switch (level) {
    case DeficitLevel::Low: return 0xC6EFCE;
    case DeficitLevel::Medium: return 0xFFEB9C;
    case DeficitLevel::High: return 0xFFC7CE;
    case DeficitLevel::None: break;
    }
    return 0;
}

void DeficitMapBuilder::asSheet(const DeficitMap &map, DeficitGrouping grouping, QStringList *header,
                                QList<QStringList> *rows, QList<QList<quint32>> *fills)
{
    *header = {groupingRussian(grouping)};
    for (CompetencyArea area : map.areas)
        *header << upperFirst(TrainingText::russian(area));
    *header << u"Хотя бы один дефицит"_s;
    rows->clear();
    fills->clear();
    const auto add = [&](const DeficitMapRow &row) {
        QStringList cells{row.key == kUnplaced ? unplacedRussian(grouping) : row.label};
        QList<quint32> colours{0};
        for (const DeficitCell &cell : row.cells) {
            cells << cell.text();
            colours << levelFill(cell.level());
        }
        cells << row.anyArea.text();
        colours << levelFill(row.anyArea.level());
        *rows << cells;
        *fills << colours;
    };
    for (const DeficitMapRow &row : map.rows)
        add(row);
    DeficitMapRow total = map.total;
    total.label = u"Итого"_s;
    add(total);
}

} // namespace profrost
