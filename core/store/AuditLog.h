#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace profrost {

class Database;

// The log of every change to a shared database, kept by the server itself
// (core/README.md «The audit log»): a trigger on every table writes who,
// when, which row and its values before and after, as the owner of the
// database, into a table no user of the program may change (not even its
// administrator, who may only read it). A file has no log.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    // Creates or renews the table, the trigger function and a trigger on
    // every table but the log itself (ServerSecurity::install calls it).
    static void install(Database &db);
    // Whether `db` keeps a log (a server's database set up by server init).
    static bool available(Database &db);

    // Moving a whole database in (server push) writes one entry saying so
    // instead of a row for each of its rows: the triggers of `tables` are
    // off until resume(), inside the caller's transaction.
    static void pause(Database &db, const QStringList &tables);
    static void resume(Database &db, const QStringList &tables, const QString &note);

    struct Change
    {
        QString column;
        QString before; // empty for an added row
        QString after;  // empty for a deleted row
    };
    struct Entry
    {
        qint64 id = 0;
        QDateTime at; // local time
        QString login;
        QString table;
        QString action; // insert, update, delete, note
        QString rowId;
        QList<Change> changes;
        // "column: before → after; ..." as the list and the export show it.
        QString changesText() const;
        // The cells of a row of the export, under header().
        QStringList cells() const;
    };
    struct Filter
    {
        QString login;  // empty: everyone
        QString table;  // empty: every table
        QDate from, to; // invalid: open
        int limit = 1000;
    };
    // Newest first.
    static QList<Entry> entries(Database &db, const Filter &filter);
    // The logins and tables that occur in the log, for the filters' lists.
    static QStringList logins(Database &db);
    static QStringList tables(Database &db);
    // An entry's action as the user reads it: added, changed, deleted, note.
    static QString actionTitle(const QString &action);
    // The export's header: when, who, what, table, record, changes.
    static QStringList header();
};

} // namespace profrost
