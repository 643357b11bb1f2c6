#include "store/SqlDialect.h"

namespace profrost {

QString SqlDialect::driverName() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString SqlDialect::primaryKey() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                  : QStringLiteral("BIGSERIAL PRIMARY KEY");
}

QStringList SqlDialect::connectionSetup(int busyTimeoutMs, bool readOnly) const
{
    if (m_kind != Kind::Sqlite)
        return {};
    QStringList setup{QStringLiteral("PRAGMA foreign_keys = ON")};
    if (!readOnly)
        setup << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = NORMAL");
    setup << QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs)
          // A region's registry (50,000 teachers) is some 30 MB: with the
          // default 2 MB page cache a large import's transaction keeps
          // spilling pages and reading them back. Pages are allocated
          // only as used, so a small database costs no more.
          << QStringLiteral("PRAGMA cache_size = -65536");
    return setup;
}

QString SqlDialect::connectOptions(int busyTimeoutMs) const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs) : QString();
}

QString SqlDialect::beginTransactionStatement() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QString();
}

QString SqlDialect::onlineBackupStatement() const
{
    // VACUUM INTO (SQLite >= 3.27) writes a consistent, compacted copy while
    // the database stays open, including what is still in the WAL.
    return m_kind == Kind::Sqlite ? QStringLiteral("VACUUM INTO ?") : QString();
}

QString SqlDialect::caseInsensitiveLike() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("LIKE") : QStringLiteral("ILIKE");
}

QString SqlDialect::readOnlyConnectOptions(int busyTimeoutMs) const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs)
                                  : QString();
}

QString SqlDialect::integrityCheckStatement() const
{
    // quick_check reads every page but skips the index-content comparison of
    // integrity_check: seconds instead of minutes on a region's file.
    return m_kind == Kind::Sqlite ? QStringLiteral("PRAGMA quick_check") : QString();
}

QString SqlDialect::tableNamesStatement() const
{
    return m_kind == Kind::Sqlite
               ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")
               : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
}

QString SqlDialect::blobType() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA");
}

QStringList SqlDialect::fullTextTableStatements(const QString &table, const QString &ownerTable) const
{
    if (m_kind == Kind::Sqlite) {
        // The stems are lower case already; unicode61 only splits them.
        return {QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(title, description, tags, authors,"
                               " tokenize = 'unicode61 remove_diacritics 0')").arg(table)};
    }
    return {QStringLiteral("CREATE TABLE %1 (owner_id BIGINT PRIMARY KEY REFERENCES %2(id) ON DELETE CASCADE,"
                           " title TEXT, description TEXT, tags TEXT, authors TEXT,"
                           " document TSVECTOR GENERATED ALWAYS AS ("
                           "setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||"
                           " setweight(to_tsvector('simple', coalesce(tags, '')), 'B') ||"
                           " setweight(to_tsvector('simple', coalesce(authors, '')), 'C') ||"
                           " setweight(to_tsvector('simple', coalesce(description, '')), 'D')) STORED)")
                .arg(table, ownerTable),
            QStringLiteral("CREATE INDEX %1_document ON %1 USING GIN (document)").arg(table)};
}

QString SqlDialect::fullTextKeyColumn() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("rowid") : QStringLiteral("owner_id");
}

QString SqlDialect::fullTextQuery(const QStringList &stems, bool lastIsPrefix) const
{
    QStringList terms;
    for (qsizetype i = 0; i < stems.size(); ++i) {
        const bool prefix = lastIsPrefix && i == stems.size() - 1;
        if (m_kind == Kind::Sqlite)
            terms << QLatin1Char('"') + stems.at(i) + QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString());
        else
            terms << stems.at(i) + (prefix ? QStringLiteral(":*") : QString());
    }
    return terms.join(m_kind == Kind::Sqlite ? QStringLiteral(" ") : QStringLiteral(" & "));
}

QString SqlDialect::fullTextSearchStatement(const QString &table) const
{
    if (m_kind == Kind::Sqlite)
        return QStringLiteral("SELECT rowid, bm25(%1, 10.0, 1.0, 5.0, 3.0) AS score FROM %1"
                              " WHERE %1 MATCH ? ORDER BY score LIMIT ?").arg(table);
    // ts_rank's default weights {D 0.1, C 0.2, B 0.4, A 1.0}: title, tags, authors, description.
    return QStringLiteral("SELECT owner_id, -ts_rank(document, q) AS score FROM %1, to_tsquery('simple', ?) q"
                          " WHERE document @@ q ORDER BY score LIMIT ?").arg(table);
}

} // namespace profrost
