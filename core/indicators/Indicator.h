#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace profrost {

// The monitoring indicators of core/README.md «Indicators», ids as the
// region's forms name them.
enum class IndicatorId { I1, I2, I3a, I3b, I4, I5, I6, I7, I8, I9, I10 };

// met / not met against the target; informative (no target); no data: the
// database holds nothing the indicator is computed from (never shown as 0 %).
enum class IndicatorStatus { Met, NotMet, Informative, NoData };

// What the target means: a share at least so many per cent, a count at
// least or at most so many, or no target.
enum class TargetKind { AtLeast, AtMost, None };

// One indicator at a reference date, on the whole or on a part (an
// organisation, a municipality).
struct IndicatorValue
{
    IndicatorId id = IndicatorId::I1;
    int numerator = 0;
    std::optional<int> denominator; // none: a count
    double value = 0;               // per cent with one decimal, or the count
    std::optional<double> target;
    IndicatorStatus status = IndicatorStatus::NoData;
    // The people behind the figure: the teachers counted in the numerator
    // (for a count: the ones counted), and behind the gap (in the
    // denominator, not in the numerator). Ids, by name.
    QList<qint64> numeratorIds;
    QList<qint64> gapIds;
    // What is behind a figure that does not count teachers (I8: the
    // associations without a plan; I4: the teams counted).
    QStringList gapItems;
    QStringList items;

    bool isShare() const { return denominator.has_value(); }
};

// The value of `id` among `values`; a «no data» value of that id when absent.
IndicatorValue findIndicator(const QList<IndicatorValue> &values, IndicatorId id);

class IndicatorText
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorText)
public:
    static QList<IndicatorId> all();
    static QString code(IndicatorId id); // «I1», «I3a»
    static bool fromCode(const QString &code, IndicatorId *out);
    // The title as domain.md and the region's forms have it (Russian, printed and shown).
    static QString title(IndicatorId id);
    // The title on the screens, in the interface's language (its Russian
    // translation is `title`).
    static QString displayTitle(IndicatorId id);
    static bool isShare(IndicatorId id);
    static TargetKind targetKind(IndicatorId id);
    static QString code(IndicatorStatus s); // «met», «not_met», «informative», «no_data»
    static QString displayName(IndicatorStatus s);
    // «72.5 %», «3».
    static QString valueText(const IndicatorValue &v);
    // The target as the screens and the CLI show it: «≥ 70 %», «≤ 0», «—» (the
    // printed report words it its own way: «не менее 70 %»).
    static QString targetText(const IndicatorValue &v);
    // The figure as printed documents word it, in Russian whatever the
    // screen's language: «72,5 %», «3», «нет данных».
    static QString printedFigure(const IndicatorValue &v);
};

} // namespace profrost
