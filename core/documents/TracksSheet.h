#pragma once

#include "domain/DevelopmentTrack.h"
#include "io/TableWriter.h"

#include <QDate>

namespace profrost {

class Database;

// The tracks of development of a half-year as a workbook (the Tracks tab's
// «Экспорт...» and `profrost-cli export tracks`): one row per enrolment —
// the track, the teacher, where they worked, completed or not — then the
// totals «из N заявленных прошли M» per track and over all tracks in
// teachers (TrackRules). Russian whatever the interface's language, as the
// region reads it.
class TracksSheet
{
public:
    static TableSheet build(Database &db, HalfYear halfYear, QDate today);
    // «I полугодие 2026 г.»
    static QString halfYearText(HalfYear h);
    // «из 24 заявленных прошли 22», «из 21 заявленного прошёл 1».
    static QString outcomeText(const TrackTally &t);
};

} // namespace profrost
