// The registry's commands: import teachers, export teachers.
#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "cli/CliTables.h"
#include "cli/ImportRunner.h"
#include "io/TeacherExport.h"
#include "io/TeacherImporter.h"
#include "store/Database.h"
#include "store/TeacherRepository.h"
#include "util/Clock.h"

#include <QFileInfo>
#include <algorithm>

namespace profrost::cli {

namespace {

int cmdImportTeachers(const QStringList &args)
{
    const QString usage = CliText::tr("Usage: profrost-cli import teachers DB FILE [--dry-run] [--strict]\n"
                             "Imports teachers from FILE (.csv or .xlsx). Valid rows are imported and the exit\n"
                             "code is 2 when any row was rejected; with --strict nothing is imported then.");
    return runImport<TeacherImporter>(args, usage);
}

int cmdExportTeachers(const QStringList &args)
{
    const QString usage = CliText::tr("Usage: profrost-cli export teachers DB FILE\n"
                             "Writes every teacher with the current posts to FILE (.xlsx or .csv).");
    QCommandLineParser parser;
    if (!parseOptions(parser, args, usage))
        return Success;
    const QString dbPath = requirePositional(parser, 0, 2, CliText::tr("the database path"), usage);
    const QString file = requirePositional(parser, 1, 2, CliText::tr("the output file"), usage);
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix != u"xlsx" && suffix != u"csv")
        throw UsageError(CliText::tr("The output file must end in .xlsx or .csv."));
    Database db(databaseSpec(dbPath));
    openDatabase(db, false);
    QList<TeacherRow> rows = TeacherRepository(db).rows(Clock::instance().today());
    // In alphabetical order, as a person reads a list (ё sorted as е).
    std::stable_sort(rows.begin(), rows.end(), [](const TeacherRow &a, const TeacherRow &b) {
        return a.searchKey < b.searchKey;
    });
    TeacherExport::write(file, rows);
    out() << CliText::tr("exported %1 teachers to %2").arg(rows.size()).arg(file) << '\n';
    return Success;
}

} // namespace

void registerRegistryCommands()
{
    CliTables::imports().push_back({QStringLiteral("teachers"), [] {
                                        return CliText::tr("  import teachers DB FILE [--dry-run] [--strict]\n"
                                                           "                                   import teachers from a "
                                                           ".csv or .xlsx file\n");
                                    },
                                    &cmdImportTeachers});
    CliTables::exports().push_back({QStringLiteral("teachers"), [] {
                                        return CliText::tr("  export teachers DB FILE          export the teachers "
                                                           "to .xlsx or .csv\n");
                                    },
                                    &cmdExportTeachers});
}

} // namespace profrost::cli
