// The grouped table the plan-graph documents share (PlanGraphTable): heading
// rows where the group changes, the cells written or left alone, the totals
// row, the note of an empty plan. Checked by the document's structure (the
// core tests cannot lay out text); the documents' printed text is checked
// in test_documents.cpp and through profrost-cli.
#include <catch2/catch.hpp>

#include "documents/PlanGraphTable.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace profrost;
using namespace Qt::StringLiterals;

namespace {

QString cellText(QTextTable *table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor c = cell.firstCursorPosition();
    c.setPosition(cell.lastPosition(), QTextCursor::KeepAnchor);
    return c.selectedText().replace(QChar::Nbsp, u' '); // «№ 1» keeps its no-break space
}

// The plan's table: the one with its three columns (УТВЕРЖДАЮ is a borderless table too).
QTextTable *theTable(QTextDocument &doc)
{
    for (QTextFrame *f : doc.rootFrame()->childFrames()) {
        if (auto *t = qobject_cast<QTextTable *>(f); t && t->columns() == 3)
            return t;
    }
    return nullptr;
}

PlanGraphTable::Form form()
{
    return {u"План-график на 2027 год"_s,
            u"Ермаковский район"_s,
            {},
            {{u"№"_s, 10, Qt::AlignHCenter}, {u"Ф.И.О."_s, 60, Qt::AlignLeft}, {u"2027"_s, 30, Qt::AlignHCenter}},
            u"Никого нет."_s,
            {u"Методист"_s, QString()}};
}

PlanGraphTable::Cell cell(const QString &text) { return {text, Qt::AlignLeft, 11}; }

} // namespace

TEST_CASE("The plan-graph table prints a heading row where the group changes, then the totals", "[documents]")
{
    // Three teachers of two schools: header, «СОШ № 1», two lines, «СОШ № 2», one line, totals.
    const QList<PlanGraphTable::Line> lines{
        {u"СОШ № 1"_s, {cell(u"1"_s), cell(u"Петрова"_s), cell(u"+"_s)}},
        {u"СОШ № 1"_s, {cell(u"2"_s), cell(u"Сидорова"_s), {}}}, // nothing planned: the cell stays empty
        {u"СОШ № 2"_s, {cell(u"3"_s), cell(u"Орлова"_s), cell(u"+"_s)}},
    };
    const auto doc = PlanGraphTable::build(form(), lines, {2, u"Итого"_s, {cell(u"2 чел."_s)}});
    CHECK(doc->toPlainText().contains(u"План-график на 2027 год"));
    CHECK(doc->toPlainText().contains(u"Ермаковский район"));
    CHECK(doc->toPlainText().contains(u"Методист"));
    QTextTable *table = theTable(*doc);
    REQUIRE(table != nullptr);
    REQUIRE(table->rows() == 7);
    CHECK(cellText(table, 0, 1) == u"Ф.И.О.");
    CHECK(cellText(table, 1, 0) == u"СОШ № 1");
    CHECK(table->cellAt(1, 0).columnSpan() == 3);
    CHECK(cellText(table, 2, 1) == u"Петрова");
    CHECK(cellText(table, 3, 1) == u"Сидорова");
    CHECK(cellText(table, 3, 2).isEmpty());
    // An empty cell takes the row's size: in the table's 12 pt its empty
    // line made a row of smaller text taller.
    CHECK(table->cellAt(3, 2).firstCursorPosition().block().charFormat().fontPointSize() == 11);
    CHECK(cellText(table, 4, 0) == u"СОШ № 2");
    CHECK(cellText(table, 5, 1) == u"Орлова");
    CHECK(cellText(table, 6, 0) == u"Итого");
    CHECK(table->cellAt(6, 0).columnSpan() == 2);
    CHECK(cellText(table, 6, 2) == u"2 чел.");
    CHECK(table->cellAt(6, 2).firstCursorPosition().charFormat().font().bold());
}

TEST_CASE("An empty plan-graph table says so between its header and its totals", "[documents]")
{
    const auto doc = PlanGraphTable::build(form(), {}, {3, u"Итого: 0 чел."_s, {}});
    QTextTable *table = theTable(*doc);
    REQUIRE(table != nullptr);
    REQUIRE(table->rows() == 3);
    CHECK(cellText(table, 1, 0) == u"Никого нет.");
    CHECK(cellText(table, 2, 0) == u"Итого: 0 чел.");
}
