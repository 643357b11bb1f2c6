#pragma once

#include <QStringList>

namespace profrost::cli {

// `profrost-cli centre DB [--set FIELD=VALUE]...` (arguments after the
// command, the first being "profrost-cli centre"): prints the centre's card
// and how the forms sign with it, or changes fields of it first. Returns
// the exit code; bad input throws UsageError.
int cmdCentre(const QStringList &args);

} // namespace profrost::cli
