#pragma once

#include "domain/Meeting.h"

#include <QString>
#include <QWidget>
#include <optional>

namespace profrost {

class AppContext;

// Undoable writes of a meeting with its protocol. Each writes first: a
// refused write returns false with the repository's message in *error and
// pushes nothing; a write that succeeded is pushed onto ctx.undoStack()
// (the push itself only tells the views).
namespace MeetingEditing {

// `before` absent: a new meeting («New meeting»); otherwise «Edit meeting»
// of before->id. *savedId (when given) receives the meeting's id. When
// another user saved the meeting since `before` was read, the user chooses
// over `parent` (ConflictResolution): keeping theirs returns true with
// nothing written; going back to editing returns false with *reopen set,
// and the caller opens the editor again on `after`.
bool save(AppContext &ctx, const std::optional<Meeting> &before, const Meeting &after, QString *error,
          qint64 *savedId = nullptr, QWidget *parent = nullptr, bool *reopen = nullptr);
// «Delete meeting»: undo stores it again (with a new id).
bool remove(AppContext &ctx, qint64 meetingId, QString *error);

} // namespace MeetingEditing

} // namespace profrost
