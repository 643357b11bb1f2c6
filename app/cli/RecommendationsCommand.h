#pragma once

#include <QStringList>

namespace profrost::cli {

// `profrost-cli recommendations DB` lists the addressed recommendations of
// the monitorings; `--add --to TEXT --what TEXT --due DATE [--made-on DATE]
// [--indicator I1] [--note TEXT]` adds one; `--check ID --done|--not-done
// [--on DATE] [--note TEXT]` marks one checked; `--remove ID` deletes one.
// Returns the exit code; bad input throws UsageError.
int cmdRecommendations(const QStringList &args);

} // namespace profrost::cli
