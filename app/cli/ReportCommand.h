#pragma once

#include <QStringList>

namespace profrost::cli {

// `profrost-cli report plan-graph|course-schedule DB --from DATE [--to DATE] --out FILE`
// (arguments after the command, the first being "profrost-cli report").
// Returns the exit code: 0, 2 for bad input, 1 for other failures; prints
// its own messages.
int cmdReport(const QStringList &args);

} // namespace profrost::cli
