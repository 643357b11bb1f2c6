#pragma once

#include "domain/Competition.h"

#include <QString>
#include <optional>

namespace profrost {

class AppContext;

// Undoable writes of competitions (StoredEditing): a refused write returns
// false with the reason in *error and pushes nothing.
namespace CompetitionEditing {

bool save(AppContext &ctx, const std::optional<Competition> &before, const Competition &after, QString *error,
          qint64 *id = nullptr);
bool remove(AppContext &ctx, qint64 id, QString *error);

} // namespace CompetitionEditing

} // namespace profrost
