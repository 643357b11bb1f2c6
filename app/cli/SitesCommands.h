#pragma once

#include <QStringList>

namespace profrost::cli {

// `profrost-cli sites list DB [--level L] [--status S] [--year Y]` lists the
// innovation and internship sites; `profrost-cli vacancies DB [--as-of DATE]
// [--by municipality|post|subject]` the vacancies open at a date and their
// totals. Return the exit code; bad input throws UsageError.
int cmdSites(const QStringList &args);
int cmdVacancies(const QStringList &args);

} // namespace profrost::cli
