// Young teachers and mentoring's commands (issue 14): the import of
// mentorship pairs; the printed lists add their rows here.

#include "cli/CliSupport.h"
#include "cli/CliTables.h"
#include "cli/ImportRunner.h"
#include "io/MentorshipImporter.h"

using namespace Qt::StringLiterals;

namespace profrost::cli {

namespace {

QString importUsage()
{
    return CliText::tr("Usage: profrost-cli import mentorships DB FILE [--dry-run] [--strict]\n"
                       "Imports mentorship pairs from FILE (.csv or .xlsx): Наставник with СНИЛС наставника or\n"
                       "Дата рождения наставника, Наставляемый with СНИЛС наставляемого or Дата рождения\n"
                       "наставляемого (both must be in the registry), Форма (педагог – педагог,\n"
                       "руководитель – педагог, студент – педагог, групповая; empty: педагог – педагог),\n"
                       "Дата начала, optional Дата окончания (empty: the pair goes on), Цели and Результат.\n"
                       "A pair is identified by mentor, mentee and start date: importing a file again changes\n"
                       "nothing, and a row that adds an end date or a result updates the pair.\n"
                       "Valid rows are imported and the exit code is 2 when any row was rejected; with\n"
                       "--strict nothing is imported then.");
}

int cmdImportMentorships(const QStringList &args)
{
    return runImport<MentorshipImporter>(args, importUsage());
}

} // namespace

void registerMentoringCommands()
{
    CliTables::imports().push_back(
        {u"mentorships"_s,
         [] {
             return CliText::tr("  import mentorships DB FILE [--dry-run] [--strict]\n"
                                "                                   import mentorship pairs (mentor, mentee, form, "
                                "dates) from a .csv or .xlsx file\n");
         },
         &cmdImportMentorships});
}

} // namespace profrost::cli
