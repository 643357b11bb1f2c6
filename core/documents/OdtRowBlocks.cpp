#include "documents/OdtRowBlocks.h"

#include <QRegularExpression>

#include <algorithm>
#include <set>
#include <utility>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

const QString kRowOpen = u"<table:table-row>"_s;
const QString kRowClose = u"</table:table-row>"_s;

const QString kTableStyle = u"<style:style style:name=\"ProfrostBlockTable\" style:family=\"table\">"
                            "<style:table-properties table:border-model=\"collapsing\" style:rel-width=\"100%\""
                            " table:align=\"margins\" fo:margin-top=\"0cm\" fo:margin-bottom=\"0cm\"/></style:style>"_s;

// What is taken out of a cell's style: the ruling on its top or bottom (the
// edges of a block, drawn by the row's cell holding it), or, for that cell,
// its padding and the rulings at its sides (the nested cells draw them).
enum Edge { Top = 1, Bottom = 2, Holder = 4 };

// Cell styles to add, by the style they come from and what is taken out;
// ordered, so that the same document writes the same file.
using CellStyles = std::set<std::pair<QString, int>>;

// How many rows a row's cells take, itself included: 1 without a row-spanned cell.
int rowsTaken(QStringView row)
{
    static const QRegularExpression span(uR"re(table:number-rows-spanned="(\d+)")re"_s);
    int most = 1;
    for (auto it = span.globalMatch(row); it.hasNext();)
        most = std::max(most, it.next().captured(1).toInt());
    return most;
}

// The end of the row that starts at `at`.
qsizetype rowEnd(const QString &xml, qsizetype at)
{
    const qsizetype close = xml.indexOf(kRowClose, at);
    return close < 0 ? -1 : close + kRowClose.size();
}

// The end of the block of rows that starts at `at` (a row with a row-spanned
// cell): as far as its cells, and those of the rows they reach into, go;
// -1 when the table ends first.
qsizetype blockEnd(const QString &xml, qsizetype at)
{
    qsizetype end = rowEnd(xml, at);
    int reach = end < 0 ? 0 : rowsTaken(QStringView(xml).mid(at, end - at));
    for (int row = 1; end >= 0 && row < reach; ++row) {
        const qsizetype next = xml.indexOf(kRowOpen, end);
        if (next < 0 || !QStringView(xml).mid(end, next - end).trimmed().isEmpty())
            return -1;
        end = rowEnd(xml, next);
        if (end >= 0)
            reach = std::max(reach, row + rowsTaken(QStringView(xml).mid(next, end - next)));
    }
    return end;
}

// The <table:table-column> elements of the table the row at `at` is in.
QString columnsOf(const QString &xml, qsizetype at)
{
    const qsizetype table = xml.lastIndexOf(u"<table:table "_s, at);
    const qsizetype first = table < 0 ? -1 : xml.indexOf(u"<table:table-column"_s, table);
    const qsizetype firstRow = table < 0 ? -1 : xml.indexOf(u"<table:table-row"_s, table);
    if (first < 0 || first > firstRow)
        return {};
    return xml.mid(first, firstRow - first).trimmed();
}

int columnCount(const QString &columns)
{
    static const QRegularExpression column(
        uR"re(<table:table-column(?:[^>]*table:number-columns-repeated="(\d+)")?)re"_s);
    int count = 0;
    for (auto it = column.globalMatch(columns); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        count += m.hasCaptured(1) ? m.captured(1).toInt() : 1;
    }
    return count;
}

// The name of cell style `style` without the rulings of `edges`.
QString edgeStyleName(const QString &style, int edges)
{
    return u"%1.Profrost%2"_s.arg(style).arg(edges);
}

// The block with the rulings on its top and bottom edge taken from its
// cells: the row's cell holding it draws them, once with the rows above and
// below (a nested cell's would stand beside them, a double line). The cell
// styles it then needs are added to `styles`.
QString withoutOuterRulings(const QString &block, CellStyles *styles)
{
    static const QRegularExpression cell(uR"re(<table:table-cell([^>]*) table:style-name="([^"]+)")re"_s);
    int rows = 0;
    for (qsizetype at = block.indexOf(kRowOpen); at >= 0; at = block.indexOf(kRowOpen, at + 1))
        ++rows;
    QString out;
    qsizetype done = 0;
    int row = -1;
    qsizetype nextRow = block.indexOf(kRowOpen);
    for (auto it = cell.globalMatch(block); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        for (; nextRow >= 0 && nextRow < m.capturedStart(); nextRow = block.indexOf(kRowOpen, nextRow + 1))
            ++row;
        const int edges = (row == 0 ? Top : 0) | (row + rowsTaken(m.captured(1)) >= rows ? Bottom : 0);
        if (edges == 0)
            continue;
        styles->insert({m.captured(2), edges});
        out += block.mid(done, m.capturedStart(2) - done) + edgeStyleName(m.captured(2), edges);
        done = m.capturedEnd(2);
    }
    return out + block.mid(done);
}

// One row whose single cell, across the table, holds the block as a table
// of the same columns. The cell's style is that of the block's first cell
// without padding or rulings at the sides (the nested cells' own).
QString nestedRow(const QString &block, const QString &columns, CellStyles *styles)
{
    static const QRegularExpression firstStyle(uR"re(<table:table-cell[^>]* table:style-name="([^"]+)")re"_s);
    const QString style = firstStyle.match(block).captured(1);
    const int count = columnCount(columns);
    QString row = kRowOpen + u"<table:table-cell"_s;
    if (!style.isEmpty()) {
        styles->insert({style, Holder});
        row += u" table:style-name=\"%1\""_s.arg(edgeStyleName(style, Holder));
    }
    if (count > 1)
        row += u" table:number-columns-spanned=\"%1\""_s.arg(count);
    row += u"><table:table table:style-name=\"ProfrostBlockTable\">"_s + columns
           + withoutOuterRulings(block, styles) + u"</table:table></table:table-cell>"_s;
    for (int c = 1; c < count; ++c)
        row += u"<table:covered-table-cell/>"_s;
    return row + kRowClose;
}

// Cell style `name` of `xml` with the rulings of `edges` taken out; for the
// row's cell (Holder) its padding and vertical alignment too.
QString edgeStyle(const QString &xml, const QString &name, int edges)
{
    const QRegularExpression style(uR"re(<style:style style:name="%1" style:family="table-cell">\s*)re"
                                   uR"re(<style:table-cell-properties([^>]*?)/?>)re"_s.arg(
                                       QRegularExpression::escape(name)));
    QString properties = style.match(xml).captured(1);
    static const QRegularExpression border(uR"re( fo:border="([^"]*)")re"_s);
    const QString ruling = border.match(properties).captured(1);
    properties.remove(border);
    const auto side = [&](const QString &which, bool kept) {
        return u" fo:border-%1=\"%2\""_s.arg(which, kept && !ruling.isEmpty() ? ruling : u"none"_s);
    };
    const bool holder = edges & Holder;
    if (holder) {
        static const QRegularExpression layout(uR"re( (fo:padding|style:vertical-align)="[^"]*")re"_s);
        properties.remove(layout);
        properties += u" fo:padding=\"0pt\""_s;
    }
    properties += side(u"left"_s, !holder) + side(u"right"_s, !holder) + side(u"top"_s, !(edges & Top))
                  + side(u"bottom"_s, !(edges & Bottom));
    return u"<style:style style:name=\"%1\" style:family=\"table-cell\"><style:table-cell-properties%2/>"
           "</style:style>"_s.arg(edgeStyleName(name, edges), properties);
}

} // namespace

QString OdtRowBlocks::nest(const QString &contentXml)
{
    QString out;
    CellStyles styles;
    qsizetype done = 0;
    for (qsizetype at = contentXml.indexOf(kRowOpen); at >= 0;) {
        const qsizetype end = rowEnd(contentXml, at);
        if (end < 0)
            break;
        const bool spans = rowsTaken(QStringView(contentXml).mid(at, end - at)) > 1;
        const qsizetype block = spans ? blockEnd(contentXml, at) : -1;
        const QString columns = block < 0 ? QString() : columnsOf(contentXml, at);
        if (columns.isEmpty()) {
            at = contentXml.indexOf(kRowOpen, end);
            continue;
        }
        out += contentXml.mid(done, at - done) + nestedRow(contentXml.mid(at, block - at), columns, &styles);
        done = block;
        at = contentXml.indexOf(kRowOpen, block);
    }
    if (done == 0)
        return contentXml;
    out += contentXml.mid(done);
    QString added = kTableStyle;
    for (const auto &[name, edges] : styles)
        added += edgeStyle(contentXml, name, edges);
    const qsizetype at = out.indexOf(u"</office:automatic-styles>"_s);
    if (at >= 0)
        out.insert(at, added);
    return out;
}

} // namespace profrost
