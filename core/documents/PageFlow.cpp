#include "documents/PageFlow.h"

#include "documents/DocumentStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <limits>
#include <vector>

namespace profrost {

namespace {

// One paragraph or table of the document's top level, as the next break
// needs it.
struct Item
{
    double top = 0;
    double bottom = 0;
    bool keepWithNext = false;
    bool keepWithPrevious = false;
    bool pageBreak = false;
    bool paragraph = false;
    qsizetype firstBreak = -1; // the break before it, in Flow::breaks
};

class Reader
{
public:
    Reader(const QTextDocument &doc, double formatToDevice)
        : m_layout(doc.documentLayout()), m_scale(formatToDevice)
    {
    }

    PagePlan::Flow read(const QTextDocument &doc)
    {
        // Qt lays a document out lazily, a stretch at a time: a block not
        // reached yet has no lines. The size asks for all of it.
        m_layout->documentSize();
        for (QTextFrame::iterator it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
            if (auto *table = qobject_cast<QTextTable *>(it.currentFrame()))
                addTable(*table);
            else if (QTextFrame *frame = it.currentFrame())
                addFrame(*frame);
            else
                addBlock(it.currentBlock());
        }
        m_flow.end = m_havePrevious ? m_previous.bottom : 0;
        return m_flow;
    }

private:
    QRectF rect(const QTextBlock &block) const { return m_layout->blockBoundingRect(block); }

    void addBreak(double end, double start, int header, bool allowed, bool required = false)
    {
        PagePlan::Break b;
        b.end = end;
        b.start = start;
        b.header = header;
        b.allowed = allowed;
        b.required = required;
        m_flow.breaks.append(b);
    }

    // The break between the previous item and this one.
    void begin(Item &item)
    {
        const bool pageBreak = item.pageBreak || m_pendingPageBreak;
        m_pendingPageBreak = false;
        if (!m_havePrevious)
            return;
        item.firstBreak = m_flow.breaks.size();
        const bool allowed = !m_previous.keepWithNext && !item.keepWithPrevious;
        addBreak(m_previous.bottom, item.top, -1, allowed, pageBreak);
        // A closing line between the table and the signature («Истекает:
        // 76 чел.») goes with the signature, and the table's rows with both.
        if (item.keepWithPrevious && m_previous.paragraph && m_previous.firstBreak >= 0) {
            for (qsizetype i = m_previous.firstBreak; i < m_flow.breaks.size(); ++i)
                m_flow.breaks[i].allowed = false;
        }
    }

    void end(const Item &item)
    {
        m_previous = item;
        m_havePrevious = true;
    }

    void addBlock(const QTextBlock &block)
    {
        const QTextBlockFormat format = block.blockFormat();
        const bool pageBreak = format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
        const double top = rect(block).top(); // lays the block out, if it is not yet
        const QTextLayout *layout = block.layout();
        // An empty paragraph is spacing, never the first or last line of a page.
        if (!layout || layout->lineCount() == 0 || block.text().trimmed().isEmpty()) {
            m_pendingPageBreak = m_pendingPageBreak || pageBreak;
            return;
        }
        const int lines = layout->lineCount();
        const auto lineTop = [&](int i) { return top + layout->lineAt(i).y(); };
        const auto lineBottom = [&](int i) { return lineTop(i) + layout->lineAt(i).height(); };
        Item item;
        item.top = lineTop(0);
        item.bottom = lineBottom(lines - 1);
        item.keepWithNext = format.boolProperty(DocumentStyle::kKeepWithNext);
        item.pageBreak = pageBreak;
        item.paragraph = true;
        begin(item);
        // Two lines stay together at either end of a paragraph.
        for (int i = 1; i < lines; ++i)
            addBreak(lineBottom(i - 1), lineTop(i), -1, i >= 2 && lines - i >= 2);
        end(item);
    }

    // A frame that is not a table is kept whole.
    void addFrame(QTextFrame &frame)
    {
        const QRectF r = m_layout->frameBoundingRect(&frame);
        Item item;
        item.top = r.top();
        item.bottom = r.bottom();
        item.pageBreak = frame.frameFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
        begin(item);
        end(item);
    }

    void addTable(QTextTable &table)
    {
        const int rows = table.rows();
        const int columns = table.columns();
        if (rows == 0 || columns == 0)
            return;
        const QTextTableFormat format = table.format();
        const double padding = format.cellPadding();
        constexpr double kNone = std::numeric_limits<double>::max();
        std::vector<double> rowTop(size_t(rows), kNone);
        std::vector<bool> spannedInto(size_t(rows), false); // a cell of an earlier row reaches into it
        std::vector<bool> heading(size_t(rows), false);     // one cell merged across the table
        double bottom = -kNone;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c) {
                const QTextTableCell cell = table.cellAt(r, c);
                if (cell.row() != r || cell.column() != c)
                    continue;
                const QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
                const double top = cellFormat.hasProperty(QTextFormat::TableCellTopPadding) ? cellFormat.topPadding()
                                                                                            : padding;
                const double below = cellFormat.hasProperty(QTextFormat::TableCellBottomPadding)
                                         ? cellFormat.bottomPadding()
                                         : padding;
                rowTop[size_t(r)] = std::min(rowTop[size_t(r)],
                                             rect(cell.firstCursorPosition().block()).top() - top * m_scale);
                const int last = r + cell.rowSpan() - 1;
                for (int k = r + 1; k <= last && k < rows; ++k)
                    spannedInto[size_t(k)] = true;
                if (last >= rows - 1)
                    bottom = std::max(bottom, rect(cell.lastCursorPosition().block()).bottom() + below * m_scale);
                if (cell.columnSpan() == columns)
                    heading[size_t(r)] = true;
            }
        }
        for (int r = 1; r < rows; ++r) { // a row all of whose cells come from above starts where they do
            if (rowTop[size_t(r)] == kNone)
                rowTop[size_t(r)] = rowTop[size_t(r - 1)];
        }

        // The ruling between two rows lies just above the lower one's cell
        // padding; a cut leaves it at the foot of one page and draws it
        // again at the top of the next.
        const double rule = format.border() * m_scale;
        Item item;
        item.top = rowTop[0] - rule;
        item.bottom = bottom + rule;
        item.keepWithPrevious = format.boolProperty(DocumentStyle::kKeepWithPrevious);
        item.pageBreak = format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
        begin(item);

        const int headerRows = std::clamp(format.headerRowCount(), 0, rows);
        const bool headed = headerRows > 0 && headerRows < rows;
        int header = -1;
        if (headed) {
            header = int(m_flow.headers.size());
            m_flow.headers.append({rowTop[0] - rule, rowTop[size_t(headerRows)] - rule});
        }
        for (int r = std::max(headerRows, 1); r < rows; ++r) {
            const double at = rowTop[size_t(r)];
            if (at <= rowTop[size_t(r - 1)])
                continue;
            // A table without a header (the approval block, the signatures)
            // is kept whole unless it is taller than a page.
            const bool allowed = headed && r > headerRows && !spannedInto[size_t(r)] && !heading[size_t(r - 1)]
                                 && r != rows - 1;
            addBreak(at, at - rule, header, allowed);
        }
        end(item);
    }

    const QAbstractTextDocumentLayout *m_layout;
    const double m_scale;
    PagePlan::Flow m_flow;
    Item m_previous;
    bool m_havePrevious = false;
    bool m_pendingPageBreak = false;
};

} // namespace

PagePlan::Flow PageFlow::read(const QTextDocument &doc, double formatToDevice)
{
    return Reader(doc, formatToDevice).read(doc);
}

} // namespace profrost
