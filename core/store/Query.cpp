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
        throw Error(db.failureMessage(m_query.lastError(), tr("Database error while preparing a statement: %1")
                                                               .arg(m_query.lastError().text())));
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

Query &Query::bindAll(const QVariantList &values)
{
    for (const QVariant &value : values)
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

namespace {

template <typename Char, typename Digit>
QDate parseDigits(const Char *text, qsizetype size, Digit digit)
{
    // '-' reads as digit -3.
    if (!text || size != 10 || digit(text[4]) != '-' - '0' || digit(text[7]) != '-' - '0')
        return {};
    int parts[3] = {0, 0, 0};
    const int from[3] = {0, 5, 8}, count[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = from[p]; i < from[p] + count[p]; ++i) {
            const int d = digit(text[i]);
            if (d < 0 || d > 9)
                return {};
            parts[p] = parts[p] * 10 + d;
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
}

} // namespace

QDate parseStoredDate(const char *text, qsizetype size)
{
    return parseDigits(text, size, [](char c) { return c - '0'; });
}

QDate parseStoredDate(QStringView text)
{
    return parseDigits(text.data(), text.size(), [](QChar c) { return int(c.unicode()) - '0'; });
}

QDate Query::date(int column) const
{
    const QVariant v = m_query.value(column);
    if (v.isNull())
        return {};
    // Dates are stored as yyyy-MM-dd; anything else read as ISO.
    const QString text = v.toString();
    const QDate parsed = parseStoredDate(QStringView(text));
    return parsed.isValid() ? parsed : QDate::fromString(text, Qt::ISODate);
}

QVariant Query::scalar()
{
    exec();
    const QVariant value = m_query.next() ? m_query.value(0) : QVariant();
    // An unfinished statement (INSERT ... RETURNING) would block the commit.
    m_query.finish();
    return value;
}

QStringList Query::texts()
{
    exec();
    QStringList out;
    while (m_query.next())
        out << m_query.value(0).toString();
    return out;
}

} // namespace profrost
