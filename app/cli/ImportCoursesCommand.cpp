#include "cli/ImportCoursesCommand.h"

#include "cli/ImportRunner.h"
#include "io/CourseImporter.h"

namespace profrost::cli {

namespace {

QString usage()
{
    return CliText::tr("Usage: profrost-cli import courses DB FILE [--dry-run] [--strict]\n"
                       "Imports completed courses (certificates) from FILE (.csv or .xlsx): the teacher is found\n"
                       "by СНИЛС or by ФИО and birth date; programmes and course runs are added when new.\n"
                       "Valid rows are imported and the exit code is 2 when any row was rejected; with\n"
                       "--strict nothing is imported then.");
}

} // namespace

int cmdImportCourses(const QStringList &args)
{
    return runImport<CourseImporter>(args, usage(), [](const ImportOutcome &outcome) {
        if (outcome.programmesCreated > 0 || outcome.runsCreated > 0)
            out() << CliText::tr("added to the catalogue: %1 programme(s), %2 course run(s)")
                         .arg(outcome.programmesCreated)
                         .arg(outcome.runsCreated)
                  << '\n';
    });
}

} // namespace profrost::cli
