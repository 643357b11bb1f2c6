#pragma once

#include "domain/MethodicalEvent.h"

#include <QString>
#include <optional>

namespace profrost {

class AppContext;

// Undoable writes of methodical events. Each writes first: a refused write
// returns false with the reason in *error and pushes nothing; a write that
// succeeded goes onto the undo stack.
namespace EventEditing {

// `before` absent: «New event»; otherwise «Change event» of before->id.
bool save(AppContext &ctx, const std::optional<MethodicalEvent> &before, const MethodicalEvent &after,
          QString *error, qint64 *id = nullptr);
// «Delete event»: undo stores it again with its id and participants.
bool remove(AppContext &ctx, qint64 id, QString *error);

} // namespace EventEditing

} // namespace profrost
