#pragma once

#include "indicators/IndicatorEngine.h"

#include <QHash>

namespace profrost {

class Database;

// Who a teacher behind a figure is, as the list of people shows them.
struct DashboardPerson
{
    QString name; // «Фамилия Имя Отчество»
    QString organisations;
    QString positions;
};

// Everything the dashboard shows at a date, computed in one go (on a worker
// thread: a region's registry takes a while): the indicators of the whole,
// of every organisation and municipality, and the people behind them.
struct DashboardData
{
    QDate at;
    QList<IndicatorValue> whole;
    QList<IndicatorPart> organisations; // worst first by I1
    QList<IndicatorPart> municipalities;
    QHash<qint64, DashboardPerson> people;

    // Throws profrost::Error.
    static DashboardData read(Database &db, QDate at);
    // The values of the scope the filter chose: the whole (kind 0), an
    // organisation (1) or a municipality (2) with that id.
    QList<IndicatorValue> valuesOf(int kind, qint64 id) const;
};

} // namespace profrost
