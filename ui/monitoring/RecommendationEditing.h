#pragma once

#include "domain/Recommendation.h"

#include <QString>
#include <optional>

namespace profrost {

class AppContext;

// Undoable writes of the monitorings' recommendations (StoredEditing): a
// refused write returns false with the reason and pushes nothing.
namespace RecommendationEditing {

bool save(AppContext &ctx, const std::optional<Recommendation> &before, const Recommendation &after, QString *error,
          qint64 *id = nullptr);
bool remove(AppContext &ctx, qint64 id, QString *error);

} // namespace RecommendationEditing

} // namespace profrost
