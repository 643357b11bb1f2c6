#include "domain/TeacherFacts.h"

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
    return a >= 0 && a < 35 && e >= 0 && e < 3;
}

QDate categoryValidUntil(const Teacher &t, int validityYears)
{
    if (t.category == Category::None || !t.categoryDate.isValid())
        return {};
    QDate anniversary = t.categoryDate.addYears(validityYears);
    // Assigned on 29 February: the term ends with 28 February of a common year.
    if (t.categoryDate.month() == 2 && t.categoryDate.day() == 29 && anniversary.day() == 28)
        anniversary = anniversary.addDays(1);
    return anniversary.addDays(-1);
}

bool hasValidCategory(const Teacher &t, QDate at, int validityYears)
{
    const QDate until = categoryValidUntil(t, validityYears);
    return until.isValid() && t.categoryDate <= at && at <= until;
}

} // namespace profrost::TeacherFacts
