#pragma once

#include "io/ImportReport.h"

#include <QList>

namespace profrost {

// What an import would do, the same for every kind of file: the rows read,
// the valid ones, every rejected row with its column and reason, and the
// warnings. A file-level problem (a missing required column) is a RowIssue
// with row 0 and rejects the whole file.
struct ImportPreview
{
    QList<RowIssue> errors;   // rejected rows (and file-level problems with row 0)
    QList<RowIssue> warnings; // accepted, but the user should know
    // Existing records a valid row changes: the row, the record named in
    // `column`, and «field: old → new; …» in `reason` (what a dry run lists).
    QList<RowIssue> updates;
    int totalRows = 0;
    int validRows = 0;

    bool fileRejected() const;
    // Distinct rows with at least one error (a row may fail in several columns).
    int rejectedRows() const;
    // The reason the whole file is refused; empty when it is not.
    QString rejection() const;
};

// The preview with the validated rows an importer applies.
template <typename Record>
struct ImportPlan : ImportPreview
{
    QList<Record> records; // valid rows, in file order
};

} // namespace profrost
