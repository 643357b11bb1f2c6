#pragma once

#include <QStringList>

namespace profrost::cli {

// `profrost-cli import courses DB FILE [--dry-run] [--strict]`: course
// completions (certificates) from a .csv or .xlsx file. `args` start with
// the command name ("profrost-cli import courses"), as run() passes them.
// Returns an ExitCode; bad input (options, files, rejected rows) is 2 with
// the reasons on stderr; other failures throw profrost::Error.
int cmdImportCourses(const QStringList &args);

} // namespace profrost::cli
