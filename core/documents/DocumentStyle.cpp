#include "documents/DocumentStyle.h"

#include "domain/DateText.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QScreen>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace profrost {

namespace {

// Where the document remembers the orientation it was built for.
constexpr char kOrientationProperty[] = "profrostPageOrientation";

bool haveGui() { return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr; }

// The resolution Qt's text layout takes format lengths in (qt_defaultDpi()).
qreal formatDpi()
{
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi) || !haveGui())
        return 96;
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        return qRound(screen->logicalDotsPerInchY());
    return 96;
}

QTextTableFormat borderlessTable()
{
    QTextTableFormat f;
    f.setBorder(0);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    f.setCellSpacing(0);
    f.setCellPadding(0);
    f.setMargin(0);
    return f;
}

// The cursor at an empty block where the next paragraph or table goes.
// Block char formats are merged, never set: the first block of a table cell
// (and the block after a table) shares its format with the cell or frame
// marker, and setting it would drop the cell's spans.
void startBlock(QTextCursor &cursor, const QTextBlockFormat &block, const QTextCharFormat &chars)
{
    cursor.movePosition(QTextCursor::End);
    if (cursor.block().length() > 1) // not empty
        cursor.insertBlock(block, chars);
    else {
        cursor.setBlockFormat(block);
        cursor.mergeBlockCharFormat(chars);
    }
    cursor.setCharFormat(chars);
}

} // namespace

QString DocumentStyle::typeset(const QString &text)
{
    // A number keeps its unit: «254 чел.», «5 дн.», «72 ч», «12 мес.»,
    // «2026 г.» — a narrow column must not leave the unit alone on the
    // next line.
    static const QRegularExpression unit(uR"((\d) ((?:чел|дн|мес|г)\.|ч(?!\p{L})))"_s);
    QString out = text;
    out.replace(u"№ "_s, u"№\u00A0"_s);
    return out.replace(unit, u"\\1\u00A0\\2"_s);
}

QStringList DocumentStyle::fontFamilies()
{
    // Tinos and Liberation Serif are metric twins of Times New Roman: the
    // lines break at the same words, so pages match what Word prints.
    return {u"Times New Roman"_s, u"Liberation Serif"_s, u"Tinos"_s, u"Times"_s};
}

QString DocumentStyle::fontFamily()
{
    if (!haveGui())
        return fontFamilies().constFirst();
    for (const QString &family : fontFamilies()) {
        if (QFontDatabase::hasFamily(family))
            return family;
    }
    return fontFamilies().constFirst();
}

QPageLayout DocumentStyle::pageLayout(QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(kLeftMm, kTopMm, kRightMm, kBottomMm),
                       QPageLayout::Millimeter);
}

QPageLayout DocumentStyle::pageLayout(const QTextDocument &doc)
{
    const QVariant v = doc.property(kOrientationProperty);
    return pageLayout(v.isValid() ? QPageLayout::Orientation(v.toInt()) : QPageLayout::Portrait);
}

qreal DocumentStyle::textWidthMm(QPageLayout::Orientation orientation)
{
    return pageLayout(orientation).paintRect(QPageLayout::Millimeter).width();
}

std::unique_ptr<QTextDocument> DocumentStyle::createDocument(QPageLayout::Orientation orientation,
                                                             const QString &title)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setProperty(kOrientationProperty, int(orientation));
    doc->setMetaInformation(QTextDocument::DocumentTitle, title);
    doc->setDocumentMargin(0); // the page margins are the writer's
    doc->setUseDesignMetrics(true);
    QFont font; // not QFont(family): that asks QGuiApplication for defaults
    font.setFamilies(fontFamilies());
    font.setPointSizeF(kTablePt);
    doc->setDefaultFont(font);
    QTextCursor cursor(doc.get());
    cursor.mergeBlockCharFormat(charFormat(kTablePt));
    return doc;
}

qreal DocumentStyle::fromMm(qreal mm)
{
    return mm / 25.4 * formatDpi();
}

QTextCharFormat DocumentStyle::charFormat(qreal pointSize, bool bold)
{
    QTextCharFormat f;
    f.setFontFamilies(fontFamilies());
    f.setFontPointSize(pointSize);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(Qt::black);
    return f;
}

QTextBlockFormat DocumentStyle::blockFormat(Qt::Alignment alignment, qreal spaceBeforeMm, qreal spaceAfterMm)
{
    QTextBlockFormat f;
    f.setAlignment(alignment);
    f.setTopMargin(fromMm(spaceBeforeMm));
    f.setBottomMargin(fromMm(spaceAfterMm));
    return f;
}

void DocumentStyle::insertApproval(QTextCursor &cursor, const Approval &approval, const Review &review)
{
    const QTextCharFormat chars = charFormat(kTextPt);
    startBlock(cursor, blockFormat(), chars);
    // «5 июня 2026 г.», the word form of official documents (core/documents/README.md).
    const QString date = approval.date.isValid() ? DateText::words(approval.date) : u"«___» _______________ 20___ г."_s;
    const QString name = approval.name.trimmed().isEmpty() ? u"______________ _______________"_s
                                                           : u"______________ "_s + approval.name.trimmed();
    QStringList right{approval.heading};
    if (!approval.position.trimmed().isEmpty())
        right << approval.position.trimmed();
    const qsizetype signatureLine = right.size();
    right << name << date;
    QStringList left;
    if (!review.lines.isEmpty())
        left = QStringList{review.heading} + review.lines;

    QTextTableFormat format = borderlessTable();
    // Spacing around tables goes in their margins: Qt ignores the top
    // margin of the paragraph right after a table.
    format.setBottomMargin(fromMm(6));
    const int columns = left.isEmpty() ? 1 : 3;
    if (left.isEmpty()) {
        format.setAlignment(Qt::AlignRight);
        format.setWidth(QTextLength(QTextLength::FixedLength, fromMm(90)));
    } else {
        // Both blocks as wide as the approval block alone, a gap between.
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 44),
                                          QTextLength(QTextLength::PercentageLength, 8),
                                          QTextLength(QTextLength::PercentageLength, 48)});
    }
    // One line a row: a cell holds one paragraph, which word processors
    // read back as it is (Qt's ODF writer splits a cell of several
    // paragraphs into several cells).
    const int rows = int(std::max(left.size(), right.size()));
    QTextTable *table = cursor.insertTable(rows, columns, format);
    const auto put = [&](int row, int column, const QString &text, qreal spaceBeforeMm) {
        QTextCursor cell = table->cellAt(row, column).firstCursorPosition();
        cell.setBlockFormat(blockFormat(Qt::AlignLeft, spaceBeforeMm));
        cell.mergeBlockCharFormat(chars);
        cell.insertText(text, chars);
    };
    for (int i = 0; i < right.size(); ++i)
        put(i, columns - 1, right.at(i), i == signatureLine ? 4 : 0); // room to sign
    for (int i = 0; i < left.size(); ++i)
        put(i, 0, left.at(i), 0);
    cursor.movePosition(QTextCursor::End);
}

void DocumentStyle::insertApproval(QTextCursor &cursor, const Approval &approval)
{
    insertApproval(cursor, approval, Review{});
}

void DocumentStyle::insertTitle(QTextCursor &cursor, const QStringList &lines)
{
    for (int i = 0; i < lines.size(); ++i) {
        const QTextCharFormat chars = charFormat(kTextPt, i == 0);
        QTextBlockFormat block = blockFormat(Qt::AlignHCenter, i == 0 ? 8 : 0, i + 1 == lines.size() ? 5 : 0);
        block.setProperty(kKeepWithNext, true); // a title stays with what it heads
        startBlock(cursor, block, chars);
        cursor.insertText(typeset(lines.at(i)), chars);
    }
}

void DocumentStyle::insertParagraph(QTextCursor &cursor, const QString &text, qreal pointSize, bool bold,
                                    Qt::Alignment alignment)
{
    const QTextCharFormat chars = charFormat(pointSize, bold);
    QTextBlockFormat block = blockFormat(alignment, 2, 0);
    if (bold) // a heading
        block.setProperty(kKeepWithNext, true);
    startBlock(cursor, block, chars);
    cursor.insertText(typeset(text), chars);
}

QTextTable *DocumentStyle::insertTable(QTextCursor &cursor, const QList<Column> &columns, int bodyRows,
                                       qreal paddingMm)
{
    startBlock(cursor, blockFormat(), charFormat(kTablePt));
    QTextTableFormat format;
    format.setBorderCollapse(true);
    // One unit: 0.75 pt, the thinnest line Qt draws (it drops borders under one unit).
    format.setBorder(1);
    format.setBorderBrush(Qt::black);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellSpacing(0);
    format.setCellPadding(fromMm(paddingMm));
    format.setMargin(0);
    format.setTopMargin(fromMm(3));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(1);
    QList<QTextLength> widths;
    for (const Column &c : columns)
        widths << QTextLength(QTextLength::PercentageLength, c.widthPercent);
    format.setColumnWidthConstraints(widths);

    QTextTable *table = cursor.insertTable(1 + bodyRows, int(columns.size()), format);
    for (int c = 0; c < columns.size(); ++c) {
        QTextTableCell cell = table->cellAt(0, c);
        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        cellFormat.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        cell.setFormat(cellFormat);
        setCell(table, 0, c, columns.at(c).header, true, Qt::AlignHCenter);
    }
    cursor.movePosition(QTextCursor::End);
    return table;
}

void DocumentStyle::setCell(QTextTable *table, int row, int column, const QString &text, bool bold,
                            Qt::Alignment alignment, qreal pointSize)
{
    QTextCursor c = table->cellAt(row, column).firstCursorPosition();
    const QTextCharFormat chars = charFormat(pointSize, bold);
    c.setBlockFormat(blockFormat(alignment));
    c.mergeBlockCharFormat(chars);
    c.insertText(typeset(text), chars);
}

void DocumentStyle::setCellLines(QTextTable *table, int row, int column, const QStringList &lines,
                                 Qt::Alignment alignment, qreal detailPointSize)
{
    QTextCursor c = table->cellAt(row, column).firstCursorPosition();
    const QTextCharFormat first = charFormat(kTablePt);
    const QTextCharFormat detail = charFormat(detailPointSize > 0 ? detailPointSize : kTablePt);
    c.setBlockFormat(blockFormat(alignment));
    c.mergeBlockCharFormat(first);
    for (int i = 0; i < lines.size(); ++i) {
        // A line break inside the paragraph: new blocks would make the
        // table recount its cells on every insertion.
        if (i > 0)
            c.insertText(QString(QChar::LineSeparator), detail);
        c.insertText(typeset(lines.at(i)), i == 0 ? first : detail);
    }
}

void DocumentStyle::setSpanningRow(QTextTable *table, int row, const QString &text, Qt::Alignment alignment)
{
    setMergedCell(table, row, 0, table->columns(), text, true, alignment);
}

void DocumentStyle::setMergedCell(QTextTable *table, int row, int first, int count, const QString &text, bool bold,
                                  Qt::Alignment alignment)
{
    if (count > 1)
        table->mergeCells(row, first, 1, count);
    setCell(table, row, first, text, bold, alignment);
}

void DocumentStyle::insertSignatures(QTextCursor &cursor, const QList<Signature> &signatures)
{
    if (signatures.isEmpty())
        return;
    const QTextCharFormat chars = charFormat(kTextPt);
    startBlock(cursor, blockFormat(), chars);
    QTextTableFormat format = borderlessTable();
    format.setTopMargin(fromMm(12));
    format.setProperty(kKeepWithPrevious, true); // never alone on the last page
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    // The middle column holds the line to sign on whole even on a portrait page.
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 45),
                                      QTextLength(QTextLength::PercentageLength, 27),
                                      QTextLength(QTextLength::PercentageLength, 28)});
    QTextTable *table = cursor.insertTable(int(signatures.size()), 3, format);
    for (int i = 0; i < signatures.size(); ++i) {
        const Signature &s = signatures.at(i);
        const QString name = s.name.trimmed().isEmpty() ? u"____________________"_s : s.name.trimmed();
        const QStringList texts{s.position, u"_______________"_s, name};
        const Qt::Alignment alignments[] = {Qt::AlignLeft, Qt::AlignHCenter, Qt::AlignRight};
        for (int c = 0; c < 3; ++c) {
            QTextCursor cell = table->cellAt(i, c).firstCursorPosition();
            cell.setBlockFormat(blockFormat(alignments[c], i > 0 ? 6 : 0, 0));
            cell.mergeBlockCharFormat(chars);
            cell.insertText(texts.at(c), chars);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

QString DocumentStyle::shortName(const QString &surname, const QString &name, const QString &patronymic)
{
    // The initials stay with the surname (a no-break space).
    QString out = surname.trimmed();
    if (!name.trimmed().isEmpty())
        out += u'\u00A0' + name.trimmed().left(1) + u'.';
    if (!patronymic.trimmed().isEmpty())
        out += patronymic.trimmed().left(1) + u'.';
    return out;
}

} // namespace profrost
