#include "monitoring/DashboardCharts.h"

#include "common/StatusPalette.h"

#include <QBarCategoryAxis>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>

namespace profrost {

namespace {

// One colour a group, the same on every screen: greens for the categories, amber for СЗД, grey for neither.
QColor groupColour(CategoryGroup group)
{
    switch (group) {
    case CategoryGroup::Highest: return QColor(0x2E, 0x7D, 0x32);
    case CategoryGroup::First: return QColor(0x81, 0xC7, 0x84);
    case CategoryGroup::Methodist: return QColor(0x15, 0x65, 0xC0);
    case CategoryGroup::Mentor: return QColor(0x64, 0xB5, 0xF6);
    case CategoryGroup::Fitness: return QColor(0xFF, 0xB3, 0x00);
    case CategoryGroup::None: break;
    }
    return QColor(0xB0, 0xBE, 0xC5);
}

// The bars of the compared indicators: distinct, calm, readable in grey print.
QColor indicatorColour(int i)
{
    static const QList<QColor> colours{QColor(0x1F, 0x77, 0xB4), QColor(0xFF, 0x7F, 0x0E), QColor(0x2C, 0xA0, 0x2C),
                                       QColor(0x94, 0x67, 0xBD), QColor(0x8C, 0x56, 0x4B), QColor(0x7F, 0x7F, 0x7F)};
    return colours[i % colours.size()];
}

} // namespace

QString DashboardCharts::sliceLabel(CategoryGroup group, qsizetype count, qsizetype total)
{
    const double share = total > 0 ? 100.0 * double(count) / double(total) : 0.0;
    // In the program's language: «21,6 %» in Russian.
    return tr("%1: %2 (%3 %)").arg(CategoryCounts::displayName(group)).arg(count).arg(QLocale().toString(share, 'f', 1));
}

QChart *DashboardCharts::categories(const QMap<CategoryGroup, QList<qint64>> &counts, const QString &scope, QDate at,
                                    std::function<void(CategoryGroup)> clicked)
{
    auto *chart = new QChart;
    chart->setLocale(QLocale()); // «72,2 %» in Russian: the program's number format
    chart->setLocalizeNumbers(true);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignRight);
    qsizetype total = 0;
    for (const QList<qint64> &ids : counts)
        total += ids.size();
    chart->setTitle(total == 0 ? tr("Qualification categories on %1, %2: no active teacher")
                                     .arg(at.toString(QStringLiteral("dd.MM.yyyy")), scope)
                               : tr("Qualification categories of the %n active teacher(s) on %1, %2", nullptr,
                                    int(total))
                                     .arg(at.toString(QStringLiteral("dd.MM.yyyy")), scope));
    if (total == 0) {
        chart->legend()->hide();
        return chart;
    }
    auto *series = new QPieSeries;
    series->setPieSize(0.8);
    for (CategoryGroup group : CategoryCounts::groups()) {
        const qsizetype count = counts.value(group).size();
        if (count == 0)
            continue; // nobody: no slice
        QPieSlice *slice = series->append(sliceLabel(group, count, total), double(count));
        slice->setColor(groupColour(group));
        slice->setBorderColor(Qt::white);
        slice->setProperty("group", int(group));
        // On the slice its share alone; the legend names it.
        slice->setLabel(sliceLabel(group, count, total));
        slice->setLabelVisible(false);
    }
    chart->addSeries(series);
    QObject::connect(series, &QPieSeries::clicked, series, [clicked](QPieSlice *slice) {
        if (clicked)
            clicked(CategoryGroup(slice->property("group").toInt()));
    });
    QObject::connect(series, &QPieSeries::hovered, series, [](QPieSlice *slice, bool state) {
        slice->setExploded(state);
    });
    return chart;
}

QList<IndicatorId> DashboardCharts::compared()
{
    return {IndicatorId::I1, IndicatorId::I3a, IndicatorId::I5, IndicatorId::I6, IndicatorId::I7};
}

QChart *DashboardCharts::municipalities(const QList<IndicatorPart> &parts, QDate at,
                                        std::function<void(qint64 municipality, IndicatorId)> clicked)
{
    auto *chart = new QChart;
    chart->setLocale(QLocale()); // «72,2 %» in Russian: the program's number format
    chart->setLocalizeNumbers(true);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // At the right, one a line: the indicators' whole titles fit there.
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setTitle(tr("The main indicators by municipality on %1, per cent").arg(at.toString(QStringLiteral("dd.MM.yyyy"))));
    // The axis draws its first category at the bottom and a group's first bar
    // lowest: both reversed, so that they read top-down by name and as the legend.
    QList<IndicatorPart> sorted = parts;
    std::sort(sorted.begin(), sorted.end(),
              [](const IndicatorPart &a, const IndicatorPart &b) { return QString::localeAwareCompare(a.name, b.name) > 0; });
    chart->legend()->setReverseMarkers(true);
    const QList<IndicatorId> all = IndicatorText::all();
    // Across: the municipalities' names read whole at the left, the titles of the indicators in the legend.
    auto *series = new QHorizontalBarSeries;
    const QList<IndicatorId> ids = compared();
    for (int i = int(ids.size()) - 1; i >= 0; --i) {
        const qsizetype index = all.indexOf(ids[i]);
        auto *set = new QBarSet(IndicatorText::code(ids[i]) + QStringLiteral(" ") + IndicatorText::displayTitle(ids[i]));
        set->setColor(indicatorColour(i));
        set->setBorderColor(indicatorColour(i));
        set->setLabelColor(Qt::black);
        for (const IndicatorPart &p : std::as_const(sorted)) {
            const IndicatorValue v = p.values.value(index);
            *set << (v.status == IndicatorStatus::NoData ? 0.0 : v.value);
        }
        series->append(set);
        const IndicatorId id = ids[i];
        QList<qint64> municipalities;
        for (const IndicatorPart &p : std::as_const(sorted))
            municipalities << p.id;
        QObject::connect(set, &QBarSet::clicked, series, [clicked, municipalities, id](int bar) {
            if (clicked && bar >= 0 && bar < municipalities.size())
                clicked(municipalities[bar], id);
        });
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3); // 78.7, 100, 5.26
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    for (const IndicatorPart &p : std::as_const(sorted))
        axis->append(p.name);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    auto *values = new QValueAxis;
    values->setRange(0, 110); // room for the label beside a full bar
    values->setTickCount(12);
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    return chart;
}

} // namespace profrost
