#include "demo/DemoTracks.h"

#include "demo/DemoRandom.h"
#include "domain/DevelopmentTrack.h"
#include "store/TeacherRepository.h"
#include "store/TrackRepository.h"

namespace profrost::demo {

int DemoTracks::fill(Database &db, quint32 seed, QDate today)
{
    DemoRandom random(seed ^ 0x5452434bu);
    QList<qint64> working;
    for (const TeacherRow &r : TeacherRepository(db).rows(today, TeacherRepository::Detail::Brief)) {
        if (r.pedagogical)
            working << r.id;
    }
    TrackRepository repo(db);
    const QList<DevelopmentTrack> tracks = repo.tracks();
    if (working.isEmpty() || tracks.isEmpty())
        return 0;
    const int perHalfYear = qMax(6, int(working.size()) / 25);
    const HalfYear current = HalfYear::containing(today);
    int count = 0;
    for (HalfYear h = current.previous().previous().previous().previous(); h <= current; h = h.next()) {
        QList<qint64> pool = working;
        random.shuffle(pool);
        for (int i = 0; i < perHalfYear && i < pool.size(); ++i) {
            // Half for planned growth, a fifth for the shortage track, the rest federal programmes.
            const qsizetype first = random.weighted({0.5, 0.2, 0.3}) % tracks.size();
            QList<qsizetype> on = {first};
            if (random.chance(0.08))
                on << (first + 1) % tracks.size();
            for (qsizetype t : on) {
                TrackEnrolment e;
                e.trackId = tracks.at(t).id;
                e.teacherId = pool.at(i);
                e.halfYear = h;
                e.completed = random.chance(h < current ? 0.9 : 0.5);
                repo.saveEnrolment(e, today);
                ++count;
            }
        }
    }
    return count;
}

} // namespace profrost::demo
