#pragma once

#include <QString>

namespace profrost {

class Database;

// The schema as a ladder of steps: step N turns a version N−1 database into
// version N. A new file runs every step from 0, so new and migrated
// databases are built by the same code. All steps of one open run in one
// transaction and roll back together.
class Migrations
{
public:
    static int latestVersion();
    static QString applicationTag(); // meta.application of our files

    // Brings the database from `from` to `to`; throws profrost::Error and
    // leaves the file as it was on failure.
    static void migrate(Database &db, int from, int to);
};

} // namespace profrost
