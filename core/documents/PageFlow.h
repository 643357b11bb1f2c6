#pragma once

#include "documents/PagePlan.h"

class QTextDocument;

namespace profrost {

// Reads where a printed document may start a new page (PagePlan::Flow)
// from the document laid out as one strip: its page height -1, the width of
// the page's text, on the device it is printed on.
//
// - Between the lines of a paragraph, keeping two lines together at either
//   end (no widow or orphan line); between paragraphs, except after one
//   marked DocumentStyle::kKeepWithNext (titles and headings).
// - A table with a header row breaks between body rows only: the next page
//   repeats its header; not after the header, not after a group heading
//   (a row merged across the table), not inside rows a cell spans, and not
//   before the last row (it never stands alone under the header).
// - A table without a header (the approval block, the signatures) is kept
//   whole; one marked DocumentStyle::kKeepWithPrevious (the closing
//   signatures) stays on the page of what comes before it.
// - A paragraph or a table that asks for a page break before it
//   (QTextFormat::PageBreak_AlwaysBefore: an annex) starts a page.
class PageFlow
{
public:
    // `formatToDevice`: device pixels per unit of the text formats (cell
    // paddings and table rulings are in those units).
    static PagePlan::Flow read(const QTextDocument &doc, double formatToDevice);
};

} // namespace profrost
