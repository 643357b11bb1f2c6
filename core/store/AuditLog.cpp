#include "store/AuditLog.h"

#include "store/Database.h"
#include "store/Query.h"
#include "util/Error.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

void run(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        throw Error(AuditLog::tr("The server refused to set up the audit log: %1").arg(q.lastError().text()));
}

// Tables the log leaves out: itself, and the bank's search table (the
// stems of a practice's text, derived from the practice, which is logged).
bool logged(const QString &table)
{
    return table != u"audit_log" && table != u"practice_text";
}

// Columns the log leaves out: a file's contents, too big to copy (its name
// and size are kept), and the row version of optimistic locking
// (store/RowVersion), which every update raises and which says nothing to a
// reader of the log. An update that changed only it is not logged.
const char *const kOmitted = "- 'content' - 'row_version'";

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Bool:
        return value.toBool() ? u"1"_s : u"0"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
}

} // namespace

void AuditLog::install(Database &db)
{
    if (db.dialect().kind() != SqlDialect::Kind::Postgres)
        throw Error(tr("The audit log is kept by a server; a file has none."));
    if (!Query(db, u"SELECT to_regclass('audit_log') IS NOT NULL"_s).scalar().toBool()) {
        run(db, u"CREATE TABLE audit_log (id BIGSERIAL PRIMARY KEY,"
                " at TIMESTAMPTZ NOT NULL DEFAULT now(),"
                " login TEXT NOT NULL DEFAULT session_user,"
                " table_name TEXT NOT NULL,"
                " action VARCHAR(8) NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'note')),"
                " row_id TEXT,"
                " old_values JSONB,"
                " new_values JSONB)"_s);
        run(db, u"CREATE INDEX audit_log_by_time ON audit_log (at)"_s);
        run(db, u"CREATE INDEX audit_log_by_login ON audit_log (login, at)"_s);
    }
    // SECURITY DEFINER: the entry is written as the owner, whom no role of
    // the program can act as; session_user names the login that changed
    // the row. An update keeps only the columns it changed.
    const QString schema = Query(db, u"SELECT current_schema()"_s).scalar().toString();
    run(db, u"CREATE OR REPLACE FUNCTION profrost_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
            " SET search_path = %1, pg_temp AS $f$"
            " DECLARE before jsonb; after jsonb; k text;"
            " BEGIN"
            "  IF TG_OP <> 'INSERT' THEN before := to_jsonb(OLD) %2; END IF;"
            "  IF TG_OP <> 'DELETE' THEN after := to_jsonb(NEW) %2; END IF;"
            "  IF TG_OP = 'UPDATE' THEN"
            "   FOR k IN SELECT key FROM jsonb_each(before) LOOP"
            "    IF before -> k = after -> k THEN before := before - k; after := after - k; END IF;"
            "   END LOOP;"
            "   IF before = '{}'::jsonb AND after = '{}'::jsonb THEN RETURN NULL; END IF;"
            "  END IF;"
            "  INSERT INTO audit_log (table_name, action, row_id, old_values, new_values)"
            "  VALUES (TG_TABLE_NAME, lower(TG_OP), COALESCE(to_jsonb(NEW) ->> 'id', to_jsonb(OLD) ->> 'id'), before, after);"
            "  RETURN NULL;"
            " END $f$"_s.arg(schema, QLatin1StringView(kOmitted)));
    // A trigger for each table that has none yet (a migration's new ones).
    const QStringList tables = Query(db, db.dialect().tableNamesStatement()).texts();
    const QStringList triggered = Query(db, u"SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                                            " WHERE t.tgname = 'profrost_audit'"_s)
                                      .texts();
    for (const QString &table : tables) {
        if (logged(table) && !triggered.contains(table))
            run(db, u"CREATE TRIGGER profrost_audit AFTER INSERT OR UPDATE OR DELETE ON %1"
                    " FOR EACH ROW EXECUTE FUNCTION profrost_audit()"_s.arg(table));
    }
}

bool AuditLog::available(Database &db)
{
    return db.dialect().kind() == SqlDialect::Kind::Postgres
        && Query(db, u"SELECT to_regclass('audit_log') IS NOT NULL"_s).scalar().toBool();
}

void AuditLog::pause(Database &db, const QStringList &tables)
{
    if (!available(db))
        return;
    for (const QString &table : tables) {
        if (logged(table))
            run(db, u"ALTER TABLE %1 DISABLE TRIGGER profrost_audit"_s.arg(table));
    }
}

void AuditLog::resume(Database &db, const QStringList &tables, const QString &note)
{
    if (!available(db))
        return;
    for (const QString &table : tables) {
        if (logged(table))
            run(db, u"ALTER TABLE %1 ENABLE TRIGGER profrost_audit"_s.arg(table));
    }
    QJsonObject what;
    what.insert(u"note"_s, note);
    Query(db, u"INSERT INTO audit_log (table_name, action, new_values) VALUES ('*', 'note', CAST(? AS jsonb))"_s)
        .bind(QString::fromUtf8(QJsonDocument(what).toJson(QJsonDocument::Compact)))
        .exec();
}

QString AuditLog::Entry::changesText() const
{
    QStringList parts;
    for (const Change &c : changes) {
        if (action == u"insert" || action == u"note")
            parts << u"%1: %2"_s.arg(c.column, c.after);
        else if (action == u"delete")
            parts << u"%1: %2"_s.arg(c.column, c.before);
        else
            parts << u"%1: %2 → %3"_s.arg(c.column, c.before, c.after);
    }
    return parts.join(u"; "_s);
}

QStringList AuditLog::header()
{
    return {tr("When"), tr("User"), tr("Change"), tr("Table"), tr("Record"), tr("Values")};
}

QString AuditLog::actionTitle(const QString &action)
{
    if (action == u"insert")
        return tr("added");
    if (action == u"update")
        return tr("changed");
    if (action == u"delete")
        return tr("deleted");
    if (action == u"note")
        return tr("note");
    return action;
}

QStringList AuditLog::Entry::cells() const
{
    return {at.toString(u"dd.MM.yyyy HH:mm:ss"_s), login, actionTitle(action), table, rowId, changesText()};
}

QList<AuditLog::Entry> AuditLog::entries(Database &db, const Filter &filter)
{
    QList<Entry> list;
    if (!available(db))
        return list;
    QString sql = u"SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS'), login, table_name, action,"
                  " row_id, old_values::text, new_values::text FROM audit_log"_s;
    QStringList conditions;
    QVariantList values;
    if (!filter.login.isEmpty()) {
        conditions << u"login = ?"_s;
        values << filter.login;
    }
    if (!filter.table.isEmpty()) {
        conditions << u"table_name = ?"_s;
        values << filter.table;
    }
    // The period in the user's days: from the start of `from` to the end of `to`, local time.
    if (filter.from.isValid()) {
        conditions << u"at >= CAST(? AS timestamptz)"_s;
        values << filter.from.startOfDay().toUTC().toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        conditions << u"at < CAST(? AS timestamptz)"_s;
        values << filter.to.addDays(1).startOfDay().toUTC().toString(Qt::ISODate);
    }
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    sql += u" ORDER BY id DESC LIMIT ?"_s;
    values << filter.limit;
    Query q(db, sql);
    q.bindAll(values).exec();
    while (q.next()) {
        Entry e;
        e.id = q.id(0);
        e.at = QDateTime::fromString(q.text(1) + u'Z', Qt::ISODate).toLocalTime();
        e.login = q.text(2);
        e.table = q.text(3);
        e.action = q.text(4);
        e.rowId = q.text(5);
        const QJsonObject before = QJsonDocument::fromJson(q.text(6).toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(q.text(7).toUtf8()).object();
        QStringList columns = before.keys();
        for (const QString &key : after.keys()) {
            if (!columns.contains(key))
                columns << key;
        }
        for (const QString &column : std::as_const(columns)) {
            Change c{column, jsonText(before.value(column)), jsonText(after.value(column))};
            if (!c.before.isEmpty() || !c.after.isEmpty()) // an added row's empty fields say nothing
                e.changes.append(c);
        }
        list << e;
    }
    return list;
}

QStringList AuditLog::logins(Database &db)
{
    return available(db) ? Query(db, u"SELECT DISTINCT login FROM audit_log ORDER BY login"_s).texts() : QStringList();
}

QStringList AuditLog::tables(Database &db)
{
    return available(db) ? Query(db, u"SELECT DISTINCT table_name FROM audit_log WHERE table_name <> '*'"
                                     " ORDER BY table_name"_s).texts()
                         : QStringList();
}

} // namespace profrost
