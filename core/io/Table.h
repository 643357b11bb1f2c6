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
    // Cells of a table, the padding to the header's width included. 50,000
    // teachers in 20 columns are 1,000,000; a file that needs more is not a
    // list to import, and its empty padding alone would take gigabytes (one
    // cell at column XFD pads every row of a workbook to 16,384 cells).
    static constexpr qint64 kMaxCells = 5'000'000;

    QStringList header;
    int headerRow = 0;
    QList<TableRow> rows; // blank rows are skipped
    // Rows above the header taken as the file's title («Список педагогических
    // работников … на 01.12.2026») by ImportPipeline::read(path, kind).
    int titleRows = 0;
};

} // namespace profrost
