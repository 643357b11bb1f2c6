// Young teachers and mentoring's commands (issue 14): the import of
// mentorship pairs and the printed lists add their rows here.

#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "cli/CliTables.h"
#include "cli/ReportCommand.h"
#include "documents/MentoringReports.h"
#include "io/TableWriter.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace profrost::cli {

namespace {

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
