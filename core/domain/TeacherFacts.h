#pragma once

#include "domain/Teacher.h"

#include <QDate>
#include <QSet>

namespace profrost {

// Facts derived from a teacher's record at a reference date. Pure functions:
// the date is always a parameter, so every rule can be checked at any day.
namespace TeacherFacts {

// Full years between two dates (the birthday counts on its day; 29 Feb -> 28 Feb... on 1 Mar).
int fullYears(QDate from, QDate at);

// Age in full years at `at`; -1 when the birth date is unknown.
int age(const Teacher &t, QDate at);

// Pedagogical experience in full years at `at`; -1 when unknown.
int experienceYears(const Teacher &t, QDate at);

// THE RULE of a young teacher (core/README.md), its one place: under 35 full
// years of age and under 3 full years of pedagogical experience, both at the
// reference date. The 35th birthday ends it on its day; so does the third
// anniversary of the experience. Unknown birth or experience: not young.
bool isYoung(const Teacher &t, QDate at);
inline constexpr int kYoungAgeBelow = 35;
inline constexpr int kYoungExperienceBelow = 3;

// THE RULE of an active pedagogical worker at D (core/README.md), its one place
// for one teacher: holds a post on D (Employment::activeOn: hired on or
// before D, not dismissed before or on D) in a position of kind
// "pedagogical" (`pedagogicalPositions` holds their ids). For a whole
// registry TeacherRepository::rows says the same in SQL
// (TeacherRow::pedagogical); a test holds the two to the same boundaries.
bool isActivePedagogical(const Teacher &t, QDate at, const QSet<qint64> &pedagogicalPositions);

// Last day the category of the teacher's record is valid
// (AttestationRules::validUntil); invalid for none.
QDate categoryValidUntil(const Teacher &t, int validityYears = 5);

// True when the teacher holds a category still valid at `at`.
bool hasValidCategory(const Teacher &t, QDate at, int validityYears = 5);

} // namespace TeacherFacts
} // namespace profrost
