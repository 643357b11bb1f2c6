// `profrost-cli report young-teachers` and `report mentors` as a user runs
// them on the small district of support/MentoringFixture.h: the PDF's lines,
// the ODT, the workbook and the .csv, --at moving the day (a pair that ended
// the day before is not listed), and a long list whose teachers with two
// mentors are never split across pages, in the PDF nor in its ODT as
// LibreOffice lays it out.
#include <catch2/catch.hpp>

#include "io/TableReader.h"
#include "support/CliFixtures.h"
#include "support/MentoringFixture.h"
#include "support/TestSupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

QStringList pdfLines(const QString &pdf)
{
    return pdfPages(pdf).join(u'\n').split(u'\n');
}

CliResult report(const QString &kind, const MentoringFixture &f, const QString &file, const QStringList &more = {})
{
    QStringList args{u"report"_s, kind, f.t.location()};
    args << more << u"--out"_s << file;
    return runCli(args, {}, MentoringFixture::day());
}

// The rows of the ODT's tables that stand in the text itself (not nested
// in a cell), each as its words on one line; and whether a cell of such a
// table spans rows, which LibreOffice would part across pages.
struct OdtRows
{
    QStringList list;
    bool spannedInList = false;
};

OdtRows odtRows(const QString &content)
{
    OdtRows out;
    QXmlStreamReader xml(content);
    int depth = 0; // of tables
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"table")
            ++depth;
        else if (xml.isEndElement() && xml.name() == u"table")
            --depth;
        else if (xml.isStartElement() && depth == 1 && xml.name() == u"table-row")
            out.list << QString();
        else if (xml.isStartElement() && depth == 1 && xml.name() == u"table-cell"
                 && xml.attributes().hasAttribute(u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s,
                                                  u"number-rows-spanned"_s))
            out.spannedInList = true;
        else if (xml.isCharacters() && depth >= 1 && !out.list.isEmpty())
            out.list.last() = QString(out.list.last() + u' ' + xml.text()).simplified();
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

// Forty more young teachers with Иванова, two of every three with Кузьмина too, whose school's
// long name makes her line tall: groups of one line and of two, so that some page would end
// inside a group if a group could be parted.
void addFortyYoung(MentoringFixture &f)
{
    const qint64 far = f.organisation(DictionaryRepository(f.t.db()).ensureMunicipality(u"Ермаковский район"_s),
                                      u"МБОУ «Средняя общеобразовательная школа № 7 с углублённым изучением "
                                      "отдельных предметов имени А.С. Пушкина»"_s,
                                      u"СОШ № 7 с углублённым изучением отдельных предметов имени А.С. Пушкина"_s);
    const qint64 kuzmina = f.add(u"Кузьмина Ирина Павловна"_s, QDate(1972, 2, 2), QDate(1994, 9, 1), far,
                                 f.teacherPost, f.maths);
    const QStringList surnames{
        u"Абрамова"_s,  u"Белкина"_s,   u"Веселова"_s,  u"Гордеева"_s,   u"Дроздова"_s, u"Егорова"_s,
        u"Жукова"_s,    u"Зуева"_s,     u"Исаева"_s,    u"Калинина"_s,   u"Лаптева"_s,  u"Миронова"_s,
        u"Назарова"_s,  u"Осипова"_s,   u"Павлова"_s,   u"Родионова"_s,  u"Савина"_s,   u"Тихонова"_s,
        u"Ульянова"_s,  u"Фомина"_s,    u"Харитонова"_s, u"Цветкова"_s,  u"Чернова"_s,  u"Шарова"_s,
        u"Щукина"_s,    u"Юдина"_s,     u"Яковлева"_s,  u"Агафонова"_s,  u"Борисенко"_s, u"Власенко"_s,
        u"Голубева"_s,  u"Давыдова"_s,  u"Ефимова"_s,   u"Журавлёва"_s,  u"Зимина"_s,   u"Ильина"_s,
        u"Карпова"_s,   u"Лебедева"_s,  u"Макарова"_s,  u"Никитина"_s};
    REQUIRE(surnames.size() == 40);
    for (qsizetype i = 0; i < surnames.size(); ++i) {
        const qint64 young = f.add(surnames.at(i) + u" Алина Сергеевна"_s, QDate(2001, 3, 3), QDate(2025, 9, 1),
                                   f.school1, f.teacherPost, f.maths);
        f.pair(f.id.value(u"Иванова"_s), young, MentorshipForm::TeacherTeacher, QDate(2025, 9, 1));
        if (i % 3 != 0)
            f.pair(kuzmina, young, MentorshipForm::TeacherTeacher, QDate(2026, 9, 1), QDate(2027, 5, 31));
    }
}

// The first table's pages of the long list (addFortyYoung) as pdftotext
// reads them: above the first numbered line of a page that continues it
// stand only the page number and the repeated header; a mentor's line
// cut from its teacher would stand there.
void checkTeachersWhole(const QStringList &pages)
{
    REQUIRE(pages.size() >= 4);
    static const QRegularExpression numbered(uR"(^\s{0,6}(\d{1,3})\s{2,}\S)"_s);
    const QSet<QString> header{u"№"_s,          u"п/п"_s,        u"Ф.И.О."_s,     u"молодого"_s, u"педагога"_s,
                               u"ОО"_s,         u"Должность"_s,  u"(предмет)"_s,  u"Дата"_s,     u"начала"_s,
                               u"работы"_s,     u"/"_s,          u"стаж"_s,       u"наставника"_s, u"Форма"_s,
                               u"настав-"_s,    u"ничества"_s,   u"Период"_s};
    int last = 0, continued = 0;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const QStringList lines = pages.at(p).split(u'\n');
        const qsizetype end = lineOf(lines, u"2. Молодые педагоги без наставника"_s);
        if (end >= 0 && end < 3)
            break; // the second table starts the page
        const auto countRows = [&] {
            for (const QString &line : lines) {
                const QRegularExpressionMatch m = numbered.match(line);
                if (m.hasMatch() && m.captured(1).toInt() == last + 1)
                    ++last;
            }
        };
        if (p == 0) {
            countRows();
            continue;
        }
        ++continued;
        qsizetype first = -1;
        for (qsizetype i = 0; i < lines.size() && first < 0; ++i) {
            if (numbered.match(lines.at(i)).hasMatch())
                first = i;
        }
        INFO("page " << p + 1 << ":\n" << pages.at(p).toStdString());
        REQUIRE(first > 0);
        CHECK(numbered.match(lines.at(first)).captured(1).toInt() == last + 1);
        for (qsizetype i = 1; i < first; ++i) {
            for (const QString &word : lines.at(i).simplified().split(u' ', Qt::SkipEmptyParts)) {
                INFO("line " << i + 1 << ": «" << word.toStdString() << "»");
                CHECK(header.contains(word));
            }
        }
        countRows(); // the last number on the page, for the next one
    }
    CHECK(continued >= 3);
    CHECK(last == 43); // Андреева, Борисова, Григорьева and the forty
}

} // namespace

TEST_CASE("report young-teachers: the supported with their mentors, the unsupported apart, on paper, in ODT and a "
          "workbook",
          "[cli][mentoring]")
{
    MentoringFixture f;
    const QString pdf = f.t.file(u"young.pdf"_s);
    const CliResult printed = report(u"young-teachers"_s, f, pdf);
    INFO(printed);
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.out.contains(u"(1 page)"_s));
    const QStringList lines = pdfLines(pdf);
    INFO(lines.join(u'\n').toStdString());
    const qsizetype title = lineOf(lines, u"Список молодых педагогов и их наставников на 02.12.2026"_s);
    REQUIRE(title >= 0);
    CHECK(lineOf(lines, u"Ермаковский муниципальный округ"_s) == title + 1);
    const qsizetype second = lineOf(lines, u"2. Молодые педагоги без наставника и сопровождения"_s);
    REQUIRE(second > title);
    // Андреева's line with her first mentor, Петрова's below it; Борисова with the school of young teachers.
    const qsizetype andreeva = lineOf(lines, u"Андреева Ольга"_s);
    REQUIRE(andreeva > title);
    CHECK(lines.at(andreeva).contains(u"01.09.2025 /"_s));
    CHECK(lines.at(andreeva).contains(u"Иванова Мария"_s));
    CHECK(lines.at(andreeva).contains(u"с 01.09.2025"_s));
    const qsizetype petrova = lineOf(lines, u"Петрова Наталья"_s);
    CHECK(petrova > andreeva);
    CHECK(lines.mid(petrova, 2).join(u' ').contains(u"01.09.2026–"_s));
    const qsizetype borisova = lineOf(lines, u"Борисова Екатерина"_s);
    REQUIRE(borisova > petrova);
    CHECK(lines.at(borisova).contains(u"Школа молодого педагога «Старт»"_s));
    CHECK(lines.at(borisova).contains(u"2026/2027"_s));
    CHECK(lineOf(lines, u"Григорьева Анна"_s) > borisova);
    CHECK(lineOf(lines, u"Григорьева Анна"_s) < second);
    // Васильев's pair ended the day before: in the second table.
    CHECK(lineOf(lines, u"Васильев Дмитрий"_s) > second);
    CHECK(lineOf(lines, u"Дмитриева"_s) < 0); // not young
    CHECK(lineOf(lines, u"без сопровождения — 1 чел."_s) > second);
    CHECK(lineOf(lines, u"С.М. Зайцева"_s) > second);

    // On the last day of that pair he is supported, and nobody is left.
    const QString before = f.t.file(u"before.pdf"_s);
    const CliResult earlier = report(u"young-teachers"_s, f, before, {u"--at"_s, u"01.12.2026"_s});
    INFO(earlier);
    REQUIRE(earlier.exitCode == 0);
    const QStringList beforeLines = pdfLines(before);
    const qsizetype beforeSecond = lineOf(beforeLines, u"2. Молодые педагоги без наставника"_s);
    REQUIRE(beforeSecond >= 0);
    CHECK(lineOf(beforeLines, u"на 01.12.2026"_s) >= 0);
    const qsizetype vasiliev = lineOf(beforeLines, u"Васильев Дмитрий"_s);
    CHECK((vasiliev >= 0 && vasiliev < beforeSecond));
    CHECK(lineOf(beforeLines, u"01.09.2025–"_s) >= 0);
    CHECK(lineOf(beforeLines, u"Все молодые педагоги имеют наставника или сопровождение."_s) > beforeSecond);

    // The ODT: the teacher's cells span her two mentors' lines, in a table
    // nested in one row of the list, so that LibreOffice cannot part them.
    const QString odt = f.t.file(u"young.odt"_s);
    const CliResult written = report(u"young-teachers"_s, f, odt);
    INFO(written);
    REQUIRE(written.exitCode == 0);
    const QString content = QString::fromUtf8(toolOutput(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s}));
    CHECK(content.contains(u"Список молодых педагогов и их наставников на 02.12.2026"_s));
    CHECK(content.contains(u"table:number-rows-spanned=\"2\""_s));
    const OdtRows rows = odtRows(content);
    CHECK_FALSE(rows.spannedInList);
    const qsizetype andreevaRow = lineOf(rows.list, u"Андреева Ольга Игоревна"_s);
    REQUIRE(andreevaRow >= 0);
    CHECK(rows.list.at(andreevaRow).contains(u"Иванова Мария Петровна"_s));
    CHECK(rows.list.at(andreevaRow).contains(u"Петрова Наталья Сергеевна"_s));
    CHECK(lineOf(rows.list, u"Петрова Наталья Сергеевна"_s) == andreevaRow);
    CHECK(content.contains(u"Школа молодого педагога «Старт»"_s));

    // The workbook and the .csv: a line per pair or association, one for Васильев.
    for (const QString &name : {u"young.xlsx"_s, u"young.csv"_s}) {
        const QString file = f.t.file(name);
        const CliResult sheet = report(u"young-teachers"_s, f, file);
        INFO(sheet);
        REQUIRE(sheet.exitCode == 0);
        CHECK(sheet.out.contains(u"(4 young teachers)"_s));
        const Table table = TableReader::read(file);
        REQUIRE(table.rows.size() == 5);
        CHECK(table.rows[0].cells.at(0) == u"Андреева Ольга Игоревна"_s);
        CHECK(table.rows[0].cells.at(8) == u"Иванова Мария Петровна"_s);
        CHECK(table.rows[1].cells.at(8) == u"Петрова Наталья Сергеевна"_s);
        CHECK(table.rows[3].cells.at(0) == u"Васильев Дмитрий Олегович"_s);
        CHECK(table.rows[3].cells.at(7) == u"нет"_s);
    }
}

TEST_CASE("report mentors: the load above the setting's limit marked, the total, and --at moves the day",
          "[cli][mentoring]")
{
    MentoringFixture f;
    const QString pdf = f.t.file(u"mentors.pdf"_s);
    const CliResult printed = report(u"mentors"_s, f, pdf);
    INFO(printed);
    REQUIRE(printed.exitCode == 0);
    const QStringList lines = pdfLines(pdf);
    INFO(lines.join(u'\n').toStdString());
    CHECK(lineOf(lines, u"Нагрузка наставников на 02.12.2026"_s) >= 0);
    const qsizetype ivanova = lineOf(lines, u"Иванова Мария Петровна"_s);
    REQUIRE(ivanova >= 0);
    static const QRegularExpression threeMarked(uR"(\s3\*\s*$)"_s);
    CHECK(lines.at(ivanova).contains(threeMarked));
    CHECK(lines.mid(ivanova, 3).join(u' ').contains(u"Дмитриева Светлана Ивановна"_s));
    const qsizetype total = lineOf(lines, u"Итого"_s);
    REQUIRE(total > ivanova);
    CHECK(lines.at(total).trimmed().endsWith(u" 4"_s));
    CHECK(lineOf(lines, u"* Нагрузка выше предельной — более 2 наставляемых на одного наставника: 1 чел."_s) > total);
    CHECK(lineOf(lines, u"С.М. Зайцева"_s) > total);

    // The day before, Васильев's pair still runs: four.
    const QString before = f.t.file(u"before.pdf"_s);
    const CliResult earlier = report(u"mentors"_s, f, before, {u"--at"_s, u"2026-12-01"_s});
    INFO(earlier);
    REQUIRE(earlier.exitCode == 0);
    const QStringList beforeLines = pdfLines(before);
    const qsizetype beforeIvanova = lineOf(beforeLines, u"Иванова Мария Петровна"_s);
    REQUIRE(beforeIvanova >= 0);
    static const QRegularExpression fourMarked(uR"(\s4\*\s*$)"_s);
    CHECK(beforeLines.at(beforeIvanova).contains(fourMarked));
    CHECK(lineOf(beforeLines, u"Васильев Дмитрий Олегович"_s) >= 0);

    const QString odt = f.t.file(u"mentors.odt"_s);
    REQUIRE(report(u"mentors"_s, f, odt).exitCode == 0);
    CHECK(QString::fromUtf8(toolOutput(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s}))
              .contains(u"Нагрузка наставников на 02.12.2026"_s));

    const QString book = f.t.file(u"mentors.xlsx"_s);
    const CliResult excel = report(u"mentors"_s, f, book);
    INFO(excel);
    REQUIRE(excel.exitCode == 0);
    CHECK(excel.out.contains(u"(2 mentors)"_s));
    const Table table = TableReader::read(book);
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].cells.mid(5, 2) == QStringList({u"3"_s, u"да"_s}));

    const CliResult bad = report(u"mentors"_s, f, pdf, {u"--at"_s, u"31.02.2026"_s});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(u"--at"_s));
    const CliResult help = runCli({u"report"_s, u"--help"_s});
    CHECK(help.out.contains(u"report young-teachers|mentors DB [--at DATE] --out FILE"_s));
    const CliResult top = runCli({u"--help"_s});
    CHECK(top.out.contains(u"report young-teachers DB [--at DATE] --out FILE"_s));
    CHECK(top.out.contains(u"report mentors DB [--at DATE] --out FILE"_s));
}

TEST_CASE("report young-teachers: a teacher's two mentors never part across pages", "[cli][mentoring][pages]")
{
    MentoringFixture f;
    addFortyYoung(f);
    const QString pdf = f.t.file(u"long.pdf"_s);
    const CliResult printed = report(u"young-teachers"_s, f, pdf);
    INFO(printed);
    REQUIRE(printed.exitCode == 0);
    checkTeachersWhole(pdfPages(pdf));
}

// LibreOffice parted the rows a teacher's cells span, though each row was
// kept together: «Воробьева Виктория» and her first mentor at the foot of
// page 1 of the demo district's list, «Викторовна» with her second mentor
// at the top of page 2.
TEST_CASE("report young-teachers: in the ODT as LibreOffice lays it out a teacher's mentors never part across pages "
          "either",
          "[cli][mentoring][pages][odt]")
{
    MentoringFixture f;
    addFortyYoung(f);
    const QString odt = f.t.file(u"long.odt"_s);
    const CliResult written = report(u"young-teachers"_s, f, odt);
    INFO(written);
    REQUIRE(written.exitCode == 0);
    const QString converted = f.t.file(u"libreoffice"_s);
    convertWithLibreOffice({odt}, converted, f.t.file(u"profile"_s));
    checkTeachersWhole(pdfPages(converted + u"/long.pdf"_s));
}
