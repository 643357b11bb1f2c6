#pragma once

#include <QDate>
#include <QList>
#include <QRandomGenerator>

namespace profrost::demo {

// The one source of randomness of the demo generator. Seeded explicitly and
// drawn from in a fixed order, so that the same seed gives the same database
// (QRandomGenerator(seed) is a Mersenne twister: identical on every platform).
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed) : m_rng(seed) {}

    // Uniform integer in [lo, hi], both included.
    int between(int lo, int hi);
    // Uniform in [0, 1).
    double real() { return m_rng.generateDouble(); }
    bool chance(double probability) { return real() < probability; }
    // Uniform date in [lo, hi]; `lo` when the range is empty.
    QDate dateBetween(QDate lo, QDate hi);

    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(between(0, int(list.size()) - 1));
    }

    // Index drawn with the given weights (any non-negative numbers).
    qsizetype weighted(const QList<double> &weights);

    template <typename T>
    void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, between(0, int(i)));
    }

private:
    QRandomGenerator m_rng;
};

// Weights prepared once for many draws (surnames over 50,000 people):
// a cumulative table searched by bisection instead of a linear walk.
class WeightedTable
{
public:
    WeightedTable() = default;
    explicit WeightedTable(const QList<double> &weights);
    qsizetype draw(DemoRandom &random) const;
    bool isEmpty() const { return m_cumulative.isEmpty(); }

private:
    QList<double> m_cumulative;
};

} // namespace profrost::demo
