#include "demo/DemoDiagnostics.h"

#include "demo/DemoRandom.h"
#include "domain/Diagnosis.h"
#include "store/Database.h"
#include "store/DiagnosisRepository.h"
#include "store/TeacherRepository.h"
#include "store/TrainingRepository.h"

#include <QHash>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost::demo {

namespace {

const QList<CompetencyArea> kAreas{CompetencyArea::Subject, CompetencyArea::Methodical,
                                   CompetencyArea::Psychological, CompetencyArea::Communicative,
                                   CompetencyArea::Digital};

// The mean level of an area in per cent: the digital area lowest.
int meanOf(const CompetencyArea &area)
{
    static const QHash<CompetencyArea, int> means{
        {CompetencyArea::Subject, 66},       {CompetencyArea::Methodical, 60}, {CompetencyArea::Psychological, 63},
        {CompetencyArea::Communicative, 68}, {CompetencyArea::Digital, 55},    {CompetencyArea::FunctionalLiteracy, 72},
    };
    return means.value(area, 60);
}

// Self-assessments: one each October, the latest this or last October, four before it.
constexpr int kSelfAssessments = 5;
// Who took part in the three oldest (the latest two: 70 %, then 80 % of them and 15 % of the others).
constexpr double kEarlierShares[] = {0.4, 0.5, 0.6};
// Who took the functional-literacy diagnosis of each February, oldest first:
// more each year, the same people mostly (and 2 % more at random).
constexpr double kLiteracyShares[] = {0.1, 0.15, 0.21, 0.29};

int clampPercent(int hundredths) { return std::clamp(hundredths, 0, 10000); }

DiagnosisCampaign campaign(const QString &name, DiagnosisKind kind, QDate starts, int days,
                           const QList<CompetencyArea> &areas)
{
    DiagnosisCampaign c;
    c.name = name;
    c.kind = kind;
    c.starts = starts;
    c.ends = starts.addDays(days);
    c.areas = areas;
    return c;
}

} // namespace

DemoDiagnosticsSummary DemoDiagnostics::fill(Database &db, quint32 seed, QDate today)
{
    DemoRandom random(seed ^ 0xd1a6u);
    DemoDiagnosticsSummary summary;
    // The latest self-assessment is this October's once it is over, else last
    // October's; one each October of the four years before it, and a
    // functional-literacy diagnosis each February between two of them.
    const int year = today >= QDate(today.year(), 10, 25) ? today.year() : today.year() - 1;
    DiagnosisRepository repo(db);
    const QString selfName = u"Самодиагностика профессиональных дефицитов"_s;
    const QString literacyName = u"Функциональная грамотность педагогов"_s;
    QList<DiagnosisCampaign> self, literacy; // oldest first
    for (int k = 0; k < kSelfAssessments; ++k) {
        const int y = year - (kSelfAssessments - 1) + k;
        if (k > 0) {
            literacy << campaign(literacyName + u' ' + QString::number(y), DiagnosisKind::FunctionalLiteracy,
                                 QDate(y, 2, 10), 10, {CompetencyArea::FunctionalLiteracy});
            literacy.last().id = repo.addCampaign(literacy.last());
            ++summary.campaigns;
        }
        self << campaign(selfName + u' ' + QString::number(y), DiagnosisKind::SelfAssessment, QDate(y, 10, 1), 20,
                         kAreas);
        self.last().id = repo.addCampaign(self.last());
        ++summary.campaigns;
    }
    const int last = kSelfAssessments - 1; // the latest self-assessment; `last - 1` a year before it

    // The areas of the courses each teacher completed between two self-assessments:
    // trained[teacher][k] between self[k] and self[k + 1].
    QHash<QString, QList<CompetencyArea>> areasOf;
    for (const Programme &p : TrainingRepository(db).programmes())
        areasOf.insert(p.title, p.areas);
    QHash<qint64, QList<QSet<CompetencyArea>>> trained;
    for (const Completion &c : TrainingRepository(db).completions()) {
        for (int k = 0; k < last; ++k) {
            if (c.ends > self.at(k).ends && c.ends < self.at(k + 1).starts) {
                QList<QSet<CompetencyArea>> &sets = trained[c.teacherId];
                sets.resize(last);
                for (CompetencyArea a : areasOf.value(c.programme))
                    sets[k].insert(a);
            }
        }
    }
    // Who worked when: nobody takes a diagnosis before their first post or after leaving.
    const QHash<qint64, QList<Employment>> posts = TeacherRepository(db).employmentsByTeacher();
    const auto atWork = [&](qint64 teacher, QDate day) {
        const QList<Employment> list = posts.value(teacher);
        return std::any_of(list.cbegin(), list.cend(), [&](const Employment &e) { return e.activeOn(day); });
    };

    QList<TeacherRepository::Identity> people = TeacherRepository(db).identities();
    std::sort(people.begin(), people.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    QList<DiagnosisResult> results; // written at once: a region's are hundreds of thousands
    const auto save = [&](const DiagnosisCampaign &c, qint64 teacher, QDate day, QList<AreaScore> scores) {
        DiagnosisResult r;
        r.campaignId = c.id;
        r.teacherId = teacher;
        r.takenOn = day;
        r.scores = std::move(scores);
        results << r;
    };
    for (const TeacherRepository::Identity &t : people) {
        const QList<QSet<CompetencyArea>> course = trained.value(t.id);
        const auto trainedIn = [&](int k, CompetencyArea a) { return k < course.size() && course.at(k).contains(a); };
        // The level per area at the self-assessment a year before the latest;
        // the latest from it; the earlier ones back from it: an area a course
        // covered in between was lower before it (by 6–20 points), the others
        // about the same (±6). So the levels rise over the years, and a
        // course in an area was often taken after a deficit there.
        QList<QHash<CompetencyArea, int>> level(kSelfAssessments);
        for (CompetencyArea a : kAreas)
            level[last - 1].insert(a, clampPercent((meanOf(a) + random.between(-22, 24)) * 100 + random.between(0, 1) * 50));
        for (CompetencyArea a : kAreas) {
            const int change = trainedIn(last - 1, a) ? random.between(6, 20) : random.between(-6, 6);
            level[last].insert(a, clampPercent(level[last - 1].value(a) + change * 100));
        }
        for (int k = last - 2; k >= 0; --k) {
            for (CompetencyArea a : kAreas) {
                const int change = trainedIn(k, a) ? random.between(6, 20) : random.between(-6, 6);
                level[k].insert(a, clampPercent(level[k + 1].value(a) - change * 100));
            }
        }
        // Most of the staff take a self-assessment, more each year; a
        // functional-literacy diagnosis about a third by now, fewer before:
        // those who took part once mostly take part again.
        const bool tookFirst = random.chance(0.7);
        QList<bool> took(kSelfAssessments, false);
        took[last - 1] = tookFirst;
        took[last] = tookFirst ? random.chance(0.8) : random.chance(0.15);
        for (int k = 0; k < last - 1; ++k)
            took[k] = random.chance(kEarlierShares[k]);
        const double interest = random.real(); // below a campaign's share: takes part in it
        const int literacyLevel = meanOf(CompetencyArea::FunctionalLiteracy) + random.between(-25, 22);
        for (int k = 0; k < kSelfAssessments; ++k) {
            const DiagnosisCampaign &c = self.at(k);
            const QDate day = std::min(today, c.starts.addDays(random.between(0, 20)));
            if (took.at(k) && c.starts <= today && atWork(t.id, day)) {
                QList<AreaScore> scores;
                for (CompetencyArea a : kAreas)
                    scores << AreaScore{a, level.at(k).value(a)};
                save(c, t.id, day, scores);
            }
            if (k == last)
                break;
            // The February after it: nearer the latest, better (the courses on functional literacy).
            const int f = k; // literacy[f] is between self[k] and self[k + 1]
            const DiagnosisCampaign &l = literacy.at(f);
            const QDate taken = l.starts.addDays(random.between(0, 10));
            const int behind = last - 1 - f; // 0 for the latest February
            const int score = clampPercent((literacyLevel - 2 * behind + random.between(0, 5)) * 100);
            if ((interest < kLiteracyShares[f] || random.chance(0.02)) && l.starts <= today && atWork(t.id, taken))
                save(l, t.id, taken, {AreaScore{CompetencyArea::FunctionalLiteracy, score}});
        }
    }
    repo.insertNewResults(results);
    summary.results = int(results.size());
    return summary;
}

} // namespace profrost::demo
