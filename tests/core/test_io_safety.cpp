// Data safety at the door (issue 11): exports that cannot run code, limits
// on what a file may hold, encodings, and row numbers as the user sees them.
#include <catch2/catch.hpp>

#include "io/CsvInjection.h"
#include "io/CsvReader.h"
#include "io/ImportPipeline.h"
#include "io/TableReader.h"
#include "io/TableWriter.h"
#include "io/TeacherExport.h"
#include "io/TeacherImporter.h"
#include "io/XlsxReader.h"
#include "store/DictionaryRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "util/Error.h"
#include "util/QuotedValue.h"

#include <QFile>
#include <QStringEncoder>

#include <minizip/zip.h>
#include <zlib.h>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {


void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray cp1251(const QString &text)
{
    QStringEncoder encoder("windows-1251");
    REQUIRE(encoder.isValid());
    return encoder.encode(text);
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

// "row:column" of every rejection, to compare previews of two files.
QStringList rejections(const ImportPreview &p)
{
    QStringList out;
    for (const RowIssue &e : p.errors)
        out << u"%1:%2"_s.arg(e.row).arg(e.column);
    return out;
}

const QStringList kTeacherHeader{u"ФИО"_s,        u"Дата рождения"_s, u"Муниципалитет"_s, u"Организация"_s,
                                 u"Должность"_s,  u"Предметы"_s,      u"Телефон"_s};

QStringList teacherRow(const QString &fullName, const QString &organisation = u"МБОУ СОШ № 1"_s,
                       const QString &phone = QString(), const QString &subjects = u"физика"_s)
{
    return {fullName, u"10.10.1985"_s, u"Ермаковский район"_s, organisation, u"учитель"_s, subjects, phone};
}

TeacherImporter::Preview previewOf(Database &db, const QString &file)
{
    return TeacherImporter(db, referenceDay()).preview(TableReader::read(file));
}

// A zip entry whose deflated data is `packed` (raw deflate of `content`) and
// whose central directory declares `declaredSize`: what a hand-made zip
// bomb or a lying archive looks like.
void addRawEntry(zipFile zip, const char *name, const QByteArray &content, quint64 declaredSize)
{
    z_stream stream{};
    REQUIRE(deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK);
    QByteArray packed(qsizetype(deflateBound(&stream, uLong(content.size()))), '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(content.constData()));
    stream.avail_in = uInt(content.size());
    stream.next_out = reinterpret_cast<Bytef *>(packed.data());
    stream.avail_out = uInt(packed.size());
    REQUIRE(deflate(&stream, Z_FINISH) == Z_STREAM_END);
    packed.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    const uLong crc = crc32(0, reinterpret_cast<const Bytef *>(content.constData()), uInt(content.size()));

    REQUIRE(zipOpenNewFileInZip2_64(zip, name, nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                    Z_BEST_COMPRESSION, 1, 1)
            == ZIP_OK);
    REQUIRE(zipWriteInFileInZip(zip, packed.constData(), unsigned(packed.size())) == ZIP_OK);
    REQUIRE(zipCloseFileInZipRaw64(zip, declaredSize, crc) == ZIP_OK);
}

// A valid small workbook whose worksheet part is replaced by `sheet`,
// declared as `declaredSize` bytes.
void writeWorkbookWithSheet(const QString &path, const QByteArray &sheet, quint64 declaredSize)
{
    const QByteArray contentTypes =
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
        "spreadsheetml.sheet.main+xml\"/></Types>";
    const QByteArray rels =
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    const QByteArray workbook =
        "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        "<sheet name=\"Лист1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const QByteArray workbookRels =
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";

    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    REQUIRE(zip != nullptr);
    addRawEntry(zip, "[Content_Types].xml", contentTypes, quint64(contentTypes.size()));
    addRawEntry(zip, "_rels/.rels", rels, quint64(rels.size()));
    addRawEntry(zip, "xl/workbook.xml", workbook, quint64(workbook.size()));
    addRawEntry(zip, "xl/_rels/workbook.xml.rels", workbookRels, quint64(workbookRels.size()));
    addRawEntry(zip, "xl/worksheets/sheet1.xml", sheet, declaredSize);
    REQUIRE(zipClose(zip, nullptr) == ZIP_OK);
}

QByteArray sheetXml(const QByteArray &rows)
{
    return "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
           "<sheetData>" + rows + "</sheetData></worksheet>";
}

} // namespace

// ---- item 5: exports that cannot run code ----

TEST_CASE("CSV cells that a spreadsheet would run get an apostrophe, which the import removes", "[io][safety]")
{
    CHECK(CsvInjection::defuse(u"=1+2"_s) == u"'=1+2"_s);
    CHECK(CsvInjection::defuse(u"+7 913 111-22-33"_s) == u"'+7 913 111-22-33"_s);
    CHECK(CsvInjection::defuse(u"-"_s) == u"'-"_s);
    CHECK(CsvInjection::defuse(u"@SUM(A1)"_s) == u"'@SUM(A1)"_s);
    CHECK(CsvInjection::defuse(u"\tx"_s) == u"'\tx"_s);
    CHECK(CsvInjection::defuse(u"\rx"_s) == u"'\rx"_s);
    CHECK(CsvInjection::defuse(u"Иванова"_s) == u"Иванова"_s);
    CHECK(CsvInjection::defuse(u"a=b"_s) == u"a=b"_s);
    CHECK(CsvInjection::defuse(QString()) == QString());
    // Only the apostrophe the export adds is taken off again.
    CHECK(CsvInjection::restore(u"'=1+2"_s) == u"=1+2"_s);
    CHECK(CsvInjection::restore(u"'-"_s) == u"-"_s);
    CHECK(CsvInjection::restore(u"'t Hooft"_s) == u"'t Hooft"_s);
    CHECK(CsvInjection::restore(u"'"_s) == u"'"_s);
    CHECK(CsvInjection::restore(u"''=x"_s) == u"''=x"_s);
}

TEST_CASE("A teacher named like a formula is exported harmless to CSV and re-imported unchanged", "[io][safety][export]")
{
    ClockScope clock;
    TempDatabase t;
    DictionaryRepository(t.db()).ensureMunicipality(u"Ермаковский район"_s);
    const QString formula = u"=HYPERLINK(\"http://evil.example/?q=1\";\"Жми\")"_s;
    // The source is an .xlsx, whose cells are plain strings: nothing there to defuse.
    const QString source = t.file(u"registry.xlsx"_s);
    TableWriter::write(source, kTeacherHeader,
                       {teacherRow(formula + u" Анна -"_s, u"@Школа"_s, u"+7 913 111-22-33"_s, u"-"_s)});
    const auto preview = previewOf(t.db(), source);
    REQUIRE(preview.errors.isEmpty());
    TeacherImporter(t.db(), referenceDay()).apply(preview);

    const QString exported = t.file(u"teachers.csv"_s);
    TeacherExport::write(exported, TeacherRepository(t.db()).rows(referenceDay()));
    const QByteArray bytes = readBytes(exported);
    CHECK(bytes.contains("'=HYPERLINK("));
    CHECK(bytes.contains("'+7 913 111-22-33"));
    CHECK(bytes.contains(";'-;"));
    CHECK(bytes.contains("'@Школа"));
    // No cell of the file begins with a formula character: each one is
    // preceded by the apostrophe (or is inside quotes after one).
    for (const QByteArray &line : bytes.split('\n')) {
        for (const QByteArray &cell : line.split(';')) {
            const QByteArray bare = cell.startsWith('"') ? cell.mid(1) : cell;
            INFO(cell.toStdString());
            CHECK_FALSE((bare.startsWith('=') || bare.startsWith('+') || bare.startsWith('@')));
        }
    }

    const Table table = TableReader::read(exported);
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].cells.contains(u"+7 913 111-22-33"_s));
    CHECK(table.rows[0].cells.contains(u"@Школа"_s));
    CHECK(std::any_of(table.rows[0].cells.cbegin(), table.rows[0].cells.cend(),
                      [&](const QString &c) { return c.startsWith(formula); }));
    const ImportOutcome again = TeacherImporter(t.db(), referenceDay()).apply(previewOf(t.db(), exported));
    CHECK(again.imported == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 1);
}

TEST_CASE("XLSX exports keep formula-like cells as plain strings", "[io][safety][export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.xlsx"_s);
    TableWriter::write(path, {u"ФИО"_s, u"Телефон"_s}, {{u"=1+2"_s, u"+7 913 111-22-33"_s}, {u"-"_s, u"@x"_s}});
    const Table table = XlsxReader::read(path);
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].cells == QStringList{u"=1+2"_s, u"+7 913 111-22-33"_s});
    CHECK(table.rows[1].cells == QStringList{u"-"_s, u"@x"_s});
}

// ---- item 7: limits and encodings ----

TEST_CASE("A workbook that declares more than 200 MB is refused before it is inflated", "[io][safety]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bomb.xlsx"_s);
    // A few bytes of real data, declared as 300 MB: inflating it is never tried.
    writeWorkbookWithSheet(path, sheetXml("<row r=\"1\"><c t=\"inlineStr\"><is><t>ФИО</t></is></c></row>"),
                           300ULL * 1024 * 1024);
    const std::string message = errorOf([&] { TableReader::read(path); });
    CHECK_THAT(message, Catch::Contains("bomb.xlsx") && Catch::Contains("200 MB"));
}

TEST_CASE("A workbook part that inflates more than 100 times is refused", "[io][safety]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ratio.xlsx"_s);
    // 4 MB of one repeated empty row compresses about 1000:1.
    QByteArray rows = "<row r=\"1\"><c t=\"inlineStr\"><is><t>ФИО</t></is></c></row>";
    rows += QByteArray(4 * 1024 * 1024, ' ');
    const QByteArray sheet = sheetXml(rows);
    writeWorkbookWithSheet(path, sheet, quint64(sheet.size()));
    const std::string message = errorOf([&] { TableReader::read(path); });
    CHECK_THAT(message, Catch::Contains("ratio.xlsx") && Catch::Contains("xl/worksheets/sheet1.xml")
                            && Catch::Contains("times"));
}

TEST_CASE("Inflating stops when a part gives more than its zip entry declares", "[io][safety]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"liar.xlsx"_s);
    QByteArray rows = "<row r=\"1\"><c t=\"inlineStr\"><is><t>ФИО</t></is></c></row>";
    rows += QByteArray(64 * 1024, ' ');
    writeWorkbookWithSheet(path, sheetXml(rows), 1000); // 64 KB of data, declared as 1000 bytes
    const std::string message = errorOf([&] { TableReader::read(path); });
    // minizip stops at the declared size and finds the checksum wrong.
    CHECK_THAT(message, Catch::Contains("liar.xlsx") && Catch::Contains("damaged"));

    // The same data declared truthfully reads.
    const QString honest = dir.filePath(u"honest.xlsx"_s);
    const QByteArray sheet = sheetXml(rows);
    writeWorkbookWithSheet(honest, sheet, quint64(sheet.size()));
    CHECK(TableReader::read(honest).header == QStringList{u"ФИО"_s});
}

TEST_CASE("A table whose padding would need more than 5 million cells is refused", "[io][safety]")
{
    QTemporaryDir dir;
    // One header cell at XFD (column 16,384) would pad each of 400 rows to
    // 16,384 cells: 6.5 million empty cells from a file of a few kilobytes.
    QByteArray rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ФИО</t></is></c>"
                      "<c r=\"XFD1\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
    for (int r = 2; r <= 401; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) + "\"><v>1</v></c></row>";
    const QString wide = dir.filePath(u"wide.xlsx"_s);
    const QByteArray sheet = sheetXml(rows);
    writeWorkbookWithSheet(wide, sheet, quint64(sheet.size()));
    CHECK_THAT(errorOf([&] { TableReader::read(wide); }), Catch::Contains("wide.xlsx") && Catch::Contains("cells"));

    // The same in CSV: 10,000 header columns, 600 one-cell rows.
    QByteArray csv = "ФИО" + QByteArray(9999, ';') + "x\n";
    for (int r = 0; r < 600; ++r)
        csv += "Иванова\n";
    CHECK_THAT(errorOf([&] { CsvReader::parse(csv); }), Catch::Contains("cells"));

    // 300 rows of that width are within the limit and read.
    QByteArray fewer = "ФИО" + QByteArray(9999, ';') + "x\n";
    for (int r = 0; r < 300; ++r)
        fewer += "Иванова\n";
    const Table table = CsvReader::parse(fewer);
    REQUIRE(table.rows.size() == 300);
    CHECK(table.rows[299].cells.size() == 10000);
}

TEST_CASE("XLSX rows out of order are numbered in order of appearance", "[io][safety]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"order.xlsx"_s);
    const QByteArray sheet = sheetXml("<row r=\"5\"><c t=\"inlineStr\"><is><t>ФИО</t></is></c></row>"
                                      "<row r=\"3\"><c t=\"inlineStr\"><is><t>Иванова</t></is></c></row>"
                                      "<row r=\"2147483647\"><c t=\"inlineStr\"><is><t>Петрова</t></is></c></row>"
                                      "<row><c t=\"inlineStr\"><is><t>Сидорова</t></is></c></row>"
                                      "<row r=\"9\"><c t=\"inlineStr\"><is><t>Орлова</t></is></c></row>");
    writeWorkbookWithSheet(path, sheet, quint64(sheet.size()));
    const Table table = TableReader::read(path);
    CHECK(table.headerRow == 5);
    REQUIRE(table.rows.size() == 4);
    CHECK(table.rows[0].sourceRow == 6); // r="3" after row 5
    CHECK(table.rows[1].sourceRow == 7); // past Excel's last row
    CHECK(table.rows[2].sourceRow == 8); // no r
    CHECK(table.rows[3].sourceRow == 9);
}

TEST_CASE("Messages quote at most 80 characters of a value", "[io][safety]")
{
    CHECK(QuotedValue::of(u"Иванова"_s) == u"Иванова"_s);
    CHECK(QuotedValue::of(QString(80, u'я')) == QString(80, u'я'));
    CHECK(QuotedValue::of(QString(81, u'я')) == QString(80, u'я') + u'…');
    CHECK(QuotedValue::of(u"a\nb\0c"_s) == u"a b\uFFFDc"_s);
    const QString huge(5 * 1024 * 1024, u'x');
    CHECK(QuotedValue::shortenIn(u"\"%1\" is not a date"_s.arg(huge), {huge})
          == u"\"%1…\" is not a date"_s.arg(QString(80, u'x')));
}

TEST_CASE("Over-long values and control characters are row errors in every import", "[io][safety][import]")
{
    ClockScope clock;
    TempDatabase t;
    DictionaryRepository(t.db()).ensureMunicipality(u"Ермаковский район"_s);
    const QString name200 = u"Иванова Анна "_s + QString(187, u'я');
    REQUIRE(name200.size() == 200);
    const QString org1000 = u"МБОУ "_s + QString(995, u'ш');
    REQUIRE(org1000.size() == 1000);
    const QString path = t.file(u"limits.xlsx"_s);
    TableWriter::write(path, kTeacherHeader,
                       {
                           teacherRow(name200, org1000),                              // row 2: at the limits
                           teacherRow(name200 + u'я'),                                // row 3: name of 201
                           teacherRow(u"Петров Пётр"_s, org1000 + u'ш'),             // row 4: text of 1001
                           teacherRow(u"Сидоров\u0000 Иван"_s),                       // row 5: NUL
                           teacherRow(u"Кузнецов Олег"_s, u"СОШ\u001B № 2"_s),       // row 6: escape
                           teacherRow(u"Орлова Ольга"_s, u"СОШ № 3"_s, QString(10000, u'7')), // row 7
                           teacherRow(u"Лебедева\nЕлена Ивановна"_s),                // row 8: a line break is text
                       });
    const auto preview = previewOf(t.db(), path);
    CHECK(rejections(preview)
          == QStringList{u"3:ФИО"_s, u"4:Организация"_s, u"5:ФИО"_s, u"6:Организация"_s, u"7:Телефон"_s});
    for (const RowIssue &issue : preview.errors) {
        INFO(issue.reason.toStdString());
        CHECK(issue.reason.size() < 200);
    }
    CHECK(preview.errors[0].reason.contains(u"201"));
    CHECK(preview.errors[1].reason.contains(u"1001"));
    CHECK(preview.errors[3].reason.contains(u"control"));
    // Nothing with a NUL or over the limits is kept for the apply step.
    for (const TeacherImportRecord &r : preview.records) {
        CHECK_FALSE(r.teacher.surname.contains(QChar(0)));
        CHECK(r.teacher.surname.size() <= 200);
    }
}

TEST_CASE("A NUL byte in a CSV name is a row error, not part of the name", "[io][safety][import]")
{
    ClockScope clock;
    TempDatabase t;
    DictionaryRepository(t.db()).ensureMunicipality(u"Ермаковский район"_s);
    const QString path = t.file(u"nul.csv"_s);
    QByteArray bytes("ФИО;Дата рождения;Муниципалитет;Организация;Должность\n"
                     "Сидорова Анна;10.10.1985;Ермаковский район;СОШ № 1;учитель\n"
                     "Сидоров");
    bytes += '\0';
    bytes += " Иван;10.10.1985;Ермаковский район;СОШ № 1;учитель\n";
    writeBytes(path, bytes);
    const auto preview = previewOf(t.db(), path);
    CHECK(rejections(preview) == QStringList{u"3:ФИО"_s});
    REQUIRE(preview.errors.size() == 1);
    CHECK(preview.errors[0].reason.contains(u"code 0"));
    REQUIRE(preview.records.size() == 1);
    CHECK(preview.records[0].teacher.surname == u"Сидорова"_s);
}

TEST_CASE("A 5 MB cell is not echoed whole into a message", "[io][safety][import]")
{
    ClockScope clock;
    TempDatabase t;
    DictionaryRepository(t.db()).ensureMunicipality(u"Ермаковский район"_s);
    const QString path = t.file(u"huge.csv"_s);
    const QByteArray huge(5 * 1024 * 1024, 'x');
    writeBytes(path, "ФИО;Дата рождения;Муниципалитет;Организация;Должность\n"
                     "Иванова Анна;" + huge + ";Ермаковский район;СОШ № 1;учитель\n"
                     "Петрова Анна;" + QByteArray(999, 'y') + ";Ермаковский район;СОШ № 1;учитель\n");
    const auto preview = previewOf(t.db(), path);
    REQUIRE(preview.errors.size() >= 2);
    for (const RowIssue &issue : preview.errors) {
        INFO(issue.reason.left(300).toStdString());
        CHECK(issue.reason.size() < 300);
        CHECK_FALSE(issue.reason.contains(QString(81, u'x')));
        CHECK_FALSE(issue.reason.contains(QString(81, u'y')));
    }
    // The 999-character date is under the length limit: the importer's own
    // "not a date" message quotes it, cut to 80 characters.
    CHECK(std::any_of(preview.errors.cbegin(), preview.errors.cend(), [](const RowIssue &e) {
        return e.row == 3 && e.reason.contains(QString(80, u'y') + u'…');
    }));
}

TEST_CASE("CSV encodings: UTF-8 when valid, else Windows-1251, and mixed files are refused", "[io][safety]")
{
    SECTION("valid UTF-8")
    {
        CHECK(CsvReader::decode(u"ФИО\nСёмина"_s.toUtf8()) == u"ФИО\nСёмина"_s);
    }
    SECTION("Windows-1251, even where a byte pair looks like UTF-8 Cyrillic")
    {
        // "Сё" is 0xD1 0xB8 in Windows-1251, a valid UTF-8 letter too.
        const QString text = u"ФИО;Организация\r\nСёмина Анна;СОШ\r\nРёрих Ян;ДОУ\r\n"_s;
        CHECK(CsvReader::decode(cp1251(text)) == text);
    }
    SECTION("UTF-8 lines mixed with Windows-1251 lines")
    {
        const QByteArray bytes = u"ФИО;Организация\n"_s.toUtf8() + cp1251(u"Сёмина Анна;СОШ\n"_s);
        const std::string message = errorOf([&] { CsvReader::parse(bytes); });
        CHECK_THAT(message, Catch::Contains("mixes encodings") && Catch::Contains("line 1")
                                && Catch::Contains("line 2") && Catch::Contains("Windows-1251"));
    }
    SECTION("a UTF-8 BOM with a Windows-1251 line")
    {
        const QByteArray bytes = "\xEF\xBB\xBF" + u"ФИО\nИванова\n"_s.toUtf8() + cp1251(u"Петрова\n"_s);
        const std::string message = errorOf([&] { CsvReader::parse(bytes); });
        CHECK_THAT(message, Catch::Contains("mixes encodings") && Catch::Contains("line 3"));
    }
    SECTION("the file name is named")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"смесь.csv"_s);
        writeBytes(path, u"ФИО;Организация\n"_s.toUtf8() + cp1251(u"Сёмина Анна;СОШ\n"_s));
        CHECK_THAT(errorOf([&] { TableReader::read(path); }),
                   Catch::Contains("смесь.csv") && Catch::Contains("mixes encodings"));
    }
}

// ---- item 9: row numbers as the user sees them ----

TEST_CASE("CSV and XLSX of the same data number rows the same, multi-line cells included", "[io][safety][import]")
{
    ClockScope clock;
    TempDatabase t;
    DictionaryRepository(t.db()).ensureMunicipality(u"Ермаковский район"_s);
    const QList<QStringList> rows{
        teacherRow(u"Романова Анастасия"_s, u"МАОУ \"Лицей № 1\""_s, QString(), u"математика;\nинформатика"_s),
        teacherRow(u"Соколов"_s),                               // row 3: no name
        teacherRow(u"Белова Вера"_s, u"СОШ\nкорпус 2\nвход 3"_s), // row 4: three lines
        teacherRow(u"Гусев Гордей"_s, QString()),               // row 5: no organisation
    };
    const QString csv = t.file(u"same.csv"_s);
    const QString xlsx = t.file(u"same.xlsx"_s);
    TableWriter::write(csv, kTeacherHeader, rows);
    TableWriter::write(xlsx, kTeacherHeader, rows);

    const Table csvTable = TableReader::read(csv);
    const Table xlsxTable = TableReader::read(xlsx);
    CHECK(csvTable.headerRow == 1);
    CHECK(xlsxTable.headerRow == 1);
    REQUIRE(csvTable.rows.size() == 4);
    REQUIRE(xlsxTable.rows.size() == 4);
    for (int i = 0; i < 4; ++i) {
        CHECK(csvTable.rows[i].sourceRow == i + 2);
        CHECK(xlsxTable.rows[i].sourceRow == i + 2);
    }

    const QStringList fromCsv = rejections(previewOf(t.db(), csv));
    CHECK(fromCsv.contains(u"3:ФИО"_s));
    CHECK(fromCsv.contains(u"5:Организация"_s));
    CHECK(fromCsv == rejections(previewOf(t.db(), xlsx)));
}
