#include "store/RowVersion.h"

#include "store/Database.h"
#include "store/Query.h"

using namespace Qt::StringLiterals;

namespace profrost {

QString RowVersion::bump()
{
    return u", row_version = row_version + 1"_s;
}

QString RowVersion::guard(int read)
{
    return read > 0 ? u" AND row_version = ?"_s : QString();
}

void RowVersion::bindGuard(Query &q, int read)
{
    if (read > 0)
        q.bind(read);
}

bool RowVersion::undoChecked(Database &db)
{
    return db.dialect().kind() == SqlDialect::Kind::Postgres;
}

int RowVersion::forUndo(Database &db, int previous)
{
    return undoChecked(db) ? previous : 0;
}

int RowVersion::of(Database &db, const QString &table, qint64 id)
{
    // `table` is one of the program's own names, never the user's.
    return Query(db, u"SELECT row_version FROM "_s + table + u" WHERE id = ?"_s).bind(id).scalar().toInt();
}

void RowVersion::exec(Database &db, Query &q, int read, const QString &table, qint64 id, const QString &record,
                      const QString &gone)
{
    bindGuard(q, read);
    q.exec();
    if (q.numRowsAffected() == 0)
        refuse(db, table, id, record, gone);
}

void RowVersion::refuse(Database &db, const QString &table, qint64 id, const QString &record, const QString &gone)
{
    const int stored = of(db, table, id);
    if (stored == 0)
        throw Error(gone);
    throw EditConflict(tr("%1 was changed by another user after you opened it; your changes were not saved.")
                           .arg(record),
                       stored);
}

} // namespace profrost
