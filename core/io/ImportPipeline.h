#pragma once

#include "io/HeaderMap.h"
#include "io/ImportColumns.h"
#include "io/ImportPreview.h"
#include "io/RowCells.h"
#include "io/Table.h"
#include "store/UserAccess.h"

#include <QCoreApplication>
#include <functional>

namespace profrost {

class Database;

// Called now and then with rows done and the total; returns false to cancel.
using ImportProgress = std::function<bool(int done, int total)>;

// The steps every import shares, one design for every kind of file: read
// the table → map the headers → validate each row (in the importer) →
// preview → apply in one transaction. RowImporter strings them together; an
// importer adds only its columns, its row validation and the apply of a row.
class ImportPipeline
{
    Q_DECLARE_TR_FUNCTIONS(ImportPipeline)
public:
    // The table of a .csv / .xlsx file; throws ImportRejected naming the file
    // when it is missing, unreadable or of another format.
    static Table read(const QString &path);
    // The same for an import whose columns are `specs`: registries often open with a title
    // line or two above the column headers, so the header is the first of
    // the first kHeaderSearchRows rows that names the most of `specs`
    // (at least two, and more than the first row names); the rows above it
    // are the title (Table::titleRows, said as a warning by mapHeader).
    static Table read(const QString &path, const QList<ColumnSpec> &specs);
    static constexpr int kHeaderSearchRows = 10;
    static void locateHeader(const QList<ColumnSpec> &specs, Table *table);

    // Maps the header and records the file-level problems in `preview`:
    // missing required columns (errors, row 0), duplicate and unknown columns
    // (warnings). The file is rejected when preview->fileRejected().
    static HeaderMap mapHeader(const ImportColumns &kind, const Table &table, ImportPreview *preview);

    // No text cell of any import is longer than this; a name not longer than
    // kMaxNameLength. Longer values are garbage or hostile, never data.
    static constexpr qsizetype kMaxTextLength = 1000;
    static constexpr qsizetype kMaxNameLength = 200;

    // Each column of a kind of file with its length limit, worked out once
    // per file: columns() builds every header and alias anew.
    struct CellLimit
    {
        int column;
        qsizetype maxLength;
    };
    static QList<CellLimit> cellLimits(const ImportColumns &kind);

    // The checks every cell of every import passes before the importer sees
    // the row: not longer than the limits above, and no control characters
    // other than line breaks (NUL, escape, ...). Problems go to cells.issues.
    static void checkCells(const QList<CellLimit> &limits, RowCells *cells);

    // Files a validated row: its errors reject it; otherwise its warnings are
    // kept and true is returned (the caller keeps the record). A long value
    // of the row quoted in a message is cut to QuotedValue's 80 characters.
    static bool settle(const RowCells &cells, ImportPreview *preview);

    // Refuses the whole file (an issue of row 0 in `preview`) when `access`
    // may not change `area`, what the file writes: on a server the role
    // decides, and a dry run must refuse what the server would. True when
    // the file may go on.
    static bool checkRole(const UserAccess &access, UserAccess::Area area, ImportPreview *preview);

    // Throws ImportRejected when the preview refuses the whole file.
    static void checkApplicable(const ImportPreview &preview);

    // Keeps a copy of the database before a large import, which cannot be
    // undone step by step.
    static void backup(Database &db);

    // Reports progress every 200 rows and at the end; throws profrost::Error
    // when the user cancels (the open transaction then rolls back).
    class Ticker
    {
    public:
        Ticker(const ImportProgress &progress, int total) : m_progress(progress), m_total(total) {}
        void step();

    private:
        const ImportProgress &m_progress;
        int m_total;
        int m_done = 0;
    };
};

} // namespace profrost
