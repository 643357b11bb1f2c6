#pragma once

#include "domain/Practice.h"

#include <QString>
#include <optional>

namespace profrost {

class AppContext;

// Undoable writes of the bank's practices. Each writes first: a refused write
// (a file over 20 MB among them) returns false with the reason in *error and
// pushes nothing; a write that succeeded goes onto the undo stack. Undo and
// redo store the practice whole, its files' contents with it.
namespace PracticeEditing {

// `before` absent: «New practice»; otherwise «Change practice» of before->id.
bool save(AppContext &ctx, const std::optional<Practice> &before, const Practice &after, QString *error,
          qint64 *id = nullptr);
// «Delete practice»: undo stores it again with its id, authors and files.
bool remove(AppContext &ctx, qint64 id, QString *error);

} // namespace PracticeEditing

} // namespace profrost
