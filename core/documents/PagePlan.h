#pragma once

#include <QList>

namespace profrost {

// Where a printed document's pages begin and end, worked out once from the
// document laid out as one long strip (no pages): Qt's own pagination cuts
// a table row wherever the page ends (a name on one page, its post on the
// next), so the pages are chosen here, at the places a reader accepts.
//
// The input is the strip's break opportunities (PageFlow reads them from a
// laid-out QTextDocument): between the lines of a paragraph, between
// paragraphs, between the body rows of a table. Each says whether a page
// may end there (a heading may not be the last line of a page, a table's
// last row is not left alone, the closing signature stays with the table),
// and whether it must (an annex starts a new page). Pages are filled
// greedily to the last allowed break that fits; when none fits (one row
// taller than a page), the last break of any kind, and failing that the
// page's height, is taken.
class PagePlan
{
public:
    struct Break
    {
        double end = 0;   // the page before it ends here
        double start = 0; // the next page starts here: the space above a paragraph is not carried
                          // over; a table's ruling between two rows is drawn on both pages
        int header = -1;  // the table header the next page repeats (index into Flow::headers), or -1
        bool allowed = true;
        bool required = false;
    };
    struct Header
    {
        double top = 0;
        double bottom = 0;
    };
    struct Flow
    {
        QList<Break> breaks; // in the order of `end`
        QList<Header> headers;
        double end = 0; // the bottom of the last thing printed
    };

    // A stretch of the strip [top, bottom) painted on a page at `at`.
    struct Slice
    {
        double top = 0;
        double bottom = 0;
        double at = 0;
    };
    using Page = QList<Slice>; // a repeated table header first, then the body

    static QList<Page> plan(const Flow &flow, double pageHeight);
};

} // namespace profrost
