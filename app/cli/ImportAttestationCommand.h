#pragma once

#include <QStringList>

namespace profrost::cli {

// `profrost-cli import attestation DB FILE [--dry-run] [--strict]`: the
// attestation history (categories and СЗД with their orders) from a .csv or
// .xlsx file. `args` start with the command name, as run() passes them.
// Returns an ExitCode; bad input throws UsageError (exit code 2).
int cmdImportAttestation(const QStringList &args);

} // namespace profrost::cli
