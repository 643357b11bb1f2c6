// CsvReader and the CSV side of TableWriter: the files Russian offices send
// (Excel's Windows-1251 with ';', LibreOffice's UTF-8, Excel's UTF-16 text).
#include "io/CsvReader.h"
#include "io/TableReader.h"
#include "io/TableWriter.h"
#include "util/Error.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <functional>
#include <string>
#include <vector>

using namespace profrost;
using namespace Qt::StringLiterals;

namespace {

// std::string compares print readably in Catch2 failure messages.
using Cells = std::vector<std::string>;

Cells cells(const QStringList &list)
{
    Cells out;
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

QByteArray utf8(const char *text) { return QByteArray(text); }

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

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("CSV in UTF-8 without BOM, separated by semicolons", "[io]")
{
    const Table table = CsvReader::parse(utf8("ФИО;Дата рождения;СНИЛС\n"
                                              "Иванова Анна Петровна;12.03.1985;112-233-445 95\n"
                                              "Петров Пётр;01.09.1990;\n"));
    CHECK(cells(table.header) == Cells{"ФИО", "Дата рождения", "СНИЛС"});
    CHECK(table.headerRow == 1);
    REQUIRE(table.rows.size() == 2);
    CHECK(cells(table.rows[0].cells) == Cells{"Иванова Анна Петровна", "12.03.1985", "112-233-445 95"});
    CHECK(table.rows[0].sourceRow == 2);
    CHECK(cells(table.rows[1].cells) == Cells{"Петров Пётр", "01.09.1990", ""});
    CHECK(table.rows[1].sourceRow == 3);
}

TEST_CASE("CSV in UTF-8 with BOM: the BOM does not stick to the first header", "[io]")
{
    const Table table = CsvReader::parse(utf8("\xEF\xBB\xBF" "ФИО;Должность\r\nСидорова;учитель\r\n"));
    CHECK(cells(table.header) == Cells{"ФИО", "Должность"});
    REQUIRE(table.rows.size() == 1);
    CHECK(cells(table.rows[0].cells) == Cells{"Сидорова", "учитель"});
}

TEST_CASE("CSV saved by Russian Excel in Windows-1251 is decoded", "[io]")
{
    const QString text = u"ФИО;Организация\r\nЁлкина Юлия Эдуардовна;МБОУ \"СОШ № 1\" г. Щёкино\r\n"_s;
    const QByteArray bytes = cp1251(text);
    REQUIRE(bytes != text.toUtf8());

    CHECK(CsvReader::decode(bytes) == text);
    const Table table = CsvReader::parse(bytes);
    CHECK(cells(table.header) == Cells{"ФИО", "Организация"});
    REQUIRE(table.rows.size() == 1);
    // The unquoted field keeps its quotes as text.
    CHECK(cells(table.rows[0].cells) == Cells{"Ёлкина Юлия Эдуардовна", "МБОУ \"СОШ № 1\" г. Щёкино"});
}

TEST_CASE("Excel's Unicode text (UTF-16 with BOM, tab separated) is read", "[io]")
{
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const QByteArray bytes = encoder.encode(u"ФИО\tСтаж\r\nКузнецова\t12\r\n"_s);
    const Table table = CsvReader::parse(bytes);
    CHECK(cells(table.header) == Cells{"ФИО", "Стаж"});
    REQUIRE(table.rows.size() == 1);
    CHECK(cells(table.rows[0].cells) == Cells{"Кузнецова", "12"});
}

TEST_CASE("The separator is the one that splits the first records into the commonest width", "[io]")
{
    SECTION("commas")
    {
        const Table table = CsvReader::parse(utf8("\"ФИО; полностью\",Должность,Стаж\nОрлова,учитель,\"3,5\"\n"));
        CHECK(cells(table.header) == Cells{"ФИО; полностью", "Должность", "Стаж"});
        REQUIRE(table.rows.size() == 1);
        CHECK(cells(table.rows[0].cells) == Cells{"Орлова", "учитель", "3,5"});
    }
    SECTION("semicolons, with commas inside the values")
    {
        const Table table = CsvReader::parse(utf8("ФИО;Предметы;Стаж\nОрлова;русский язык, литература;3,5\n"));
        CHECK(cells(table.header) == Cells{"ФИО", "Предметы", "Стаж"});
        REQUIRE(table.rows.size() == 1);
        CHECK(cells(table.rows[0].cells) == Cells{"Орлова", "русский язык, литература", "3,5"});
    }
    SECTION("a title line with a comma above a semicolon table")
    {
        // The title's comma would make «,» the separator if the first line decided alone.
        const Table table = CsvReader::parse(utf8("Результаты самодиагностики педагогов, ноябрь 2026\n"
                                                  "ФИО;Область 1;Область 2\nОрлова Ольга;72,5;80\nИванова Анна;65;70,5\n"));
        CHECK(cells(table.header) == Cells{"Результаты самодиагностики педагогов, ноябрь 2026"});
        REQUIRE(table.rows.size() == 3);
        CHECK(cells(table.rows[0].cells) == Cells{"ФИО", "Область 1", "Область 2"});
        CHECK(cells(table.rows[2].cells) == Cells{"Иванова Анна", "65", "70,5"});
    }
    SECTION("a single column")
    {
        const Table table = CsvReader::parse(utf8("ФИО\nОрлова Ольга\n"));
        CHECK(cells(table.header) == Cells{"ФИО"});
        REQUIRE(table.rows.size() == 1);
        CHECK(cells(table.rows[0].cells) == Cells{"Орлова Ольга"});
    }
}

TEST_CASE("Quoted fields keep separators, doubled quotes and line breaks", "[io]")
{
    const Table table = CsvReader::parse(utf8("ФИО;Примечание;Организация\r\n"
                                              "Белова;\"первая строка\r\nвторая; с точкой с запятой\r\nтретья\";"
                                              "\"МБОУ \"\"Лицей № 2\"\"\"\r\n"
                                              "Гусев;;\"ДОУ \"\"Солнышко\"\"\"\r\n"));
    REQUIRE(table.rows.size() == 2);
    CHECK(cells(table.rows[0].cells)
          == Cells{"Белова", "первая строка\nвторая; с точкой с запятой\nтретья", "МБОУ \"Лицей № 2\""});
    CHECK(table.rows[0].sourceRow == 2);
    // The record after a three-line field is the spreadsheet's row 3 (it
    // starts on physical line 5, which the user never sees).
    CHECK(table.rows[1].sourceRow == 3);
    CHECK(cells(table.rows[1].cells) == Cells{"Гусев", "", "ДОУ \"Солнышко\""});
}

TEST_CASE("Blank lines and records of empty cells are skipped but keep their row numbers", "[io]")
{
    const Table table = CsvReader::parse(utf8("\n;;\nФИО;Должность;Стаж\n\n  Смирнова  ;  учитель ;\n;;\n"
                                              "Лебедев;директор;20\n\n"));
    CHECK(table.headerRow == 3);
    CHECK(cells(table.header) == Cells{"ФИО", "Должность", "Стаж"});
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].sourceRow == 5);
    // Cells are trimmed; a short row is padded to the header's width.
    CHECK(cells(table.rows[0].cells) == Cells{"Смирнова", "учитель", ""});
    CHECK(table.rows[1].sourceRow == 7);
    CHECK(cells(table.rows[1].cells) == Cells{"Лебедев", "директор", "20"});
}

TEST_CASE("A quote that never closes is an error naming the line where it began", "[io]")
{
    const QByteArray bytes = utf8("ФИО;Примечание\nИванов;ok\nПетров;\"нет закрывающей кавычки\nи дальше\nконец\n");
    const std::string message = errorOf([&] { CsvReader::parse(bytes); });
    CHECK_THAT(message, Catch::Contains("Line 3"));
    CHECK_THAT(message, Catch::Contains("quote"));
}

TEST_CASE("Reading a CSV file names the file in its errors", "[io]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SECTION("a missing file")
    {
        const std::string message = errorOf([&] { CsvReader::read(dir.filePath(u"нет такого.csv"_s)); });
        CHECK_THAT(message, Catch::Contains("нет такого.csv"));
    }
    SECTION("a broken file: the file and the line")
    {
        const QString path = dir.filePath(u"педагоги.csv"_s);
        writeFile(path, utf8("ФИО;Примечание\n\"Иванов;x\n"));
        const std::string message = errorOf([&] { CsvReader::read(path); });
        CHECK_THAT(message, Catch::Contains("педагоги.csv"));
        CHECK_THAT(message, Catch::Contains("line 2"));
    }
    SECTION("a good file through TableReader")
    {
        const QString path = dir.filePath(u"педагоги.CSV"_s);
        writeFile(path, cp1251(u"ФИО;Стаж\r\nВолкова;7\r\n"_s));
        const Table table = TableReader::read(path);
        CHECK(cells(table.header) == Cells{"ФИО", "Стаж"});
        REQUIRE(table.rows.size() == 1);
        CHECK(cells(table.rows[0].cells) == Cells{"Волкова", "7"});
    }
}

TEST_CASE("TableWriter writes CSV that Russian Excel opens and CsvReader reads back", "[io]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"выгрузка.csv"_s);
    const QStringList header{u"ФИО"_s, u"Примечание"_s, u"СНИЛС"_s};
    const QList<QStringList> rows{
        {u"Иванова Анна"_s, u"a;b"_s, u"11223344595"_s},
        {u"Петров"_s, u"МБОУ \"СОШ № 1\""_s, u"112-233-445 95"_s},
        {u"Сидоров"_s, u"строка 1\nстрока 2"_s, QString()},
        {u"Кузнецова"_s, u"запятая, и точка"_s, u"01.02.2003"_s},
    };
    TableWriter::write(path, header, rows);

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF" "ФИО;Примечание;СНИЛС\r\n"));
    CHECK(bytes.contains("Иванова Анна;\"a;b\";11223344595\r\n"));
    CHECK(bytes.contains("\"МБОУ \"\"СОШ № 1\"\"\""));

    const Table table = CsvReader::read(path);
    CHECK(cells(table.header) == cells(header));
    REQUIRE(table.rows.size() == rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        CHECK(cells(table.rows[i].cells) == cells(rows[i]));
    CHECK(table.rows[3].sourceRow == 5); // the two-line cell is one row, as in Excel
}

TEST_CASE("A CSV export to a folder that does not exist fails naming the file", "[io]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"нет/отчёт.csv"_s);
    const std::string message = errorOf([&] { TableWriter::write(path, {u"A"_s}, {{u"1"_s}}); });
    CHECK_THAT(message, Catch::Contains("отчёт.csv"));
    CHECK_FALSE(QFile::exists(path));
}
