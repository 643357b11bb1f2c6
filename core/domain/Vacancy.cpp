#include "domain/Vacancy.h"

#include "domain/DateText.h"

#include <cmath>

namespace profrost {

QStringList VacancyRules::check(const Vacancy &v)
{
    QStringList reasons;
    if (v.organisationId == 0)
        reasons << tr("Choose the organisation of the vacancy.");
    if (v.post.trimmed().isEmpty())
        reasons << tr("Give the post of the vacancy.");
    if (!(v.rate > 0))
        reasons << tr("The rate must be above 0 (for example 0.5, 1 or 1.5).");
    else if (v.rate > 10)
        reasons << tr("A rate of %1 is more than 10: give the rate in stavki, not hours.").arg(rateText(v.rate));
    if (!v.since.isValid())
        reasons << tr("Give the day since which the post is vacant.");
    const bool named = v.filledByTeacherId != 0 || !v.filledByName.trimmed().isEmpty();
    if (v.filledOn.isValid()) {
        if (v.since.isValid() && v.filledOn < v.since)
            reasons << tr("The vacancy is filled on %1, before it opened on %2.")
                           .arg(DateText::numeric(v.filledOn), DateText::numeric(v.since));
        if (!named)
            reasons << tr("Say who filled the vacancy.");
    } else if (named) {
        reasons << tr("Give the day the vacancy was filled.");
    }
    return reasons;
}

bool VacancyRules::isOpenOn(const Vacancy &v, QDate day)
{
    return v.since.isValid() && v.since <= day && (!v.filledOn.isValid() || v.filledOn > day);
}

QString VacancyRules::rateText(double rate)
{
    QString text = QString::number(std::round(rate * 100) / 100, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text.replace(u'.', u',');
}

} // namespace profrost
