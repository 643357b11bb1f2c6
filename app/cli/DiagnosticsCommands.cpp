// Diagnostics' commands: import diagnostics (issue 13). The deficit map,
// the routes and the before/after report add their rows here.

#include "cli/CliTables.h"
#include "cli/ImportRunner.h"
#include "io/DiagnosisImporter.h"

using namespace Qt::StringLiterals;

namespace profrost::cli {

namespace {

QString importUsage()
{
    return CliText::tr("Usage: profrost-cli import diagnostics DB FILE [--dry-run] [--strict]\n"
                       "Imports diagnosis results from FILE (.csv or .xlsx) as diagnostic platforms export them:\n"
                       "the teacher (СНИЛС, or ФИО and Дата рождения), Диагностика, optional Вид, Дата, then one\n"
                       "column per competency area (Предметная, Методическая, Психолого-педагогическая,\n"
                       "Коммуникативная, Цифровая; a trailing \", %\" is allowed) or Результат for functional\n"
                       "literacy. A diagnosis not yet recorded is added. Importing a file again changes nothing.\n"
                       "Valid rows are imported and the exit code is 2 when any row was rejected; with\n"
                       "--strict nothing is imported then.");
}

int cmdImportDiagnostics(const QStringList &args)
{
    return runImport<DiagnosisImporter>(args, importUsage(), [](const ImportOutcome &outcome) {
        if (outcome.campaignsCreated > 0)
            out() << CliText::tr("new diagnoses recorded: %1").arg(outcome.campaignsCreated) << '\n';
    });
}

} // namespace

void registerDiagnosticsCommands()
{
    CliTables::imports().push_back(
        {u"diagnostics"_s,
         [] {
             return CliText::tr("  import diagnostics DB FILE [--dry-run] [--strict]\n"
                                "                                   import diagnosis results (scores by "
                                "competency area) from a .csv or .xlsx file\n");
         },
         &cmdImportDiagnostics});
}

} // namespace profrost::cli
