#include "cli/CliSupport.h"

#include "domain/DateText.h"
#include "io/TableReader.h"
#include "store/Database.h"

#include <QFileInfo>
#include <QSet>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace profrost::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool parseOptions(QCommandLineParser &parser, const QStringList &args, const QString &usage)
{
    const QCommandLineOption help({u"h"_s, u"help"_s}, CliText::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args))
        throw UsageError(parser.errorText() + u'\n' + usage);
    if (parser.isSet(help)) {
        // helpText() starts with Qt's own usage line (and the description,
        // when one is set): print ours once, then only the options.
        const QString text = parser.helpText();
        const qsizetype options = text.indexOf(u"\nOptions:"_s);
        out() << usage << '\n';
        if (options >= 0)
            out() << text.mid(options);
        out() << Qt::flush;
        return false;
    }
    return true;
}

QString sheetFile(const QCommandLineParser &parser, const QString &usage)
{
    const QString file = requirePositional(parser, 1, 2, CliText::tr("the output file"), usage);
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix != u"xlsx" && suffix != u"csv")
        throw UsageError(CliText::tr("The output file must end in .xlsx or .csv."));
    return file;
}

QString requirePositional(const QCommandLineParser &parser, int index, int count, const QString &what,
                          const QString &usage)
{
    const QStringList values = parser.positionalArguments();
    if (values.size() > count)
        throw UsageError(CliText::tr("Unexpected argument '%1'.").arg(values.at(count)) + u'\n' + usage);
    if (values.size() <= index)
        throw UsageError(CliText::tr("Missing %1.").arg(what) + u'\n' + usage);
    return values.at(index);
}

namespace {
bool s_readOnly = false;
} // namespace

void setReadOnly(bool readOnly)
{
    s_readOnly = readOnly;
}

ConnectionSpec databaseSpec(const QString &path)
{
    ConnectionSpec spec = ConnectionSpec::fromText(path);
    spec.readOnly = s_readOnly;
    // Tests shorten the wait for another program's lock.
    if (const int ms = qEnvironmentVariableIntValue("PROFROST_BUSY_TIMEOUT_MS"); ms > 0)
        spec.busyTimeoutMs = ms;
    return spec;
}

void openDatabase(Database &db, bool create)
{
    try {
        Database::OpenOptions options;
        options.create = create;
        db.open(options);
    } catch (const Error &e) {
        // Another program's lock passes: not bad input, a failure to retry.
        if (e.message() == DatabaseAccess::lockedMessage(db.connectionSpec()))
            throw;
        throw UsageError(e.message()); // a file that is not ours is bad input
    }
    // Said once, on stderr, so that a listing on stdout stays clean.
    if (db.isReadOnly() && !s_readOnly)
        err() << CliText::tr("note: %1 cannot be written; it is opened read-only.").arg(db.connectionSpec().fullName()) << '\n'
              << Qt::flush;
    if (!db.privacyWarning().isEmpty())
        err() << CliText::tr("warning: %1").arg(db.privacyWarning()) << '\n' << Qt::flush;
}

Table readTable(const QString &file)
{
    try {
        return TableReader::read(file);
    } catch (const Error &e) {
        throw UsageError(e.message());
    }
}

QDate parseDateOption(const QString &value, const QString &name)
{
    QString reason;
    const QDate date = DateText::parse(value.trimmed(), &reason);
    if (!date.isValid())
        throw UsageError(CliText::tr("--%1: '%2' is not a date (%3).").arg(name, value, reason));
    return date;
}

int parseIntOption(const QString &value, const QString &name, int minimum, int maximum)
{
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    if (!ok || n < minimum || n > maximum)
        throw UsageError(CliText::tr("--%1 must be a number from %2 to %3.").arg(name).arg(minimum).arg(maximum));
    return n;
}

bool parseImportArgs(const QStringList &args, const QString &usage, ImportArgs *result)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(u"dry-run"_s, CliText::tr("Check the file and report; change nothing."));
    const QCommandLineOption strict(u"strict"_s, CliText::tr("Import nothing when any row is rejected."));
    const QCommandLineOption map(u"map"_s,
                                 CliText::tr("Read the file's column HEADER as the column CANONICAL "
                                             "(for example \"Должность по штатному расписанию=Должность\"); repeatable. "
                                             "Remembered for the next file with the same headers."),
                                 CliText::tr("HEADER=CANONICAL"));
    parser.addOption(dryRun);
    parser.addOption(strict);
    parser.addOption(map);
    if (!parseOptions(parser, args, usage))
        return false;
    result->database = requirePositional(parser, 0, 2, CliText::tr("the database path"), usage);
    result->file = requirePositional(parser, 1, 2, CliText::tr("the file to import"), usage);
    result->dryRun = parser.isSet(dryRun);
    result->strict = parser.isSet(strict);
    for (const QString &pair : parser.values(map)) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString header = equals > 0 ? pair.left(equals).trimmed() : QString();
        const QString canonical = equals > 0 ? pair.mid(equals + 1).trimmed() : QString();
        if (header.isEmpty() || canonical.isEmpty())
            throw UsageError(CliText::tr("--map takes \"Header in the file=Column\", for example "
                                         "--map \"Должность по штатному расписанию=Должность\"; got \"%1\".")
                                 .arg(pair));
        result->columnMap.insert(header, canonical);
    }
    return true;
}

int printIssues(const QList<RowIssue> &warnings, const QList<RowIssue> &errors)
{
    for (const RowIssue &w : warnings) {
        if (w.row > 0)
            err() << CliText::tr("warning: row %1, %2: %3").arg(w.row).arg(w.column, w.reason);
        else if (!w.column.isEmpty())
            err() << CliText::tr("warning: column %1: %2").arg(w.column, w.reason);
        else // about the whole file (its title rows)
            err() << CliText::tr("warning: file: %1").arg(w.reason);
        err() << '\n';
    }
    QSet<int> rejectedRows;
    for (const RowIssue &e : errors) {
        rejectedRows.insert(e.row);
        err() << (e.row > 0 ? CliText::tr("rejected: row %1, %2: %3").arg(e.row).arg(e.column, e.reason)
                            : CliText::tr("rejected: file: %1").arg(e.reason))
              << '\n';
    }
    err().flush();
    return int(rejectedRows.size());
}

bool shouldApply(const ImportArgs &args, int rejected)
{
    return !args.dryRun && !(args.strict && rejected > 0);
}

void printOutcome(const ImportArgs &args, int imported, int updated, int unchanged, int rejected, bool applied,
                  qsizetype validRows)
{
    out() << CliText::tr("imported %1, updated %2, rejected %3").arg(imported).arg(updated).arg(rejected);
    if (applied && unchanged > 0)
        out() << CliText::tr(" (%1 already up to date)").arg(unchanged);
    if (!applied)
        out() << (args.dryRun ? CliText::tr(" (dry run: nothing was changed, %1 rows are valid)").arg(validRows)
                              : CliText::tr(" (strict: nothing was imported)"));
    out() << '\n';
}

void printRememberedColumns(const QHash<QString, QString> &assignment)
{
    QStringList pairs;
    for (auto it = assignment.cbegin(); it != assignment.cend(); ++it)
        pairs << u"\"%1=%2\""_s.arg(it.key(), it.value());
    pairs.sort();
    err() << CliText::tr("note: columns assigned at an earlier import of a file with these headers: %1 "
                         "(--map replaces them)")
                 .arg(pairs.join(u", "_s))
          << '\n';
    err().flush();
}

void printFileRejected(int totalRows)
{
    out() << CliText::tr("imported 0, updated 0, rejected %1").arg(totalRows) << '\n';
}

} // namespace profrost::cli
