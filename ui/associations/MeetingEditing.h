#pragma once

#include "domain/Meeting.h"

#include <QString>
#include <optional>

namespace profrost {

class AppContext;

// Undoable writes of a meeting with its protocol. Each writes first: a
// refused write returns false with the repository's message in *error and
// pushes nothing; a write that succeeded is pushed onto ctx.undoStack()
// (the push itself only tells the views).
namespace MeetingEditing {

// `before` absent: a new meeting («New meeting»); otherwise «Edit meeting»
// of before->id. *savedId (when given) receives the meeting's id.
bool save(AppContext &ctx, const std::optional<Meeting> &before, const Meeting &after, QString *error,
          qint64 *savedId = nullptr);
// «Delete meeting»: undo stores it again (with a new id).
bool remove(AppContext &ctx, qint64 meetingId, QString *error);

} // namespace MeetingEditing

} // namespace profrost
