#pragma once

#include "common/ConflictResolution.h"
#include "common/UndoRefusal.h"
#include "domain/SavedPlanGraph.h"
#include "shell/AppContext.h"
#include "store/RowVersion.h"
#include "util/Error.h"

#include <QList>
#include <QMessageBox>
#include <QUndoCommand>
#include <QUndoStack>
#include <optional>

namespace profrost {

// Saving a plan-graph (further training, attestation: any repository with
// read / save / remove / version by first year) as an undoable step: undo
// brings back the plan saved before, or none (the proposal is shown again).
// On a server an undo or redo over another user's later save is refused
// (store/PlanGraphVersion), as a record's is.
template <typename Repository, typename Entry>
class SavePlanCommand : public QUndoCommand
{
public:
    using Plan = QList<Entry>;
    // `version`: the plan's version after the save.
    SavePlanCommand(AppContext &ctx, int firstYear, std::optional<Plan> before, Plan after, int version,
                    const QString &text)
        : QUndoCommand(text), m_ctx(ctx), m_firstYear(firstYear), m_before(std::move(before)),
          m_after(std::move(after)), m_version(version)
    {
    }
    // The plan was saved before the command was pushed (so that a refused
    // plan shows its message and never reaches the stack): the first redo
    // only tells the views.
    void redo() override
    {
        if (m_saved) {
            m_saved = false;
            m_ctx.notifyChanged();
            return;
        }
        apply(m_after, false);
    }
    void undo() override { apply(m_before, true); }

private:
    void apply(const std::optional<Plan> &plan, bool undoing)
    {
        try {
            Repository plans(m_ctx.db());
            const int read = RowVersion::forUndo(m_ctx.db(), m_version);
            if (plan)
                plans.save(m_firstYear, *plan, read);
            else
                plans.remove(m_firstYear, read);
            m_version = plans.version(m_firstYear);
        } catch (const EditConflict &) {
            m_ctx.reportError(UndoRefusal::message(text(), undoing));
        } catch (const Error &e) {
            m_ctx.reportError(e.message());
        }
        m_ctx.notifyChanged();
    }

    AppContext &m_ctx;
    int m_firstYear;
    std::optional<Plan> m_before;
    std::optional<Plan> m_after;
    int m_version; // the plan's version after the last step
    bool m_saved = true;
};

// Two versions of a plan as the conflict shows them (RecordComparison::trainingPlans).
template <typename Entry>
using PlanComparison = QList<ComparedField> (*)(Database &, const SavedPlanGraph<Entry> &, const SavedPlanGraph<Entry> &);

// Saves `mine` (the editor's lines, with the version it read) as the plan of
// `firstYear` and puts the step on the undo stack. When another user saved
// the plan since, both versions are shown (ConflictResolution::save) and the
// user chooses: theirs kept tells the views to show it (true); back to the
// editor keeps the edits unsaved (false, the message shown). A refused plan
// shows its message (under `errorTitle`) and returns false.
template <typename Repository, typename Entry>
bool savePlanUndoably(AppContext &ctx, QWidget *parent, int firstYear, const SavedPlanGraph<Entry> &mine,
                      PlanComparison<Entry> compare, const QString &undoText, const QString &errorTitle)
{
    using Plan = SavedPlanGraph<Entry>;
    Repository plans(ctx.db());
    std::optional<QList<Entry>> before;
    ConflictSave<Plan> done;
    int version = 0;
    try {
        const Plan stored = plans.read(firstYear); // what undo brings back (unless the save meets another's)
        if (stored.saved)
            before = stored.lines;
        done = ConflictResolution::save<Plan>(
            parent, mine, [&](const Plan &p) { plans.save(firstYear, p.lines, p.version.value); },
            [&] { return plans.read(firstYear); },
            [&](const Plan &a, const Plan &b) { return compare(ctx.db(), a, b); }, true);
        version = plans.version(firstYear);
    } catch (const Error &e) {
        QMessageBox::warning(parent, errorTitle, e.message());
        return false;
    }
    switch (done.result) {
    case ConflictSave<Plan>::Result::NotSaved:
        QMessageBox::information(parent, errorTitle, done.message);
        return false;
    case ConflictSave<Plan>::Result::KeptTheirs:
        ctx.notifyChanged(); // the views show the plan stored
        return true;
    case ConflictSave<Plan>::Result::Saved:
        break;
    }
    if (done.replaced) // saved over another user's plan: undo brings theirs back
        before = done.replaced->saved ? std::optional<QList<Entry>>(done.replaced->lines) : std::nullopt;
    ctx.undoStack()->push(new SavePlanCommand<Repository, Entry>(ctx, firstYear, before, mine.lines, version, undoText));
    return true;
}

// What to do with edits not saved when leaving them: Save, Discard or Cancel.
inline QMessageBox::StandardButton askAboutUnsavedChanges(QWidget *parent, const QString &title,
                                                          const QString &question)
{
    return QMessageBox::question(parent, title, question, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                 QMessageBox::Save);
}

} // namespace profrost
