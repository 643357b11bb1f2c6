#include "store/DatabaseCopy.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Query.h"
#include "util/Error.h"

#include <QDate>
#include <QSqlQuery>
#include <QStringList>

namespace profrost {

namespace {

// A table as both sides name its columns: the file's order of columns, and
// for the full-text table (a virtual table in SQLite) the key SQLite calls
// rowid and the server owner_id.
struct TableShape
{
    QString name;
    QStringList columns;
    bool fullText = false;
};

bool isFile(const Database &db)
{
    return db.connectionSpec().isFile();
}

// The tables of the file side in their order of creation, without SQLite's
// own, the full-text index's shadow tables and meta (each side keeps its
// own application tag and schema version).
QList<TableShape> tablesOf(const Database &file)
{
    QList<TableShape> out;
    QStringList virtualTables;
    QSqlQuery q(file.connection());
    q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY rowid"));
    QList<std::pair<QString, QString>> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString()});
    for (const auto &[name, sql] : rows) {
        if (sql.startsWith(u"CREATE VIRTUAL TABLE", Qt::CaseInsensitive))
            virtualTables << name;
    }
    for (const auto &[name, sql] : rows) {
        if (name.startsWith(u"sqlite_") || name == u"meta")
            continue;
        // (A structured binding is not captured by a lambda before C++20 in clang 14: a copy is.)
        const QString table = name;
        const bool shadow = std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                                        [&table](const QString &v) { return table.startsWith(v + u'_'); });
        if (shadow)
            continue;
        TableShape t;
        t.name = name;
        t.fullText = virtualTables.contains(name);
        QSqlQuery columns(file.connection());
        columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(name));
        while (columns.next())
            t.columns << columns.value(1).toString();
        out.append(t);
    }
    return out;
}

QString keyColumn(const Database &db)
{
    return db.dialect().fullTextKeyColumn();
}

// The columns of `t` as `db` names them.
QStringList columnsOn(const Database &db, const TableShape &t)
{
    QStringList columns = t.columns;
    if (t.fullText)
        columns.prepend(keyColumn(db));
    return columns;
}

qint64 countOf(const Database &db, const QString &table)
{
    return Query(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).scalar().toLongLong();
}

// Dates come from the server as dates and go into the file as the text the
// store writes (yyyy-MM-dd); everything else as it is.
QVariant portable(const QVariant &value)
{
    if (value.isNull())
        return value;
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    return value;
}

} // namespace

bool DatabaseCopy::holdsRegistry(const Database &db)
{
    return countOf(db, QStringLiteral("teacher")) + countOf(db, QStringLiteral("organisation")) > 0;
}

QList<DatabaseCopy::TableCount> DatabaseCopy::copy(Database &from, Database &to, bool replace, const Progress &progress)
{
    if (isFile(from) == isFile(to))
        throw Error(tr("One side of a copy must be a file and the other a server's database."));
    if (from.schemaVersion() != to.schemaVersion())
        throw Error(tr("%1 is at schema version %2 and %3 at version %4: open the older one with this program "
                       "first, so that it is upgraded.")
                        .arg(from.connectionSpec().fullName())
                        .arg(from.schemaVersion())
                        .arg(to.connectionSpec().fullName())
                        .arg(to.schemaVersion()));
    to.requireWritable();
    if (!replace) {
        if (holdsRegistry(to))
            throw Error(tr("%1 already holds organisations or teachers; copying would replace them (--replace).")
                            .arg(to.connectionSpec().fullName()));
    }
    const QList<TableShape> tables = tablesOf(isFile(from) ? from : to);
    QList<TableCount> counts;
    Transaction tx(to);
    // One entry in a server's audit log for the whole copy, not one per row.
    QStringList names;
    for (const TableShape &t : tables)
        names << t.name;
    if (!isFile(to))
        AuditLog::pause(to, names);
    // The receiving side's own rows go (its dictionaries, seeded by the
    // migrations): the copy brings the sender's, with the same ids.
    for (auto it = tables.crbegin(); it != tables.crend(); ++it)
        Query(to, QStringLiteral("DELETE FROM %1").arg(it->name)).exec();
    int done = 0;
    for (const TableShape &t : tables) {
        const QStringList readColumns = columnsOn(from, t);
        const QStringList writeColumns = columnsOn(to, t);
        QStringList marks;
        for (qsizetype i = 0; i < writeColumns.size(); ++i)
            marks << QStringLiteral("?");
        const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(t.name, writeColumns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
        // In the order of their keys: a row naming an earlier row of its own table comes after it.
        const QString order = readColumns.contains(u"id") ? QStringLiteral(" ORDER BY id")
                                                         : (t.fullText ? QStringLiteral(" ORDER BY %1").arg(readColumns.first())
                                                                       : QString());
        Query read(from, QStringLiteral("SELECT %1 FROM %2%3").arg(readColumns.join(QStringLiteral(", ")), t.name, order));
        read.exec();
        while (read.next()) {
            Query write(to, insert);
            for (qsizetype c = 0; c < readColumns.size(); ++c)
                write.bind(portable(read.value(int(c))));
            write.exec();
        }
        counts.append({t.name, countOf(from, t.name), countOf(to, t.name)});
        if (counts.last().source != counts.last().target)
            throw Error(tr("The copy of %1 holds %2 rows, the original %3: nothing was changed.")
                            .arg(t.name)
                            .arg(counts.last().target)
                            .arg(counts.last().source));
        if (progress && !progress(++done, int(tables.size())))
            throw Error(tr("The copy was cancelled: nothing was changed."));
    }
    if (!isFile(to)) {
        // The server's key sequences continue after the ids the copy brought
        // (SQLite's AUTOINCREMENT follows by itself).
        for (const TableShape &t : tables) {
            if (!t.columns.contains(u"id"))
                continue;
            Query(to, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), 1),"
                                     " MAX(id) IS NOT NULL) FROM %1").arg(t.name))
                .exec();
        }
    }
    if (!isFile(to)) {
        qint64 rows = 0;
        for (const TableCount &c : std::as_const(counts))
            rows += c.target;
        AuditLog::resume(to, names,
                         tr("%1 rows of %2 tables copied from %3%4")
                             .arg(rows)
                             .arg(counts.size())
                             .arg(from.connectionSpec().fullName(), replace ? tr(", replacing the registry") : QString()));
    }
    tx.commit();
    return counts;
}

} // namespace profrost
