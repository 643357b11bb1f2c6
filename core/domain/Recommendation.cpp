#include "domain/Recommendation.h"

#include "domain/DateText.h"

using namespace Qt::StringLiterals;

namespace profrost {

QList<RecommendationState> RecommendationText::allStates()
{
    return {RecommendationState::Planned, RecommendationState::Done, RecommendationState::NotDone};
}

QString RecommendationText::code(RecommendationState s)
{
    switch (s) {
    case RecommendationState::Planned: return u"planned"_s;
    case RecommendationState::Done: return u"done"_s;
    case RecommendationState::NotDone: return u"not_done"_s;
    }
    return {};
}

bool RecommendationText::fromCode(const QString &code, RecommendationState *out)
{
    for (RecommendationState s : allStates()) {
        if (RecommendationText::code(s) == code) {
            *out = s;
            return true;
        }
    }
    return false;
}

QString RecommendationText::displayName(RecommendationState s)
{
    switch (s) {
    case RecommendationState::Planned: return tr("planned");
    case RecommendationState::Done: return tr("done");
    case RecommendationState::NotDone: return tr("not done");
    }
    return {};
}

QString RecommendationText::russian(RecommendationState s)
{
    switch (s) {
    case RecommendationState::Planned: return u"на контроле"_s;
    case RecommendationState::Done: return u"выполнено"_s;
    case RecommendationState::NotDone: return u"не выполнено"_s;
    }
    return {};
}

QStringList RecommendationRules::check(const Recommendation &r)
{
    QStringList problems;
    if (!r.madeOn.isValid())
        problems << tr("Give the monitoring date (made on) the recommendation comes from.");
    if (r.addressee.trimmed().isEmpty())
        problems << tr("Give the addressee: to whom the recommendation is addressed.");
    if (r.text.trimmed().isEmpty())
        problems << tr("Give the text of the recommendation: what is to be done.");
    if (!r.due.isValid())
        problems << tr("Give the due date: by when the recommendation is to be done.");
    else if (r.madeOn.isValid() && r.due < r.madeOn)
        problems << tr("The due date %1 is before the monitoring date %2.")
                        .arg(DateText::numeric(r.due), DateText::numeric(r.madeOn));
    if (r.state != RecommendationState::Planned) {
        if (!r.checkedOn.isValid())
            problems << tr("Give the date of the check (checked on): the recommendation is marked %1.")
                            .arg(RecommendationText::displayName(r.state));
        else if (r.madeOn.isValid() && r.checkedOn < r.madeOn)
            problems << tr("The check date %1 is before the monitoring date %2.")
                            .arg(DateText::numeric(r.checkedOn), DateText::numeric(r.madeOn));
    }
    return problems;
}

} // namespace profrost
