#pragma once

#include <QList>
#include <QString>

namespace profrost {

// A rejected row: the row number as the spreadsheet shows it, the column
// header as written in the file's canonical form, and why.
struct RowIssue
{
    int row = 0;       // 0 when the issue concerns the whole file
    QString column;
    QString reason;
};

// What applying an import did, whatever the kind of file; each importer
// fills the counters of what it creates on the way.
struct ImportOutcome
{
    int imported = 0;  // new records
    int updated = 0;   // existing records that changed
    int unchanged = 0; // existing records already as in the file
    int organisationsCreated = 0;
    int positionsCreated = 0;
    int subjectsCreated = 0;
    int programmesCreated = 0; // course completions: the catalogue grows
    int runsCreated = 0;
    int campaignsCreated = 0; // diagnosis results: a new diagnosis named in the file
};

} // namespace profrost
