#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace profrost {

class Database;

// A prepared statement that throws profrost::Error on failure, so that a
// failed write can never be silently ignored inside a transaction.
// Statements are borrowed from the database's cache and given back when the
// Query ends: an import runs the same few statements 50,000 times, and
// preparing each anew would cost more than running it.
class Query
{
    Q_DECLARE_TR_FUNCTIONS(Query)
public:
    Query(const Database &db, const QString &sql);
    ~Query();
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    Query &bind(const QVariant &value);
    Query &bind(const QString &text); // empty text is stored as NULL
    Query &bind(qint64 id);
    Query &bind(int value);
    Query &bind(bool flag);
    Query &bind(QDate date);          // invalid date is stored as NULL
    // Binds each value in turn: a condition's values, built with its text.
    Query &bindAll(const QVariantList &values);
    // How a date is stored: yyyy-MM-dd; a null string for an invalid date.
    static QString dateText(QDate date);
    Query &exec();

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 id(int column) const { return m_query.value(column).toLongLong(); }
    QDate date(int column) const;
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &raw() { return m_query; }

    // Runs the statement and returns the first column of its first row (or an invalid QVariant).
    QVariant scalar();
    // Runs the statement and returns the first column of every row as text:
    // a list of names.
    QStringList texts();

private:
    Query &add(const QVariant &value);

    const Database &m_db;
    QSqlQuery m_query;
    QString m_sql;
    int m_bound = 0;
};

// yyyy-MM-dd (ten characters) into a date; anything else invalid. Every
// reader of the store (Query, RowReader) reads its dates through it, alike;
// the digits read directly, ten times cheaper than QDate::fromString on
// large tables.
QDate parseStoredDate(const char *text, qsizetype size);
QDate parseStoredDate(QStringView text);

} // namespace profrost
