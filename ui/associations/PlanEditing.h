#pragma once

#include "domain/MethodicalPlan.h"

#include <QString>
#include <QWidget>
#include <optional>

namespace profrost {

class AppContext;

// The writes of plans as undoable steps on the context's undo stack. Each
// writes first: a refused write returns false with the repository's message
// in *error (when given) and pushes nothing; otherwise the step is pushed
// (its first redo only tells the views) and undo/redo write it again.
namespace PlanEditing {

// `before` absent: a new plan (`after` is inserted, the step is «New plan»);
// present: the plan of before->id is replaced by `after` («Edit plan»).
// *savedId (when given) receives the plan's id: a new plan's, for selecting it.
// When another user saved the plan since `before` was read, the user
// chooses over `parent` (ConflictResolution): keeping theirs returns true
// with nothing written; going back to editing returns false with *reopen
// set, and the caller opens the editor again on `after`.
bool save(AppContext &ctx, const std::optional<MethodicalPlan> &before, const MethodicalPlan &after,
          QString *error, qint64 *savedId = nullptr, QWidget *parent = nullptr, bool *reopen = nullptr);
bool remove(AppContext &ctx, qint64 planId, QString *error);
// Next year's draft of the plan (PlanRules::nextYearDraft), stored.
bool copyToNextYear(AppContext &ctx, qint64 planId, qint64 *newId, QString *error);

} // namespace PlanEditing

} // namespace profrost
