#include "cli/ImportCoursesCommand.h"

#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "io/CourseImporter.h"
#include "store/Database.h"
#include "util/Clock.h"

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
    ImportArgs a;
    if (!parseImportArgs(args, usage(), &a))
        return Success;
    Database db(a.database);
    openDatabase(db, false);
    const Table table = readTable(a.file);

    CourseImporter importer(db, Clock::instance().today());
    const CourseImporter::Preview preview = importer.preview(table);
    const int rejected = printIssues(preview.warnings, preview.errors);
    if (preview.fileRejected()) {
        printFileRejected(preview.totalRows);
        return BadInput;
    }
    CourseImportOutcome outcome;
    const bool apply = shouldApply(a, rejected);
    if (apply)
        outcome = importer.apply(preview);
    printOutcome(a, outcome.imported, outcome.updated, outcome.unchanged, rejected, apply, preview.records.size());
    if (outcome.programmesCreated > 0 || outcome.runsCreated > 0)
        out() << CliText::tr("added to the catalogue: %1 programme(s), %2 course run(s)")
                     .arg(outcome.programmesCreated).arg(outcome.runsCreated)
              << '\n';
    out().flush();
    return rejected > 0 ? BadInput : Success;
}

} // namespace profrost::cli
