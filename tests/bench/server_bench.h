#pragma once

#include <QDate>
#include <QString>
#include <QTextStream>

namespace profrost {
class Database;
}

// The region on a PostgreSQL server beside the same region in a file
// (issue 17 item 8): the file is copied onto the server as `server push`
// copies it, then each step a user waits for — the registry read, the
// teachers page opened and filtered, all indicators, a 50,000-row import
// into an empty registry — is timed on both, with the shells' floors
// (sqlite3 on the file, psql on the server) beside them.
namespace server_bench {

int run(profrost::Database &region, const QString &serverUrl, QDate today, QTextStream &out);

} // namespace server_bench
