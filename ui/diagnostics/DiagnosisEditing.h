#pragma once

#include "domain/Diagnosis.h"

#include <QString>
#include <optional>

namespace profrost {

class AppContext;

// Undoable writes of a teacher's diagnosis result entered or corrected by
// hand. Each writes first: a refused write returns false with the reason in
// *error and pushes nothing; a write that succeeded goes onto the undo stack.
namespace DiagnosisEditing {

// `before` absent: a new result («Add diagnosis result»), refused when the
// teacher already has one of the campaign on that day; otherwise «Correct
// diagnosis result» of before->id.
bool save(AppContext &ctx, const std::optional<DiagnosisResult> &before, const DiagnosisResult &after,
          QString *error);
// «Delete diagnosis result»: undo stores it again.
bool remove(AppContext &ctx, qint64 resultId, QString *error);

} // namespace DiagnosisEditing

} // namespace profrost
