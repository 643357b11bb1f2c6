#include "demo/DemoRandom.h"

#include <algorithm>

namespace profrost::demo {

int DemoRandom::between(int lo, int hi)
{
    if (hi <= lo)
        return lo;
    return lo + int(m_rng.bounded(quint32(hi - lo) + 1u));
}

QDate DemoRandom::dateBetween(QDate lo, QDate hi)
{
    if (!hi.isValid() || hi <= lo)
        return lo;
    return lo.addDays(between(0, int(lo.daysTo(hi))));
}

qsizetype DemoRandom::weighted(const QList<double> &weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double x = real() * total;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        if (x < weights.at(i))
            return i;
        x -= weights.at(i);
    }
    return weights.size() - 1;
}

WeightedTable::WeightedTable(const QList<double> &weights)
{
    double sum = 0;
    m_cumulative.reserve(weights.size());
    for (double w : weights) {
        sum += w;
        m_cumulative.append(sum);
    }
}

qsizetype WeightedTable::draw(DemoRandom &random) const
{
    const double x = random.real() * m_cumulative.constLast();
    const auto it = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), x);
    return std::min<qsizetype>(it - m_cumulative.cbegin(), m_cumulative.size() - 1);
}

} // namespace profrost::demo
