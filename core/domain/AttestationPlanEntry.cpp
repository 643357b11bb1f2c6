#include "domain/AttestationPlanEntry.h"

namespace profrost {

QString AttestationPlanEntryCheck::check(const AttestationPlanEntry &e, int firstYear)
{
    const int lastYear = firstYear + kYears - 1;
    if (e.attestMonth < 1 || e.attestMonth > 12)
        return tr("the month of attestation must be from 1 to 12");
    if (e.attestYear < firstYear || e.attestYear > lastYear)
        return tr("the attestation in %1 is outside the years of the plan (%2–%3)").arg(e.attestYear).arg(firstYear).arg(lastYear);
    if (e.kind == AttestationKind::Category && e.category == Category::None)
        return tr("choose the category applied for");
    if (e.kind == AttestationKind::Fitness && e.category != Category::None)
        return tr("fitness for the post is not a category");
    if (e.applyMonth != 0 || e.applyYear != 0) {
        if (e.applyMonth < 1 || e.applyMonth > 12)
            return tr("the month of the application must be from 1 to 12");
        if (QDate(e.applyYear, e.applyMonth, 1) > QDate(e.attestYear, e.attestMonth, 1))
            return tr("the application is due after the attestation");
    }
    return {};
}

} // namespace profrost
