#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace profrost {

// One data row of a spreadsheet or CSV file, with the row number the user
// sees in Excel / LibreOffice (1-based, counting the header row), so that
// every import message can name it.
struct TableRow
{
    int sourceRow = 0;
    QStringList cells; // trimmed text; dates of XLSX date cells as dd.MM.yyyy
};

// A file read into text: the first non-empty row is the header.
struct Table
{
    QStringList header;
    int headerRow = 0;
    QList<TableRow> rows; // blank rows are skipped
};

} // namespace profrost
