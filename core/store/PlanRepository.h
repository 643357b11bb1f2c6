#pragma once

#include "domain/MethodicalPlan.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace profrost {

class Database;

// Plans with their stages and items; a plan is read and written whole (the
// items are replaced on save, keeping the ids of those that stay, because
// meetings refer to the item they hold). Every change is one transaction.
class PlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)
public:
    explicit PlanRepository(Database &db) : m_db(db) {}

    // Without stages and items: what a list of plans shows. By year, kind, title.
    QList<MethodicalPlan> headers() const;
    // The plans of one association, newest year first (without items).
    QList<MethodicalPlan> plansOf(qint64 associationId) const;
    MethodicalPlan get(qint64 id) const;
    // plan id -> number of items, for every plan (one query for a list).
    QHash<qint64, int> itemCounts() const;
    // The plan of an association for an academic year; 0 when none.
    qint64 findYearPlan(qint64 associationId, int startYear) const;
    // Indicator I8 (the region's first criterion, core/README.md): a meeting plan for that academic year.
    bool hasPlanForYear(qint64 associationId, int startYear) const;

    // Throw profrost::Error naming the field and the reason (PlanRules::check;
    // a second year plan of one association for one year).
    qint64 insert(const MethodicalPlan &plan);
    // Undo of a removal: the plan again under its old id, so that the other
    // steps of the undo history that name it still find it. The items get
    // new ids (the old ones may be taken; meetings lost their link anyway).
    void restore(const MethodicalPlan &plan);
    void update(const MethodicalPlan &plan);
    void remove(qint64 id);

    // «Copy from last year»: stores next year's draft of the plan
    // (PlanRules::nextYearDraft) and returns its id. Refused when the
    // association already has a plan for that year.
    qint64 copyToNextYear(qint64 planId);

private:
    void checkPlan(const MethodicalPlan &plan) const;
    void insertHeader(const MethodicalPlan &plan, qint64 *id);
    void writeBody(qint64 planId, const MethodicalPlan &plan);
    Database &m_db;
};

} // namespace profrost
