#include "indicators/IndicatorTrend.h"

#include "domain/DateText.h"

namespace profrost {

QList<QDate> IndicatorTrend::dates(QDate at)
{
    const int current = DateText::academicYearStart(at); // D in current/current+1
    QList<QDate> out;
    for (int start = current - (kYears - 1); start < current; ++start)
        out << QDate(start + 1, 8, 31); // the last day of start/start+1
    out << at;
    return out;
}

QString IndicatorTrend::label(QDate day, QDate at)
{
    if (day == at)
        return DateText::numeric(at);
    return QStringLiteral("%1/%2").arg(day.year() - 1).arg(day.year() % 100, 2, 10, QLatin1Char('0'));
}

} // namespace profrost
