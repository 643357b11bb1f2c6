#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

namespace profrost {

class Database;

// Moving a database between a file and a server (profrost-cli server push
// and pull, issue 17): every row of every table of one copied into the
// other, with its id, in one transaction on the receiving side, and the rows
// of each table counted on both sides before that transaction is committed.
// One of the two is a SQLite file: its tables' order of creation (the
// migrations') is the order parents come before the rows that name them.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
public:
    struct TableCount
    {
        QString table;
        qint64 source = 0;
        qint64 target = 0;
    };
    // Called after each table with the tables done and in all; false cancels
    // (nothing is written then).
    using Progress = std::function<bool(int done, int total)>;

    // Copies `from` into `to`. Both are open ProfRost databases at the same
    // schema version, one of them a file. `to` must hold no organisation and
    // no teacher (a new database with its dictionaries only) unless
    // `replace`; its rows are all replaced by `from`'s. Throws
    // profrost::Error, with nothing changed in `to`, when a count differs
    // or anything fails.
    static QList<TableCount> copy(Database &from, Database &to, bool replace, const Progress &progress = {});
    // Whether `db` holds a registry (organisations or teachers) that a copy
    // into it would replace: copy() refuses then unless `replace`.
    static bool holdsRegistry(const Database &db);
};

} // namespace profrost
