#include "io/XlsxReader.h"

#include "util/Error.h"

#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// A workbook whose parts inflate past this in all is not a list of teachers
// but a zip bomb or a wrongly chosen file (50,000 teachers take about 30 MB);
// refusing it before inflating beats running out of memory.
constexpr qint64 kMaxTotalSize = 200LL * 1024 * 1024;
// Spreadsheet XML compresses about 10:1; a part that claims more than 100:1
// is built to inflate. Parts under kRatioFloor cannot hurt whatever their
// ratio (a tiny, very regular styles part may well exceed 100:1).
constexpr qint64 kMaxRatio = 100;
constexpr qint64 kRatioFloor = 1024 * 1024;
constexpr int kMaxColumns = 16384; // Excel's last column, XFD
constexpr int kMaxRows = 1048576;  // Excel's last row

QString nativePath(const QString &path) { return QDir::toNativeSeparators(path); }

[[noreturn]] void throwNotWorkbook(const QString &fileName)
{
    throw Error(XlsxReader::tr("%1 is not an Excel .xlsx workbook.").arg(fileName));
}

[[noreturn]] void throwDamaged(const QString &fileName, const QString &part, const QString &detail)
{
    throw Error(XlsxReader::tr("%1 is damaged and cannot be read (%2: %3). "
                               "Open it in Excel or LibreOffice Calc and save it again.")
                    .arg(fileName, part, detail));
}

// minizip reads through a QIODevice rather than unzOpen64(path): its char*
// path goes through the ANSI code page on Windows and breaks on folders such
// as C:\Users\Иванова\Документы; QFile opens any path (and Qt resources).
voidpf ZCALLBACK deviceOpen(voidpf, const void *device, int)
{
    return const_cast<void *>(device);
}

uLong ZCALLBACK deviceRead(voidpf, voidpf stream, void *buffer, uLong size)
{
    const qint64 n = static_cast<QIODevice *>(stream)->read(static_cast<char *>(buffer), qint64(size));
    return n < 0 ? 0 : uLong(n);
}

uLong ZCALLBACK deviceWrite(voidpf, voidpf, const void *, uLong) { return 0; }

ZPOS64_T ZCALLBACK deviceTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QIODevice *>(stream)->pos());
}

long ZCALLBACK deviceSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *device = static_cast<QIODevice *>(stream);
    qint64 base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET: break;
    case ZLIB_FILEFUNC_SEEK_CUR: base = device->pos(); break;
    case ZLIB_FILEFUNC_SEEK_END: base = device->size(); break;
    default: return -1;
    }
    return device->seek(base + qint64(offset)) ? 0 : -1;
}

int ZCALLBACK deviceClose(voidpf, voidpf) { return 0; } // the QFile's owner closes it
int ZCALLBACK deviceError(voidpf, voidpf) { return 0; }

// The zip container of the workbook.
class Package
{
public:
    Package(QIODevice *device, const QString &fileName) : m_fileName(fileName)
    {
        zlib_filefunc64_def io{};
        io.zopen64_file = deviceOpen;
        io.zread_file = deviceRead;
        io.zwrite_file = deviceWrite;
        io.ztell64_file = deviceTell;
        io.zseek64_file = deviceSeek;
        io.zclose_file = deviceClose;
        io.zerror_file = deviceError;
        m_zip = unzOpen2_64(device, &io);
    }
    ~Package()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    Package(const Package &) = delete;
    Package &operator=(const Package &) = delete;

    bool isOpen() const { return m_zip != nullptr; }

    // The uncompressed part, or nullopt when the package has no such part.
    std::optional<QByteArray> read(const QString &part) const
    {
        constexpr int kCaseInsensitive = 2;
        if (unzLocateFile(m_zip, part.toUtf8().constData(), kCaseInsensitive) != UNZ_OK)
            return std::nullopt;
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            throwDamaged(m_fileName, part, XlsxReader::tr("unreadable zip entry"));
        // checkSizes() vetted the declared size; the data may still lie about
        // it, so inflating stops as soon as it gives more than declared
        // (minizip itself stops there too and then reports a bad checksum;
        // this check does not depend on that).
        const auto declared = qint64(info.uncompressed_size);
        if (declared > kMaxTotalSize || declared < 0)
            throwDamaged(m_fileName, part, XlsxReader::tr("the part is too large"));
        if (unzOpenCurrentFile(m_zip) != UNZ_OK)
            throwDamaged(m_fileName, part, XlsxReader::tr("unreadable zip entry"));

        QByteArray bytes;
        bytes.reserve(qsizetype(declared));
        char buffer[64 * 1024];
        for (;;) {
            const int n = unzReadCurrentFile(m_zip, buffer, sizeof buffer);
            if (n < 0) {
                unzCloseCurrentFile(m_zip);
                throwDamaged(m_fileName, part, XlsxReader::tr("decompression failed"));
            }
            if (bytes.size() + n > declared) {
                unzCloseCurrentFile(m_zip);
                throwDamaged(m_fileName, part, XlsxReader::tr("the part inflates past the size its zip entry declares"));
            }
            if (n == 0)
                break;
            bytes.append(buffer, n);
        }
        if (unzCloseCurrentFile(m_zip) != UNZ_OK)
            throwDamaged(m_fileName, part, XlsxReader::tr("checksum mismatch"));
        return bytes;
    }

    // Refuses, before anything is inflated, a package whose central
    // directory declares more than kMaxTotalSize in all or a part inflating
    // more than kMaxRatio times its compressed size.
    void checkSizes() const
    {
        qint64 total = 0;
        for (int status = unzGoToFirstFile(m_zip); status == UNZ_OK; status = unzGoToNextFile(m_zip)) {
            unz_file_info64 info{};
            char name[256] = {};
            if (unzGetCurrentFileInfo64(m_zip, &info, name, sizeof name - 1, nullptr, 0, nullptr, 0) != UNZ_OK)
                throwNotWorkbook(m_fileName);
            const auto size = qint64(info.uncompressed_size);
            const auto packed = qint64(info.compressed_size);
            total += size;
            if (size < 0 || total > kMaxTotalSize) {
                throw Error(XlsxReader::tr("%1 would take more than %2 MB once unpacked, far more than a table "
                                           "for ProfRost can hold; it is not read (it may be a \"zip bomb\").")
                                .arg(m_fileName)
                                .arg(kMaxTotalSize / (1024 * 1024)));
            }
            if (size > kRatioFloor && (packed <= 0 || size / packed > kMaxRatio)) {
                throw Error(XlsxReader::tr("%1: the part %2 would unpack to %3 times its packed size, which no "
                                           "spreadsheet does; the file is not read (it may be a \"zip bomb\").")
                                .arg(m_fileName, QString::fromUtf8(name))
                                .arg(packed > 0 ? size / packed : size));
            }
        }
    }

private:
    unzFile m_zip = nullptr;
    QString m_fileName;
};

void checkXml(const QXmlStreamReader &xml, const QString &fileName, const QString &part)
{
    if (xml.hasError()) {
        throwDamaged(fileName, part,
                     XlsxReader::tr("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()));
    }
}

// ---- relationships: how the parts of the package point to each other ----

struct Relationship
{
    QString type;
    QString target; // resolved package path, without a leading '/'
};
using Relationships = QHash<QString, Relationship>; // by Id

// "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"; "" (the package) -> "_rels/.rels"
QString relationshipsPart(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + u"_rels/"_s + part.mid(slash + 1) + u".rels"_s;
}

QString resolveTarget(const QString &fromPart, const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    const qsizetype slash = fromPart.lastIndexOf(u'/');
    return QDir::cleanPath(fromPart.left(slash + 1) + target);
}

Relationships readRelationships(const Package &package, const QString &fromPart, const QString &fileName)
{
    Relationships result;
    const QString part = relationshipsPart(fromPart);
    const auto bytes = package.read(part);
    if (!bytes)
        return result;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value("TargetMode"_L1) == u"External")
            continue;
        result.insert(attributes.value("Id"_L1).toString(),
                      Relationship{attributes.value("Type"_L1).toString(),
                                   resolveTarget(fromPart, attributes.value("Target"_L1).toString())});
    }
    checkXml(xml, fileName, part);
    return result;
}

// Types differ between transitional and strict OOXML only before the last '/'.
std::optional<QString> targetOfType(const Relationships &relationships, QStringView type)
{
    for (const Relationship &relationship : relationships) {
        if (relationship.type.endsWith(u'/' + type.toString()))
            return relationship.target;
    }
    return std::nullopt;
}

// ---- workbook.xml: the sheets in tab order and the date system ----

struct SheetEntry
{
    QString relationshipId;
    bool hidden = false;
};

struct Workbook
{
    QList<SheetEntry> sheets;
    bool date1904 = false;
};

Workbook readWorkbook(const QByteArray &bytes, const QString &fileName, const QString &part)
{
    Workbook workbook;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"workbookPr") {
            const QStringView value = attributes.value("date1904"_L1);
            workbook.date1904 = value == u"1" || value == u"true";
        } else if (xml.name() == u"sheet") {
            SheetEntry sheet;
            sheet.hidden = attributes.value("state"_L1) == u"hidden"
                || attributes.value("state"_L1) == u"veryHidden";
            // r:id; its namespace differs between transitional and strict files.
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                    sheet.relationshipId = attribute.value().toString();
            }
            workbook.sheets.append(sheet);
        }
    }
    checkXml(xml, fileName, part);
    return workbook;
}

// ---- styles.xml: which cell styles show numbers as dates or times ----

enum class NumberKind { Plain, Date, Time };

NumberKind builtinKind(int numFmtId)
{
    if ((numFmtId >= 14 && numFmtId <= 17) || numFmtId == 22 || (numFmtId >= 27 && numFmtId <= 36)
        || (numFmtId >= 50 && numFmtId <= 58))
        return NumberKind::Date;
    // h:mm, mm:ss, [h]:mm:ss ...: a time shown as a date would read "00.01.1900".
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 45 && numFmtId <= 47))
        return NumberKind::Time;
    return NumberKind::Plain;
}

// A custom format is a date when it has d, m or y outside quoted text,
// escapes and [brackets] (colours, locales); "m" next to h or s is minutes.
NumberKind customKind(QStringView code)
{
    bool date = false, month = false, time = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i].toLower();
        if (c == u'"') {
            const qsizetype end = code.indexOf(u'"', i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is literal text, padding or fill
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i + 1);
            const QStringView inside = code.sliced(i + 1, (end < 0 ? code.size() : end) - i - 1);
            // [h], [mm], [ss] are elapsed times; anything else ([Red], [$-419]) is not a date part.
            if (!inside.isEmpty() && std::all_of(inside.begin(), inside.end(), [](QChar ch) {
                    return QStringView(u"hmsHMS").contains(ch);
                }))
                time = true;
            i = end < 0 ? code.size() : end;
        } else if (c == u'd' || c == u'y') {
            date = true;
        } else if (c == u'm') {
            month = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        }
    }
    if (date || (month && !time))
        return NumberKind::Date;
    return time ? NumberKind::Time : NumberKind::Plain;
}

// NumberKind for each cellXfs index (the s= attribute of a cell).
QList<NumberKind> readStyles(const QByteArray &bytes, const QString &fileName, const QString &part)
{
    QHash<int, QString> customFormats;
    QList<int> xfFormats;
    bool inNumFmts = false, inCellXfs = false;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"numFmts")
                inNumFmts = false;
            else if (xml.name() == u"cellXfs")
                inCellXfs = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"numFmts") {
            inNumFmts = true;
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inNumFmts && xml.name() == u"numFmt") {
            customFormats.insert(attributes.value("numFmtId"_L1).toInt(),
                                 attributes.value("formatCode"_L1).toString());
        } else if (inCellXfs && xml.name() == u"xf") {
            xfFormats.append(attributes.value("numFmtId"_L1).toInt());
        }
    }
    checkXml(xml, fileName, part);

    QList<NumberKind> kinds;
    kinds.reserve(xfFormats.size());
    for (const int id : std::as_const(xfFormats)) {
        const auto custom = customFormats.constFind(id);
        kinds.append(custom != customFormats.cend() ? customKind(*custom) : builtinKind(id));
    }
    return kinds;
}

// ---- text ----

// Excel stores characters that XML cannot carry (CR, control codes) as _xHHHH_.
QString decodeEscapes(const QString &text)
{
    if (!text.contains(u"_x"))
        return text;
    const auto isHex = [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_'
            && isHex(text[i + 2]) && isHex(text[i + 3]) && isHex(text[i + 4]) && isHex(text[i + 5])) {
            out.append(QChar(char16_t(text.sliced(i + 2, 4).toUShort(nullptr, 16))));
            i += 6;
        } else {
            out.append(text[i]);
        }
    }
    return out;
}

// At the start of <si> or <is>: plain <t> or rich-text runs <r><t>; phonetic
// guides (<rPh>) are not part of the visible text. Iterative, so that a
// hostile file nesting <r> a million deep cannot exhaust the stack.
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    int runDepth = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"t")
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (xml.name() == u"r")
                ++runDepth;
            else
                xml.skipCurrentElement();
        } else if (token == QXmlStreamReader::EndElement) {
            if (runDepth == 0)
                break; // the end of <si> or <is>
            --runDepth;
        }
    }
    return text;
}

QStringList readSharedStrings(const QByteArray &bytes, const QString &fileName, const QString &part)
{
    QStringList strings;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
            strings.append(decodeEscapes(readRichText(xml)));
    }
    checkXml(xml, fileName, part);
    return strings;
}

// ---- numbers and dates ----

std::optional<QString> excelDateText(double serial, bool date1904)
{
    // Half a millisecond: 45000.9999999999 is midnight of the next day, as Excel shows it.
    const double days = std::floor(serial + 0.5 / 86400000.0);
    if (!(days >= 0 && days <= 2958465)) // 31.12.9999
        return std::nullopt;
    const auto n = qint64(days);
    const QString format = u"dd.MM.yyyy"_s;
    if (date1904)
        return QDate(1904, 1, 1).addDays(n).toString(format);
    // The 1900 system counts a 29 February 1900 that never was (Lotus 1-2-3
    // compatibility): serial 60; serial 0 is shown by Excel as 00.01.1900.
    if (n == 0)
        return u"00.01.1900"_s;
    if (n == 60)
        return u"29.02.1900"_s;
    return QDate(1899, 12, n < 60 ? 31 : 30).addDays(n).toString(format);
}

QString timeText(double serial)
{
    const qint64 seconds = std::llround(serial * 86400.0);
    if (seconds < 0)
        return QString::number(serial, 'g', 15);
    // Whole hours, so that elapsed times ([h]:mm) past a day stay right.
    QString text = u"%1:%2"_s.arg(seconds / 3600).arg((seconds / 60) % 60, 2, 10, QChar(u'0'));
    if (seconds % 60)
        text += u':' + QString::number(seconds % 60).rightJustified(2, u'0');
    return text;
}

// Integers exactly as typed (SNILS, INN: no ".0", no exponent); others with
// the 15 significant digits Excel keeps.
QString numberText(const QString &raw, double value)
{
    static const auto isInteger = [](QStringView s) {
        const QStringView digits = s.startsWith(u'-') ? s.sliced(1) : s;
        return !digits.isEmpty()
            && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if (isInteger(raw))
        return raw;
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

// ---- the worksheet ----

struct SheetContext
{
    QStringList sharedStrings;
    QList<NumberKind> styles;
    bool date1904 = false;
};

// "C7" -> 2; -1 when the reference has no column letters.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && i < 3; ++i) {
        const QChar c = reference[i].toUpper();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
    }
    return i == 0 ? -1 : column - 1;
}

QString cellText(QStringView type, int style, const QString &value, const std::optional<QString> &inlineText,
                 const SheetContext &context)
{
    if (type == u"s") {
        bool ok = false;
        const int index = value.toInt(&ok);
        return ok && index >= 0 && index < context.sharedStrings.size() ? context.sharedStrings[index]
                                                                       : QString();
    }
    if (type == u"inlineStr")
        return decodeEscapes(inlineText.value_or(value));
    if (type == u"str" || type == u"e")
        return decodeEscapes(value);
    if (type == u"b")
        return value.isEmpty() ? QString() : value.trimmed() == u"1" ? u"TRUE"_s : u"FALSE"_s;
    if (type == u"d") { // ISO 8601, written by some generators and strict OOXML
        const QDate date = QDate::fromString(value.left(10), Qt::ISODate);
        return date.isValid() ? date.toString(u"dd.MM.yyyy"_s) : value;
    }

    const QString raw = value.trimmed();
    bool ok = false;
    const double number = raw.toDouble(&ok);
    if (!ok)
        return raw;
    const NumberKind kind = style >= 0 && style < context.styles.size() ? context.styles[style]
                                                                        : NumberKind::Plain;
    if (kind == NumberKind::Date) {
        if (const auto date = excelDateText(number, context.date1904))
            return *date;
    } else if (kind == NumberKind::Time) {
        return timeText(number);
    }
    return numberText(raw, number);
}

// At the start of <row>: the cells by column, gaps filled with empty strings.
QStringList readRow(QXmlStreamReader &xml, const SheetContext &context)
{
    QStringList cells;
    int lastColumn = -1;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"c") {
            xml.skipCurrentElement();
            continue;
        }
        const QXmlStreamAttributes attributes = xml.attributes();
        int column = columnOf(attributes.value("r"_L1));
        if (column < 0) // r is optional: the next column then
            column = lastColumn + 1;
        lastColumn = column;
        const QString type = attributes.value("t"_L1).toString();
        const int style = attributes.value("s"_L1).toInt();

        QString value;
        std::optional<QString> inlineText;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"v")
                value = xml.readElementText();
            else if (xml.name() == u"is")
                inlineText = readRichText(xml);
            else
                xml.skipCurrentElement(); // <f>: the cached value in <v> is what the user sees
        }
        const QString text = cellText(type, style, value, inlineText, context).trimmed();
        if (text.isEmpty() || column >= kMaxColumns)
            continue;
        while (cells.size() < column)
            cells.append(QString());
        if (cells.size() == column)
            cells.append(text);
        else
            cells[column] = text;
    }
    return cells;
}

Table readSheet(const QByteArray &bytes, const SheetContext &context, const QString &fileName,
                const QString &part)
{
    Table table;
    bool haveHeader = false;
    int lastRow = 0;
    qint64 cellCount = 0;
    const auto tooManyCells = [&] {
        return Error(XlsxReader::tr("%1 has more than %L2 cells, far more than a list to import; check that "
                                    "this is the right file.")
                         .arg(fileName)
                         .arg(Table::kMaxCells));
    };
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"row")
            continue;
        bool ok = false;
        int rowNumber = xml.attributes().value("r"_L1).toInt(&ok);
        // r is optional: the next row then. Rows ascend in a valid sheet; a
        // file that breaks that (or goes past Excel's last row) is numbered
        // in order of appearance, so that row numbers stay unique and ordered.
        if (!ok || rowNumber <= lastRow || rowNumber > kMaxRows)
            rowNumber = lastRow + 1;
        lastRow = rowNumber;
        QStringList cells = readRow(xml, context);
        if (cells.isEmpty())
            continue; // readRow keeps no empty trailing cells, so this is a blank row
        // Counted with the padding to come; blank rows (Excel writes a
        // million of them for a formatted column) take nothing.
        cellCount += std::max(cells.size(), table.header.size());
        if (cellCount > Table::kMaxCells)
            throw tooManyCells();
        if (!haveHeader) {
            table.header = std::move(cells);
            table.headerRow = rowNumber;
            haveHeader = true;
        } else {
            table.rows.append(TableRow{rowNumber, std::move(cells)});
        }
    }
    checkXml(xml, fileName, part);
    // Callers index cells by header column.
    if (qint64(table.rows.size() + 1) * table.header.size() > Table::kMaxCells)
        throw tooManyCells();
    for (TableRow &row : table.rows) {
        while (row.cells.size() < table.header.size())
            row.cells.append(QString());
    }
    return table;
}

} // namespace

Table XlsxReader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot open %1: %2").arg(nativePath(path), file.errorString()));
    return readDevice(file, QFileInfo(path).fileName());
}

Table XlsxReader::parse(const QByteArray &bytes, const QString &fileName)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readDevice(buffer, fileName);
}

Table XlsxReader::readDevice(QIODevice &file, const QString &fileName)
{
    // An OLE compound file: .xls, or an .xlsx encrypted with a password.
    if (file.peek(8) == QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        throw Error(tr("%1 is an old Excel 97-2003 workbook or a password-protected file, not an "
                       ".xlsx workbook. Open it in Excel or LibreOffice Calc and save it as .xlsx "
                       "without a password.")
                        .arg(fileName));
    }
    const Package package(&file, fileName);
    if (!package.isOpen())
        throwNotWorkbook(fileName);
    package.checkSizes();

    const QString workbookPart = targetOfType(readRelationships(package, QString(), fileName), u"officeDocument")
                                     .value_or(u"xl/workbook.xml"_s);
    const auto workbookBytes = package.read(workbookPart);
    if (!workbookBytes) {
        const auto mimetype = package.read(u"mimetype"_s);
        if (mimetype && mimetype->contains("opendocument.spreadsheet")) {
            throw Error(tr("%1 is a LibreOffice .ods spreadsheet. Save it as .xlsx or .csv in "
                           "LibreOffice Calc.")
                            .arg(fileName));
        }
        throwNotWorkbook(fileName);
    }
    const Workbook workbook = readWorkbook(*workbookBytes, fileName, workbookPart);
    const Relationships relationships = readRelationships(package, workbookPart, fileName);

    // The first sheet the user sees as a tab; a hidden one only if all are hidden.
    std::optional<QString> sheetPart;
    for (const bool acceptHidden : {false, true}) {
        for (const SheetEntry &sheet : workbook.sheets) {
            const auto relationship = relationships.constFind(sheet.relationshipId);
            if (relationship == relationships.cend() || !relationship->type.endsWith(u"/worksheet")
                || (sheet.hidden && !acceptHidden))
                continue;
            sheetPart = relationship->target;
            break;
        }
        if (sheetPart)
            break;
    }
    if (!sheetPart)
        throw Error(tr("%1 is not an Excel .xlsx workbook: it has no worksheet.").arg(fileName));

    SheetContext context;
    context.date1904 = workbook.date1904;
    const QString stringsPart = targetOfType(relationships, u"sharedStrings").value_or(u"xl/sharedStrings.xml"_s);
    if (const auto bytes = package.read(stringsPart))
        context.sharedStrings = readSharedStrings(*bytes, fileName, stringsPart);
    const QString stylesPart = targetOfType(relationships, u"styles").value_or(u"xl/styles.xml"_s);
    if (const auto bytes = package.read(stylesPart))
        context.styles = readStyles(*bytes, fileName, stylesPart);

    const auto sheetBytes = package.read(*sheetPart);
    if (!sheetBytes)
        throwDamaged(fileName, *sheetPart, tr("the worksheet is missing"));
    return readSheet(*sheetBytes, context, fileName, *sheetPart);
}

} // namespace profrost
