#pragma once

#include <QStringList>

namespace profrost::cli {

// `profrost-cli tracks DB [--year YEAR] [--teachers]` prints, for each
// half-year with enrolments (latest first), «из N заявленных прошли M» in
// teachers over all tracks and per track; with --teachers, who is enrolled
// on each track and whether they completed it. Returns the exit code; bad
// input throws UsageError.
int cmdTracks(const QStringList &args);

} // namespace profrost::cli
