#include "io/CsvReader.h"

#include "io/CsvInjection.h"
#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QStringDecoder>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// A CSV bigger than this is not a list of teachers; refusing it early beats
// running out of memory on a wrongly chosen file.
constexpr qint64 kMaxFileSize = 256 * 1024 * 1024;

struct Record
{
    QStringList cells;
    int number = 0;          // the record's row as a spreadsheet shows it: the first record is 1
    int line = 0;            // physical line where the record starts
    int openQuoteLine = 0;   // non-zero: a quoted field opened here never closed
};

// Splits decoded text into records for one separator. It never throws, so
// that separator detection can try every candidate on the same text.
class RecordParser
{
public:
    RecordParser(QStringView text, QChar separator)
        : m_text(text), m_separator(separator) {}

    bool atEnd() const { return m_pos >= m_text.size(); }

    Record next()
    {
        Record record;
        // Records, not lines: a line break inside a quoted cell is one row in
        // Excel and in the XLSX of the same data, so it must not shift the
        // numbers of the rows after it. Blank records count, as blank rows do.
        record.number = ++m_records;
        record.line = m_line;
        // As wide as the widest record so far, so that the cells are not
        // regrown each row; capped, so that one hostile row of a million
        // cells does not make every short row after it reserve as many.
        record.cells.reserve(std::min<qsizetype>(m_width, 64));
        for (;;) {
            QString field;
            skipBlanks(m_pos);
            if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
                if (!readQuoted(field)) {
                    record.openQuoteLine = m_quoteLine;
                    record.cells.append(cellText(field));
                    return record;
                }
            } else {
                readPlain(field);
            }
            record.cells.append(cellText(field));
            m_width = std::max(m_width, record.cells.size());
            if (m_pos >= m_text.size())
                return record;
            if (m_text[m_pos] == m_separator) {
                ++m_pos;
                continue;
            }
            consumeLineBreak();
            return record;
        }
    }

private:
    // Trimmed, and without the apostrophe our own exports put before a cell
    // that a spreadsheet would run as a formula (CsvInjection).
    static QString cellText(const QString &field) { return CsvInjection::restore(field.trimmed()); }

    bool isBlank(QChar c) const
    {
        return c != m_separator && (c == u' ' || c == u'\t' || c == QChar(0x00A0));
    }

    void skipBlanks(qsizetype &pos) const
    {
        while (pos < m_text.size() && isBlank(m_text[pos]))
            ++pos;
    }

    bool isLineBreak(QChar c) const { return c == u'\n' || c == u'\r'; }

    // CRLF, LF and a lone CR (old Mac files) all end one physical line.
    void consumeLineBreak()
    {
        if (m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    void readPlain(QString &field)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != m_separator && !isLineBreak(m_text[m_pos]))
            ++m_pos;
        field = m_text.sliced(start, m_pos - start).toString();
    }

    // At the opening quote. Returns false when the text ends inside the field.
    bool readQuoted(QString &field)
    {
        m_quoteLine = m_line;
        ++m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == u'"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'"') {
                    field.append(u'"');
                    m_pos += 2;
                    continue;
                }
                // A quote closes the field only before a separator or the end
                // of the line; otherwise it is a stray quote written by hand
                // ("МБОУ "СОШ №1"") and is kept as text.
                qsizetype after = m_pos + 1;
                skipBlanks(after);
                if (after >= m_text.size() || m_text[after] == m_separator
                    || isLineBreak(m_text[after])) {
                    m_pos = after;
                    return true;
                }
                field.append(c);
                ++m_pos;
            } else if (isLineBreak(c)) {
                consumeLineBreak();
                field.append(u'\n');
            } else {
                field.append(c);
                ++m_pos;
            }
        }
        return false;
    }

    QStringView m_text;
    QChar m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_records = 0;
    qsizetype m_width = 0;
    int m_quoteLine = 0;
};

bool isBlankRecord(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.isEmpty(); });
}

// The width of a table split by `separator`: the commonest field count of
// its first non-blank records (the wider on a tie). Not the first record's
// alone: a title line above the header («Результаты самодиагностики,
// ноябрь 2026») has a comma of its own, and a ';' file's decimals
// («72,5») a comma a cell; the header and the rows agree on their width.
qsizetype tableWidth(QStringView text, QChar separator)
{
    constexpr int kRecords = 12;
    QMap<qsizetype, int> counts;
    RecordParser parser(text, separator);
    int seen = 0;
    while (!parser.atEnd() && seen < kRecords) {
        const Record record = parser.next();
        if (record.openQuoteLine) {
            ++counts[record.cells.size()];
            break;
        }
        if (isBlankRecord(record.cells))
            continue;
        ++counts[record.cells.size()];
        ++seen;
    }
    qsizetype width = 0;
    int often = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() >= often) { // ascending keys: the wider wins a tie
            width = it.key();
            often = it.value();
        }
    }
    return width;
}

QChar detectSeparator(QStringView text)
{
    // Order breaks ties: ';' is what Russian Excel writes.
    const std::array<QChar, 3> candidates{u';', u'\t', u','};
    QChar best = candidates[0];
    qsizetype bestCount = 0;
    for (const QChar candidate : candidates) {
        const qsizetype count = tableWidth(text, candidate);
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

[[noreturn]] void throwTooManyCells()
{
    throw Error(CsvReader::tr("the table has more than %L1 cells, far more than a list to import; "
                              "check that this is the right file")
                    .arg(Table::kMaxCells));
}

// Trailing empty cells carry nothing (a trailing ';' or formatting); every
// data row gets at least the header's width so that callers can index by column.
void normalizeWidths(Table &table)
{
    const auto dropTrailingEmpty = [](QStringList &cells) {
        while (!cells.isEmpty() && cells.constLast().isEmpty())
            cells.removeLast();
    };
    dropTrailingEmpty(table.header);
    qint64 cells = table.header.size();
    for (TableRow &row : table.rows) {
        dropTrailingEmpty(row.cells);
        cells += std::max(row.cells.size(), table.header.size());
        if (cells > Table::kMaxCells)
            throwTooManyCells();
        while (row.cells.size() < table.header.size())
            row.cells.append(QString());
    }
}

// Thrown by parseText(); parse() and read() word the message, read() with the file name.
struct UnclosedQuote
{
    int line = 0;
};

Table parseText(const QString &text)
{
    const QChar separator = detectSeparator(text);
    Table table;
    bool haveHeader = false;
    RecordParser parser(text, separator);
    qint64 cells = 0;
    while (!parser.atEnd()) {
        Record record = parser.next();
        if (record.openQuoteLine)
            throw UnclosedQuote{record.openQuoteLine};
        cells += record.cells.size();
        if (cells > Table::kMaxCells)
            throwTooManyCells();
        if (isBlankRecord(record.cells))
            continue;
        if (!haveHeader) {
            table.header = std::move(record.cells);
            table.headerRow = record.number;
            haveHeader = true;
        } else {
            table.rows.append(TableRow{record.number, std::move(record.cells)});
        }
    }
    normalizeWidths(table);
    return table;
}

} // namespace

namespace {

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString text = utf8.decode(bytes); // decode() is lazy: only the conversion decodes
    return !utf8.hasError();
}

// A two-byte UTF-8 Cyrillic letter: lead byte 0xD0 or 0xD1, then 0x80-0xBF.
bool hasUtf8Cyrillic(QByteArrayView bytes)
{
    for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
        const auto lead = quint8(bytes[i]), next = quint8(bytes[i + 1]);
        if ((lead == 0xD0 || lead == 0xD1) && next >= 0x80 && next <= 0xBF)
            return true;
    }
    return false;
}

struct MixedLines
{
    int utf8Line = 0;  // a line that is UTF-8 Cyrillic
    int otherLine = 0; // a line that is not UTF-8
};

// For bytes that are not valid UTF-8 as a whole: whether they are UTF-8 and
// Windows-1251 text pasted together (lines of one file copied into another).
// The rule works per line, because a byte pair alone proves nothing: in
// Windows-1251, "Сёмина" begins with 0xD1 0xB8, which is also a valid UTF-8
// Cyrillic letter. A whole line, though, is never valid UTF-8 in Windows-1251
// once it holds a lowercase Russian letter (0xE0-0xFF would have to be
// followed by bytes 0x80-0xBF, which Russian letters are not). So the file is
// mixed when one line is valid UTF-8 and holds a UTF-8 Cyrillic letter while
// another line is not valid UTF-8; a file with no such UTF-8 line is
// Windows-1251. Scanning stops when both are found, so otherLine is the
// first line that is not UTF-8.
MixedLines scanLines(QByteArrayView bytes)
{
    MixedLines found;
    int number = 0;
    for (qsizetype start = 0; start <= bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        const QByteArrayView line(bytes.constData() + start, end - start);
        start = end + 1;
        ++number;
        if (isValidUtf8(line)) {
            if (!found.utf8Line && hasUtf8Cyrillic(line))
                found.utf8Line = number;
        } else if (!found.otherLine) {
            found.otherLine = number;
        }
        if (found.utf8Line && found.otherLine)
            break;
    }
    return found;
}

} // namespace

QString CsvReader::decode(const QByteArray &bytes)
{
    if (const auto bom = QStringConverter::encodingForData(bytes)) {
        QStringDecoder decoder(*bom);
        const QString text = decoder.decode(bytes);
        // A UTF-8 BOM with bytes that are not UTF-8: lines of a Windows-1251
        // file pasted into a UTF-8 one; decoding would garble them silently.
        if (decoder.hasError() && *bom == QStringConverter::Utf8) {
            const int line = scanLines(QByteArrayView(bytes).sliced(3)).otherLine;
            throw Error(tr("the file mixes encodings (it is marked as UTF-8, but line %1 is not): "
                           "save it as UTF-8 or Windows-1251")
                            .arg(line));
        }
        return text;
    }
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    if (const MixedLines mixed = scanLines(bytes); mixed.utf8Line && mixed.otherLine) {
        throw Error(tr("the file mixes encodings (line %1 is in UTF-8, line %2 is not): "
                       "save it as UTF-8 or Windows-1251")
                        .arg(mixed.utf8Line)
                        .arg(mixed.otherLine));
    }

    // Not UTF-8: Russian Excel's "CSV (разделители — точки с запятой)".
    QStringDecoder cp1251("windows-1251");
    if (!cp1251.isValid()) {
        throw Error(tr("The file is not in UTF-8, and this system cannot decode Windows-1251. "
                       "Save the file as \"CSV UTF-8\" and try again."));
    }
    return cp1251.decode(bytes);
}

Table CsvReader::parse(const QByteArray &bytes)
{
    try {
        return parseText(decode(bytes));
    } catch (const UnclosedQuote &e) {
        throw Error(tr("Line %1: a quoted field starts here but its closing quote is missing.").arg(e.line));
    }
}

Table CsvReader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.size() > kMaxFileSize) {
        throw Error(tr("%1 is too large for a table to import (%2 MB).")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(file.size() / (1024 * 1024)));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        throw Error(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const QString fileName = QFileInfo(path).fileName();
    try {
        return parseText(decode(bytes));
    } catch (const UnclosedQuote &e) {
        throw Error(tr("%1, line %2: a quoted field starts here but its closing quote is missing.")
                        .arg(fileName)
                        .arg(e.line));
    } catch (const Error &e) {
        throw Error(tr("%1: %2").arg(fileName, e.message()));
    }
}

} // namespace profrost
