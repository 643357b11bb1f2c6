#pragma once

#include "store/Query.h"

#include <QDate>
#include <QString>
#include <QVarLengthArray>
#include <optional>

struct sqlite3_stmt;

namespace profrost {

class Database;

// An INSERT that an import runs tens of thousands of times in one
// transaction (a teacher's row, posts, subjects, history). It binds and
// stores exactly what Query would — empty text and invalid dates as NULL,
// dates as yyyy-MM-dd, the same error messages — but on SQLite it goes
// straight through the sqlite3 handle (Database::directHandle()): QtSql
// wraps every value in a QVariant and every row in a QSqlQuery round, which
// cost a quarter of a 50,000-teacher import's writing, and RETURNING makes
// SQLite collect each new id in a table of its own; sqlite3_last_insert_rowid
// gives it for nothing. On PostgreSQL (or whenever the handle is not usable)
// it is a Query with RETURNING id.
class BulkInsert
{
public:
    enum class Returns { Nothing, Id };
    // `sql`: an INSERT with "?" placeholders and no RETURNING clause.
    BulkInsert(const Database &db, const QString &sql, Returns returns);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    BulkInsert &bind(const QString &text); // empty text is stored as NULL
    BulkInsert &bind(qint64 value);
    BulkInsert &bind(QDate date);          // an invalid date is stored as NULL
    // Runs the statement with the values bound (each value again for the
    // next row); the new row's id when Returns::Id, else 0. Throws
    // profrost::Error as Query::exec() does.
    qint64 exec();

private:
    const Database &m_db;
    QString m_sql;
    Returns m_returns;
    sqlite3_stmt *m_statement = nullptr;
    std::optional<Query> m_query; // when not on SQLite's own API
    int m_bound = 0;
    // The text bound to the statement, kept until it ran (bound without a copy).
    QVarLengthArray<QString, 12> m_texts;
};

} // namespace profrost
