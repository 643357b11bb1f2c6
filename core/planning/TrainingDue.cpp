#include "planning/TrainingDue.h"

#include "util/TextNormalize.h"

#include <QHash>
#include <algorithm>

namespace profrost {

QDate TrainingDue::expiresOn(QDate ends, int intervalYears)
{
    if (!ends.isValid())
        return {};
    // The first D with D − interval ≥ ends. QDate::addYears clamps 29 February
    // to the 28th, so the anniversary is only a first guess: step forward
    // while the window still holds the course, back while the day before
    // would already do.
    QDate d = ends.addYears(intervalYears);
    while (d.addYears(-intervalYears) < ends)
        d = d.addDays(1);
    while (d.addDays(-1).addYears(-intervalYears) >= ends)
        d = d.addDays(-1);
    return d;
}

QDate TrainingDue::countedFrom(const TeacherRow &teacher)
{
    return teacher.firstHired.isValid() ? teacher.firstHired : teacher.experienceStart;
}

std::optional<Completion> TrainingDue::latestBy(const QList<Completion> &completions, QDate at)
{
    // Later ones (recorded ahead, or a mistaken date) do not count yet.
    std::optional<Completion> out;
    for (const Completion &c : completions) {
        if (c.ends.isValid() && c.ends <= at && (!out || out->ends < c.ends))
            out = c;
    }
    return out;
}

DueItem TrainingDue::assess(const TeacherRow &t, const std::optional<Completion> &latest, QDate at,
                            int intervalYears, int soonMonths)
{
    DueItem item;
    item.teacherId = t.id;
    item.fullName = t.fullName();
    item.organisations = t.organisations;
    item.positions = t.positions;
    item.organisationIds = t.organisationIds;
    item.last = latest;
    // Never trained by `at`: no course on record is not the same as overdue,
    // the interval runs from the first day the teacher worked here.
    item.dueDate = expiresOn(latest ? latest->ends : countedFrom(t), intervalYears);
    if (!item.dueDate.isValid() || item.dueDate <= at)
        item.state = DueItem::State::Overdue;
    else if (item.dueDate <= at.addMonths(soonMonths))
        item.state = DueItem::State::DueSoon;
    else
        item.state = DueItem::State::Covered; // covered for longer than the warning period
    return item;
}

QList<DueItem> TrainingDue::compute(const QList<TeacherRow> &teachers, const QList<Completion> &completions, QDate at,
                                    int intervalYears, int soonMonths)
{
    QHash<qint64, QList<Completion>> byTeacher;
    for (const Completion &c : completions)
        byTeacher[c.teacherId].append(c);
    QList<DueItem> out;
    for (const TeacherRow &t : teachers) {
        if (!t.pedagogical)
            continue;
        DueItem item = assess(t, latestBy(byTeacher.value(t.id), at), at, intervalYears, soonMonths);
        if (item.state != DueItem::State::Covered)
            out.append(std::move(item));
    }

    std::stable_sort(out.begin(), out.end(), [](const DueItem &a, const DueItem &b) {
        if (a.dueDate != b.dueDate) {
            if (!a.dueDate.isValid() || !b.dueDate.isValid())
                return !a.dueDate.isValid(); // never trained first
            return a.dueDate < b.dueDate;
        }
        // Cyrillic code points are in alphabetical order once ё is е.
        const int byKey = lowerKey(a.fullName).compare(lowerKey(b.fullName));
        if (byKey != 0)
            return byKey < 0;
        return a.fullName < b.fullName;
    });
    return out;
}

} // namespace profrost
