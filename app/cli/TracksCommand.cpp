// Tracks of development: `tracks` (core/README.md «Tracks of development»).

#include "cli/TracksCommand.h"

#include "cli/CliCommands.h"
#include "cli/CliSupport.h"
#include "cli/CliTables.h"
#include "documents/TracksSheet.h"
#include "domain/DevelopmentTrack.h"
#include "store/Database.h"
#include "store/TeacherRepository.h"
#include "store/TrackRepository.h"
#include "util/Clock.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace profrost::cli {

namespace {

int cmdExportTracks(const QStringList &args)
{
    const QString usage = CliText::tr(
        "Usage: profrost-cli export tracks DB FILE [--year YEAR --half 1|2]\n"
        "Writes the teachers enrolled on the tracks of development in a half-year (default: the current\n"
        "one), completed or not, and the totals per track to FILE (.xlsx or .csv).");
    QCommandLineParser parser;
    parser.addOptions({QCommandLineOption(u"year"_s, CliText::tr("The half-year's year."), CliText::tr("YEAR")),
                       QCommandLineOption(u"half"_s, CliText::tr("1: January to June, 2: July to December."),
                                          CliText::tr("HALF"))});
    if (!parseOptions(parser, args, usage))
        return Success;
    const QString dbPath = requirePositional(parser, 0, 2, CliText::tr("the database path"), usage);
    const QString file = sheetFile(parser, usage);
    const QDate today = Clock::instance().today();
    HalfYear h = HalfYear::containing(today);
    if (parser.isSet(u"year"_s) != parser.isSet(u"half"_s))
        throw UsageError(CliText::tr("Give --year and --half together.") + u'\n' + usage);
    if (parser.isSet(u"year"_s))
        h = {parseIntOption(parser.value(u"year"_s), u"year"_s, 2000, 2100),
             parseIntOption(parser.value(u"half"_s), u"half"_s, 1, 2)};
    Database db(databaseSpec(dbPath));
    openDatabase(db, false);
    const TableSheet sheet = TracksSheet::build(db, h, today);
    TableWriter::write(file, sheet.header, sheet.rows, sheet.name);
    out() << CliText::tr("exported the tracks of %1 to %2").arg(TracksSheet::halfYearText(h), file) << '\n';
    return Success;
}

} // namespace

int cmdTracks(const QStringList &args)
{
    const QString usage = CliText::tr(
        "Usage: profrost-cli tracks DB [--year YEAR] [--teachers]\n"
        "For each half-year with enrolments, latest first: how many teachers applied for the tracks of\n"
        "development and how many completed them, over all tracks and per track; with --teachers, who.");
    QCommandLineParser parser;
    parser.addOptions({QCommandLineOption(u"year"_s, CliText::tr("Only the half-years of this year."),
                                          CliText::tr("YEAR")),
                       QCommandLineOption(u"teachers"_s, CliText::tr("List the teachers enrolled on each track."))});
    if (!parseOptions(parser, args, usage))
        return Success;
    const QString path = requirePositional(parser, 0, 1, CliText::tr("the database path"), usage);
    const int year = parser.isSet(u"year"_s) ? parseIntOption(parser.value(u"year"_s), u"year"_s, 2000, 2100) : 0;
    Database db(databaseSpec(path));
    openDatabase(db, false);
    TrackRepository repo(db);
    const QList<DevelopmentTrack> tracks = repo.tracks();
    const QList<TrackEnrolment> enrolments = repo.enrolments();
    const QHash<qint64, QString> names =
        parser.isSet(u"teachers"_s) ? TeacherRepository(db).fullNames() : QHash<qint64, QString>();
    int shown = 0;
    for (const HalfYear h : TrackRules::halfYears(enrolments)) {
        if (year != 0 && h.year != year)
            continue;
        ++shown;
        out() << TrackText::halfYear(h) << u": "_s
              << CliText::tr("teachers: %1").arg(TrackText::outcome(TrackRules::teachersTally(enrolments, h)))
              << '\n';
        for (const DevelopmentTrack &t : tracks) {
            const TrackTally tally = TrackRules::tally(enrolments, t.id, h);
            if (tally.applied == 0)
                continue;
            out() << u"  "_s << t.name << u": "_s << TrackText::outcome(tally) << '\n';
            if (names.isEmpty())
                continue;
            for (const TrackEnrolment &e : enrolments) {
                if (e.trackId == t.id && e.halfYear == h)
                    out() << u"    "_s << names.value(e.teacherId) << u" — "_s
                          << (e.completed ? CliText::tr("completed") : CliText::tr("not completed")) << '\n';
            }
        }
    }
    if (shown == 0)
        out() << CliText::tr("No teachers enrolled on the tracks.") << '\n';
    return Success;
}

void registerTracksCommands()
{
    CliTables::exports().push_back({u"tracks"_s, [] {
                                        return CliText::tr("  export tracks DB FILE [--year YEAR --half 1|2]\n"
                                                           "                                   export a half-year's "
                                                           "tracks of development to .xlsx or .csv\n");
                                    },
                                    &cmdExportTracks});
}

} // namespace profrost::cli
