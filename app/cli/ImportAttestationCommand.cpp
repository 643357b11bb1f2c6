#include "cli/ImportAttestationCommand.h"

#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "io/AttestationImporter.h"
#include "store/Database.h"
#include "util/Clock.h"

namespace profrost::cli {

namespace {

QString usage()
{
    return CliText::tr("Usage: profrost-cli import attestation DB FILE [--dry-run] [--strict]\n"
                       "Imports the attestation history from FILE (.csv or .xlsx): columns СНИЛС (or ФИО and\n"
                       "Дата рождения), Категория (высшая, первая, педагог-методист, педагог-наставник or СЗД),\n"
                       "Дата присвоения, Номер приказа, optional Дата приказа and Кем присвоена. Each teacher's\n"
                       "current category follows the newest record; importing a file again changes nothing.\n"
                       "Valid rows are imported and the exit code is 2 when any row was rejected; with\n"
                       "--strict nothing is imported then.");
}

} // namespace

int cmdImportAttestation(const QStringList &args)
{
    ImportArgs a;
    if (!parseImportArgs(args, usage(), &a))
        return Success;
    Database db(a.database);
    openDatabase(db, false);
    const Table table = readTable(a.file);

    AttestationImporter importer(db, Clock::instance().today());
    const AttestationImporter::Preview preview = importer.preview(table);
    const int rejected = printIssues(preview.warnings, preview.errors);
    if (preview.fileRejected()) {
        printFileRejected(preview.totalRows);
        return BadInput;
    }
    ImportOutcome outcome;
    const bool apply = shouldApply(a, rejected);
    if (apply)
        outcome = importer.apply(preview);
    printOutcome(a, outcome.imported, outcome.updated, outcome.unchanged, rejected, apply, preview.records.size());
    out().flush();
    return rejected > 0 ? BadInput : Success;
}

} // namespace profrost::cli
