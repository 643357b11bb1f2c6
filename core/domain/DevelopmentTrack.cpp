#include "domain/DevelopmentTrack.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace profrost {

QStringList TrackRules::check(const DevelopmentTrack &t)
{
    QStringList problems;
    const QString name = t.name.simplified();
    if (name.isEmpty())
        problems << tr("A track needs a name.");
    else if (name.size() > 200)
        problems << tr("A track's name is at most 200 characters (this one has %1).").arg(name.size());
    return problems;
}

QStringList TrackRules::check(const TrackEnrolment &e, QDate today)
{
    QStringList problems;
    if (e.trackId == 0)
        problems << tr("Choose a track.");
    if (e.teacherId == 0)
        problems << tr("Choose a teacher.");
    if (!e.halfYear.isValid())
        problems << tr("Choose a half-year between 2000 and 2100.");
    else if (e.completed && today < e.halfYear.first())
        problems << tr("%1 has not begun yet: no one can have completed a track in it.")
                        .arg(TrackText::halfYear(e.halfYear));
    return problems;
}

TrackTally TrackRules::tally(const QList<TrackEnrolment> &enrolments, qint64 trackId, HalfYear halfYear)
{
    TrackTally t;
    for (const TrackEnrolment &e : enrolments) {
        if (e.trackId != trackId || e.halfYear != halfYear)
            continue;
        ++t.applied;
        if (e.completed)
            ++t.completed;
    }
    return t;
}

TrackTally TrackRules::teachersTally(const QList<TrackEnrolment> &enrolments, HalfYear halfYear)
{
    QHash<qint64, bool> completedAll; // teacher → completed every track of theirs so far
    for (const TrackEnrolment &e : enrolments) {
        if (e.halfYear != halfYear)
            continue;
        const auto it = completedAll.find(e.teacherId);
        if (it == completedAll.end())
            completedAll.insert(e.teacherId, e.completed);
        else
            *it = *it && e.completed;
    }
    TrackTally t;
    t.applied = int(completedAll.size());
    t.completed = int(std::count(completedAll.cbegin(), completedAll.cend(), true));
    return t;
}

QList<HalfYear> TrackRules::halfYears(const QList<TrackEnrolment> &enrolments)
{
    QList<HalfYear> out;
    for (const TrackEnrolment &e : enrolments) {
        if (!out.contains(e.halfYear))
            out << e.halfYear;
    }
    std::sort(out.begin(), out.end(), [](HalfYear a, HalfYear b) { return a > b; });
    return out;
}

QString TrackText::halfYear(HalfYear h)
{
    return h.half == 1 ? tr("H1 %1").arg(h.year) : tr("H2 %1").arg(h.year);
}

QString TrackText::inHalfYear(HalfYear h)
{
    return h.half == 1 ? tr("in H1 %1").arg(h.year) : tr("in H2 %1").arg(h.year);
}

QString TrackText::outcome(const TrackTally &t)
{
    // Two plurals in one phrase: each part is translated with its own count.
    return tr("%1, %2", "«из 24 заявленных» then «прошли 22»")
        .arg(tr("%n applied", nullptr, t.applied), tr("%n completed", nullptr, t.completed));
}

} // namespace profrost
