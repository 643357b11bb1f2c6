#pragma once

#include <QStringList>

namespace profrost::cli {

// `profrost-cli server init URL`: makes the database of URL
// (postgresql://USER@HOST[:PORT]/DBNAME) on its server when it is not
// there, and creates or upgrades its schema with the same migrations a
// file gets. Returns the exit code; bad input throws UsageError.
int cmdServer(const QStringList &args);

} // namespace profrost::cli
