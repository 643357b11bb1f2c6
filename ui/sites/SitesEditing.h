#pragma once

#include "domain/InnovationSite.h"
#include "domain/Vacancy.h"

#include <QString>
#include <optional>

namespace profrost {

class AppContext;

// Undoable writes of sites and vacancies (as events/EventEditing): a refused
// write returns false with the reason in *error and pushes nothing.
namespace SitesEditing {

bool saveSite(AppContext &ctx, const std::optional<InnovationSite> &before, const InnovationSite &after,
              QString *error, qint64 *id = nullptr);
bool removeSite(AppContext &ctx, qint64 id, QString *error);
bool saveVacancy(AppContext &ctx, const std::optional<Vacancy> &before, const Vacancy &after, QString *error,
                 qint64 *id = nullptr);
bool removeVacancy(AppContext &ctx, qint64 id, QString *error);

} // namespace SitesEditing

} // namespace profrost
