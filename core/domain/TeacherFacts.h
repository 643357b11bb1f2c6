#pragma once

#include "domain/Teacher.h"

#include <QDate>

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

// A young teacher: under 35 full years and under 3 years of pedagogical experience.
bool isYoung(const Teacher &t, QDate at);

// Last day the category is valid (assignment + validity years − 1 day); invalid for none.
QDate categoryValidUntil(const Teacher &t, int validityYears = 5);

// True when the teacher holds a category still valid at `at`.
bool hasValidCategory(const Teacher &t, QDate at, int validityYears = 5);

} // namespace TeacherFacts
} // namespace profrost
