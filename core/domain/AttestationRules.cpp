#include "domain/AttestationRules.h"

#include "domain/DateText.h"

namespace profrost {

QDate AttestationRules::validUntil(QDate granted, int validityYears)
{
    if (!granted.isValid())
        return {};
    QDate anniversary = granted.addYears(validityYears);
    // QDate::addYears clamps 29 February to the 28th; the term still ends
    // on the 28th, so the day after is the 1 March "anniversary".
    if (granted.month() == 2 && granted.day() == 29 && anniversary.day() == 28)
        anniversary = anniversary.addDays(1);
    return anniversary.addDays(-1);
}

bool AttestationRules::isValidOn(const AttestationRecord &r, QDate at, int validityYears)
{
    return r.granted.isValid() && r.granted <= at && at <= validUntil(r.granted, validityYears);
}

AttestationStanding AttestationRules::standing(const QList<AttestationRecord> &history, QDate at, int validityYears)
{
    AttestationStanding out;
    for (const AttestationRecord &r : history) {
        if (!r.granted.isValid() || r.granted > at)
            continue; // decided later: not known yet on `at`
        std::optional<AttestationRecord> &slot = r.kind == AttestationKind::Category ? out.category : out.fitness;
        // The newest wins; on the same day the later record (a correction).
        if (!slot || slot->granted < r.granted || (slot->granted == r.granted && slot->id < r.id))
            slot = r;
    }
    if (out.category) {
        out.categoryUntil = validUntil(out.category->granted, validityYears);
        out.categoryValid = at <= out.categoryUntil;
        out.lapsed = !out.categoryValid && !(out.fitness && out.fitness->granted > out.categoryUntil);
    }
    return out;
}

bool AttestationRules::canMove(ApplicationStatus from, ApplicationStatus to)
{
    using S = ApplicationStatus;
    switch (from) {
    case S::Submitted: return to == S::UnderReview;
    case S::UnderReview: return to == S::Granted || to == S::Refused;
    case S::Granted:
    case S::Refused: return false; // decided: a new application starts over
    }
    return false;
}

QStringList AttestationRules::applicationWarnings(Category requested, const QList<AttestationRecord> &history,
                                                  QDate at, int validityYears)
{
    bool validFirst = false, validHighest = false, everHighest = false;
    for (const AttestationRecord &r : history) {
        if (r.kind != AttestationKind::Category || !r.granted.isValid() || r.granted > at)
            continue;
        const bool valid = isValidOn(r, at, validityYears);
        if (r.category == Category::First && valid)
            validFirst = true;
        if (r.category == Category::Highest) {
            everHighest = true;
            validHighest = validHighest || valid;
        }
    }
    QStringList out;
    switch (requested) {
    case Category::Highest:
        if (!validFirst && !everHighest)
            out << tr("the highest category is granted to holders of a valid first category (or of a highest "
                      "category, valid or expired); the history shows neither on %1")
                       .arg(DateText::numeric(at));
        break;
    case Category::Methodist:
    case Category::Mentor:
        if (!validHighest)
            out << tr("the category \"%1\" is granted to holders of a valid highest category; the history shows "
                      "none valid on %2")
                       .arg(CategoryText::displayName(requested), DateText::numeric(at));
        break;
    case Category::First:
    case Category::None:
        break;
    }
    return out;
}

QStringList AttestationRules::checkRecord(const AttestationRecord &r, QDate today)
{
    QStringList out;
    if (r.teacherId <= 0)
        out << tr("choose the teacher");
    if (r.kind == AttestationKind::Category && r.category == Category::None)
        out << tr("choose the category granted");
    if (r.kind == AttestationKind::Fitness && r.category != Category::None)
        out << tr("fitness for the post is not a category; leave the category empty");
    if (!r.granted.isValid())
        out << tr("give the date the decision was made");
    else if (today.isValid() && r.granted > today)
        out << tr("the decision date %1 is in the future").arg(DateText::numeric(r.granted));
    if (r.orderDate.isValid() && today.isValid() && r.orderDate > today)
        out << tr("the order date %1 is in the future").arg(DateText::numeric(r.orderDate));
    return out;
}

} // namespace profrost
