#include "store/RowReader.h"

#include "store/Database.h"
#include "util/Error.h"

#ifdef PROFROST_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace profrost {

RowReader::RowReader(const Database &db, const QString &sql) : m_db(db)
{
#ifdef PROFROST_SQLITE_DIRECT
    if (sqlite3 *handle = db.directHandle()) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK) {
            const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
            throw Error(Query::tr("Database error while preparing a statement: %1").arg(message));
        }
        return;
    }
#endif
    m_query.emplace(db, sql);
}

RowReader::~RowReader()
{
#ifdef PROFROST_SQLITE_DIRECT
    // Finalized at once: QtSql closes its connections at exit and fails
    // while a statement it does not know of is left (Database::takeDirectStatement).
    sqlite3_finalize(m_statement);
#endif
}

RowReader &RowReader::bind(qint64 value)
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

RowReader &RowReader::bind(const QString &text)
{
    if (m_query) {
        m_query->bind(text);
        return *this;
    }
#ifdef PROFROST_SQLITE_DIRECT
    ++m_bound;
    if (text.isEmpty()) {
        sqlite3_bind_null(m_statement, m_bound);
    } else {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_statement, m_bound, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
#endif
    return *this;
}

RowReader &RowReader::bind(QDate date) { return bind(Query::dateText(date)); }

RowReader &RowReader::bind(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString: return bind(value.toString());
    case QMetaType::QDate: return bind(value.toDate());
    default: return bind(value.toLongLong());
    }
}

RowReader &RowReader::bindAll(const QVariantList &values)
{
    for (const QVariant &value : values)
        bind(value);
    return *this;
}

RowReader &RowReader::exec()
{
    if (m_query)
        m_query->exec();
    return *this;
}

bool RowReader::next()
{
    if (m_query)
        return m_query->next();
#ifdef PROFROST_SQLITE_DIRECT
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw Error(Query::tr("Database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)))));
#else
    return false;
#endif
}

qint64 RowReader::id(int column) const
{
    if (m_query)
        return m_query->id(column);
#ifdef PROFROST_SQLITE_DIRECT
    return sqlite3_column_int64(m_statement, column);
#else
    return 0;
#endif
}

int RowReader::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toInt();
#ifdef PROFROST_SQLITE_DIRECT
    return sqlite3_column_int(m_statement, column);
#else
    return 0;
#endif
}

bool RowReader::isNull(int column) const
{
    if (m_query)
        return m_query->value(column).isNull();
#ifdef PROFROST_SQLITE_DIRECT
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
#else
    return true;
#endif
}

QByteArrayView RowReader::bytes(int column) const
{
    if (m_query) {
        m_bytes = m_query->text(column).toUtf8();
        return m_bytes;
    }
#ifdef PROFROST_SQLITE_DIRECT
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
#else
    return {};
#endif
}

QString RowReader::text(int column) const
{
    if (m_query)
        return m_query->text(column);
#ifdef PROFROST_SQLITE_DIRECT
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
#else
    return {};
#endif
}

QDate RowReader::date(int column) const
{
    if (m_query)
        return m_query->date(column);
#ifdef PROFROST_SQLITE_DIRECT
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!text)
        return {};
    const int size = sqlite3_column_bytes(m_statement, column);
    const QDate parsed = parseStoredDate(text, size);
    // Anything not yyyy-MM-dd read as Query reads it.
    return parsed.isValid() ? parsed : QDate::fromString(QString::fromUtf8(text, size), Qt::ISODate);
#else
    return {};
#endif
}

} // namespace profrost
