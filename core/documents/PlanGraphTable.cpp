#include "documents/PlanGraphTable.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

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
    // Long registers: the smaller cell padding.
    const int bodyRows = int(lines.size()) + headings + (lines.isEmpty() ? 1 : 0) + 1;
    QTextTable *table = DocumentStyle::insertTable(cursor, form.columns, bodyRows, 0.6);

    int row = 1;
    if (lines.isEmpty())
        DocumentStyle::setSpanningRow(table, row++, form.none, Qt::AlignHCenter);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        if (i == 0 || line.heading != lines.at(i - 1).heading)
            DocumentStyle::setSpanningRow(table, row++, line.heading);
        for (int c = 0; c < line.cells.size(); ++c) {
            const Cell &cell = line.cells.at(c);
            if (cell.pointSize > 0)
                DocumentStyle::setCell(table, row, c, cell.text, false, cell.alignment, cell.pointSize);
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
