#include "domain/TeacherFacts.h"

#include "domain/AttestationRules.h"

namespace profrost::TeacherFacts {

int fullYears(QDate from, QDate at)
{
    if (!from.isValid() || !at.isValid() || at < from)
        return from.isValid() && at.isValid() ? 0 : -1;
    int years = at.year() - from.year();
    // Not yet reached the anniversary this year (someone born 29 Feb turns a
    // year older on 1 March in common years, as the civil code counts it).
    if (at.month() < from.month() || (at.month() == from.month() && at.day() < from.day()))
        --years;
    return years;
}

int age(const Teacher &t, QDate at)
{
    return t.birthDate.isValid() ? fullYears(t.birthDate, at) : -1;
}

int experienceYears(const Teacher &t, QDate at)
{
    return t.experienceStart.isValid() ? fullYears(t.experienceStart, at) : -1;
}

bool isYoung(const Teacher &t, QDate at)
{
    const int a = age(t, at);
    const int e = experienceYears(t, at);
    return a >= 0 && a < kYoungAgeBelow && e >= 0 && e < kYoungExperienceBelow;
}

bool isActivePedagogical(const Teacher &t, QDate at, const QSet<qint64> &pedagogicalPositions)
{
    for (const Employment &e : t.employments) {
        if (e.activeOn(at) && pedagogicalPositions.contains(e.positionId))
            return true;
    }
    return false;
}

QDate categoryValidUntil(const Teacher &t, int validityYears)
{
    if (t.category == Category::None || !t.categoryDate.isValid())
        return {};
    // One rule for the term of a category, 29 February included.
    return AttestationRules::validUntil(t.categoryDate, validityYears);
}

bool hasValidCategory(const Teacher &t, QDate at, int validityYears)
{
    const QDate until = categoryValidUntil(t, validityYears);
    return until.isValid() && t.categoryDate <= at && at <= until;
}

} // namespace profrost::TeacherFacts
