#include "monitoring/DashboardData.h"

namespace profrost {

DashboardData DashboardData::read(Database &db, QDate at)
{
    const IndicatorInputs inputs = IndicatorInputs::read(db, at);
    const IndicatorEngine engine(inputs);
    DashboardData data;
    data.at = at;
    data.whole = engine.all();
    data.organisations = engine.byOrganisation();
    data.municipalities = engine.byMunicipality();
    for (const TeacherRow &t : inputs.teachers)
        data.people.insert(t.id, {t.fullName(), t.organisations, t.positions});
    return data;
}

QList<IndicatorValue> DashboardData::valuesOf(int kind, qint64 id) const
{
    const QList<IndicatorPart> &parts = kind == 1 ? organisations : municipalities;
    if (kind == 0)
        return whole;
    for (const IndicatorPart &p : parts) {
        if (p.id == id)
            return p.values;
    }
    return {};
}

} // namespace profrost
