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
    // The later self-assessment is this October's once it is over, else last October's.
    const int year = today >= QDate(today.year(), 10, 25) ? today.year() : today.year() - 1;
    DiagnosisRepository repo(db);
    const QString selfName = u"Самодиагностика профессиональных дефицитов"_s;
    DiagnosisCampaign first = campaign(selfName + u' ' + QString::number(year - 1), DiagnosisKind::SelfAssessment,
                                       QDate(year - 1, 10, 1), 20, kAreas);
    DiagnosisCampaign literacy = campaign(u"Функциональная грамотность педагогов"_s, DiagnosisKind::FunctionalLiteracy,
                                          QDate(year, 2, 10), 10, {CompetencyArea::FunctionalLiteracy});
    DiagnosisCampaign second = campaign(selfName + u' ' + QString::number(year), DiagnosisKind::SelfAssessment,
                                        QDate(year, 10, 1), 20, kAreas);
    for (DiagnosisCampaign *c : {&first, &literacy, &second}) {
        c->id = repo.addCampaign(*c);
        ++summary.campaigns;
    }

    // The areas of the courses each teacher completed between the two self-assessments.
    QHash<QString, QList<CompetencyArea>> areasOf;
    for (const Programme &p : TrainingRepository(db).programmes())
        areasOf.insert(p.title, p.areas);
    QHash<qint64, QSet<CompetencyArea>> trained;
    for (const Completion &c : TrainingRepository(db).completions()) {
        if (c.ends > first.ends && c.ends < second.starts) {
            for (CompetencyArea a : areasOf.value(c.programme))
                trained[c.teacherId].insert(a);
        }
    }

    QList<TeacherRepository::Identity> people = TeacherRepository(db).identities();
    std::sort(people.begin(), people.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    for (const TeacherRepository::Identity &t : people) {
        QHash<CompetencyArea, int> level;
        for (CompetencyArea a : kAreas)
            level.insert(a, clampPercent((meanOf(a) + random.between(-22, 24)) * 100 + random.between(0, 1) * 50));
        const bool tookFirst = random.chance(0.7);
        const bool tookSecond = tookFirst ? random.chance(0.8) : random.chance(0.15);
        if (tookFirst) {
            DiagnosisResult r;
            r.campaignId = first.id;
            r.teacherId = t.id;
            r.takenOn = first.starts.addDays(random.between(0, 20));
            for (CompetencyArea a : kAreas)
                r.scores << AreaScore{a, level.value(a)};
            repo.saveResult(r);
            ++summary.results;
        }
        if (random.chance(0.3)) {
            DiagnosisResult r;
            r.campaignId = literacy.id;
            r.teacherId = t.id;
            r.takenOn = literacy.starts.addDays(random.between(0, 10));
            r.scores << AreaScore{CompetencyArea::FunctionalLiteracy,
                                  clampPercent((meanOf(CompetencyArea::FunctionalLiteracy) + random.between(-25, 22)) * 100)};
            repo.saveResult(r);
            ++summary.results;
        }
        if (tookSecond && second.starts <= today) {
            DiagnosisResult r;
            r.campaignId = second.id;
            r.teacherId = t.id;
            r.takenOn = std::min(today, second.starts.addDays(random.between(0, 20)));
            const QSet<CompetencyArea> course = trained.value(t.id);
            for (CompetencyArea a : kAreas) {
                // A course covering the area lifts it by 6–20 points; otherwise ±6.
                const int change = course.contains(a) ? random.between(6, 20) : random.between(-6, 6);
                r.scores << AreaScore{a, clampPercent(level.value(a) + change * 100)};
            }
            repo.saveResult(r);
            ++summary.results;
        }
    }
    return summary;
}

} // namespace profrost::demo
