#include "indicators/IndicatorEngine.h"

#include "domain/AttestationRules.h"
#include "domain/DateText.h"
#include "planning/AttestationReminders.h"
#include "planning/TrainingDue.h"
#include "util/TextNormalize.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <span>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// Records (courses, attestation) gathered by teacher in one pass, each
// teacher's in their order in the list: a region has 300,000 courses, and
// a hash of lists per teacher cost more than the rules applied to them.
template <typename Record>
class ByTeacher
{
public:
    ByTeacher(const QList<Record> &records, const QHash<qint64, qsizetype> &place, qsizetype teachers)
        : m_first(teachers + 1, 0)
    {
        QList<qsizetype> placeOf(records.size(), -1);
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (const auto it = place.constFind(records.at(i).teacherId); it != place.cend()) {
                placeOf[i] = *it;
                ++m_first[*it + 1];
            }
        }
        for (qsizetype t = 0; t < teachers; ++t)
            m_first[t + 1] += m_first[t];
        m_records.resize(m_first[teachers]);
        QList<qsizetype> next = m_first;
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (placeOf[i] >= 0)
                m_records[next[placeOf[i]]++] = &records.at(i);
        }
    }
    // The records of the teacher at `place`.
    std::span<const Record *const> of(qsizetype place) const
    {
        return {m_records.constData() + m_first[place], size_t(m_first[place + 1] - m_first[place])};
    }

private:
    QList<qsizetype> m_first; // where each teacher's records begin; one past the end last
    QList<const Record *> m_records;
};

} // namespace

QDate IndicatorEngine::windowStart(QDate at) { return at.addYears(-3).addDays(1); }

bool IndicatorEngine::inWindow(QDate day, QDate at) { return day.isValid() && day >= windowStart(at) && day <= at; }

qint64 IndicatorEngine::mainOrganisation(const TeacherRow &t, const IndicatorInputs &in)
{
    for (const Employment &e : in.employments.value(t.id)) {
        if (e.activeOn(in.at) && in.positionKinds.value(e.positionId, PositionKind::Pedagogical) == PositionKind::Pedagogical)
            return e.organisationId;
    }
    return t.organisationIds.isEmpty() ? 0 : t.organisationIds.constFirst();
}

IndicatorEngine::IndicatorEngine(const IndicatorInputs &inputs) : m_in(inputs), m_areas(CompetencyAreas::current())
{
    // The dictionary's literacy flag (core/README.md «The competency areas»), as the deficit rule reads it.
    const auto isLiteracy = [this](const AreaScore &s) { return m_areas.isLiteracy(s.area); };
    m_hasCourses = !m_in.completions.isEmpty();
    m_hasAttestation = !m_in.attestation.isEmpty();
    for (const QList<DiagnosisResult> &results : m_in.diagnoses) {
        m_hasDiagnoses = m_hasDiagnoses || !results.isEmpty();
        for (const DiagnosisResult &r : results)
            m_hasLiteracy = m_hasLiteracy || std::any_of(r.scores.cbegin(), r.scores.cend(), isLiteracy);
    }
    standings();
    teams();
    m_whole = computeWhole(); // value(), the cards and the report ask for it again and again
}

void IndicatorEngine::standings()
{
    const QDate at = m_in.at;
    const IndicatorSettings &s = m_in.settings;
    // The active pedagogical workers by their place in `active`, then each
    // one's courses and history gathered by that place.
    QList<const TeacherRow *> active;
    QHash<qint64, qsizetype> place;
    for (const TeacherRow &t : m_in.teachers) {
        if (t.pedagogical) {
            place.insert(t.id, active.size());
            active << &t;
        }
    }
    const ByTeacher<Completion> courses(m_in.completions, place, active.size());
    const ByTeacher<AttestationRecord> history(m_in.attestation, place, active.size());
    QHash<qint64, bool> young; // teacher -> supported
    for (const YoungTeacher &y : m_in.young)
        young.insert(y.teacherId, y.supported());
    m_standings.reserve(active.size());
    for (qsizetype i = 0; i < active.size(); ++i) {
        const TeacherRow &t = *active.at(i);
        Standing st;
        st.teacherId = t.id;
        st.name = t.fullName();
        st.sortKey = lowerKey(st.name);
        st.organisationId = mainOrganisation(t, m_in);
        const QList<DiagnosisResult> results = m_in.diagnoses.value(t.id);
        QList<DiagnosisResult> windowResults;
        int bestLiteracy = -1;
        for (const DiagnosisResult &r : results) {
            if (!inWindow(r.takenOn, at))
                continue;
            windowResults << r;
            for (const AreaScore &score : r.scores) {
                if (m_areas.isLiteracy(score.area)) {
                    st.literacyTaken = true;
                    bestLiteracy = std::max(bestLiteracy, score.hundredths);
                }
            }
        }
        st.literacyPassed = bestLiteracy >= s.thresholds.literacyPassedAt;
        st.deficit = DeficitRules::hasCurrentDeficit(windowResults, s.thresholds, m_areas);
        st.routed = m_in.routeTeachers.contains(t.id);
        for (const Completion *course : courses.of(i)) {
            const Completion &c = *course;
            // The further-training rule's window (TrainingDue): (D − N years, D].
            if (c.ends > at || TrainingDue::expiresOn(c.ends, s.trainingIntervalYears) <= at
                || c.hours < TrainingRules::kMinTrainingHours)
                continue;
            st.trained = true;
            const Programme programme = m_in.programmes.value(c.programmeId);
            if (!programme.federalRegistry || st.federalForDeficit)
                continue;
            // A deficit of the teacher in an area the programme addresses, found before the course began.
            for (const DiagnosisResult &r : results) {
                if (!r.takenOn.isValid() || r.takenOn > c.starts)
                    continue;
                for (const AreaScore &score : r.scores) {
                    if (programme.areas.contains(score.area) && DeficitRules::isDeficit(score, s.thresholds, m_areas))
                        st.federalForDeficit = true;
                }
            }
        }
        const auto y = young.constFind(t.id);
        st.young = y != young.cend();
        st.supported = st.young && *y;
        QList<AttestationRecord> records;
        for (const AttestationRecord *r : history.of(i))
            records << *r;
        st.validCategory = AttestationRules::standing(records, at, s.validityYears).categoryValid;
        if (!records.isEmpty()) {
            const std::optional<ExpiringCategory> e =
                AttestationReminders::of(t, records, at, s.expiringMonths, s.validityYears);
            st.expiring = e && !e->lapsed;
        }
        m_standings << st;
    }
    // alphabeticalLess's order, its keys made once (a region sorts 50,000 names).
    std::stable_sort(m_standings.begin(), m_standings.end(), [](const Standing &a, const Standing &b) {
        const int byKey = a.sortKey.compare(b.sortKey);
        return byKey != 0 ? byKey < 0 : a.name < b.name;
    });
}

void IndicatorEngine::teams()
{
    const QDate at = m_in.at;
    // The organisations where each teacher holds a managerial post at D.
    QHash<qint64, QList<qint64>> managerOf;
    for (auto it = m_in.employments.cbegin(); it != m_in.employments.cend(); ++it) {
        for (const Employment &e : it.value()) {
            if (e.activeOn(at) && m_in.positionKinds.value(e.positionId) == PositionKind::Managerial
                && !managerOf.value(it.key()).contains(e.organisationId))
                managerOf[it.key()] << e.organisationId;
        }
    }
    for (const QList<qint64> &orgs : std::as_const(managerOf)) {
        for (qint64 org : orgs)
            m_managerOrganisations.insert(org);
    }
    QHash<qint64, QString> names;
    for (const TeacherRow &t : m_in.teachers)
        names.insert(t.id, t.fullName());
    QMap<std::pair<qint64, qint64>, std::pair<Team, const Completion *>> byRun; // (organisation, run)
    for (const Completion &c : m_in.completions) {
        const auto orgs = managerOf.constFind(c.teacherId);
        if (orgs == managerOf.cend() || c.ends > at
            || TrainingDue::expiresOn(c.ends, m_in.settings.trainingIntervalYears) <= at)
            continue;
        for (qint64 org : *orgs) {
            auto &[team, course] = byRun[{org, c.runId}];
            team.organisationId = org;
            course = &c;
            if (!team.managers.contains(c.teacherId))
                team.managers << c.teacherId;
        }
    }
    for (auto &[team, course] : byRun) {
        if (team.managers.size() < 2)
            continue;
        // Written for the teams only (a region's managers complete thousands of courses).
        team.text = tr("%1: %2 (completed %3)")
                        .arg(m_in.organisationNames.value(team.organisationId), course->programme,
                             DateText::numeric(course->ends));
        std::sort(team.managers.begin(), team.managers.end(),
                  [&](qint64 a, qint64 b) { return alphabeticalLess(names.value(a), names.value(b)); });
        m_teams << team;
    }
}

IndicatorValue IndicatorEngine::finish(IndicatorId id, int numerator, std::optional<int> denominator,
                                       QList<qint64> numeratorIds, QList<qint64> gapIds, bool dataExists) const
{
    IndicatorValue v;
    v.id = id;
    v.numerator = numerator;
    v.denominator = denominator;
    v.numeratorIds = std::move(numeratorIds);
    v.gapIds = std::move(gapIds);
    const TargetKind kind = IndicatorText::targetKind(id);
    if (kind != TargetKind::None)
        v.target = m_in.settings.targets.value(id, IndicatorSettings::defaultTarget(id));
    if (!dataExists || (denominator && *denominator == 0)) {
        v.status = IndicatorStatus::NoData;
        return v;
    }
    // A share in per cent with one decimal; the status judges the figure as shown.
    v.value = denominator ? std::round(numerator * 1000.0 / *denominator) / 10.0 : double(numerator);
    switch (kind) {
    case TargetKind::None: v.status = IndicatorStatus::Informative; break;
    case TargetKind::AtLeast: v.status = v.value >= *v.target ? IndicatorStatus::Met : IndicatorStatus::NotMet; break;
    case TargetKind::AtMost: v.status = v.value <= *v.target ? IndicatorStatus::Met : IndicatorStatus::NotMet; break;
    }
    return v;
}

QList<IndicatorValue> IndicatorEngine::compute(const QList<const Standing *> &standings, const QList<const Team *> &teams,
                                               const std::function<bool(qint64)> &in, bool whole) const
{
    // A share: those who count among those who could.
    const auto share = [&](IndicatorId id, const std::function<bool(const Standing &)> &counted,
                           const std::function<bool(const Standing &)> &base, bool dataExists) {
        QList<qint64> yes, gap;
        for (const Standing *s : standings) {
            if (base(*s))
                (counted(*s) ? yes : gap) << s->teacherId;
        }
        const int n = int(yes.size());
        return finish(id, n, n + int(gap.size()), yes, gap, dataExists);
    };
    const auto everyone = [](const Standing &) { return true; };
    QList<IndicatorValue> out;
    out << share(IndicatorId::I1, [](const Standing &s) { return s.trained; }, everyone, m_hasCourses);
    out << share(IndicatorId::I2, [](const Standing &s) { return s.federalForDeficit; }, everyone,
                 m_hasCourses && m_hasDiagnoses);
    out << share(IndicatorId::I3a, [](const Standing &s) { return s.literacyTaken; }, everyone, m_hasLiteracy);
    out << share(IndicatorId::I3b, [](const Standing &s) { return s.literacyPassed; }, everyone, m_hasLiteracy);
    {
        QList<qint64> managers;
        QStringList items;
        int count = 0;
        bool anyManager = false;
        for (const Team *t : teams) {
            ++count;
            items << t->text;
            for (qint64 id : t->managers) {
                if (!managers.contains(id))
                    managers << id;
            }
        }
        for (qint64 org : m_managerOrganisations)
            anyManager = anyManager || in(org);
        IndicatorValue v = finish(IndicatorId::I4, count, std::nullopt, managers, {}, m_hasCourses && anyManager);
        v.items = items;
        out << v;
    }
    out << share(IndicatorId::I5, [](const Standing &s) { return s.supported; },
                 [](const Standing &s) { return s.young; }, true);
    out << share(IndicatorId::I6, [](const Standing &s) { return s.validCategory; }, everyone, m_hasAttestation);
    out << share(IndicatorId::I7, [](const Standing &s) { return s.routed; }, [](const Standing &s) { return s.deficit; },
                 m_hasDiagnoses);
    {
        // The district's associations: counted on the whole only.
        QStringList with, without;
        for (const Association &a : m_in.districtAssociations)
            (m_in.associationsWithPlan.contains(a.id) ? with : without) << a.name;
        IndicatorValue v = finish(IndicatorId::I8, int(with.size()), int(with.size() + without.size()), {}, {}, whole);
        v.items = with;
        v.gapItems = without;
        out << v;
    }
    {
        QList<qint64> untrained;
        for (const Standing *s : standings) {
            if (!s->trained)
                untrained << s->teacherId;
        }
        out << finish(IndicatorId::I9, int(untrained.size()), std::nullopt, untrained, untrained, m_hasCourses);
    }
    {
        QList<qint64> expiring;
        for (const Standing *s : standings) {
            if (s->expiring)
                expiring << s->teacherId;
        }
        out << finish(IndicatorId::I10, int(expiring.size()), std::nullopt, expiring, {}, m_hasAttestation);
    }
    return out;
}

QList<IndicatorValue> IndicatorEngine::all() const { return m_whole; }

QList<IndicatorValue> IndicatorEngine::computeWhole() const
{
    QList<const Standing *> standings;
    standings.reserve(m_standings.size());
    for (const Standing &s : m_standings)
        standings << &s;
    QList<const Team *> teams;
    for (const Team &t : m_teams)
        teams << &t;
    return compute(standings, teams, [](qint64) { return true; }, true);
}

IndicatorValue IndicatorEngine::value(IndicatorId id) const
{
    for (const IndicatorValue &v : all()) {
        if (v.id == id)
            return v;
    }
    return {};
}

QList<IndicatorPart> IndicatorEngine::parts(const QHash<qint64, QString> &names,
                                            const std::function<qint64(qint64)> &partOf) const
{
    // Each part's teachers and teams gathered once (a region has 2,500
    // organisations: filtering the whole list for each would be quadratic).
    QHash<qint64, QList<const Standing *>> standings;
    QHash<qint64, QList<const Team *>> teams;
    for (const Standing &s : m_standings)
        standings[partOf(s.organisationId)] << &s;
    for (const Team &t : m_teams)
        teams[partOf(t.organisationId)] << &t;
    QSet<qint64> ids;
    for (auto it = standings.cbegin(); it != standings.cend(); ++it)
        ids.insert(it.key());
    for (auto it = teams.cbegin(); it != teams.cend(); ++it)
        ids.insert(it.key());
    QList<IndicatorPart> out;
    for (qint64 id : std::as_const(ids)) {
        IndicatorPart part;
        part.id = id;
        part.name = names.value(id, id == 0 ? tr("(not given)") : QString::number(id));
        part.values = compute(standings.value(id), teams.value(id), [&](qint64 org) { return partOf(org) == id; }, false);
        out << part;
    }
    // Worst first by I1 (no data last), then by name.
    std::sort(out.begin(), out.end(), [](const IndicatorPart &a, const IndicatorPart &b) {
        const IndicatorValue &x = a.values.constFirst(), &y = b.values.constFirst();
        const bool xData = x.status != IndicatorStatus::NoData, yData = y.status != IndicatorStatus::NoData;
        if (xData != yData)
            return xData;
        if (xData && x.value != y.value)
            return x.value < y.value;
        return alphabeticalLess(a.name, b.name);
    });
    return out;
}

QList<IndicatorPart> IndicatorEngine::byOrganisation() const
{
    return parts(m_in.organisationNames, [](qint64 org) { return org; });
}

QList<IndicatorPart> IndicatorEngine::byMunicipality() const
{
    return parts(m_in.municipalityNames, [this](qint64 org) { return m_in.municipalityOf.value(org); });
}

} // namespace profrost
