#pragma once

#include "indicators/CategoryCounts.h"
#include "indicators/IndicatorEngine.h"

#include <QCoreApplication>
#include <functional>

class QChart;

namespace profrost {

// The dashboard's charts that do not depend on the chosen indicator, each a
// new QChart (the caller sets it on its view and deletes the old one): the
// categories pie and the municipalities' bars. A click on a slice or a bar
// calls back with what it shows.
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
public:
    // The active pedagogical workers of the scope by category, a slice a group.
    static QChart *categories(const QMap<CategoryGroup, QList<qint64>> &counts, const QString &scope, QDate at,
                              std::function<void(CategoryGroup)> clicked);
    // The indicators the municipalities are compared by, side by side.
    static QList<IndicatorId> compared();
    // A group of bars per municipality, a bar per compared indicator (no data: no bar).
    static QChart *municipalities(const QList<IndicatorPart> &parts, QDate at,
                                  std::function<void(qint64 municipality, IndicatorId)> clicked);
    // Legend text of a slice: «highest category: 12 (30.0 %)».
    static QString sliceLabel(CategoryGroup group, qsizetype count, qsizetype total);
};

} // namespace profrost
