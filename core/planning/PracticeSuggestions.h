#pragma once

#include "domain/CompetencyArea.h"
#include "domain/Practice.h"

#include <QList>

namespace profrost {

class Database;

// What the bank suggests to a teacher (core/README.md «The bank of
// practices»): the practices helping with the areas of the teacher's
// current deficits (DeficitRules::currentDeficits by the database's
// thresholds), most of those areas first, then the higher level, then by
// title; the teacher's own practices left out.
struct PracticeSuggestions
{
    QList<CompetencyArea> deficits;
    QList<Practice> practices;

    static PracticeSuggestions forTeacher(Database &db, qint64 teacherId, int limit = 10);
};

} // namespace profrost
