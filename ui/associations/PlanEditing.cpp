#include "associations/PlanEditing.h"

#include "common/ConflictResolution.h"
#include "common/StoredChangeCommand.h"
#include "shell/AppContext.h"
#include "store/PlanRepository.h"
#include "store/RecordComparison.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace profrost::PlanEditing {

namespace {

// Undo and redo write the whole plan again. A plan inserted again (redo of
// a new plan, undo of a removal) comes back under its old id (restore), so
// that the other steps of the history, which name the plan by id, still
// find it; its items get new ids, and a snapshot's stale item ids are
// treated as new rows by the repository.
StoreOps<MethodicalPlan> storeOps(AppContext &ctx)
{
    return {
        [&ctx](const MethodicalPlan &plan) {
            PlanRepository repo(ctx.db());
            if (plan.id == 0)
                return repo.insert(plan);
            repo.restore(plan);
            return plan.id;
        },
        [&ctx](const MethodicalPlan &plan) { PlanRepository(ctx.db()).update(plan); },
        [&ctx](qint64 id) { PlanRepository(ctx.db()).remove(id); },
        QStringLiteral("methodical_plan"),
    };
}

void push(AppContext &ctx, const std::optional<MethodicalPlan> &before, const std::optional<MethodicalPlan> &after,
          const QString &text)
{
    ctx.undoStack()->push(new StoredChangeCommand<MethodicalPlan>(ctx, storeOps(ctx), before, after, text));
}

void fail(const Error &e, QString *error)
{
    if (error)
        *error = e.message();
}

} // namespace

bool save(AppContext &ctx, const std::optional<MethodicalPlan> &before, const MethodicalPlan &after, QString *error,
          qint64 *savedId, QWidget *parent, bool *reopen)
{
    PlanRepository repo(ctx.db());
    if (reopen)
        *reopen = false;
    try {
        MethodicalPlan plan = after;
        std::optional<MethodicalPlan> stored;
        if (before) {
            plan.id = before->id;
            // Another user (the association's head, a methodist) may have saved it since it was opened.
            const ConflictSave<MethodicalPlan> done = ConflictResolution::save<MethodicalPlan>(
                parent, plan,
                [&](const MethodicalPlan &mine) {
                    // Undo writes what is stored now (with its item ids),
                    // whatever the caller kept of it.
                    stored = repo.get(plan.id);
                    repo.update(mine);
                },
                [&] { return repo.get(plan.id); }, &RecordComparison::plans);
            if (const std::optional<bool> answer = ConflictResolution::unsaved(done, plan.id, savedId, error, reopen)) {
                ctx.notifyChanged(); // the lists show what is stored
                return *answer;
            }
        } else {
            plan.id = repo.insert(plan);
        }
        // The step keeps the plan as stored: the ids its items got.
        push(ctx, stored, repo.get(plan.id),
             stored ? QCoreApplication::translate("PlanEditing", "edit plan")
                    : QCoreApplication::translate("PlanEditing", "new plan"));
        if (savedId)
            *savedId = plan.id;
        return true;
    } catch (const Error &e) {
        fail(e, error);
        return false;
    }
}

bool remove(AppContext &ctx, qint64 planId, QString *error)
{
    PlanRepository repo(ctx.db());
    try {
        const MethodicalPlan stored = repo.get(planId);
        repo.remove(planId);
        push(ctx, stored, std::nullopt, QCoreApplication::translate("PlanEditing", "delete plan"));
        return true;
    } catch (const Error &e) {
        fail(e, error);
        return false;
    }
}

bool copyToNextYear(AppContext &ctx, qint64 planId, qint64 *newId, QString *error)
{
    PlanRepository repo(ctx.db());
    try {
        const qint64 id = repo.copyToNextYear(planId);
        push(ctx, std::nullopt, repo.get(id), QCoreApplication::translate("PlanEditing", "copy plan to next year"));
        if (newId)
            *newId = id;
        return true;
    } catch (const Error &e) {
        fail(e, error);
        return false;
    }
}

} // namespace profrost::PlanEditing
