#pragma once

#include "util/Error.h"

#include <QCoreApplication>
#include <QString>

namespace profrost {

class Database;
class Query;

// A save refused because another user saved the same record after it was
// read (optimistic locking): nothing was written. The screen shows both
// versions and lets the user choose (ui/common/ConflictDialog).
class EditConflict : public Error
{
public:
    EditConflict(const QString &message, int storedVersion) : Error(message), m_storedVersion(storedVersion) {}
    // The version the record has in the store now.
    int storedVersion() const { return m_storedVersion; }

private:
    int m_storedVersion;
};

// Optimistic locking of the records two users may edit at once (teachers,
// organisations, meetings; issue 17 «no lost edits»). Such a table has a
// column row_version, raised by one by every UPDATE of the row, whoever
// makes it (an editor, an import, an attestation that changes the
// category). An editor's save names the version it read: the UPDATE then
// changes the row only while it still has that version, so of two users who
// read version 4 the first saves version 5 and the second gets an
// EditConflict instead of overwriting it unseen. The check is part of the
// UPDATE itself, so it holds on a server with many clients as on a file.
class RowVersion
{
    Q_DECLARE_TR_FUNCTIONS(RowVersion)
public:
    // ", row_version = row_version + 1": the end of every UPDATE's SET list
    // on a versioned table.
    static QString bump();
    // " AND row_version = ?" when `read` is a version read from the store,
    // empty for 0 (an unchecked write): appended to the UPDATE's WHERE.
    static QString guard(int read);
    // The version `table`'s row `id` has now; 0 when there is no such row
    // (deleted, or out of the user's sight on a server).
    static int of(Database &db, const QString &table, qint64 id);
    // The version an undo or redo step writes over, given the one the
    // previous step left: that one on a server, where another user may
    // have saved the record since (the step is then refused, not written
    // over them); 0, unchecked, on a file, whose one user's every change is
    // on the undo stack — also those that raise a version without editing
    // the record (an attestation that changes a teacher's category).
    static int forUndo(Database &db, int previous);
    // Whether undo and redo check what they write over (a server) or write
    // unchecked (a file), for the records kept without a version (the
    // participants of a course, a teacher's applications): the same rule.
    static bool undoChecked(Database &db);
    // Binds the guard of `read` (after the UPDATE's other values), runs the
    // UPDATE of `table`'s row `id` and refuses (below) when it changed no row.
    static void exec(Database &db, Query &q, int read, const QString &table, qint64 id, const QString &record,
                     const QString &gone);
    // After a guarded UPDATE that changed no row: throws EditConflict naming
    // `record` («Иванова Анна Петровна») when the row is still there, else
    // Error(`gone`). Nothing was written.
    [[noreturn]] static void refuse(Database &db, const QString &table, qint64 id, const QString &record,
                                    const QString &gone);

private:
    static void bindGuard(Query &q, int read);
};

} // namespace profrost
