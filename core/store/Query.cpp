#include "store/Query.h"

#include "store/Database.h"
#include "util/Error.h"

#include <QDate>
#include <QSqlError>

namespace profrost {

Query::Query(const Database &db, const QString &sql) : m_db(db), m_query(db.takeStatement(sql)), m_sql(sql)
{
    if (m_query.isValid() || !m_query.lastQuery().isEmpty())
        return; // a cached statement, prepared already
    m_query = QSqlQuery(db.connection());
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw Error(tr("Database error while preparing a statement: %1").arg(m_query.lastError().text()));
}

Query::~Query()
{
    m_query.finish();
    m_db.returnStatement(m_sql, std::move(m_query));
}

Query &Query::add(const QVariant &value)
{
    // Bound by position, so a reused statement starts again at the first "?".
    m_query.bindValue(m_bound++, value);
    return *this;
}

Query &Query::bind(const QVariant &value)
{
    add(value);
    return *this;
}

Query &Query::bind(const QString &text)
{
    add(text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text));
    return *this;
}

Query &Query::bind(qint64 id)
{
    add(id);
    return *this;
}

Query &Query::bind(int value)
{
    add(value);
    return *this;
}

Query &Query::bind(bool flag)
{
    add(flag ? 1 : 0);
    return *this;
}

Query &Query::bind(QDate date)
{
    const QString text = dateText(date);
    add(text.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text));
    return *this;
}

QString Query::dateText(QDate date)
{
    if (!date.isValid())
        return {};
    const int y = date.year();
    if (y < 1000 || y > 9999)
        return date.toString(Qt::ISODate);
    // yyyy-MM-dd by hand: QDate::toString formats through a printf, and an
    // import binds some 100,000 dates.
    const int m = date.month(), d = date.day();
    const char16_t text[10] = {char16_t(u'0' + y / 1000), char16_t(u'0' + y / 100 % 10), char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10), u'-', char16_t(u'0' + m / 10), char16_t(u'0' + m % 10), u'-',
                               char16_t(u'0' + d / 10), char16_t(u'0' + d % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

Query &Query::exec()
{
    m_bound = 0;
    if (!m_query.exec())
        throw Error(m_db.failureMessage(m_query.lastError(), tr("Database error: %1").arg(m_query.lastError().text())));
    return *this;
}

QDate Query::date(int column) const
{
    const QVariant v = m_query.value(column);
    if (v.isNull())
        return {};
    // Dates are stored as yyyy-MM-dd: read the digits directly, which is
    // ten times cheaper than QDate::fromString on large tables.
    const QString text = v.toString();
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-') {
        auto digits = [&text](int from, int count) {
            int n = 0;
            for (int i = from; i < from + count; ++i) {
                const int d = text.at(i).unicode() - u'0';
                if (d < 0 || d > 9)
                    return -1;
                n = n * 10 + d;
            }
            return n;
        };
        const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
        if (y >= 0 && m >= 0 && d >= 0)
            return QDate(y, m, d);
    }
    return QDate::fromString(text, Qt::ISODate);
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
