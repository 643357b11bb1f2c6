// Young teachers and mentoring's commands (issue 14): the import of
// mentorship pairs and the printed lists of young teachers and of the mentors' load.

#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "cli/CliTables.h"
#include "cli/ImportRunner.h"
#include "cli/ReportCommand.h"
#include "documents/MentoringReports.h"
#include "io/MentorshipImporter.h"
#include "io/TableWriter.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextDocument>

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

// --at (the attestation reports' option), default today.
QDate mentoringDay(const QCommandLineParser &parser)
{
    return parser.isSet(u"at"_s) ? parseDateOption(parser.value(u"at"_s), u"at"_s) : Clock::instance().today();
}

int reportYoungTeachers(const ReportRequest &r)
{
    const QDate day = mentoringDay(r.parser);
    Database db(databaseSpec(r.database));
    openDatabase(db, false);
    const YoungTeachersDocumentData data = MentoringReports::youngTeachersData(db, day);
    if (isSpreadsheet(r.file)) {
        const TableSheet sheet = YoungTeachersDocument::sheet(data);
        TableWriter::write(r.file, sheet.header, sheet.rows, sheet.name);
        out() << ReportText::tr("written %1 (%n young teachers)", nullptr, int(data.teachers.size()))
                     .arg(QDir::toNativeSeparators(r.file))
              << '\n'
              << Qt::flush;
        return Success;
    }
    writeDocument(*YoungTeachersDocument::build(data), r.file);
    return Success;
}

int reportMentors(const ReportRequest &r)
{
    const QDate day = mentoringDay(r.parser);
    Database db(databaseSpec(r.database));
    openDatabase(db, false);
    const MentorsDocumentData data = MentoringReports::mentorsData(db, day);
    if (isSpreadsheet(r.file)) {
        const TableSheet sheet = MentorsDocument::sheet(data);
        TableWriter::write(r.file, sheet.header, sheet.rows, sheet.name);
        out() << ReportText::tr("written %1 (%n mentors)", nullptr, int(data.mentors.size()))
                     .arg(QDir::toNativeSeparators(r.file))
              << '\n'
              << Qt::flush;
        return Success;
    }
    writeDocument(*MentorsDocument::build(data), r.file);
    return Success;
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
    // --at is the attestation reports' option, given once by name.
    CliTables::reports().push_back(
        {u"young-teachers"_s,
         [] {
             return CliText::tr("  report young-teachers DB [--at DATE] --out FILE\n"
                                "                                   write the young teachers with their mentors, "
                                "and those without support (.pdf, .odt, .xlsx or .csv)\n");
         },
         [] { return QList<QCommandLineOption>{}; },
         true, &reportYoungTeachers});
    CliTables::reports().push_back(
        {u"mentors"_s,
         [] {
             return CliText::tr("  report mentors DB [--at DATE] --out FILE\n"
                                "                                   write the mentors' load: their mentees, those "
                                "above the limit marked (.pdf, .odt, .xlsx or .csv)\n");
         },
         [] { return QList<QCommandLineOption>{}; },
         true, &reportMentors});
}

} // namespace profrost::cli
