#pragma once

#include "store/Query.h"

#include <QDate>
#include <QString>
#include <optional>

struct sqlite3_stmt;

namespace profrost {

class Database;

// A SELECT that reads tens of thousands of rows (the indicators of a region,
// the whole registry): on SQLite it steps the statement straight through
// the sqlite3 handle (Database::directHandle()) and converts only the
// columns asked for. QtSql makes a QVariant of every column of every row
// before the caller asks, which cost the indicators of 50,000 teachers more
// than SQLite's own work. Elsewhere (PostgreSQL, or the handle not usable)
// it is a Query. Values read as Query reads them: NULL text is empty, NULL
// and malformed dates are invalid.
class RowReader
{
public:
    RowReader(const Database &db, const QString &sql);
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    RowReader &bind(qint64 value);
    RowReader &bind(const QString &text);
    RowReader &bind(QDate date);
    // A text, a date, or else an integer (the repositories' lists of binds).
    RowReader &bind(const QVariant &value);
    RowReader &bindAll(const QVariantList &values);
    // Throws profrost::Error as Query::exec() does.
    RowReader &exec();
    bool next();

    qint64 id(int column) const;        // NULL is 0
    int integer(int column) const;      // NULL is 0
    QString text(int column) const;     // NULL is empty
    QDate date(int column) const;       // yyyy-MM-dd; NULL is invalid
    bool isNull(int column) const;
    // The column's text compared without making a QString (codes, areas).
    QByteArrayView bytes(int column) const;

private:
    const Database &m_db;
    sqlite3_stmt *m_statement = nullptr;
    std::optional<Query> m_query;
    mutable QByteArray m_bytes; // bytes() on the Query path
    int m_bound = 0;
};

} // namespace profrost
