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

} // namespace profrost
