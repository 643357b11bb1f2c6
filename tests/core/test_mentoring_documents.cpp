// The printed lists of young teachers and of the mentors' load
// (core/documents/README.md «Young teachers and their mentors», «Mentors'
// load»), built from the small district of support/MentoringFixture.h and
// checked cell by cell against the values worked out by hand there; the
// pages themselves through profrost-cli in tests/cli/test_cli_mentoring.cpp.
#include <catch2/catch.hpp>

#include "documents/MentoringReports.h"
#include "documents/YoungTeachersDocument.h"
#include "support/MentoringFixture.h"
#include "support/TestSupport.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

QString cellText(QTextTable *table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor c = cell.firstCursorPosition();
    c.setPosition(cell.lastPosition(), QTextCursor::KeepAnchor);
    // Lines of a cell as \n, no-break spaces («СОШ № 1», «1 год») as spaces.
    return c.selectedText().replace(QChar::LineSeparator, u'\n').replace(QChar::Nbsp, u' ');
}

QStringList rowText(QTextTable *table, int row)
{
    QStringList out;
    for (int c = 0; c < table->columns(); ++c)
        out << cellText(table, row, c);
    return out;
}

// The document's tables in their order.
QList<QTextTable *> tables(QTextDocument &doc)
{
    QList<QTextTable *> out;
    for (QTextFrame *f : doc.rootFrame()->childFrames()) {
        if (auto *t = qobject_cast<QTextTable *>(f))
            out << t;
    }
    return out;
}

QString plain(const QTextDocument &doc)
{
    return doc.toPlainText().replace(QChar::Nbsp, u' ');
}

} // namespace

TEST_CASE("Young teachers: a line per mentor under the teacher's merged cells, the school of young teachers "
          "in the mentor's place, the unsupported in a table of their own",
          "[mentoring][documents]")
{
    MentoringFixture f;
    const YoungTeachersDocumentData data = MentoringReports::youngTeachersData(f.t.db(), MentoringFixture::day());
    REQUIRE(data.teachers.size() == 4);
    const std::unique_ptr<QTextDocument> doc = YoungTeachersDocument::build(data);
    CHECK(DocumentStyle::pageLayout(*doc).orientation() == QPageLayout::Landscape);
    const QString text = plain(*doc);
    CHECK(text.contains(u"Список молодых педагогов и их наставников на 02.12.2026\nЕрмаковский муниципальный округ"_s));
    CHECK(text.contains(u"1. Молодые педагоги и их наставники"_s));
    CHECK(text.contains(u"2. Молодые педагоги без наставника и сопровождения"_s));

    const QList<QTextTable *> all = tables(*doc);
    REQUIRE(all.size() == 3); // the two lists and the signature
    QTextTable *supported = all[0];
    REQUIRE(supported->columns() == 9);
    CHECK(rowText(supported, 0)
          == QStringList({u"№ п/п"_s, u"Ф.И.О. молодого педагога"_s, u"ОО"_s, u"Должность (предмет)"_s,
                          u"Дата начала работы / стаж"_s, u"Ф.И.О. наставника"_s, u"Должность наставника"_s,
                          u"Форма настав\u00adничества"_s, u"Период"_s}));
    CHECK(supported->format().headerRowCount() == 1);
    // Андреева: two mentors, the earlier pair first; a mentor from another school with it.
    REQUIRE(supported->rows() == 1 + 4);
    CHECK(rowText(supported, 1)
          == QStringList({u"1"_s, u"Андреева Ольга Игоревна"_s, u"СОШ № 1"_s, u"учитель (математика)"_s,
                          u"01.09.2025 / 1 год"_s, u"Иванова Мария Петровна"_s, u"учитель"_s,
                          u"педагог – педагог"_s, u"с 01.09.2025"_s}));
    for (int c = 0; c < 5; ++c) {
        INFO("column " << c);
        CHECK(supported->cellAt(1, c).rowSpan() == 2);
    }
    CHECK(supported->cellAt(1, 5).rowSpan() == 1);
    CHECK(rowText(supported, 2).mid(5)
          == QStringList({u"Петрова Наталья Сергеевна"_s, u"зам. директора по УВР,\nСОШ № 2"_s,
                          u"руководитель – педагог"_s, u"01.09.2026–31.05.2027"_s}));
    // Борисова: the association across the mentor's two columns, its academic year as the period.
    CHECK(rowText(supported, 3).mid(0, 5)
          == QStringList({u"2"_s, u"Борисова Екатерина Андреевна"_s, u"СОШ № 2"_s, u"учитель (русский язык)"_s,
                          u"01.09.2026 / менее 1 года"_s}));
    CHECK(supported->cellAt(3, 5).columnSpan() == 2);
    CHECK(cellText(supported, 3, 5) == u"Школа молодого педагога «Старт»"_s);
    CHECK(cellText(supported, 3, 7) == u"школа молодого педагога"_s);
    CHECK(cellText(supported, 3, 8) == u"2026/2027 уч. г."_s);
    // Григорьева: Иванова works at another school.
    CHECK(rowText(supported, 4)
          == QStringList({u"3"_s, u"Григорьева Анна Викторовна"_s, u"СОШ № 2"_s, u"учитель (русский язык)"_s,
                          u"01.09.2024 / 2 года"_s, u"Иванова Мария Петровна"_s, u"учитель,\nСОШ № 1"_s,
                          u"педагог – педагог"_s, u"с 01.10.2026"_s}));

    // Васильев: his pair ended the day before.
    QTextTable *alone = all[1];
    REQUIRE(alone->columns() == 5);
    REQUIRE(alone->rows() == 2);
    CHECK(rowText(alone, 1)
          == QStringList({u"1"_s, u"Васильев Дмитрий Олегович"_s, u"СОШ № 1"_s, u"учитель (математика)"_s,
                          u"15.08.2024 / 2 года"_s}));

    CHECK(text.contains(u"Всего молодых педагогов: 4 чел., из них с наставником — 2 чел., в школе молодого "
                        "педагога (без наставника) — 1 чел., без сопровождения — 1 чел."_s));
    CHECK(rowText(all[2], 0) == QStringList({u"Методист"_s, u"_______________"_s, u"С.М. Зайцева"_s}));
}

TEST_CASE("Young teachers on the last day of a pair: it still counts, and nobody is without support",
          "[mentoring][documents]")
{
    MentoringFixture f;
    const std::unique_ptr<QTextDocument> doc =
        MentoringReports::youngTeachers(f.t.db(), MentoringFixture::day().addDays(-1));
    const QList<QTextTable *> all = tables(*doc);
    REQUIRE(all.size() == 3);
    QTextTable *supported = all[0];
    REQUIRE(supported->rows() == 1 + 5);
    CHECK(rowText(supported, 4)
          == QStringList({u"3"_s, u"Васильев Дмитрий Олегович"_s, u"СОШ № 1"_s, u"учитель (математика)"_s,
                          u"15.08.2024 / 2 года"_s, u"Иванова Мария Петровна"_s, u"учитель"_s,
                          u"педагог – педагог"_s, u"01.09.2025–01.12.2026"_s}));
    REQUIRE(all[1]->rows() == 2);
    CHECK(all[1]->cellAt(1, 0).columnSpan() == 5);
    CHECK(cellText(all[1], 1, 0) == u"Все молодые педагоги имеют наставника или сопровождение."_s);
    CHECK(plain(*doc).contains(u"Список молодых педагогов и их наставников на 01.12.2026"_s));
    CHECK(plain(*doc).contains(u"Всего молодых педагогов: 4 чел., из них с наставником — 3 чел."_s));
}

TEST_CASE("Mentors' load: the mentees by name, a load above the setting's limit marked and explained, a total line",
          "[mentoring][documents]")
{
    MentoringFixture f;
    const MentorsDocumentData data = MentoringReports::mentorsData(f.t.db(), MentoringFixture::day());
    CHECK(data.loadLimit == 2);
    const std::unique_ptr<QTextDocument> doc = MentorsDocument::build(data);
    CHECK(DocumentStyle::pageLayout(*doc).orientation() == QPageLayout::Landscape);
    const QString text = plain(*doc);
    CHECK(text.contains(u"Нагрузка наставников на 02.12.2026\nЕрмаковский муниципальный округ"_s));
    const QList<QTextTable *> all = tables(*doc);
    REQUIRE(all.size() == 2);
    QTextTable *table = all[0];
    REQUIRE(table->columns() == 6);
    CHECK(rowText(table, 0)
          == QStringList({u"№ п/п"_s, u"Ф.И.О. наставника"_s, u"ОО"_s, u"Должность, категория"_s,
                          u"Наставляемые (Ф.И.О.)"_s, u"Число настав\u00adляемых"_s}));
    REQUIRE(table->rows() == 1 + 2 + 1);
    // Васильев's pair ended the day before: three mentees, one above the limit of 2.
    CHECK(rowText(table, 1)
          == QStringList({u"1"_s, u"Иванова Мария Петровна"_s, u"СОШ № 1"_s, u"учитель, высшая категория"_s,
                          u"Андреева Ольга Игоревна\nГригорьева Анна Викторовна\nДмитриева Светлана Ивановна"_s,
                          u"3*"_s}));
    // Петрова's first category of 2019 has lapsed.
    CHECK(rowText(table, 2)
          == QStringList({u"2"_s, u"Петрова Наталья Сергеевна"_s, u"СОШ № 2"_s,
                          u"зам. директора по УВР, без категории"_s, u"Андреева Ольга Игоревна"_s, u"1"_s}));
    CHECK(table->cellAt(3, 0).columnSpan() == 5);
    CHECK(cellText(table, 3, 0) == u"Итого"_s);
    CHECK(cellText(table, 3, 5) == u"4"_s);
    CHECK(text.contains(u"Всего наставников: 2 чел., наставляемых: 3 чел. (пар наставничества: 4)."_s));
    CHECK(text.contains(u"* Нагрузка выше предельной — более 2 наставляемых на одного наставника: 1 чел."_s));
    CHECK(rowText(all[1], 0) == QStringList({u"Методист"_s, u"_______________"_s, u"С.М. Зайцева"_s}));

    // At the default limit of 3 nobody is above it, and the line says so.
    SettingsRepository(f.t.db()).remove(SettingsRepository::mentorLoadLimitSetting());
    const std::unique_ptr<QTextDocument> atThree = MentoringReports::mentors(f.t.db(), MentoringFixture::day());
    CHECK(cellText(tables(*atThree)[0], 1, 5) == u"3"_s);
    CHECK(plain(*atThree).contains(u"Нагрузки выше предельной (более 3 наставляемых на одного наставника) нет."_s));
    CHECK_FALSE(plain(*atThree).contains(u"*"_s));
}

TEST_CASE("Young teachers and mentors as spreadsheets: a line per pair or association, one for the unsupported",
          "[mentoring][documents]")
{
    MentoringFixture f;
    const TableSheet young =
        YoungTeachersDocument::sheet(MentoringReports::youngTeachersData(f.t.db(), MentoringFixture::day()));
    CHECK(young.name == u"Молодые педагоги"_s);
    REQUIRE(young.header.size() == 14);
    REQUIRE(young.rows.size() == 5);
    CHECK(young.rows[0]
          == QStringList({u"Андреева Ольга Игоревна"_s, u"СОШ № 1"_s, u"учитель"_s, u"математика"_s,
                          u"01.09.2025"_s, u"1"_s, u"25"_s, u"наставник"_s, u"Иванова Мария Петровна"_s,
                          u"учитель"_s, u"СОШ № 1"_s, u"педагог – педагог"_s, u"01.09.2025"_s, QString()}));
    CHECK(young.rows[1].mid(8)
          == QStringList({u"Петрова Наталья Сергеевна"_s, u"заместитель директора по учебно-воспитательной работе"_s,
                          u"СОШ № 2"_s, u"руководитель – педагог"_s, u"01.09.2026"_s, u"31.05.2027"_s}));
    CHECK(young.rows[2].mid(7, 2) == QStringList({u"школа молодого педагога"_s, u"Школа молодого педагога «Старт»"_s}));
    CHECK(young.rows[3].mid(0, 1) == QStringList{u"Васильев Дмитрий Олегович"_s});
    CHECK(young.rows[3].mid(7) == QStringList({u"нет"_s, {}, {}, {}, {}, {}, {}}));
    CHECK(young.rows[4].at(0) == u"Григорьева Анна Викторовна"_s);

    const TableSheet mentors = MentorsDocument::sheet(MentoringReports::mentorsData(f.t.db(), MentoringFixture::day()));
    CHECK(mentors.header.last() == u"Выше предельной (2)"_s);
    REQUIRE(mentors.rows.size() == 2);
    CHECK(mentors.rows[0]
          == QStringList({u"Иванова Мария Петровна"_s, u"СОШ № 1"_s, u"учитель"_s, u"высшая"_s,
                          u"Андреева Ольга Игоревна; Григорьева Анна Викторовна; Дмитриева Светлана Ивановна"_s,
                          u"3"_s, u"да"_s}));
    CHECK(mentors.rows[1].at(3) == u"без категории"_s);
    CHECK(mentors.rows[1].at(6).isEmpty());
}

TEST_CASE("Without young teachers or pairs the lists say so", "[mentoring][documents]")
{
    ClockScope clock(QDate(2026, 12, 2));
    TempDatabase t;
    const std::unique_ptr<QTextDocument> young = MentoringReports::youngTeachers(t.db());
    const QList<QTextTable *> lists = tables(*young);
    REQUIRE(lists.size() == 3);
    CHECK(cellText(lists[0], 1, 0) == u"Молодых педагогов с наставником или в школе молодого педагога нет."_s);
    CHECK(cellText(lists[1], 1, 0) == u"Молодых педагогов нет."_s);
    CHECK(plain(*young).contains(u"на 02.12.2026"_s));
    // Nobody assigned to sign: «Методист» and a line for the name.
    CHECK(rowText(lists[2], 0) == QStringList({u"Методист"_s, u"_______________"_s, u"____________________"_s}));

    const std::unique_ptr<QTextDocument> mentors = MentoringReports::mentors(t.db());
    QTextTable *table = tables(*mentors)[0];
    REQUIRE(table->rows() == 2);
    CHECK(cellText(table, 1, 0) == u"Пар наставничества, действующих на 02.12.2026, нет."_s);
    CHECK(plain(*mentors).contains(u"Всего наставников: 0 чел., наставляемых: 0 чел. (пар наставничества: 0)."_s));
}
