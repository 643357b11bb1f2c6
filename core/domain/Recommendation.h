#pragma once

#include "domain/ReadVersion.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace profrost {

// Whether an addressed recommendation was carried out, as checked at a
// later monitoring: planned until checked, then done or not done.
enum class RecommendationState { Planned, Done, NotDone };

// A management decision of a monitoring (seed 002, criterion 5): to whom,
// what, by when — written by the methodist after a monitoring, printed in
// its analytic report and checked at the next one (core/README.md
// «Recommendations of a monitoring»).
struct Recommendation
{
    qint64 id = 0;
    QDate madeOn;      // the date of the monitoring it came from
    QString addressee; // «руководителям ОО», «руководителю РМО учителей математики», a person
    QString text;      // what is to be done
    QDate due;         // by when
    QString indicator; // the indicator it answers («I1»), or empty
    RecommendationState state = RecommendationState::Planned;
    QDate checkedOn;   // when it was found done or not done
    QString note;
    ReadVersion version; // as read from the store (store/RowVersion); 0 for a new one

    bool operator==(const Recommendation &) const = default;
};

class RecommendationText
{
    Q_DECLARE_TR_FUNCTIONS(RecommendationText)
public:
    static QList<RecommendationState> allStates();
    static QString code(RecommendationState s); // «planned», «done», «not_done» (stored, and the CLI's)
    static bool fromCode(const QString &code, RecommendationState *out);
    static QString displayName(RecommendationState s); // translated, for the program
    static QString russian(RecommendationState s);     // printed: «на контроле», «выполнено», «не выполнено»
};

class RecommendationRules
{
    Q_DECLARE_TR_FUNCTIONS(RecommendationRules)
public:
    // What keeps a recommendation from being stored, one message a problem,
    // each naming the field: the monitoring date, the addressee, the text
    // and the due date are required; the due date is not before the
    // monitoring; a recommendation found done or not done has the date of
    // that check, not before the monitoring.
    static QStringList check(const Recommendation &r);
};

} // namespace profrost
