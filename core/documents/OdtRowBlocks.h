#pragma once

#include <QString>

namespace profrost {

// Rows joined by a cell that spans them (a young teacher's cells beside a
// line per mentor) kept on one page in the ODT.
//
// The ODT keeps every table row together (DocumentWriter), but LibreOffice
// still parts the rows a cell spans across pages: a teacher's name on one
// page, their second mentor on the next. A block of such rows in the
// content.xml of Qt's ODF writer becomes one row of its table, holding the
// block as a table nested in one cell across the whole width, with the
// same columns and cells; a row is never split, so neither is the block, and
// the lines of the block still align across the columns as in the PDF.
// The nested cells' rulings on the block's top and bottom edge, and the
// holding cell's at its sides and its padding, are taken out: each ruling is
// drawn once. (A cell's background, which DocumentWriter adds to the cell
// styles afterwards, would not reach the styles made here; no form with
// coloured cells spans rows.)
class OdtRowBlocks
{
public:
    // `contentXml` as QTextOdfWriter writes it (no nested tables, rows
    // without attributes), with each block of row-spanned rows nested; as it
    // is when it has none.
    static QString nest(const QString &contentXml);
};

} // namespace profrost
