#include "store/BulkInsert.h"

#include "store/Database.h"
#include "util/Error.h"

#include <QSqlError>

#ifdef PROFROST_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace profrost {

BulkInsert::BulkInsert(const Database &db, const QString &sql, Returns returns)
    : m_db(db), m_sql(sql), m_returns(returns)
{
#ifdef PROFROST_SQLITE_DIRECT
    if (sqlite3 *handle = db.directHandle()) {
        m_statement = db.takeDirectStatement(sql);
        if (!m_statement) {
            const QByteArray utf8 = sql.toUtf8();
            if (sqlite3_prepare_v3(handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                                   nullptr)
                != SQLITE_OK) {
                const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
                sqlite3_finalize(m_statement);
                m_statement = nullptr;
                throw Error(Query::tr("Database error while preparing a statement: %1").arg(message));
            }
        }
        m_texts.resize(sqlite3_bind_parameter_count(m_statement));
        return;
    }
#endif
    m_query.emplace(db, returns == Returns::Id ? sql + QStringLiteral(" RETURNING id") : sql);
}

BulkInsert::~BulkInsert()
{
#ifdef PROFROST_SQLITE_DIRECT
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        m_db.returnDirectStatement(m_sql, m_statement);
    }
#endif
}

BulkInsert &BulkInsert::bind(const QString &text)
{
    if (m_query) {
        m_query->bind(text);
        return *this;
    }
#ifdef PROFROST_SQLITE_DIRECT
    const int index = m_bound++;
    if (text.isEmpty()) {
        sqlite3_bind_null(m_statement, index + 1);
    } else if (index < m_texts.size()) {
        // As QSQLITE binds a QString: its UTF-16, not copied, alive until the statement ran.
        m_texts[index] = text;
        sqlite3_bind_text16(m_statement, index + 1, m_texts[index].utf16(), int(text.size() * sizeof(QChar)),
                            SQLITE_STATIC);
    }
#endif
    return *this;
}

BulkInsert &BulkInsert::bind(qint64 value)
{
    if (m_query) {
        m_query->bind(value);
        return *this;
    }
#ifdef PROFROST_SQLITE_DIRECT
    sqlite3_bind_int64(m_statement, ++m_bound, value);
#endif
    return *this;
}

BulkInsert &BulkInsert::bind(QDate date)
{
    return bind(Query::dateText(date));
}

qint64 BulkInsert::exec()
{
    if (m_query) {
        m_bound = 0;
        if (m_returns == Returns::Id)
            return m_query->scalar().toLongLong();
        m_query->exec();
        return 0;
    }
#ifdef PROFROST_SQLITE_DIRECT
    const int expected = int(m_texts.size());
    const int bound = m_bound;
    m_bound = 0;
    sqlite3 *handle = sqlite3_db_handle(m_statement);
    if (bound != expected) {
        sqlite3_clear_bindings(m_statement);
        // QSQLITE's own words for this programming error.
        throw Error(Query::tr("Database error: %1")
                        .arg(QCoreApplication::translate("QSQLiteResult", "Parameter count mismatch")));
    }
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        // The error as QSQLITE reports it (its text, the code of the step),
        // so that a lock or a read-only file reads the same either way.
        const QSqlError error(QCoreApplication::translate("QSQLiteResult", "Unable to fetch row"),
                              QString(reinterpret_cast<const QChar *>(sqlite3_errmsg16(handle))),
                              QSqlError::ConnectionError, QString::number(rc));
        sqlite3_reset(m_statement);
        throw Error(m_db.failureMessage(error, Query::tr("Database error: %1").arg(error.text())));
    }
    const qint64 id = m_returns == Returns::Id ? sqlite3_last_insert_rowid(handle) : 0;
    sqlite3_reset(m_statement);
    return id;
#else
    return 0;
#endif
}

} // namespace profrost
