#pragma once

#include "domain/DevelopmentTrack.h"

#include <QList>
#include <QString>
#include <optional>

namespace profrost {

class AppContext;

// Undoable writes of the tracks of development and their enrolments (as
// sites/SitesEditing): a refused write returns false with the reason in
// *error and pushes nothing.
namespace TracksEditing {

bool saveTrack(AppContext &ctx, const std::optional<DevelopmentTrack> &before, const DevelopmentTrack &after,
               QString *error, qint64 *id = nullptr);
bool removeTrack(AppContext &ctx, qint64 id, QString *error);
bool saveEnrolment(AppContext &ctx, const std::optional<TrackEnrolment> &before, const TrackEnrolment &after,
                   QString *error);
// Enrols each of `teachers` on `trackId` for `halfYear` as one step of the
// undo stack. Those already enrolled on it then are left as they are and
// listed in *already; a refusal stops and undoes the ones written before it.
bool enrol(AppContext &ctx, qint64 trackId, HalfYear halfYear, const QList<qint64> &teachers,
           QList<qint64> *already, QString *error);
// Completed ↔ not completed for each of `chosen`, as one step: all or none
// (a half-year not begun refuses «completed»).
bool toggleCompleted(AppContext &ctx, const QList<TrackEnrolment> &chosen, QString *error);
// Removes the enrolments `ids` as one step.
bool removeEnrolments(AppContext &ctx, const QList<qint64> &ids, QString *error);

} // namespace TracksEditing

} // namespace profrost
