#include "planning/AttestationReminders.h"

#include "util/TextNormalize.h"

#include <QHash>
#include <algorithm>

namespace profrost {

std::optional<ExpiringCategory> AttestationReminders::of(const TeacherRow &t, const QList<AttestationRecord> &history,
                                                         QDate at, int months, int validityYears)
{
    if (!t.pedagogical || history.isEmpty())
        return std::nullopt;
    const AttestationStanding s = AttestationRules::standing(history, at, validityYears);
    const QDate until = at.addMonths(months);
    if (!s.category || !(s.lapsed || (s.categoryValid && s.categoryUntil <= until)))
        return std::nullopt;
    ExpiringCategory e;
    e.teacherId = t.id;
    e.fullName = t.fullName();
    e.organisations = t.organisations;
    e.positions = t.positions;
    e.organisationIds = t.organisationIds;
    e.category = s.category->category;
    e.granted = s.category->granted;
    e.validUntil = s.categoryUntil;
    e.lapsed = s.lapsed;
    e.daysLeft = int(at.daysTo(s.categoryUntil));
    return e;
}

QList<ExpiringCategory> AttestationReminders::compute(const QList<TeacherRow> &teachers,
                                                      const QList<AttestationRecord> &history, QDate at, int months,
                                                      int validityYears)
{
    QHash<qint64, QList<AttestationRecord>> byTeacher;
    for (const AttestationRecord &r : history)
        byTeacher[r.teacherId].append(r);
    QList<ExpiringCategory> out;
    for (const TeacherRow &t : teachers) {
        const auto it = byTeacher.constFind(t.id);
        if (it == byTeacher.cend())
            continue;
        if (std::optional<ExpiringCategory> e = of(t, *it, at, months, validityYears))
            out.append(std::move(*e));
    }
    std::stable_sort(out.begin(), out.end(), [](const ExpiringCategory &a, const ExpiringCategory &b) {
        if (a.lapsed != b.lapsed)
            return a.lapsed;
        if (a.validUntil != b.validUntil)
            return a.validUntil < b.validUntil;
        return lowerKey(a.fullName) < lowerKey(b.fullName);
    });
    return out;
}

} // namespace profrost
