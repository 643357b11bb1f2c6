// Diagnostics' commands: import diagnostics and report deficits (issue 13).
// The routes and the before/after report add their rows here.

#include "cli/CliSupport.h"
#include "cli/CliTables.h"
#include "cli/ImportRunner.h"
#include "cli/ReportCommand.h"
#include "documents/DiagnosisReports.h"
#include "io/DiagnosisImporter.h"
#include "io/TableWriter.h"
#include "store/Database.h"
#include "store/DiagnosisRepository.h"
#include "util/TextNormalize.h"
#include "util/Clock.h"

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
}

} // namespace profrost::cli
