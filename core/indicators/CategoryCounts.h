#pragma once

#include "domain/AttestationRules.h"
#include "indicators/IndicatorInputs.h"

#include <QCoreApplication>
#include <QMap>
#include <functional>

namespace profrost {

// What an active pedagogical worker holds at a date, as the dashboard's
// categories chart counts them: a valid category, else a valid СЗД, else nothing.
enum class CategoryGroup { Highest, First, Methodist, Mentor, Fitness, None };

struct CategoryHolder
{
    qint64 teacherId = 0;
    qint64 organisationId = 0; // the main post's (IndicatorEngine::mainOrganisation)
    CategoryGroup group = CategoryGroup::None;
};

// The active pedagogical workers at D by their qualification category, from
// the attestation rules (AttestationRules::standing with the setting
// `category_validity_years`): the category valid at D; without one, СЗД
// decided within AttestationRules::kFitnessIntervalYears before D; else
// neither (a lapsed category counts as none). Each teacher once, in the
// organisation of their main post, as the indicators count them (I6 is the
// share of the category groups).
class CategoryCounts
{
    Q_DECLARE_TR_FUNCTIONS(CategoryCounts)
public:
    static CategoryGroup groupOf(const AttestationStanding &standing, QDate at);
    // Every active pedagogical worker on inputs.at, in the inputs' order (by name).
    static QList<CategoryHolder> holders(const IndicatorInputs &inputs);
    // The teachers of each group among the holders `in` keeps (all when
    // empty); a group without teachers is left out.
    static QMap<CategoryGroup, QList<qint64>> count(const QList<CategoryHolder> &holders,
                                                    const std::function<bool(const CategoryHolder &)> &in = {});
    // The groups in the order a chart shows them: the highest first, none last.
    static QList<CategoryGroup> groups();
    // «highest», «first», «teacher-methodologist», «teacher-mentor», «fitness for the post (СЗД)», «none».
    static QString displayName(CategoryGroup group);
};

} // namespace profrost
