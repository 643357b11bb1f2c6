// The import pipeline shared by every importer: a fourth kind of file,
// defined here with only its column map, its row validation and the apply
// of a row, gets the preview, the row errors, the file rejection, progress
// and the one all-or-nothing transaction without any code of its own.

#include <catch2/catch.hpp>

#include "io/ImportPipeline.h"
#include "io/ImportRejected.h"
#include "io/RowImporter.h"
#include "store/DictionaryRepository.h"
#include "support/TestSupport.h"
#include "util/Error.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

struct SubjectRecord
{
    QString name;
    int hours = 0;
};

// Subjects with their weekly hours: «Предмет» (required) and «Часов в неделю».
class SubjectImporter : public RowImporter<SubjectRecord>
{
public:
    enum Column { SubjectName, WeeklyHours };
    using RowImporter::RowImporter;

    QList<ColumnSpec> columns() const override
    {
        return {{SubjectName, u"Предмет"_s, {u"Дисциплина"_s}}, {WeeklyHours, u"Часов в неделю"_s, {u"Часы"_s}}};
    }
    QList<int> requiredColumns() const override { return {SubjectName}; }

    QString failOn; // applying this subject fails, as a broken database would

protected:
    UserAccess::Area editedArea() const override { return UserAccess::Area::Settings; }

public:

protected:
    SubjectRecord validate(RowCells &cells) override
    {
        SubjectRecord r;
        r.name = cells.text(SubjectName).simplified();
        if (r.name.isEmpty())
            cells.fail(SubjectName, u"the subject is empty"_s);
        if (const QString hours = cells.text(WeeklyHours); !hours.isEmpty()) {
            bool ok = false;
            r.hours = hours.toInt(&ok);
            if (!ok || r.hours <= 0)
                cells.fail(WeeklyHours, u"\"%1\" is not a number of hours"_s.arg(hours));
            else if (r.hours > 10)
                cells.warn(WeeklyHours, u"more than 10 hours a week"_s);
        }
        return r;
    }
    void applyRow(const SubjectRecord &r, ImportOutcome *outcome) override
    {
        if (r.name == failOn)
            throw Error(u"cannot write %1"_s.arg(r.name));
        bool created = false;
        DictionaryRepository(m_db).ensureSubject(r.name, &created);
        ++(created ? outcome->imported : outcome->unchanged);
    }
};

Table table(const QStringList &header, const QList<QStringList> &rows)
{
    Table t;
    t.header = header;
    t.headerRow = 1;
    int sourceRow = 1;
    for (const QStringList &cells : rows)
        t.rows.append({++sourceRow, cells});
    return t;
}

QStringList subjectNames(Database &db)
{
    QStringList out;
    for (const Subject &s : DictionaryRepository(db).subjects())
        out << s.name;
    return out;
}

} // namespace

TEST_CASE("Import pipeline: a new importer needs only its columns, its row validation and its apply",
          "[import][pipeline]")
{
    TempDatabase t;
    const QStringList before = subjectNames(t.db());
    REQUIRE_FALSE(before.contains(u"Астрономия"_s));

    // Headers are matched by alias, case and spaces; row 3 is rejected, row 4 only warned about.
    const Table file = table({u"дисциплина"_s, u"ЧАСЫ"_s, u"Примечание"_s},
                             {{u"Астрономия"_s, u"1"_s, {}},
                              {u"Черчение"_s, u"много"_s, {}},
                              {u"Робототехника"_s, u"12"_s, {}}});
    SubjectImporter importer(t.db(), referenceDay());
    const SubjectImporter::Preview preview = importer.preview(file);

    CHECK_FALSE(preview.fileRejected());
    CHECK(preview.totalRows == 3);
    CHECK(preview.validRows == 2);
    CHECK(preview.rejectedRows() == 1);
    REQUIRE(preview.errors.size() == 1);
    CHECK(preview.errors.first().row == 3);
    CHECK(preview.errors.first().column == u"Часов в неделю"_s);
    CHECK(preview.errors.first().reason == u"\"много\" is not a number of hours"_s);
    REQUIRE(preview.warnings.size() == 2);
    CHECK(preview.warnings.at(0).row == 0); // the unknown column
    CHECK(preview.warnings.at(0).column == u"Примечание"_s);
    CHECK(preview.warnings.at(1).row == 4);
    CHECK(preview.warnings.at(1).column == u"Часов в неделю"_s);
    REQUIRE(preview.records.size() == 2);
    CHECK(preview.records.at(0).name == u"Астрономия"_s);
    CHECK(preview.records.at(1).name == u"Робототехника"_s);

    SECTION("apply writes the valid rows in one transaction")
    {
        QList<int> reported;
        const ImportOutcome outcome = importer.apply(preview, [&](int done, int total) {
            reported << done << total;
            return true;
        });
        CHECK(outcome.imported == 2);
        CHECK(outcome.unchanged == 0);
        CHECK(reported == QList<int>{2, 2});
        const QStringList after = subjectNames(t.db());
        CHECK(after.contains(u"Астрономия"_s));
        CHECK(after.contains(u"Робототехника"_s));
        CHECK_FALSE(after.contains(u"Черчение"_s));
        CHECK(after.size() == before.size() + 2);

        // The same file again changes nothing.
        const ImportOutcome again = importer.apply(importer.preview(file));
        CHECK(again.imported == 0);
        CHECK(again.unchanged == 2);
    }
    SECTION("a failure on the second row leaves nothing of the first")
    {
        importer.failOn = u"Робототехника"_s;
        CHECK_THROWS_AS(importer.apply(preview), Error);
        CHECK(subjectNames(t.db()) == before);
    }
    SECTION("cancelling leaves nothing either")
    {
        CHECK_THROWS_WITH(importer.apply(preview, [](int, int) { return false; }),
                          "The import was cancelled; nothing was changed.");
        CHECK(subjectNames(t.db()) == before);
    }
}

TEST_CASE("Import pipeline: a missing required column rejects the whole file", "[import][pipeline]")
{
    TempDatabase t;
    SubjectImporter importer(t.db(), referenceDay());
    const SubjectImporter::Preview preview = importer.preview(table({u"Часы"_s}, {{u"2"_s}}));
    CHECK(preview.fileRejected());
    CHECK(preview.records.isEmpty());
    REQUIRE(preview.errors.size() == 1);
    CHECK(preview.errors.first().row == 0);
    CHECK(preview.errors.first().column == u"Предмет"_s);
    CHECK(preview.rejection() == u"the file has no column \"Предмет\"; its columns are: \"Часы\""_s);
    CHECK_THROWS_AS(importer.apply(preview), ImportRejected);
    CHECK_THROWS_WITH(importer.apply(preview),
                      "The file cannot be imported: the file has no column \"Предмет\"; its columns are: \"Часы\"");
}

TEST_CASE("Import pipeline: an unreadable file is refused as the file, not as rows", "[import][pipeline]")
{
    TempDatabase t;
    const QString old = writeFile(t.dir(), u"subjects.xls"_s, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    CHECK_THROWS_AS(ImportPipeline::read(old), ImportRejected);
    CHECK_THROWS_AS(ImportPipeline::read(t.dir() + u"/missing.csv"_s), ImportRejected);
    CHECK_THROWS_AS(ImportPipeline::read(writeFile(t.dir(), u"subjects.pdf"_s, "%PDF")), ImportRejected);
}

TEST_CASE("Import pipeline: title lines above the headers are skipped and the rows keep their numbers",
          "[import][pipeline]")
{
    TempDatabase db;
    const QList<ColumnSpec> specs = SubjectImporter(db.db(), referenceDay()).columns();

    SECTION("a title and a blank-looking line above the header")
    {
        // As read: row 1 is the title, so it became the header.
        Table t = table({u"Учебный план на 2026/2027 год"_s},
                        {{u"утверждён приказом № 5"_s}, {u"Предмет"_s, u"Часы"_s}, {u"Химия"_s, u"2"_s}});
        ImportPipeline::locateHeader(specs, &t);
        CHECK(t.header == QStringList{u"Предмет"_s, u"Часы"_s});
        CHECK(t.headerRow == 3);
        CHECK(t.titleRows == 2);
        REQUIRE(t.rows.size() == 1);
        CHECK(t.rows.first().sourceRow == 4); // the spreadsheet's number, not 2
        CHECK(t.rows.first().cells == QStringList{u"Химия"_s, u"2"_s});
        // Once found, it stays: a second call changes nothing.
        ImportPipeline::locateHeader(specs, &t);
        CHECK(t.headerRow == 3);
        CHECK(t.titleRows == 2);
    }
    SECTION("the warning counts the rows above the header as the spreadsheet numbers them, a blank one included")
    {
        // Row 1 the title, row 2 blank (the readers skip it), row 3 the header.
        Table t = table({u"Учебный план на 2026/2027 год"_s}, {{u"Предмет"_s, u"Часы"_s}, {u"Химия"_s, u"2"_s}});
        t.rows[0].sourceRow = 3;
        t.rows[1].sourceRow = 4;
        ImportPipeline::locateHeader(specs, &t);
        CHECK(t.headerRow == 3);
        const SubjectImporter::Preview preview = SubjectImporter(db.db(), referenceDay()).preview(t);
        REQUIRE_FALSE(preview.warnings.isEmpty());
        CHECK(preview.warnings.first().reason
              == u"the column headers are in row 3; rows 1–2 above them are the file's title and are not imported"_s);
        REQUIRE(preview.records.size() == 1);
        CHECK(preview.records.first().name == u"Химия"_s);
    }
    SECTION("a proper header stays, even when a row below names a column too")
    {
        Table t = table({u"Предмет"_s, u"Часы"_s}, {{u"Предмет"_s, u"3"_s}});
        ImportPipeline::locateHeader(specs, &t);
        CHECK(t.headerRow == 1);
        CHECK(t.titleRows == 0);
        CHECK(t.rows.size() == 1);
    }
    SECTION("the header is looked for in the first ten rows only")
    {
        QList<QStringList> rows;
        for (int i = 0; i < ImportPipeline::kHeaderSearchRows; ++i)
            rows.append({u"строка заголовка %1"_s.arg(i)});
        rows.append({u"Предмет"_s, u"Часы"_s});
        Table t = table({u"Заголовок"_s}, rows);
        ImportPipeline::locateHeader(specs, &t);
        CHECK(t.headerRow == 1);
        CHECK(t.titleRows == 0);
    }
}
