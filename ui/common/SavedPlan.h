#pragma once

#include "shell/AppContext.h"
#include "util/Error.h"

#include <QList>
#include <QMessageBox>
#include <QUndoCommand>
#include <QUndoStack>
#include <optional>

namespace profrost {

// Saving a plan-graph (further training, attestation: any repository with
// exists / load / save / remove by first year) as an undoable step: undo
// brings back the plan saved before, or none (the proposal is shown again).
template <typename Repository, typename Entry>
class SavePlanCommand : public QUndoCommand
{
public:
    using Plan = QList<Entry>;
    SavePlanCommand(AppContext &ctx, int firstYear, std::optional<Plan> before, Plan after, const QString &text)
        : QUndoCommand(text), m_ctx(ctx), m_firstYear(firstYear), m_before(std::move(before)), m_after(std::move(after))
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
        apply(m_after);
    }
    void undo() override { apply(m_before); }

private:
    void apply(const std::optional<Plan> &plan)
    {
        try {
            Repository plans(m_ctx.db());
            if (plan)
                plans.save(m_firstYear, *plan);
            else
                plans.remove(m_firstYear);
        } catch (const Error &e) {
            m_ctx.reportError(e.message());
        }
        m_ctx.notifyChanged();
    }

    AppContext &m_ctx;
    int m_firstYear;
    std::optional<Plan> m_before;
    std::optional<Plan> m_after;
    bool m_saved = true;
};

// Saves `plan` as the plan of `firstYear` and puts the step on the undo
// stack; a refused plan shows its message (under `errorTitle`) and returns false.
template <typename Repository, typename Entry>
bool savePlanUndoably(AppContext &ctx, QWidget *parent, int firstYear, const QList<Entry> &plan,
                      const QString &undoText, const QString &errorTitle)
{
    Repository plans(ctx.db());
    std::optional<QList<Entry>> before;
    try {
        if (plans.exists(firstYear))
            before = plans.load(firstYear);
        plans.save(firstYear, plan);
    } catch (const Error &e) {
        QMessageBox::warning(parent, errorTitle, e.message());
        return false;
    }
    ctx.undoStack()->push(new SavePlanCommand<Repository, Entry>(ctx, firstYear, before, plan, undoText));
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
