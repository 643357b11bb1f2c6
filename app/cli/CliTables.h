#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

class QCommandLineParser;

namespace profrost::cli {

// `import KIND`, `export KIND`: one row per kind, added by its area
// (app/cli/CliAreas.cpp calls each area's registration once).
struct SubjectCommand
{
    QString name;                  // "teachers"
    std::function<QString()> help; // its lines in `profrost-cli --help` (translated when printed)
    // Runs with the arguments after the subject, the first being
    // "profrost-cli import teachers"; returns the exit code.
    std::function<int(const QStringList &args)> run;
};

// What `report KIND DB ... --out FILE` hands the kind: the parsed options
// (every kind's options are known to the parser), the database and the file.
struct ReportRequest
{
    const QCommandLineParser &parser;
    QString database;
    QString file;
};

struct ReportKind
{
    QString name;                  // "plan-graph"
    std::function<QString()> help; // its lines in `profrost-cli --help` (empty: another row's lines cover it)
    std::function<QList<QCommandLineOption>()> options; // shared options are given by name once
    bool spreadsheets = false;     // also writes .xlsx / .csv (else .pdf / .odt only)
    std::function<int(const ReportRequest &request)> run;
};

// The tables every area adds its rows to, in the order of registration.
class CliTables
{
public:
    static std::vector<SubjectCommand> &imports();
    static std::vector<SubjectCommand> &exports();
    static std::vector<ReportKind> &reports();

    // The rows' help lines, in order.
    static QString helpLines();
    // "teachers, courses or attestation".
    template <typename Row>
    static QString names(const std::vector<Row> &rows);
    static QString joinNames(const QStringList &names);
};

template <typename Row>
QString CliTables::names(const std::vector<Row> &rows)
{
    QStringList list;
    for (const Row &row : rows)
        list << row.name;
    return joinNames(list);
}

} // namespace profrost::cli
