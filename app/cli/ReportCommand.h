#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextDocument;

namespace profrost::cli {

// The reports' strings live in one translation context.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

// `profrost-cli report KIND DB ... --out FILE` (arguments after the command,
// the first being "profrost-cli report"): KIND is a row of
// CliTables::reports(), which the areas fill (plan-graph, course-schedule,
// attestation, expiring, plan, protocol). The command parses every kind's
// options, checks DB and FILE, and hands the rest to the kind.
// Returns the exit code; bad input throws UsageError (exit code 2).
int cmdReport(const QStringList &args);

// For the kinds: writes `doc` to FILE (.pdf or .odt) and prints "written FILE (N pages)".
void writeDocument(const QTextDocument &doc, const QString &file);
// FILE ends in .xlsx or .csv.
bool isSpreadsheet(const QString &file);

} // namespace profrost::cli
