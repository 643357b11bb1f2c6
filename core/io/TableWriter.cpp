#include "io/TableWriter.h"

#include "io/CsvInjection.h"
#include "util/Error.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

QString nativePath(const QString &path) { return QDir::toNativeSeparators(path); }

// ---- CSV ----

// Commas and tabs are quoted too, although ';' separates: then no reader
// (ours included) can take ',' for the separator of a file we wrote.
// A cell Excel would take for a formula gets the apostrophe of
// CsvInjection first, so that opening an export never runs anything.
QString csvField(const QString &text)
{
    static const QString special = u";\",\t\r\n"_s;
    const QString cell = CsvInjection::defuse(text);
    if (std::none_of(cell.cbegin(), cell.cend(), [](QChar c) { return special.contains(c); }))
        return cell;
    QString quoted = cell;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

void appendCsvLine(QString &out, const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            out += u';';
        out += csvField(cells[i]);
    }
    out += u"\r\n";
}

// ---- XLSX ----

std::optional<lxw_datetime> asExcelDate(const QString &cell)
{
    if (cell.size() != 10 || cell[2] != u'.' || cell[5] != u'.')
        return std::nullopt;
    const QDate date = QDate::fromString(cell, u"dd.MM.yyyy"_s);
    if (!date.isValid() || date.year() < 1900) // Excel has no dates before 1900
        return std::nullopt;
    return lxw_datetime{date.year(), date.month(), date.day(), 0, 0, 0.0};
}

// Excel forbids []:*?/\ and a leading or trailing apostrophe, and allows 31 characters.
QString validSheetName(const QString &name)
{
    QString valid;
    for (const QChar c : name)
        valid += (QStringView(u"[]:*?/\\").contains(c) || c.unicode() < 0x20) ? QChar(u' ') : c;
    valid = valid.simplified();
    while (valid.startsWith(u'\'') || valid.endsWith(u'\'')) {
        valid = valid.startsWith(u'\'') ? valid.sliced(1) : valid.chopped(1);
        valid = valid.trimmed();
    }
    return valid.left(31).trimmed();
}

// Column width in Excel's units (about one character), from the longest line.
double columnWidth(const QStringList &header, const QList<QStringList> &rows, qsizetype column)
{
    const auto longestLine = [](const QString &cell) {
        qsizetype longest = 0;
        for (const QStringView line : QStringView(cell).split(u'\n'))
            longest = std::max(longest, line.size());
        return longest;
    };
    qsizetype width = 0;
    if (column < header.size())
        width = longestLine(header[column]) + 3; // bold text and the filter button
    for (const QStringList &row : rows) {
        if (column < row.size())
            width = std::max(width, longestLine(row[column]));
    }
    return double(std::clamp<qsizetype>(width + 2, 8, 60));
}

// libxlsxwriter opens the file with fopen(). Built with MSVC it takes the
// name as UTF-8 and calls _wfopen(); elsewhere (MinGW included) the name goes
// to fopen() in the system's 8-bit encoding, which QFile::encodeName() gives.
QByteArray libraryFileName(const QString &path)
{
#if defined(Q_OS_WIN) && !defined(Q_CC_MINGW)
    return path.toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

// Frees a workbook that will not be closed (closing would write the file).
class WorkbookGuard
{
public:
    explicit WorkbookGuard(lxw_workbook *workbook) : m_workbook(workbook) {}
    ~WorkbookGuard()
    {
        if (m_workbook)
            lxw_workbook_free(m_workbook);
    }
    WorkbookGuard(const WorkbookGuard &) = delete;
    WorkbookGuard &operator=(const WorkbookGuard &) = delete;
    lxw_workbook *release() { return std::exchange(m_workbook, nullptr); }

private:
    lxw_workbook *m_workbook;
};

} // namespace

void TableWriter::write(const QString &path, const QStringList &header, const QList<QStringList> &rows,
                        const QString &sheetName, const QList<QList<quint32>> &fills)
{
    writeBook(path, {TableSheet{sheetName, header, rows, fills}});
}

void TableWriter::writeBook(const QString &path, const QList<TableSheet> &sheets)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx") {
        writeXlsx(path, sheets);
    } else if (suffix == u"csv") {
        if (sheets.size() != 1)
            throw Error(tr("Cannot write %1: a .csv file holds one table and this report has %2; choose a file name "
                           "ending in .xlsx.")
                            .arg(nativePath(path))
                            .arg(sheets.size()));
        writeCsv(path, sheets.first().header, sheets.first().rows);
    } else {
        throw Error(tr("Cannot write %1: choose a file name ending in .xlsx or .csv.").arg(nativePath(path)));
    }
}

void TableWriter::writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    QString text;
    if (!header.isEmpty())
        appendCsvLine(text, header);
    for (const QStringList &row : rows)
        appendCsvLine(text, row);
    // The BOM is what makes Excel read the file as UTF-8 rather than Windows-1251.
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + text.toUtf8();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("Cannot write %1: %2").arg(nativePath(path), file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        throw Error(tr("Cannot write %1: %2").arg(nativePath(path), reason));
    }
}

void TableWriter::writeXlsx(const QString &path, const QList<TableSheet> &sheets)
{
    const QString tempPath = path + u".tmp"_s;
    const auto failure = [&](const QString &reason) {
        QFile::remove(tempPath);
        return Error(tr("Cannot write %1: %2").arg(nativePath(path), reason));
    };

    for (const TableSheet &sheet : sheets) {
        qsizetype columns = sheet.header.size();
        for (const QStringList &row : sheet.rows)
            columns = std::max(columns, row.size());
        if (sheet.rows.size() + (sheet.header.isEmpty() ? 0 : 1) > LXW_ROW_MAX)
            throw failure(tr("Excel sheets hold at most %1 rows.").arg(LXW_ROW_MAX));
        if (columns > LXW_COL_MAX)
            throw failure(tr("Excel sheets hold at most %1 columns.").arg(LXW_COL_MAX));
    }

    QFile::remove(tempPath); // a leftover of a crashed export
    lxw_workbook *workbook = workbook_new(libraryFileName(tempPath).constData());
    if (!workbook)
        throw failure(tr("out of memory"));
    WorkbookGuard guard(workbook);

    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "dd.mm.yyyy");
    // Cells with line breaks wrap, so that Excel shows every line.
    lxw_format *wrapFormat = workbook_add_format(workbook);
    format_set_text_wrap(wrapFormat);
    format_set_align(wrapFormat, LXW_ALIGN_VERTICAL_TOP);
    // One format per colour, made when first needed.
    QHash<quint32, lxw_format *> fillFormats;

    const auto check = [&](lxw_error error, qsizetype row, qsizetype column) {
        if (error != LXW_NO_ERROR) {
            throw failure(tr("row %1, column %2: %3")
                              .arg(row + 1)
                              .arg(column + 1)
                              .arg(QString::fromUtf8(lxw_strerror(error))));
        }
    };

    for (const TableSheet &table : sheets) {
        const QStringList &header = table.header;
        const QList<QStringList> &rows = table.rows;
        const QList<QList<quint32>> &fills = table.fills;
        qsizetype columns = header.size();
        for (const QStringList &row : rows)
            columns = std::max(columns, row.size());
        const qsizetype firstDataRow = header.isEmpty() ? 0 : 1;

        const QString name = validSheetName(table.name);
        const QByteArray nameUtf8 = name.toUtf8();
        const bool nameOk =
            !name.isEmpty() && workbook_validate_sheet_name(workbook, nameUtf8.constData()) == LXW_NO_ERROR;
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, nameOk ? nameUtf8.constData() : nullptr);
        if (!sheet)
            throw failure(tr("cannot create the worksheet"));

        const auto fillOf = [&](qsizetype row, qsizetype column) -> lxw_format * {
            const quint32 rgb = row < fills.size() && column < fills[row].size() ? fills[row][column] : 0;
            if (rgb == 0)
                return nullptr;
            lxw_format *&format = fillFormats[rgb];
            if (!format) {
                format = workbook_add_format(workbook);
                format_set_bg_color(format, lxw_color_t(rgb));
                format_set_pattern(format, LXW_PATTERN_SOLID);
            }
            return format;
        };

        for (qsizetype c = 0; c < header.size(); ++c) {
            check(worksheet_write_string(sheet, 0, lxw_col_t(c), header[c].toUtf8().constData(), bold), 0, c);
        }
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const auto excelRow = lxw_row_t(r + firstDataRow);
            const QStringList &cells = rows[r];
            for (qsizetype c = 0; c < cells.size(); ++c) {
                const QString &cell = cells[c];
                if (cell.isEmpty())
                    continue;
                const auto column = lxw_col_t(c);
                if (auto date = asExcelDate(cell)) {
                    check(worksheet_write_datetime(sheet, excelRow, column, &*date, dateFormat), excelRow, c);
                } else {
                    // Text, never a number: SNILS, INN and phone numbers keep their digits.
                    lxw_format *format = cell.contains(u'\n') ? wrapFormat : fillOf(r, c);
                    check(worksheet_write_string(sheet, excelRow, column, cell.toUtf8().constData(), format),
                          excelRow, c);
                }
            }
        }

        for (qsizetype c = 0; c < columns; ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columnWidth(header, rows, c), nullptr);
        if (columns > 0) {
            const auto lastRow = lxw_row_t(rows.size() + firstDataRow - 1);
            const auto lastColumn = lxw_col_t(columns - 1);
            char range[LXW_MAX_CELL_RANGE_LENGTH];
            lxw_rowcol_to_range(range, 0, 0, lastRow, lastColumn);
            // The cells are text on purpose; Excel's green "number stored as text" marks would only alarm.
            worksheet_ignore_errors(sheet, LXW_IGNORE_NUMBER_STORED_AS_TEXT, range);
            if (!header.isEmpty()) {
                worksheet_freeze_panes(sheet, 1, 0);
                worksheet_autofilter(sheet, 0, 0, lastRow, lastColumn);
            }
        }
    }

    // workbook_close() writes the file and frees the workbook, successful or not.
    const lxw_error closed = workbook_close(guard.release());
    if (closed != LXW_NO_ERROR)
        throw failure(QString::fromUtf8(lxw_strerror(closed)));

    // QSaveFile puts the finished file in place in one rename on every
    // platform (std::filesystem::rename does not replace an existing file
    // with every Windows toolchain) and keeps the permissions of the old file.
    QFile temp(tempPath);
    if (!temp.open(QIODevice::ReadOnly))
        throw failure(temp.errorString());
    const QByteArray bytes = temp.readAll();
    temp.close();
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly) || target.write(bytes) != bytes.size() || !target.commit()) {
        const QString reason = target.errorString();
        target.cancelWriting();
        throw failure(tr("%1 (is the file open in another program?)").arg(reason));
    }
    QFile::remove(tempPath);
}

} // namespace profrost
