#pragma once

#include "store/TeacherRepository.h"

#include <QDate>

namespace profrost {

class Database;

// The active pedagogical workers at a reference date D (core/README.md: hired on
// or before D, not dismissed before or on D, in a position of kind
// "pedagogical"), the population of every count of attestation and further
// training. TeacherFacts::isActivePedagogical is the rule for one teacher;
// TeacherRepository::rows marks it for all (TeacherRow::pedagogical).
class ActiveWorkers
{
public:
    // Those active on `at`, with their posts on that day.
    static QList<TeacherRow> on(Database &db, QDate at);
    // One teacher as a TeacherRow on `at` (name, organisations, and whether
    // active): what a teacher card needs of the rules without reading the
    // whole registry. `pedagogical` false when there is no such teacher.
    static TeacherRow one(Database &db, qint64 teacherId, QDate at);
};

} // namespace profrost
