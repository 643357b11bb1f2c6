#include "domain/DiagnosisRules.h"

#include "domain/DateText.h"
#include "util/TextNormalize.h"

#include <QSet>

namespace profrost {

QStringList DiagnosisRules::checkCampaign(const DiagnosisCampaign &c)
{
    QStringList reasons;
    if (c.name.trimmed().isEmpty())
        reasons << tr("the diagnosis has no name");
    if (!c.starts.isValid())
        reasons << tr("the diagnosis has no date");
    else if (c.ends.isValid() && c.ends < c.starts)
        reasons << tr("the diagnosis ends before it starts");
    if (c.areas.isEmpty())
        reasons << tr("the diagnosis measures no competency area");
    if (c.kind == DiagnosisKind::FunctionalLiteracy
        && (c.areas.size() != 1 || !c.areas.constFirst().isLiteracy()))
        reasons << tr("a functional-literacy diagnosis gives one overall score, of functional literacy alone");
    return reasons;
}

QStringList DiagnosisRules::checkResult(const DiagnosisResult &r, const DiagnosisCampaign &campaign)
{
    QStringList reasons;
    if (!r.takenOn.isValid())
        reasons << tr("the result has no date");
    if (r.scores.isEmpty())
        reasons << tr("the result has no score");
    QSet<CompetencyArea> seen;
    for (const AreaScore &s : r.scores) {
        const QString area = TrainingText::russian(s.area);
        if (seen.contains(s.area))
            reasons << tr("the area «%1» is scored twice").arg(area);
        seen.insert(s.area);
        if (s.hundredths < 0 || s.hundredths > 10000)
            reasons << tr("the score of «%1» is not between 0 and 100 %").arg(area);
        if (!campaign.areas.contains(s.area))
            reasons << tr("the diagnosis «%1» does not measure the area «%2»").arg(campaign.name, area);
    }
    return reasons;
}

QStringList DiagnosisRules::checkDay(QDate takenOn, QDate today)
{
    if (takenOn.isValid() && takenOn > today)
        return {tr("the day of the result is in the future")};
    return {};
}

QString DiagnosisRules::campaignKey(const QString &name, QDate day)
{
    return normalizedKey(name) + u'|' + QString::number(DateText::academicYearStart(day));
}

} // namespace profrost
