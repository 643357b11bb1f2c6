#pragma once

#include "domain/Mentorship.h"

#include <QString>
#include <optional>

namespace profrost {

class AppContext;

// Undoable writes of mentorship pairs. Each writes first: a refused write
// returns false with the reason in *error and pushes nothing; a write that
// succeeded goes onto the undo stack.
namespace MentorshipEditing {

// `before` absent: «New mentorship»; otherwise «Change mentorship» of before->id.
bool save(AppContext &ctx, const std::optional<Mentorship> &before, const Mentorship &after, QString *error,
          qint64 *id = nullptr);
// «Delete mentorship»: undo stores it again with its id.
bool remove(AppContext &ctx, qint64 id, QString *error);

} // namespace MentorshipEditing

} // namespace profrost
