#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace profrost {

// The days the trend of an indicator is computed on (issue «Monitoring»:
// the last five academic years): 31 August of each of the four academic
// years before the one containing D, then D itself for the current one.
class IndicatorTrend
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorTrend)
public:
    static constexpr int kYears = 5;
    static QList<QDate> dates(QDate at);
    // «2023/24» for a year's last day, «на 03.12.2026» for D.
    static QString label(QDate day, QDate at);
};

} // namespace profrost
