#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace profrost {

// One worksheet of a workbook: its tab's name, a header and rows of text,
// and the fills of the data cells (row by row, 0xRRGGBB, 0 for none).
struct TableSheet
{
    QString name;
    QStringList header;
    QList<QStringList> rows;
    QList<QList<quint32>> fills;
};

// Writes a header and rows of text as a spreadsheet the user opens directly:
// .xlsx (bold frozen header, autofilter, column widths, dd.MM.yyyy cells as
// real dates, everything else as text so that SNILS keeps its digits) or
// .csv in the dialect Russian Excel opens with a double click (UTF-8 BOM, ';',
// CRLF). The target is replaced only when the whole file was written.
class TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(TableWriter)

public:
    // The format follows the extension of path (.xlsx or .csv). sheetName is
    // the worksheet tab of an .xlsx (made valid for Excel; empty: "Sheet1").
    // Throws Error naming the file. `fills` colours the data cells of an
    // .xlsx (row by row, 0xRRGGBB, 0 for none; a .csv has no colours).
    static void write(const QString &path, const QStringList &header, const QList<QStringList> &rows,
                      const QString &sheetName = {}, const QList<QList<quint32>> &fills = {});

    // Several tables, one worksheet each, in one .xlsx (a .csv holds one
    // table: more are refused with a word to choose .xlsx).
    static void writeBook(const QString &path, const QList<TableSheet> &sheets);

private:
    static void writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows);
    static void writeXlsx(const QString &path, const QList<TableSheet> &sheets);
};

} // namespace profrost
