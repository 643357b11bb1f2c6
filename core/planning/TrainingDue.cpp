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

QList<DueItem> TrainingDue::compute(const QList<TeacherRow> &teachers, const QList<Completion> &completions, QDate at,
                                    int intervalYears, int soonMonths)
{
    // The latest completion on or before `at` of each teacher; later ones
    // (recorded ahead, or a mistaken date) do not count yet.
    QHash<qint64, Completion> latest;
    for (const Completion &c : completions) {
        if (!c.ends.isValid() || c.ends > at)
            continue;
        const auto it = latest.constFind(c.teacherId);
        if (it == latest.cend() || it->ends < c.ends)
            latest.insert(c.teacherId, c);
    }

    const QDate soonUntil = at.addMonths(soonMonths);
    QList<DueItem> out;
    for (const TeacherRow &t : teachers) {
        if (!t.pedagogical)
            continue;
        DueItem item;
        item.teacherId = t.id;
        item.fullName = t.fullName();
        item.organisations = t.organisations;
        item.positions = t.positions;
        item.organisationIds = t.organisationIds;
        const auto it = latest.constFind(t.id);
        if (it == latest.cend()) {
            item.state = DueItem::State::Overdue; // never trained (by `at`)
        } else {
            item.last = *it;
            item.dueDate = expiresOn(it->ends, intervalYears);
            if (item.dueDate <= at)
                item.state = DueItem::State::Overdue;
            else if (item.dueDate <= soonUntil)
                item.state = DueItem::State::DueSoon;
            else
                continue; // covered for longer than the warning period
        }
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
