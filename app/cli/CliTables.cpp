#include "cli/CliTables.h"

#include "cli/CliSupport.h"

namespace profrost::cli {

std::vector<SubjectCommand> &CliTables::imports()
{
    static std::vector<SubjectCommand> rows;
    return rows;
}

std::vector<SubjectCommand> &CliTables::exports()
{
    static std::vector<SubjectCommand> rows;
    return rows;
}

std::vector<ReportKind> &CliTables::reports()
{
    static std::vector<ReportKind> rows;
    return rows;
}

QString CliTables::helpLines()
{
    QString text;
    const auto add = [&text](const std::function<QString()> &help) {
        if (help)
            text += help();
    };
    for (const SubjectCommand &row : imports())
        add(row.help);
    for (const SubjectCommand &row : exports())
        add(row.help);
    for (const ReportKind &row : reports())
        add(row.help);
    return text;
}

QString CliTables::joinNames(const QStringList &names)
{
    if (names.size() < 2)
        return names.value(0);
    return CliText::tr("%1 or %2").arg(names.mid(0, names.size() - 1).join(u", "), names.constLast());
}

} // namespace profrost::cli
