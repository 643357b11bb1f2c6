#include "planning/PracticeSuggestions.h"

#include "domain/DeficitRules.h"
#include "store/DiagnosisRepository.h"
#include "store/PracticeRepository.h"
#include "store/SettingsRepository.h"

namespace profrost {

PracticeSuggestions PracticeSuggestions::forTeacher(Database &db, qint64 teacherId, int limit)
{
    PracticeSuggestions out;
    out.deficits = DeficitRules::currentDeficits(DiagnosisRepository(db).resultsOf(teacherId),
                                                 SettingsRepository(db).deficitThresholds());
    if (out.deficits.isEmpty())
        return out;
    // Asked for more than shown: the teacher's own are taken out afterwards.
    for (const Practice &p : PracticeRepository(db).forAreas(out.deficits, limit + 20)) {
        if (!p.authors.contains(teacherId) && (limit <= 0 || out.practices.size() < limit))
            out.practices << p;
    }
    return out;
}

} // namespace profrost
