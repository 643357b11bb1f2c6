#include "cli/ImportAttestationCommand.h"

#include "cli/ImportRunner.h"
#include "io/AttestationImporter.h"

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
    return runImport<AttestationImporter>(args, usage());
}

} // namespace profrost::cli
