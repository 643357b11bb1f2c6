#pragma once

#include "io/ImportReport.h"
#include "io/Table.h"
#include "store/ConnectionSpec.h"
#include "util/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace profrost {
class Database;
}

namespace profrost::cli {

// What every command of profrost-cli shares: one translation context, the
// two output streams, bad input as an exception (exit code 2, caught in
// run()), options and positional arguments, opening the database and the
// report of an import.

// The CLI's strings live in one translation context.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

QTextStream &out();
QTextStream &err();

// Bad input on the command line or in a file: run() prints the message on
// stderr and exits with 2 (other profrost::Error: "error: ..." and 1).
struct UsageError : Error
{
    using Error::Error;
};

// Parses the options of one command (-h/--help added). For --help prints the
// usage once, then the options, and returns false; throws UsageError for an
// unknown option.
bool parseOptions(QCommandLineParser &parser, const QStringList &args, const QString &usage);

// The positional argument `index` of `count` expected; more or fewer is bad input.
QString requirePositional(const QCommandLineParser &parser, int index, int count, const QString &what,
                          const QString &usage);
// The second positional argument of `export X DB FILE`: a path ending in .xlsx or .csv.
QString sheetFile(const QCommandLineParser &parser, const QString &usage);

// --read-only, given anywhere on the command line (run() takes it out):
// the database is opened for reading only and every write is refused.
void setReadOnly(bool readOnly);
// The database at `path` as the command line asks for it.
ConnectionSpec databaseSpec(const QString &path);

// Opens (or creates) the database; a file that is missing, not ours, newer
// or damaged is bad input.
void openDatabase(Database &db, bool create);

// A .csv or .xlsx file as a table; an unreadable file is bad input.
Table readTable(const QString &file);

// A date as users type it (dd.mm.yyyy or yyyy-mm-dd) given to --name.
QDate parseDateOption(const QString &value, const QString &name);
// A whole number in [minimum, maximum] given to --name.
int parseIntOption(const QString &value, const QString &name, int minimum, int maximum);

// `import <subject> DB FILE [--dry-run] [--strict]`: the arguments every import takes.
struct ImportArgs
{
    QString database;
    QString file;
    bool dryRun = false;
    bool strict = false;
    // --map "Header in the file=Canonical header", repeatable: a column the
    // importer does not recognise, assigned by the user.
    QHash<QString, QString> columnMap;
};
// False when --help was printed.
bool parseImportArgs(const QStringList &args, const QString &usage, ImportArgs *out);

// Prints the warnings and rejections of a preview on stderr; returns the
// number of rejected rows.
int printIssues(const QList<RowIssue> &warnings, const QList<RowIssue> &errors);
// Whether the valid rows are to be written: not a dry run, and not strict with rejections.
bool shouldApply(const ImportArgs &args, int rejected);
// "imported N, updated N, rejected N" and what was (not) done, on stdout.
void printOutcome(const ImportArgs &args, int imported, int updated, int unchanged, int rejected, bool applied,
                  qsizetype validRows);
// The note on stderr that columns are read as assigned at an earlier import.
void printRememberedColumns(const QHash<QString, QString> &assignment);
// For a file rejected as a whole.
void printFileRejected(int totalRows);

} // namespace profrost::cli
