#include "store/PlanGraphVersion.h"

#include "domain/AttestationPlanEntry.h"
#include "domain/TrainingPlanEntry.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/RowVersion.h" // EditConflict

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

QString code(PlanGraphVersion::Kind kind)
{
    return kind == PlanGraphVersion::Kind::Training ? u"training"_s : u"attestation"_s;
}

} // namespace

int PlanGraphVersion::read(Database &db, Kind kind, int firstYear)
{
    Query q(db, u"SELECT row_version FROM plan_version WHERE kind = ? AND start_year = ?"_s);
    q.bind(code(kind)).bind(firstYear).exec();
    return q.next() ? q.value(0).toInt() : 1;
}

void PlanGraphVersion::claim(Database &db, Kind kind, int firstYear, int read)
{
    // The same statements on SQLite and PostgreSQL (both know ON CONFLICT).
    if (read <= 0) {
        Query(db, u"INSERT INTO plan_version (kind, start_year, row_version) VALUES (?, ?, 2)"
                  " ON CONFLICT (kind, start_year) DO UPDATE SET row_version = plan_version.row_version + 1"_s)
            .bind(code(kind)).bind(firstYear).exec();
        return;
    }
    // Version 1 has no row yet: the first save creates it, and a second
    // first save finds it there.
    Query q(db, read == 1 ? u"INSERT INTO plan_version (kind, start_year, row_version) VALUES (?, ?, 2)"
                            " ON CONFLICT (kind, start_year) DO NOTHING"_s
                          : u"UPDATE plan_version SET row_version = row_version + 1"
                            " WHERE kind = ? AND start_year = ? AND row_version = ?"_s);
    q.bind(code(kind)).bind(firstYear);
    if (read > 1)
        q.bind(read);
    q.exec();
    if (q.numRowsAffected() == 0)
        throw EditConflict(tr("%1 was saved by another user after you opened it; your changes were not saved.")
                               .arg(name(kind, firstYear)),
                           PlanGraphVersion::read(db, kind, firstYear));
}

QString PlanGraphVersion::name(Kind kind, int firstYear)
{
    if (kind == Kind::Training)
        return tr("The further-training plan-graph %1–%2").arg(firstYear).arg(firstYear + kTrainingPlanYears - 1);
    return tr("The attestation plan-graph %1–%2")
        .arg(firstYear)
        .arg(firstYear + AttestationPlanEntryCheck::kYears - 1);
}

} // namespace profrost
