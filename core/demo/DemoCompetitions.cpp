#include "demo/DemoCompetitions.h"

#include "demo/DemoRandom.h"
#include "domain/Competition.h"
#include "domain/TeacherFacts.h"
#include "store/CompetitionRepository.h"
#include "store/TeacherRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost::demo {

namespace {

using L = CompetitionLevel;
using R = CompetitionResult;

// The entries of one municipal stage among `pool`: `count` drawn, the first
// the winner (on to the regional stage), the next two prizewinners.
QList<CompetitionEntry> stage(DemoRandom &random, QList<qint64> pool, int count, const QString &nomination = {})
{
    random.shuffle(pool);
    QList<CompetitionEntry> out;
    for (int i = 0; i < std::min<int>(count, int(pool.size())); ++i) {
        CompetitionEntry e;
        e.teacherId = pool[i];
        e.nomination = nomination;
        e.results.insert(L::Municipal, i == 0 ? R::Winner : i <= 2 ? R::Prizewinner : R::Participant);
        if (i == 0)
            e.results.insert(L::Regional, random.chance(0.4) ? R::Laureate : R::Participant);
        out << e;
    }
    return out;
}

} // namespace

int DemoCompetitions::fill(Database &db, quint32 seed, QDate today)
{
    DemoRandom random(seed ^ 0x434f4d50u);
    QList<qint64> schoolTeachers, kindergarten, additional, young;
    for (const TeacherRow &r : TeacherRepository(db).rows(today)) {
        if (!r.pedagogical || r.posts.isEmpty())
            continue;
        Teacher t;
        t.birthDate = r.birthDate;
        t.experienceStart = r.experienceStart;
        const QString type = r.posts.first().organisationType;
        const QString position = r.posts.first().position;
        if (TeacherFacts::isYoung(t, today))
            young << r.id;
        else if (TeacherFacts::experienceYears(t, today) >= 5 && type == u"school"_s && position.startsWith(u"учитель"_s))
            schoolTeachers << r.id;
        else if (type == u"preschool"_s && position == u"воспитатель"_s)
            kindergarten << r.id;
        else if (type == u"additional"_s)
            additional << r.id;
    }
    CompetitionRepository repo(db);
    int written = 0;
    for (int year : {today.year() - 1, today.year()}) {
        const auto save = [&](const QString &name, const QList<L> &stages, const QStringList &nominations,
                              const QList<CompetitionEntry> &entries) {
            if (entries.isEmpty())
                return;
            Competition c;
            c.name = name;
            c.year = year;
            c.stages = stages;
            c.nominations = nominations;
            c.entries = entries;
            repo.save(c);
            ++written;
        };
        const QList<L> stages{L::Municipal, L::Regional, L::Federal};
        save(u"Учитель года России"_s, stages, {}, stage(random, schoolTeachers, random.between(5, 8)));
        save(u"Воспитатель года России"_s, stages, {}, stage(random, kindergarten, random.between(3, 6)));
        save(u"Сердце отдаю детям"_s, stages, {}, stage(random, additional, random.between(2, 4)));
        // The young in two nominations, each teacher in one.
        QList<qint64> pool = young;
        random.shuffle(pool);
        const QList<qint64> first = pool.mid(0, pool.size() / 2), second = pool.mid(pool.size() / 2);
        QList<CompetitionEntry> debut = stage(random, first, random.between(2, 4), u"Учитель"_s);
        debut << stage(random, second, random.between(2, 3), u"Воспитатель, педагог дополнительного образования"_s);
        save(u"Педагогический дебют"_s, {L::Municipal, L::Regional},
             {u"Учитель"_s, u"Воспитатель, педагог дополнительного образования"_s}, debut);
    }
    return written;
}

} // namespace profrost::demo
