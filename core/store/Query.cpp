#include "store/Query.h"

#include "store/Database.h"
#include "util/Error.h"

#include <QDate>
#include <QSqlError>

namespace profrost {

Query::Query(const Database &db, const QString &sql) : m_query(db.connection()), m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw Error(tr("Database error while preparing a statement: %1").arg(m_query.lastError().text()));
}

Query &Query::bind(const QVariant &value)
{
    m_query.addBindValue(value);
    return *this;
}

Query &Query::bind(const QString &text)
{
    m_query.addBindValue(text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text));
    return *this;
}

Query &Query::bind(qint64 id)
{
    m_query.addBindValue(id);
    return *this;
}

Query &Query::bind(int value)
{
    m_query.addBindValue(value);
    return *this;
}

Query &Query::bind(bool flag)
{
    m_query.addBindValue(flag ? 1 : 0);
    return *this;
}

Query &Query::bind(QDate date)
{
    m_query.addBindValue(date.isValid() ? QVariant(date.toString(Qt::ISODate))
                                        : QVariant(QMetaType(QMetaType::QString)));
    return *this;
}

Query &Query::exec()
{
    if (!m_query.exec())
        throw Error(tr("Database error: %1").arg(m_query.lastError().text()));
    return *this;
}

QDate Query::date(int column) const
{
    const QVariant v = m_query.value(column);
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant Query::scalar()
{
    exec();
    const QVariant value = m_query.next() ? m_query.value(0) : QVariant();
    // An unfinished statement (INSERT ... RETURNING) would block the commit.
    m_query.finish();
    return value;
}

} // namespace profrost
