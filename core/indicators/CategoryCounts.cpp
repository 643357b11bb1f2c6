#include "indicators/CategoryCounts.h"

#include "indicators/IndicatorEngine.h"

namespace profrost {

CategoryGroup CategoryCounts::groupOf(const AttestationStanding &standing, QDate at)
{
    if (standing.categoryValid && standing.category) {
        switch (standing.category->category) {
        case Category::Highest: return CategoryGroup::Highest;
        case Category::First: return CategoryGroup::First;
        case Category::Methodist: return CategoryGroup::Methodist;
        case Category::Mentor: return CategoryGroup::Mentor;
        case Category::None: break;
        }
    }
    if (standing.fitness
        && at <= AttestationRules::validUntil(standing.fitness->granted, AttestationRules::kFitnessIntervalYears))
        return CategoryGroup::Fitness;
    return CategoryGroup::None;
}

QList<CategoryHolder> CategoryCounts::holders(const IndicatorInputs &inputs)
{
    QHash<qint64, QList<AttestationRecord>> history;
    for (const AttestationRecord &r : inputs.attestation)
        history[r.teacherId] << r;
    QList<CategoryHolder> out;
    for (const TeacherRow &t : inputs.teachers) {
        if (!t.pedagogical)
            continue;
        CategoryHolder h;
        h.teacherId = t.id;
        h.organisationId = IndicatorEngine::mainOrganisation(t, inputs);
        h.group = groupOf(AttestationRules::standing(history.value(t.id), inputs.at, inputs.settings.validityYears),
                          inputs.at);
        out << h;
    }
    return out;
}

QMap<CategoryGroup, QList<qint64>> CategoryCounts::count(const QList<CategoryHolder> &holders,
                                                         const std::function<bool(const CategoryHolder &)> &in)
{
    QMap<CategoryGroup, QList<qint64>> out;
    for (const CategoryHolder &h : holders) {
        if (!in || in(h))
            out[h.group] << h.teacherId;
    }
    return out;
}

QList<CategoryGroup> CategoryCounts::groups()
{
    return {CategoryGroup::Highest, CategoryGroup::First,   CategoryGroup::Methodist,
            CategoryGroup::Mentor,  CategoryGroup::Fitness, CategoryGroup::None};
}

QString CategoryCounts::displayName(CategoryGroup group)
{
    switch (group) {
    case CategoryGroup::Highest: return tr("highest category");
    case CategoryGroup::First: return tr("first category");
    case CategoryGroup::Methodist: return tr("teacher-methodologist");
    case CategoryGroup::Mentor: return tr("teacher-mentor");
    case CategoryGroup::Fitness: return tr("fitness for the post (SZD)");
    case CategoryGroup::None: break;
    }
    return tr("no category, no SZD");
}

} // namespace profrost
