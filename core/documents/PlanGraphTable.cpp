#include "documents/PlanGraphTable.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>

namespace profrost {

std::unique_ptr<QTextDocument> PlanGraphTable::build(const Form &form, const QList<Line> &lines, const Totals &totals)
{
    // Plan-graphs have many columns: they need the width of a landscape
    // page; tables in landscape are common in official practice.
    std::unique_ptr<QTextDocument> doc = DocumentStyle::createDocument(QPageLayout::Landscape, form.title);
    QTextCursor cursor(doc.get());
    DocumentStyle::insertApproval(cursor, form.approval);
    QStringList titleLines{form.title};
    if (!form.issuer.trimmed().isEmpty())
        titleLines << form.issuer.trimmed();
    DocumentStyle::insertTitle(cursor, titleLines);

    int headings = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == 0 || lines.at(i).heading != lines.at(i - 1).heading)
            ++headings;
    }
    // Long registers: the smaller cell padding (0.4 mm: a row of 10 pt is
    // 5 mm, and a landscape page holds 25 teachers and more).
    const int bodyRows = int(lines.size()) + headings + (lines.isEmpty() ? 1 : 0) + 1;
    QTextTable *table = DocumentStyle::insertTable(cursor, form.columns, bodyRows, 0.4);

    int row = 1;
    if (lines.isEmpty())
        DocumentStyle::setSpanningRow(table, row++, form.none, Qt::AlignHCenter);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        if (i == 0 || line.heading != lines.at(i - 1).heading)
            DocumentStyle::setSpanningRow(table, row++, line.heading);
        // An empty cell keeps the table's 12 pt, and its empty line made a
        // row of 10 pt text a fifth taller: it takes the row's smallest size.
        qreal rowPt = DocumentStyle::kTablePt;
        for (const Cell &cell : line.cells) {
            if (cell.pointSize > 0)
                rowPt = std::min(rowPt, cell.pointSize);
        }
        for (int c = 0; c < form.columns.size(); ++c) {
            const Cell cell = line.cells.value(c);
            if (cell.pointSize > 0)
                DocumentStyle::setCell(table, row, c, cell.text, false, cell.alignment, cell.pointSize);
            else
                table->cellAt(row, c).firstCursorPosition().mergeBlockCharFormat(DocumentStyle::charFormat(rowPt));
        }
        ++row;
    }
    DocumentStyle::setMergedCell(table, row, 0, totals.labelColumns, totals.label, true);
    for (int c = 0; c < totals.cells.size(); ++c) {
        const Cell &cell = totals.cells.at(c);
        DocumentStyle::setCell(table, row, totals.labelColumns + c, cell.text, true, cell.alignment, cell.pointSize);
    }

    DocumentStyle::insertSignatures(cursor, {form.signature});
    return doc;
}

} // namespace profrost
