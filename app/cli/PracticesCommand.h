#pragma once

#include <QStringList>

namespace profrost::cli {

// `profrost-cli practices search DB "TEXT" [--limit N]` prints the bank's
// practices matching the words in any of their forms, best first, the
// matched words in [brackets]; `practices list DB` lists the whole bank.
// Returns the exit code; bad input throws UsageError.
int cmdPractices(const QStringList &args);

} // namespace profrost::cli
