#pragma once

#include <QStringList>

namespace profrost::cli {

// `profrost-cli indicators DB [--as-of DATE] [--json] [--by organisation|municipality]`
// (arguments after the command, the first being "profrost-cli indicators"):
// the monitoring indicators at the date (core/indicators), as a table or as
// JSON, with the breakdown. Returns the exit code; bad input throws UsageError.
int cmdIndicators(const QStringList &args);

} // namespace profrost::cli
