// Diagnostics' commands: import diagnostics and report deficits (issue 13).
// The routes and the before/after report add their rows here.

#include "cli/CliSupport.h"
#include "cli/CliTables.h"
#include "cli/ImportRunner.h"
#include "cli/ReportCommand.h"
#include "documents/DiagnosisReports.h"
#include "documents/EffectDocument.h"
#include "io/DiagnosisImporter.h"
#include "io/TableWriter.h"
#include "store/Database.h"
#include "store/DiagnosisRepository.h"
#include "store/TeacherRepository.h"
#include "util/TextNormalize.h"
#include "util/Clock.h"
#include "domain/DateText.h"

#include <QRegularExpression>

#include <QCommandLineParser>
#include <QDir>
#include <QTextDocument>

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

// --campaign: a diagnosis's number, or its name when one diagnosis has it;
// otherwise the message lists the diagnoses to choose from.
qint64 campaignOf(Database &db, const QString &given)
{
    const QList<DiagnosisCampaign> all = DiagnosisRepository(db).campaigns();
    bool isNumber = false;
    const qint64 number = given.toLongLong(&isNumber);
    QList<DiagnosisCampaign> found;
    for (const DiagnosisCampaign &c : all) {
        if (isNumber ? c.id == number : normalizedKey(c.name) == normalizedKey(given))
            found << c;
    }
    if (found.size() == 1)
        return found.constFirst().id;
    QString list;
    for (const DiagnosisCampaign &c : all)
        list += u"\n  %1  %2 (%3)"_s.arg(c.id).arg(c.name, DiagnosisText::periodText(c));
    if (all.isEmpty())
        throw UsageError(ReportText::tr("--campaign %1: the database holds no diagnosis.").arg(given));
    throw UsageError((found.isEmpty() ? ReportText::tr("--campaign %1: no such diagnosis. The diagnoses:").arg(given)
                                      : ReportText::tr("--campaign %1: several diagnoses have this name; give the "
                                                       "number. The diagnoses:")
                                            .arg(given))
                     + list);
}

int reportDeficits(const ReportRequest &r)
{
    DeficitScope scope;
    if (r.parser.isSet(u"campaign"_s) && (r.parser.isSet(u"from"_s) || r.parser.isSet(u"to"_s)))
        throw UsageError(ReportText::tr("Give either --campaign or a period (--from, --to), not both."));
    if (r.parser.isSet(u"from"_s))
        scope.from = parseDateOption(r.parser.value(u"from"_s), u"from"_s);
    if (r.parser.isSet(u"to"_s))
        scope.to = parseDateOption(r.parser.value(u"to"_s), u"to"_s);
    if (scope.from.isValid() && scope.to.isValid() && scope.to < scope.from)
        throw UsageError(ReportText::tr("The period ends before it starts: --to is earlier than --from."));
    DeficitGrouping grouping = DeficitGrouping::Organisation;
    const QString by = r.parser.value(u"by"_s);
    if (by == u"subject")
        grouping = DeficitGrouping::Subject;
    else if (by == u"municipality")
        grouping = DeficitGrouping::Municipality;
    else if (!by.isEmpty() && by != u"organisation")
        throw UsageError(ReportText::tr("Unknown --by '%1'; expected organisation, subject or municipality.").arg(by));

    Database db(databaseSpec(r.database));
    openDatabase(db, false);
    if (r.parser.isSet(u"campaign"_s))
        scope.campaignId = campaignOf(db, r.parser.value(u"campaign"_s));
    const DeficitMapDocumentData data = DiagnosisReports::deficitMapData(db, scope, grouping, Clock::instance().today());
    if (isSpreadsheet(r.file)) {
        QStringList header;
        QList<QStringList> rows;
        QList<QList<quint32>> fills;
        DeficitMapBuilder::asSheet(data.map, grouping, &header, &rows, &fills);
        TableWriter::write(r.file, header, rows, ReportText::tr("Deficit map"), fills);
        out() << ReportText::tr("written %1 (%n teachers diagnosed)", nullptr, data.map.teachers())
                     .arg(QDir::toNativeSeparators(r.file))
              << '\n'
              << Qt::flush;
        return Success;
    }
    writeDocument(*DeficitMapDocument::build(data), r.file);
    return Success;
}

// --year: «2026/2027» or the first year «2026».
int academicYearOption(const QString &value)
{
    const QRegularExpression pattern(u"^(\\d{4})(?:\\s*/\\s*(\\d{4}))?$"_s);
    const QRegularExpressionMatch m = pattern.match(value.trimmed());
    if (!m.hasMatch() || (m.hasCaptured(2) && m.captured(2).toInt() != m.captured(1).toInt() + 1))
        throw UsageError(ReportText::tr("--year %1: give the academic year as 2026/2027.").arg(value));
    return m.captured(1).toInt();
}

int reportRoute(const ReportRequest &r)
{
    if (!r.parser.isSet(u"teacher"_s))
        throw UsageError(ReportText::tr("Missing --teacher ID: the teacher whose route to print."));
    Database db(databaseSpec(r.database));
    openDatabase(db, false);
    // The teacher's number, or their СНИЛС (what a methodist has at hand).
    const QString given = r.parser.value(u"teacher"_s).trimmed();
    QString digits = given;
    digits.remove(QRegularExpression(u"[\\s-]"_s));
    qint64 teacher = 0;
    if (digits.size() == 11 && digits.toLongLong() > 0)
        teacher = TeacherRepository(db).findBySnils(digits);
    else
        teacher = parseIntOption(given, u"teacher"_s, 1, 2'000'000'000);
    if (teacher == 0 || TeacherRepository(db).nameOf(teacher).startsWith(u'#'))
        throw UsageError(ReportText::tr("--teacher %1: no such teacher in the registry.").arg(given));
    const QDate today = Clock::instance().today();
    const int year = r.parser.isSet(u"year"_s) ? academicYearOption(r.parser.value(u"year"_s))
                                               : DateText::academicYearStart(today);
    RouteDocumentData data = DiagnosisReports::routeData(db, teacher, year, today);
    data.schoolApproval = data.schoolApproval && !r.parser.isSet(u"no-approval"_s);
    writeDocument(*RouteDocument::build(data), r.file);
    return Success;
}

int reportEffect(const ReportRequest &r)
{
    Database db(databaseSpec(r.database));
    openDatabase(db, false);
    const QDate at = r.parser.isSet(u"at"_s) ? parseDateOption(r.parser.value(u"at"_s), u"at"_s)
                                             : Clock::instance().today();
    const EffectDocumentData data = DiagnosisReports::effectData(db, at);
    if (isSpreadsheet(r.file)) {
        TableWriter::writeBook(r.file, EffectDocument::sheets(data.effect));
        out() << ReportText::tr("written %1 (%n teachers diagnosed again after their routes' activities)", nullptr,
                                data.effect.teachers)
                     .arg(QDir::toNativeSeparators(r.file))
              << '\n'
              << Qt::flush;
        return Success;
    }
    writeDocument(*EffectDocument::build(data), r.file);
    return Success;
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
    CliTables::reports().push_back(
        {u"deficits"_s,
         [] {
             return CliText::tr("  report deficits DB [--campaign ID | --from DATE --to DATE] [--by organisation|subject|"
                                "municipality] --out FILE\n"
                                "                                   write the deficit map (.pdf, .odt, .xlsx or "
                                ".csv)\n");
         },
         [] {
             return QList<QCommandLineOption>{
                 QCommandLineOption(u"campaign"_s,
                                    ReportText::tr("The diagnosis whose results the map counts: its number or "
                                                   "name (a wrong one lists them)."),
                                    ReportText::tr("ID")),
                 QCommandLineOption(u"by"_s,
                                    ReportText::tr("The rows of the deficit map: organisation (default), subject or "
                                                   "municipality."),
                                    ReportText::tr("ROWS"))};
         },
         true, &reportDeficits});
    CliTables::reports().push_back(
        {u"route"_s,
         [] {
             return CliText::tr("  report route DB --teacher ID [--year 2026/2027] --out FILE\n"
                                "                                   write a teacher's individual route (.pdf or "
                                ".odt)\n");
         },
         [] {
             return QList<QCommandLineOption>{
                 QCommandLineOption(u"teacher"_s,
                                    ReportText::tr("The teacher whose route to print: their number or СНИЛС."),
                                    ReportText::tr("ID")),
                 QCommandLineOption(u"year"_s, ReportText::tr("The academic year of the route (default: the current one)."),
                                    ReportText::tr("YYYY/YYYY")),
                 QCommandLineOption(u"no-approval"_s,
                                    ReportText::tr("Leave out the school's approval block (a route the school does not "
                                                   "approve)."))};
         },
         false, &reportRoute});
    CliTables::reports().push_back(
        {u"effect"_s,
         [] {
             return CliText::tr("  report effect DB [--at DATE] --out FILE\n"
                                "                                   write what the routes changed: scores before and "
                                "after (.pdf, .odt or .xlsx)\n");
         },
         [] { return QList<QCommandLineOption>{}; }, // --at is the attestation reports' option
         true, &reportEffect});
}

} // namespace profrost::cli
