#pragma once

#include "domain/Diagnosis.h"

#include <QCoreApplication>
#include <QStringList>

namespace profrost {

// What a campaign and a result must hold to be stored; every screen,
// import and command asks here. Empty lists mean "fine"; otherwise the
// reasons, in words a methodist reads.
class DiagnosisRules
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisRules)
public:
    // A name, a start date, an end not before it, at least one area; a
    // functional-literacy campaign measures that area alone (one overall score).
    static QStringList checkCampaign(const DiagnosisCampaign &c);
    // A day, at least one score, each area once, each from 0 to 100 %, and
    // only areas the campaign measures.
    static QStringList checkResult(const DiagnosisResult &r, const DiagnosisCampaign &campaign);
    // A result entered by hand: its day not after `today` (an import refuses
    // such dates in the shared pipeline, RowCells::pastDate).
    static QStringList checkDay(QDate takenOn, QDate today);

    // Which campaign a result named «name» on `day` belongs to: the same
    // name (case, spaces and ё aside) in the same academic year. A yearly
    // self-assessment keeps its name, so the name alone cannot tell two
    // years apart; a campaign's own key is made with its start.
    static QString campaignKey(const QString &name, QDate day);
};

} // namespace profrost
