#pragma once

#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "io/ColumnAssignments.h"
#include "io/ImportPipeline.h"
#include "io/ImportRejected.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <functional>

namespace profrost::cli {

// What one import command prints beyond the counts (the catalogue grown by
// a course import).
using ImportMore = std::function<void(const ImportOutcome &)>;

// The shape every `import` command shares, over the one import pipeline:
// arguments, the file read (a file the pipeline refuses is bad input), the
// preview with its row issues (columns assigned with --map, or else as
// assigned at an earlier import of a file with the same headers), a backup and
// applying (unless --dry-run, or --strict with rejected rows; an applied
// --map is remembered then), the counts printed. Exit code 2 when any row was rejected.
template <typename Importer>
int runImport(const QStringList &args, const QString &usage, const ImportMore &more = {})
{
    ImportArgs a;
    if (!parseImportArgs(args, usage, &a))
        return Success;
    Database db(databaseSpec(a.database));
    openDatabase(db, false);
    Importer importer(db, Clock::instance().today());
    Table table;
    try {
        table = ImportPipeline::read(a.file, importer.columns());
    } catch (const ImportRejected &e) {
        throw UsageError(e.message());
    }

    ColumnAssignments assignments(db);
    if (a.columnMap.isEmpty()) {
        // The user assigned these columns for a file of the same layout before.
        const QHash<QString, QString> remembered = assignments.recall(importer.importKind(), table.header);
        importer.setExtraAliases(remembered);
        if (!remembered.isEmpty())
            printRememberedColumns(remembered);
    } else {
        importer.setExtraAliases(a.columnMap); // an explicit --map replaces what was remembered
    }
    const auto preview = importer.preview(table);
    const int rejected = printIssues(preview.warnings, preview.errors);
    if (a.dryRun) {
        // What a real run would change in records already in the database.
        for (const RowIssue &u : preview.updates)
            out() << CliText::tr("would update: row %1, %2: %3").arg(u.row).arg(u.column, u.reason) << '\n';
    }
    if (preview.fileRejected()) {
        printFileRejected(preview.totalRows);
        return BadInput;
    }
    ImportOutcome outcome;
    const bool apply = shouldApply(a, rejected);
    if (apply) {
        // As in the GUI: a copy of the database first, so that a wrong file
        // can be undone with `profrost-cli restore` (or File → Restore).
        ImportPipeline::backup(db);
        outcome = importer.apply(preview);
        if (!a.columnMap.isEmpty())
            assignments.remember(importer.importKind(), table.header, a.columnMap);
    }
    printOutcome(a, outcome.imported, outcome.updated, outcome.unchanged, rejected, apply, preview.validRows);
    if (more)
        more(outcome);
    out().flush();
    return rejected > 0 ? BadInput : Success;
}

} // namespace profrost::cli
