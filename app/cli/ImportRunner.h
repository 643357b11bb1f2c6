#pragma once

#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <type_traits>

namespace profrost::cli {

// The shape every `import` command shares: arguments, the file read, the
// importer's preview with its row issues, applying (unless --dry-run, or
// --strict with rejected rows), the counts printed; `more` prints what
// one importer adds to the outcome. Exit code 2 when any row was rejected.
template <typename Importer, typename More = std::nullptr_t>
int runImport(const QStringList &args, const QString &usage, More more = nullptr)
{
    ImportArgs a;
    if (!parseImportArgs(args, usage, &a))
        return Success;
    Database db(a.database);
    openDatabase(db, false);
    const Table table = readTable(a.file);

    Importer importer(db, Clock::instance().today());
    const auto preview = importer.preview(table);
    const int rejected = printIssues(preview.warnings, preview.errors);
    if (preview.fileRejected()) {
        printFileRejected(preview.totalRows);
        return BadInput;
    }
    decltype(importer.apply(preview)) outcome{};
    const bool apply = shouldApply(a, rejected);
    if (apply)
        outcome = importer.apply(preview);
    printOutcome(a, outcome.imported, outcome.updated, outcome.unchanged, rejected, apply, preview.records.size());
    if constexpr (!std::is_same_v<More, std::nullptr_t>)
        more(outcome);
    out().flush();
    return rejected > 0 ? BadInput : Success;
}

} // namespace profrost::cli
