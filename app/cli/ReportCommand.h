#pragma once

#include <QStringList>

namespace profrost::cli {

// `profrost-cli report KIND DB ... --out FILE` (arguments after the command,
// the first being "profrost-cli report"):
//   plan-graph|course-schedule DB --from DATE [--to DATE]   further training
//   attestation DB --year YYYY [--five-year] [--by-organisation] [--at DATE]
//   expiring DB [--months M] [--at DATE]                    (.pdf, .odt, .xlsx or .csv)
// Returns the exit code; bad input throws UsageError (exit code 2).
int cmdReport(const QStringList &args);

} // namespace profrost::cli
