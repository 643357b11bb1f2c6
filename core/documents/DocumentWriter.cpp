#include "documents/DocumentWriter.h"

#include "documents/DocumentStyle.h"
#include "documents/OdtRowBlocks.h"
#include "documents/PageFlow.h"
#include "documents/PagePlan.h"
#include "util/Error.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QBrush>
#include <QTextDocumentWriter>
#include <QTextTable>

#include <minizip/unzip.h>
#include <minizip/zip.h>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// The PDF's resolution: the text is laid out at it, so glyph positions are
// exact; 600 dpi keeps the coordinates of a few hundred pages well inside
// the range of the layout's fixed-point numbers.
constexpr int kPdfDpi = 600;

QString shown(const QString &path) { return QDir::toNativeSeparators(path); }

void requireGui(const QString &path)
{
    // Without a QGuiApplication Qt has no font database and aborts the
    // process on the first layout; a clear error is better.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw Error(DocumentWriter::tr("Cannot lay out %1: printing needs a QGuiApplication (fonts).").arg(shown(path)));
}

// A copy of the document laid out for the device, as one strip of the
// page's width (no pages: PagePlan chooses them), and its pages. The layout
// measures the fonts on the device itself, so lengths are the device's own
// pixels and nothing needs scaling.
struct LaidOut
{
    std::unique_ptr<QTextDocument> doc;
    QList<PagePlan::Page> pages;
};

LaidOut layOut(const QTextDocument &doc, QPagedPaintDevice &device)
{
    LaidOut out;
    out.doc.reset(doc.clone());
    QTextDocument *copy = out.doc.get();
    // Qt scales the lengths of tables and frames to the device, but not a
    // paragraph's first-line indent: at 600 dpi the 1.25 cm of ГОСТ Р
    // 7.0.97-2016 came out as 2 mm. Scaled here, in device pixels, before
    // the copy is laid out: a format changed after the layout re-lays out
    // from that paragraph on, and Qt then painted nothing of the paragraphs
    // between a table and the next indented one (the analytic report's
    // headings after its tables were missing from the PDF).
    const qreal scale = qreal(device.logicalDpiX()) / DocumentStyle::fromMm(25.4);
    for (QTextBlock block = copy->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (qFuzzyIsNull(format.textIndent()))
            continue;
        format.setTextIndent(format.textIndent() * scale);
        QTextCursor(block).setBlockFormat(format);
    }
    copy->setDocumentMargin(0);
    copy->setUseDesignMetrics(true);
    copy->documentLayout()->setPaintDevice(&device);
    copy->setPageSize(QSizeF(device.width(), -1));
    out.pages = PagePlan::plan(PageFlow::read(*copy, qreal(device.logicalDpiY()) / DocumentStyle::fromMm(25.4)),
                               device.height());
    return out;
}

// ---- ODT: Qt's ODF writer, repackaged with the page layout.
//
// QTextDocumentWriter("ODF") writes content.xml only: no page size, margins
// or page numbers, so word processors open it on their default page. The
// package is rewritten with a styles.xml that carries them.

voidpf ZCALLBACK deviceOpen(voidpf, const void *device, int) { return const_cast<void *>(device); }

uLong ZCALLBACK deviceRead(voidpf, voidpf stream, void *buffer, uLong size)
{
    const qint64 n = static_cast<QIODevice *>(stream)->read(static_cast<char *>(buffer), qint64(size));
    return n < 0 ? 0 : uLong(n);
}

uLong ZCALLBACK deviceWrite(voidpf, voidpf stream, const void *buffer, uLong size)
{
    const qint64 n = static_cast<QIODevice *>(stream)->write(static_cast<const char *>(buffer), qint64(size));
    return n < 0 ? 0 : uLong(n);
}

ZPOS64_T ZCALLBACK deviceTell(voidpf, voidpf stream) { return ZPOS64_T(static_cast<QIODevice *>(stream)->pos()); }

long ZCALLBACK deviceSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *device = static_cast<QIODevice *>(stream);
    qint64 base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET: break;
    case ZLIB_FILEFUNC_SEEK_CUR: base = device->pos(); break;
    case ZLIB_FILEFUNC_SEEK_END: base = device->size(); break;
    default: return -1;
    }
    return device->seek(base + qint64(offset)) ? 0 : -1;
}

int ZCALLBACK deviceClose(voidpf, voidpf) { return 0; } // the device's owner closes it
int ZCALLBACK deviceError(voidpf, voidpf) { return 0; }

zlib_filefunc64_def deviceIo()
{
    zlib_filefunc64_def io{};
    io.zopen64_file = deviceOpen;
    io.zread_file = deviceRead;
    io.zwrite_file = deviceWrite;
    io.ztell64_file = deviceTell;
    io.zseek64_file = deviceSeek;
    io.zclose_file = deviceClose;
    io.zerror_file = deviceError;
    return io;
}

// Every entry of a zip in memory, in its order; false when it is not one.
bool readZip(QIODevice *device, QList<std::pair<QByteArray, QByteArray>> *entries)
{
    zlib_filefunc64_def io = deviceIo();
    unzFile zip = unzOpen2_64(device, &io);
    if (!zip)
        return false;
    bool ok = unzGoToFirstFile(zip) == UNZ_OK;
    while (ok) {
        char name[512];
        unz_file_info64 info{};
        ok = unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) == UNZ_OK
             && unzOpenCurrentFile(zip) == UNZ_OK;
        if (!ok)
            break;
        QByteArray bytes;
        char buffer[64 * 1024];
        int n = 0;
        while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            bytes.append(buffer, n);
        ok = unzCloseCurrentFile(zip) == UNZ_OK && n == 0;
        if (!ok)
            break;
        entries->append({QByteArray(name), bytes});
        const int next = unzGoToNextFile(zip);
        if (next == UNZ_END_OF_LIST_OF_FILE)
            break;
        ok = next == UNZ_OK;
    }
    unzClose(zip);
    return ok;
}

bool writeZip(QIODevice *device, const QList<std::pair<QByteArray, QByteArray>> &entries)
{
    zlib_filefunc64_def io = deviceIo();
    zipFile zip = zipOpen2_64(device, APPEND_STATUS_CREATE, nullptr, &io);
    if (!zip)
        return false;
    const QDateTime now = QDateTime::currentDateTime();
    zip_fileinfo info{};
    info.tmz_date.tm_year = uInt(now.date().year());
    info.tmz_date.tm_mon = uInt(now.date().month() - 1);
    info.tmz_date.tm_mday = uInt(now.date().day());
    info.tmz_date.tm_hour = uInt(now.time().hour());
    info.tmz_date.tm_min = uInt(now.time().minute());
    info.tmz_date.tm_sec = uInt(now.time().second());
    bool ok = true;
    for (const auto &[name, bytes] : entries) {
        // ODF: "mimetype" comes first and is stored, so that tools can read it at a fixed offset.
        const bool store = name == "mimetype";
        ok = zipOpenNewFileInZip(zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                 store ? 0 : Z_DEFLATED, store ? 0 : Z_DEFAULT_COMPRESSION) == ZIP_OK
             && zipWriteInFileInZip(zip, bytes.constData(), unsigned(bytes.size())) == ZIP_OK
             && zipCloseFileInZip(zip) == ZIP_OK;
        if (!ok)
            break;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

QByteArray mm(qreal value) { return QByteArray::number(value, 'f', 1) + "mm"; }

// Page size and margins, the font, and the page number centred at the top
// from page 2 (an empty first-page header).
QByteArray stylesXml(const QPageLayout &layout)
{
    const QSizeF page = layout.fullRect(QPageLayout::Millimeter).size();
    const QMarginsF margins = layout.margins(QPageLayout::Millimeter);
    const QByteArray family = DocumentStyle::fontFamilies().constFirst().toUtf8();
    constexpr qreal kHeaderGapMm = 5; // between the page number and the text
    constexpr qreal kHeaderLineMm = 5; // a line of 12 pt
    QByteArray xml;
    xml += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<office:document-styles"
           " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
           " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
           " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
           " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
           " office:version=\"1.2\">\n"
           " <office:styles>\n"
           "  <style:default-style style:family=\"paragraph\">\n"
           "   <style:text-properties fo:font-family=\"" + family + "\" fo:font-size=\"14pt\""
           " fo:language=\"ru\" fo:country=\"RU\"/>\n"
           "  </style:default-style>\n"
           "  <style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>\n"
           "  <style:style style:name=\"Header\" style:family=\"paragraph\" style:class=\"extra\">\n"
           "   <style:paragraph-properties fo:text-align=\"center\"/>\n"
           "   <style:text-properties fo:font-family=\"" + family + "\" fo:font-size=\"12pt\"/>\n"
           "  </style:style>\n"
           " </office:styles>\n"
           " <office:automatic-styles>\n"
           "  <style:page-layout style:name=\"pm1\">\n"
           "   <style:page-layout-properties fo:page-width=\"" + mm(page.width()) + "\" fo:page-height=\""
           + mm(page.height()) + "\" style:print-orientation=\""
           + (layout.orientation() == QPageLayout::Landscape ? "landscape" : "portrait") + "\" fo:margin-top=\""
           + mm(margins.top() - kHeaderGapMm - kHeaderLineMm) + "\" fo:margin-bottom=\"" + mm(margins.bottom())
           + "\" fo:margin-left=\"" + mm(margins.left()) + "\" fo:margin-right=\"" + mm(margins.right()) + "\"/>\n"
           "   <style:header-style>\n"
           "    <style:header-footer-properties fo:min-height=\"" + mm(kHeaderLineMm) + "\" fo:margin-bottom=\""
           + mm(kHeaderGapMm) + "\" style:dynamic-spacing=\"false\"/>\n"
           "   </style:header-style>\n"
           "  </style:page-layout>\n"
           " </office:automatic-styles>\n"
           " <office:master-styles>\n"
           "  <style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\">\n"
           "   <style:header><text:p text:style-name=\"Header\"><text:page-number text:select-page=\"current\">2"
           "</text:page-number></text:p></style:header>\n"
           "   <style:header-first><text:p text:style-name=\"Header\"/></style:header-first>\n"
           "  </style:master-page>\n"
           " </office:master-styles>\n"
           "</office:document-styles>\n";
    return xml;
}

void collectTables(const QTextFrame *frame, QHash<int, QTextTableFormat> *out)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (const auto *table = qobject_cast<const QTextTable *>(child))
            out->insert(table->formatIndex(), table->format());
        collectTables(child, out);
    }
}

// A cell's background (the deficit map's colours), by the name of the cell
// style Qt's ODF writer gives it: «TB<table>.<cell format>» in a table with
// borders, «T<cell format>» otherwise. The writer writes borders and padding
// of a cell, not its background.
void collectCellBackgrounds(const QTextFrame *frame, QHash<QString, QString> *out)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (const auto *table = qobject_cast<const QTextTable *>(child)) {
            for (int r = 0; r < table->rows(); ++r) {
                for (int c = 0; c < table->columns(); ++c) {
                    const QTextTableCell cell = table->cellAt(r, c);
                    const QBrush brush = cell.format().background();
                    if (brush.style() == Qt::NoBrush)
                        continue;
                    const QString colour = brush.color().name();
                    out->insert(u"TB%1.%2"_s.arg(table->formatIndex()).arg(cell.tableCellFormatIndex()), colour);
                    out->insert(u"T%1"_s.arg(cell.tableCellFormatIndex()), colour);
                }
            }
        }
        collectCellBackgrounds(child, out);
    }
}

// Qt 6.4's ODF writer (QTextOdfWriter) writes a few things that word
// processors then show wrongly; content.xml is corrected here:
// - text formatted with setFontFamilies() gets its default "Sans" (it reads
//   only the old single-family property);
// - a table's width is the raw number with "pt": 100 % comes out as 100 pt,
//   and fixed widths (in pixels at 96 dpi) as that many points;
// - percentage column widths go into style:column-width, which takes only
//   lengths, instead of style:rel-column-width;
// - header rows repeated on every page are not marked as such (in any of the
//   tables that share a format);
// - the empty paragraph Qt keeps before a table at the very start becomes a
//   blank line above the approval block;
// - nothing keeps a table row on one page, and LibreOffice parts the rows a
//   cell spans even when each is kept (OdtRowBlocks nests them in one row);
// - an empty cell's paragraph takes the default 14 pt;
// - the paragraph after a table that ends the document can take a page;
// - a cell's background is left out;
// - a line break inside a paragraph (QChar::LineSeparator: a cell's second
//   line) comes with a tab before it, which pushes a centred first line aside.
QByteArray fixContent(const QByteArray &bytes, const QTextDocument &doc)
{
    QString xml = OdtRowBlocks::nest(QString::fromUtf8(bytes));
    xml.replace(u"fo:font-family=\"Sans\""_s, u"fo:font-family=\"%1\""_s.arg(DocumentStyle::fontFamilies().constFirst()));

    QHash<int, QTextTableFormat> tables;
    collectTables(doc.rootFrame(), &tables);
    const qreal textWidthPt = DocumentStyle::pageLayout(doc).paintRect(QPageLayout::Point).width();
    static const QRegularExpression tableStyle(
        uR"re((<style:style style:name="Table(\d+)" style:family="table">\s*<style:table-properties[^>]*?) style:width="[0-9.]+pt")re"_s);
    QString fixed;
    qsizetype done = 0;
    for (auto it = tableStyle.globalMatch(xml); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QTextLength width = tables.value(m.captured(2).toInt()).width();
        QString attributes;
        if (width.type() == QTextLength::PercentageLength) {
            attributes = u" style:width=\"%1pt\" style:rel-width=\"%2%\""_s
                             .arg(textWidthPt * width.rawValue() / 100, 0, 'f', 2)
                             .arg(width.rawValue());
            if (!m.captured(1).contains(u"table:align="))
                attributes += u" table:align=\"margins\""_s;
        } else {
            attributes = u" style:width=\"%1pt\""_s.arg(width.rawValue() * 72 / 96, 0, 'f', 2);
        }
        fixed += xml.mid(done, m.capturedStart() - done) + m.captured(1) + attributes;
        done = m.capturedEnd();
    }
    xml = fixed + xml.mid(done);

    static const QRegularExpression percentColumn(uR"re(style:column-width="([0-9.]+)%")re"_s);
    fixed.clear();
    done = 0;
    for (auto it = percentColumn.globalMatch(xml); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        fixed += xml.mid(done, m.capturedStart() - done)
                 + u"style:rel-column-width=\"%1*\""_s.arg(qRound(m.captured(1).toDouble() * 100));
        done = m.capturedEnd();
    }
    xml = fixed + xml.mid(done);

    // Tables of one format share its style name (three alike in a report):
    // each of them gets its header row marked.
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        if (it.value().headerRowCount() < 1)
            continue;
        const QString opening = u"<table:table table:style-name=\"Table%1\">"_s.arg(it.key());
        const QString rowClose = u"</table:table-row>"_s;
        for (qsizetype table = xml.indexOf(opening); table >= 0; table = xml.indexOf(opening, table + 1)) {
            const qsizetype rowStart = xml.indexOf(u"<table:table-row>"_s, table);
            const qsizetype rowEnd = rowStart < 0 ? -1 : xml.indexOf(rowClose, rowStart);
            if (rowEnd < 0)
                break;
            xml.insert(rowEnd + rowClose.size(), u"</table:table-header-rows>"_s);
            xml.insert(rowStart, u"<table:table-header-rows>"_s);
        }
    }

    // A row is never split across pages (LibreOffice and Word honour
    // keep-together on rows), as in the program's own PDF (PageFlow).
    const QString rowStyle = u"<style:style style:name=\"ProfrostRow\" style:family=\"table-row\">"
                             "<style:table-row-properties fo:keep-together=\"always\"/></style:style>"_s;
    // An empty cell's paragraph has no text to carry its size, and word
    // processors give it the default 14 pt: a plan-graph row of 10 pt came
    // out half as tall again (39 pages for the PDF's 30). The smallest size
    // of a table keeps it no taller than its neighbours.
    const QString emptyCellStyle = u"<style:style style:name=\"ProfrostEmptyCell\" style:family=\"paragraph\">"
                                   "<style:text-properties fo:font-size=\"10pt\"/></style:style>"_s;
    const QString endStyle = u"<style:style style:name=\"ProfrostEnd\" style:family=\"paragraph\">"
                             "<style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0cm\""
                             " fo:line-height=\"0.01cm\"/><style:text-properties fo:font-size=\"1pt\"/></style:style>"_s;
    const qsizetype styles = xml.indexOf(u"</office:automatic-styles>"_s);
    if (styles >= 0) {
        xml.insert(styles, rowStyle + emptyCellStyle + endStyle);
        xml.replace(u"<table:table-row>"_s, u"<table:table-row table:style-name=\"ProfrostRow\">"_s);
        static const QRegularExpression emptyCell(
            uR"re((<table:table-cell[^>]*>\s*)<text:p text:style-name="[^"]*"/>(\s*</table:table-cell>))re"_s);
        xml.replace(emptyCell, u"\\1<text:p text:style-name=\"ProfrostEmptyCell\"/>\\2"_s);
    }

    QHash<QString, QString> backgrounds;
    collectCellBackgrounds(doc.rootFrame(), &backgrounds);
    for (auto it = backgrounds.cbegin(); it != backgrounds.cend(); ++it) {
        const QString style = u"<style:style style:name=\"%1\" style:family=\"table-cell\">"_s.arg(it.key());
        const qsizetype at = xml.indexOf(style);
        if (at < 0)
            continue;
        const QString properties = u"<style:table-cell-properties"_s;
        const qsizetype props = xml.indexOf(properties, at);
        if (props >= 0)
            xml.insert(props + properties.size(), u" fo:background-color=\"%1\""_s.arg(it.value()));
    }

    // A document that ends with a table: Writer always puts a paragraph
    // after it (its own, in the default size, when the file has none), and
    // where the table fills its last page that paragraph takes a page of its
    // own. A paragraph 0.1 mm high with no spacing fits under the table instead
    // (1 pt type alone still took a page: Writer keeps its line height).
    static const QRegularExpression trailingEmpty(
        uR"re((</table:table>)\s*(?:<text:p text:style-name="[^"]*"/>)?(\s*</office:text>))re"_s);
    xml.replace(trailingEmpty, u"\\1<text:p text:style-name=\"ProfrostEnd\"/>\\2"_s);

    static const QRegularExpression tabBeforeBreak(uR"re(<text:tab/>(\s*<text:line-break/>))re"_s);
    xml.replace(tabBeforeBreak, u"\\1"_s);

    static const QRegularExpression leadingEmpty(uR"re((<office:text>\s*)<text:p text:style-name="[^"]*"/>(\s*<table:table ))re"_s);
    xml.replace(leadingEmpty, u"\\1\\2"_s);
    return xml.toUtf8();
}

QByteArray withStylesInManifest(QByteArray manifest)
{
    if (manifest.contains("\"styles.xml\""))
        return manifest;
    const qsizetype end = manifest.lastIndexOf("</manifest:manifest>");
    if (end < 0)
        return manifest;
    manifest.insert(end, " <manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"styles.xml\"/>\n");
    return manifest;
}

} // namespace

int DocumentWriter::print(const QTextDocument &doc, QPagedPaintDevice &device)
{
    const LaidOut laidOut = layOut(doc, device);
    const auto pages = int(laidOut.pages.size());
    const qreal width = device.width();
    const qreal topMargin = device.pageLayout().margins(QPageLayout::Millimeter).top() / 25.4 * device.logicalDpiY();
    // The rulings at the table's sides stand half outside the text area.
    const qreal side = device.logicalDpiX() / 72.0;

    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    QFont numberFont;
    numberFont.setFamilies(DocumentStyle::fontFamilies());
    numberFont.setPointSizeF(DocumentStyle::kTablePt);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage())
            return 0;
        for (const PagePlan::Slice &slice : laidOut.pages.at(page)) {
            painter.save();
            painter.translate(0, slice.at - slice.top);
            // A hair inside the slice: a line that ends exactly on its edge
            // belongs to the other page. Painted here and only clipped, it
            // would still be written into the PDF and found by text extraction.
            constexpr qreal kHair = 0.5;
            laidOut.doc->drawContents(&painter, QRectF(-side, slice.top + kHair, width + 2 * side,
                                                       slice.bottom - slice.top - 2 * kHair));
            painter.restore();
        }
        if (page > 0) {
            // From page 2 on, centred in the top margin (ГОСТ Р 7.0.97-2016).
            painter.setFont(numberFont);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(0, -topMargin, width, topMargin), Qt::AlignCenter, QString::number(page + 1));
        }
    }
    return painter.end() ? pages : 0;
}

int DocumentWriter::pageCount(const QTextDocument &doc)
{
    requireGui(doc.metaInformation(QTextDocument::DocumentTitle));
    QBuffer nowhere;
    nowhere.open(QIODevice::WriteOnly);
    QPdfWriter writer(&nowhere);
    writer.setResolution(kPdfDpi);
    writer.setPageLayout(DocumentStyle::pageLayout(doc));
    return int(layOut(doc, writer).pages.size());
}

int DocumentWriter::writePdf(const QTextDocument &doc, const QString &path)
{
    requireGui(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("Cannot write %1: %2").arg(shown(path), file.errorString()));
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfDpi);
        writer.setPageLayout(DocumentStyle::pageLayout(doc));
        writer.setTitle(doc.metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(u"ProfRost "_s + QString::fromUtf8(PROFROST_VERSION));
        pages = print(doc, writer);
    }
    if (pages <= 0) {
        file.cancelWriting();
        throw Error(tr("Cannot write %1: the PDF could not be painted.").arg(shown(path)));
    }
    if (!file.commit())
        throw Error(tr("Cannot write %1: %2").arg(shown(path), file.errorString()));
    return pages;
}

void DocumentWriter::writeOdt(const QTextDocument &doc, const QString &path)
{
    QBuffer written;
    written.open(QIODevice::WriteOnly);
    QTextDocumentWriter odf(&written, "ODF");
    const bool converted = odf.write(&doc); // closes the buffer
    QBuffer qtPackage;
    qtPackage.setData(written.data());
    qtPackage.open(QIODevice::ReadOnly);
    QList<std::pair<QByteArray, QByteArray>> entries;
    if (!converted || !readZip(&qtPackage, &entries))
        throw Error(tr("Cannot write %1: the document could not be converted to ODT.").arg(shown(path)));
    for (auto &[name, bytes] : entries) {
        if (name == "content.xml")
            bytes = fixContent(bytes, doc);
        else if (name == "META-INF/manifest.xml")
            bytes = withStylesInManifest(bytes);
    }
    entries.append({QByteArray("styles.xml"), stylesXml(DocumentStyle::pageLayout(doc))});

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("Cannot write %1: %2").arg(shown(path), file.errorString()));
    if (!writeZip(&file, entries)) {
        const QString reason = file.errorString();
        file.cancelWriting();
        throw Error(tr("Cannot write %1: %2").arg(shown(path), reason));
    }
    if (!file.commit())
        throw Error(tr("Cannot write %1: %2").arg(shown(path), file.errorString()));
}

bool DocumentWriter::isSupported(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"pdf" || suffix == u"odt";
}

void DocumentWriter::write(const QTextDocument &doc, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        writePdf(doc, path);
    else if (suffix == u"odt")
        writeOdt(doc, path);
    else
        throw Error(tr("Cannot write %1: documents are written as .pdf or .odt.").arg(shown(path)));
}

} // namespace profrost
