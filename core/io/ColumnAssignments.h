#pragma once

#include "io/HeaderMap.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace profrost {

class Database;

// The user's assignment of the columns the program does not recognise
// («Должность по штатному расписанию» → «Должность»), remembered per kind of
// import and per layout of the file, so that next month's registry with the
// same headers imports without asking again. The GUI's preview and the CLI's
// --map both go through here; the assignment is stored in the database
// (the `setting` table), so every user of a shared database sees it.
class ColumnAssignments
{
public:
    explicit ColumnAssignments(Database &db) : m_db(db) {}

    // The layout of a file: its headers trimmed, case-folded (ё = е, runs of
    // spaces as one) and sorted, empty ones left out. The order and the case
    // of the columns change between two exports of the same registry; the set
    // of names does not.
    static QStringList layout(const QStringList &header);

    // The assignment remembered for `kind` (ImportColumns::importKind()) and
    // a file with `header`, keyed by the headers as `header` writes them;
    // empty when none was remembered for that layout.
    QHash<QString, QString> recall(const QString &kind, const QStringList &header) const;

    // Remembers `assignment` («header in the file» → «canonical header») for
    // `kind` and the layout of `header`, replacing what was remembered; an
    // empty one forgets it. Entries for headers the file lacks are dropped.
    // Called only once an import is applied: a dry run or a cancelled preview
    // teaches nothing.
    void remember(const QString &kind, const QStringList &header, const QHash<QString, QString> &assignment);

    // What the user can assign: the headers of the file that the built-in
    // names of `specs` do not recognise, in the order of the file ...
    static QStringList unrecognised(const QList<ColumnSpec> &specs, const QStringList &header);
    // ... and the canonical headers no column of the file matches by itself,
    // in the order of `specs`.
    static QStringList unmatchedFields(const QList<ColumnSpec> &specs, const QStringList &header);

private:
    // One header as it counts in a layout.
    static QString layoutName(const QString &header);
    static QString settingKey(const QString &kind, const QStringList &layout);

    Database &m_db;
};

} // namespace profrost
