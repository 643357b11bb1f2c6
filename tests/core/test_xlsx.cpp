// XlsxReader, the XLSX side of TableWriter and TableReader's dispatch.
// Fixtures are built in the test: a hand-written minimal workbook (zipped
// with minizip) and round trips through TableWriter.
#include "io/TableReader.h"
#include "io/TableWriter.h"
#include "io/XlsxReader.h"
#include "support/TestSupport.h"
#include "util/Error.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <minizip/unzip.h>
#include <minizip/zip.h>

#include <functional>
#include <string>
#include <utility>
#include <vector>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

using Cells = std::vector<std::string>;

Cells cells(const QStringList &list)
{
    Cells out;
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

std::string errorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &e) {
        return e.message().toStdString();
    }
    return "(no error)";
}

using ZipEntries = std::vector<std::pair<const char *, QByteArray>>;

void writeZip(const QString &path, const ZipEntries &entries)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    REQUIRE(zip != nullptr);
    for (const auto &[name, data] : entries) {
        REQUIRE(zipOpenNewFileInZip(zip, name, nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                    Z_DEFAULT_COMPRESSION)
                == ZIP_OK);
        REQUIRE(zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK);
        REQUIRE(zipCloseFileInZip(zip) == ZIP_OK);
    }
    REQUIRE(zipClose(zip, nullptr) == ZIP_OK);
}

QByteArray readZipEntry(const QString &path, const char *name)
{
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    REQUIRE(zip != nullptr);
    QByteArray data;
    if (unzLocateFile(zip, name, 1) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[4096];
        int n = 0;
        while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            data.append(buffer, n);
        unzCloseCurrentFile(zip);
    }
    unzClose(zip);
    return data;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}


const QByteArray kMainNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

QByteArray worksheet(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet " + kMainNs
        + "><sheetData>" + rows + "</sheetData></worksheet>";
}

// A workbook as Excel structures it, small enough to read: the first tab is
// hidden, the first visible tab ("Педагоги") is sheet2.xml, reached through
// the relationships rather than by file name.
ZipEntries handBuiltWorkbook(const QByteArray &workbookPr, const QByteArray &targetSheetRows)
{
    const QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        "</Relationships>";
    const QByteArray workbook =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook " + kMainNs
        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" + workbookPr
        + "<sheets>"
          "<sheet name=\"Скрытый\" sheetId=\"3\" state=\"hidden\" r:id=\"rId3\"/>"
          "<sheet name=\"Педагоги\" sheetId=\"1\" r:id=\"rId2\"/>"
          "<sheet name=\"Прочее\" sheetId=\"2\" r:id=\"rId1\"/>"
          "</sheets></workbook>";
    const QByteArray workbookRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>"
        "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet3.xml\"/>"
        "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        "<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        "</Relationships>";
    const QByteArray sharedStrings =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst " + kMainNs + " count=\"4\" uniqueCount=\"4\">"
        "<si><t>ФИО</t></si>"
        "<si><t>Дата рождения</t></si>"
        "<si><r><rPr><b/></rPr><t>Иванова</t></r><r><t xml:space=\"preserve\"> Анна</t></r>"
        "<rPh sb=\"0\" eb=\"1\"><t>phonetic guide, not shown</t></rPh></si>"
        "<si><t>A_x0026_B</t></si>"
        "</sst>";
    // cellStyleXfs must not shift the cellXfs indices; 165 is a number with
    // a quoted unit, not a date; 166 is an elapsed time.
    const QByteArray styles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<styleSheet " + kMainNs + ">"
        "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy;@\"/>"
        "<numFmt numFmtId=\"165\" formatCode=\"0.00&quot;д.&quot;\"/>"
        "<numFmt numFmtId=\"166\" formatCode=\"[h]:mm\"/></numFmts>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
        "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
        "<xf numFmtId=\"165\"/><xf numFmtId=\"166\"/></cellXfs>"
        "</styleSheet>";
    return {
        {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {"_rels/.rels", rels},
        {"xl/workbook.xml", workbook},
        {"xl/_rels/workbook.xml.rels", workbookRels},
        {"xl/sharedStrings.xml", sharedStrings},
        {"xl/styles.xml", styles},
        {"xl/worksheets/sheet1.xml", worksheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>wrong sheet</t></is></c></row>")},
        {"xl/worksheets/sheet2.xml", worksheet(targetSheetRows)},
        {"xl/worksheets/sheet3.xml", worksheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>hidden sheet</t></is></c></row>")},
    };
}

} // namespace

TEST_CASE("A hand-built workbook: strings, gaps, numbers, dates and row numbers", "[io]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"педагоги.xlsx"_s);
    writeZip(path, handBuiltWorkbook(
        "<workbookPr defaultThemeVersion=\"124226\"/>",
        // Row 2 is the header, with a gap in column B; row 3 is blank.
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"inlineStr\"><is><t>СНИЛС</t></is></c>"
        "<c r=\"D2\" t=\"s\"><v>1</v></c><c r=\"E2\" t=\"inlineStr\"><is><t>Прочее</t></is></c></row>"
        "<row r=\"3\"><c r=\"A3\" s=\"1\"/></row>"
        "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>2</v></c><c r=\"C4\"><v>11223344595</v></c>"
        "<c r=\"D4\" s=\"1\"><v>31121</v></c><c r=\"E4\" t=\"b\"><v>1</v></c></row>"
        "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><r><t>Пет</t></r><r><t>ров</t></r></is></c>"
        "<c r=\"C5\" s=\"3\"><v>2.5</v></c><c r=\"D5\" s=\"2\"><v>60</v></c>"
        "<c r=\"E5\"><f>1+2</f><v>3</v></c></row>"
        "<row r=\"7\"><c r=\"A7\" t=\"s\"><v>3</v></c><c r=\"D7\" s=\"2\"><v>61</v></c>"
        "<c r=\"E7\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c></row>"
        "<row r=\"8\"><c r=\"A8\" t=\"inlineStr\"><is><t>  с пробелами  </t></is></c>"
        "<c r=\"C8\"><v>1.1223344595E10</v></c><c r=\"D8\" s=\"1\"><v>1</v></c><c r=\"E8\" s=\"4\"><v>1.5</v></c></row>"
        // No r attributes at all: the next row, the next columns.
        "<row><c t=\"inlineStr\"><is><t>Без ссылок</t></is></c><c><v>7</v></c></row>"));

    const Table table = XlsxReader::read(path);
    CHECK(table.headerRow == 2);
    CHECK(cells(table.header) == Cells{"ФИО", "", "СНИЛС", "Дата рождения", "Прочее"});
    REQUIRE(table.rows.size() == 5);

    CHECK(table.rows[0].sourceRow == 4);
    CHECK(cells(table.rows[0].cells) == Cells{"Иванова Анна", "", "11223344595", "15.03.1985", "TRUE"});

    CHECK(table.rows[1].sourceRow == 5);
    // Excel's fake 29 February 1900 (serial 60) and a formula's cached value.
    CHECK(cells(table.rows[1].cells) == Cells{"Петров", "", "2.5", "29.02.1900", "3"});

    CHECK(table.rows[2].sourceRow == 7);
    CHECK(cells(table.rows[2].cells) == Cells{"A&B", "", "", "01.03.1900", "ab"});

    CHECK(table.rows[3].sourceRow == 8);
    CHECK(cells(table.rows[3].cells) == Cells{"с пробелами", "", "11223344595", "01.01.1900", "36:00"});

    CHECK(table.rows[4].sourceRow == 9);
    CHECK(cells(table.rows[4].cells) == Cells{"Без ссылок", "7", "", "", ""});
}

TEST_CASE("Workbooks in the 1904 date system (old Mac Excel) give the right dates", "[io]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"mac.xlsx"_s);
    writeZip(path, handBuiltWorkbook("<workbookPr date1904=\"1\"/>",
                                     "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Дата</t></is></c></row>"
                                     "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>0</v></c></row>"
                                     "<row r=\"3\"><c r=\"A3\" s=\"2\"><v>29659</v></c></row>"));
    const Table table = XlsxReader::read(path);
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].cells.value(0) == u"01.01.1904");
    CHECK(table.rows[1].cells.value(0) == u"15.03.1985");
}

TEST_CASE("TableWriter's xlsx reads back the same: Cyrillic, dates, SNILS, row numbers", "[io]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"Педагоги.xlsx"_s);
    const QStringList header{u"ФИО"_s, u"Дата рождения"_s, u"СНИЛС"_s, u"Примечание"_s};
    const QList<QStringList> rows{
        {u"Иванова Анна Петровна"_s, u"12.03.1985"_s, u"11223344595"_s, u"строка 1\nстрока 2"_s},
        {u"Щукин Ёжиков"_s, QString(), u"112-233-445 95"_s, u"31.02.2020"_s},
        {u"Нулёв"_s, u"01.01.1900"_s, u"00123"_s, u"=1+1"_s},
    };
    TableWriter::write(path, header, rows, u"Педагоги: список [2024]"_s);

    const Table table = TableReader::read(path);
    CHECK(table.headerRow == 1);
    CHECK(cells(table.header) == cells(header));
    REQUIRE(table.rows.size() == 3);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        CHECK(table.rows[i].sourceRow == i + 2);
        CHECK(cells(table.rows[i].cells) == cells(rows[i]));
    }

    // The date is a real Excel date (serial 31118), so Excel sorts and filters it as one.
    const QByteArray sheet = readZipEntry(path, "xl/worksheets/sheet1.xml");
    CHECK(sheet.contains("<v>31118</v>"));
    CHECK(sheet.contains("<pane ySplit=\"1\""));
    CHECK(readZipEntry(path, "xl/workbook.xml").contains("name=\"Педагоги список 2024\""));
    CHECK_FALSE(QFile::exists(path + u".tmp"_s));
}

TEST_CASE("Coloured cells of an xlsx export carry their fill, and the others none", "[io]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"map.xlsx"_s);
    TableWriter::write(path, {u"ОО"_s, u"Предметная"_s, u"Цифровая"_s},
                       {{u"СОШ № 1"_s, u"60 % (3 из 5)"_s, u"0 % (0 из 2)"_s}, {u"Итого"_s, u"50 % (1 из 2)"_s, {}}},
                       u"Карта"_s, {{0, 0xFFC7CE, 0xC6EFCE}, {0, 0xFFC7CE}});
    const QByteArray styles = readZipEntry(path, "xl/styles.xml");
    // Two fills of our own besides Excel's two defaults, each used by its cells.
    CHECK(styles.contains("rgb=\"FFFFC7CE\""));
    CHECK(styles.contains("rgb=\"FFC6EFCE\""));
    CHECK(styles.contains("<fills count=\"4\">"));
    const QByteArray sheet = readZipEntry(path, "xl/worksheets/sheet1.xml");
    // A2 has no style; B2 and B3 share the red one.
    CHECK(sheet.contains("<c r=\"A2\" t=\"s\">"));
    CHECK(sheet.contains("<c r=\"B2\" s=\""));
    const auto styleOf = [&](const char *cell) {
        const QByteArray marker = QByteArray("<c r=\"") + cell + "\" s=\"";
        const qsizetype at = sheet.indexOf(marker);
        return at < 0 ? QByteArray() : sheet.mid(at + marker.size(), sheet.indexOf('"', at + marker.size()) - at - marker.size());
    };
    CHECK_FALSE(styleOf("B2").isEmpty());
    CHECK(styleOf("B2") == styleOf("B3"));
    CHECK(styleOf("B2") != styleOf("C2"));
    CHECK(TableReader::read(path).rows.at(0).cells == QStringList{u"СОШ № 1"_s, u"60 % (3 из 5)"_s, u"0 % (0 из 2)"_s});
}

TEST_CASE("A failed xlsx export leaves the existing file untouched", "[io]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"отчёт.xlsx"_s);
    writeFile(path, "previous export");

    // Excel cells hold at most 32767 characters.
    const QString tooLong(40000, u'я');
    const std::string message = errorOf([&] { TableWriter::write(path, {u"A"_s}, {{tooLong}}); });
    CHECK_THAT(message, Catch::Contains("отчёт.xlsx"));
    CHECK_THAT(message, Catch::Contains("row 2"));
    CHECK(readBytes(path) == "previous export");
    CHECK_FALSE(QFile::exists(path + u".tmp"_s));
}

TEST_CASE("Files that are not .xlsx workbooks give a clear error naming the file", "[io]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("text named .xlsx")
    {
        const QString path = dir.filePath(u"список.xlsx"_s);
        writeFile(path, "ФИО;Дата\nИванов;01.01.1980\n");
        const std::string message = errorOf([&] { XlsxReader::read(path); });
        CHECK_THAT(message, Catch::Contains("список.xlsx"));
        CHECK_THAT(message, Catch::Contains("not an Excel .xlsx workbook"));
    }
    SECTION("a zip that holds no workbook")
    {
        const QString path = dir.filePath(u"архив.xlsx"_s);
        writeZip(path, {{"readme.txt", "hello"}});
        const std::string message = errorOf([&] { XlsxReader::read(path); });
        CHECK_THAT(message, Catch::Contains("архив.xlsx"));
        CHECK_THAT(message, Catch::Contains("not an Excel .xlsx workbook"));
    }
    SECTION("an old .xls (OLE) file renamed to .xlsx")
    {
        const QString path = dir.filePath(u"старый.xlsx"_s);
        writeFile(path, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
        const std::string message = errorOf([&] { TableReader::read(path); });
        CHECK_THAT(message, Catch::Contains("старый.xlsx"));
        CHECK_THAT(message, Catch::Contains("save it as .xlsx"));
    }
    SECTION("a damaged sheet")
    {
        const QString path = dir.filePath(u"битый.xlsx"_s);
        writeZip(path, handBuiltWorkbook({}, "<row r=\"1\"><c r=\"A1\"><v>1</v></row>"));
        const std::string message = errorOf([&] { XlsxReader::read(path); });
        CHECK_THAT(message, Catch::Contains("битый.xlsx"));
        CHECK_THAT(message, Catch::Contains("damaged"));
    }
}

TEST_CASE("TableReader picks the reader and explains files it cannot read", "[io]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("a missing file is named")
    {
        const std::string message = errorOf([&] { TableReader::read(dir.filePath(u"нет.xlsx"_s)); });
        CHECK_THAT(message, Catch::Contains("нет.xlsx"));
    }
    SECTION(".xls asks to save as .xlsx or .csv")
    {
        const QString path = dir.filePath(u"кадры.xls"_s);
        writeFile(path, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
        const std::string message = errorOf([&] { TableReader::read(path); });
        CHECK_THAT(message, Catch::Contains("кадры.xls"));
        CHECK_THAT(message, Catch::Contains(".xlsx") && Catch::Contains(".csv"));
    }
    SECTION("other file types are refused by name")
    {
        const QString path = dir.filePath(u"кадры.pdf"_s);
        writeFile(path, "%PDF-1.4");
        CHECK_THAT(errorOf([&] { TableReader::read(path); }), Catch::Contains("кадры.pdf"));
    }
    SECTION("a workbook renamed to .csv is still read as a workbook")
    {
        const QString path = dir.filePath(u"выгрузка.xlsx"_s);
        TableWriter::write(path, {u"ФИО"_s}, {{u"Орлова"_s}});
        const QString renamed = dir.filePath(u"выгрузка.csv"_s);
        REQUIRE(QFile::rename(path, renamed));
        const Table table = TableReader::read(renamed);
        CHECK(cells(table.header) == Cells{"ФИО"});
        REQUIRE(table.rows.size() == 1);
        CHECK(cells(table.rows[0].cells) == Cells{"Орлова"});
    }
}
