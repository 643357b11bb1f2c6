#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QStringList>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <memory>

class QTextCursor;
class QTextDocument;
class QTextTable;

namespace profrost {

// The official look of printed documents (ГОСТ Р 7.0.97-2016, core/documents/README.md): A4,
// margins left 30 / right 15 / top and bottom 20 mm, Times New Roman (its
// metric twin Liberation Serif where it is missing) 14 pt in text and 12 pt in
// tables; and the parts every form shares, inserted with a QTextCursor.
//
// Lengths in text formats (borders, paddings, fixed widths) are in Qt's
// device-independent pixels; fromMm() converts. Building a document needs
// no QGuiApplication; laying it out and painting it do (DocumentWriter).
class DocumentStyle
{
    Q_DECLARE_TR_FUNCTIONS(DocumentStyle)
public:
    static constexpr qreal kTextPt = 14;
    static constexpr qreal kTablePt = 12;
    static constexpr qreal kSmallPt = 11; // programme titles and lists inside table cells
    static constexpr qreal kLeftMm = 30;
    static constexpr qreal kRightMm = 15;
    static constexpr qreal kTopMm = 20;
    static constexpr qreal kBottomMm = 20;

    // Marks the printed pages honour (PageFlow): a paragraph that is never
    // the last line of a page (a title, a heading), on its block format; a
    // table that is never the first thing on a page (the closing
    // signatures, kept with the table above), on its table format.
    static constexpr int kKeepWithNext = QTextFormat::UserProperty + 1;
    static constexpr int kKeepWithPrevious = QTextFormat::UserProperty + 2;

    // The families a document asks for, best first.
    static QStringList fontFamilies();
    // The family that renders here: "Times New Roman" when installed, else
    // "Liberation Serif" (without a QGuiApplication nothing can be looked up:
    // "Times New Roman", the name files carry).
    static QString fontFamily();

    // A4 with the official margins.
    static QPageLayout pageLayout(QPageLayout::Orientation orientation = QPageLayout::Portrait);
    // The page layout a document was built for (createDocument remembers it).
    static QPageLayout pageLayout(const QTextDocument &doc);
    // Width of the text area in millimetres.
    static qreal textWidthMm(QPageLayout::Orientation orientation);

    // A new empty document in the official style, laid out for `orientation`.
    static std::unique_ptr<QTextDocument> createDocument(QPageLayout::Orientation orientation,
                                                         const QString &title = QString());

    // Millimetres in the units of text formats.
    static qreal fromMm(qreal mm);

    static QTextCharFormat charFormat(qreal pointSize = kTextPt, bool bold = false);
    static QTextBlockFormat blockFormat(Qt::Alignment alignment = Qt::AlignLeft, qreal spaceBeforeMm = 0,
                                        qreal spaceAfterMm = 0);

    // The approval block at the top right of the first page, lines aligned left:
    // УТВЕРЖДАЮ / position / ________ И.О. Фамилия / «___» ________ 20__ г.
    // An empty name or an invalid date print blank lines to fill in by hand.
    struct Approval
    {
        QString heading = QString::fromUtf8("УТВЕРЖДАЮ");
        QString position = QString::fromUtf8("Директор МКУ «ИМЦ»");
        QString name;
        QDate date;
    };
    // The block school practice adds at the top left (core/documents/README.md):
    // РАССМОТРЕНО / на заседании РМО, / протокол от 28.08.2026 № 1.
    // Without lines no left block is printed.
    struct Review
    {
        QString heading = QString::fromUtf8("РАССМОТРЕНО");
        QStringList lines;
    };
    static void insertApproval(QTextCursor &cursor, const Approval &approval, const Review &review);
    static void insertApproval(QTextCursor &cursor, const Approval &approval);

    // Centred lines: the first bold (the title), the others regular.
    static void insertTitle(QTextCursor &cursor, const QStringList &lines);
    static void insertParagraph(QTextCursor &cursor, const QString &text, qreal pointSize = kTextPt,
                                bool bold = false, Qt::Alignment alignment = Qt::AlignLeft);

    struct Column
    {
        QString header;
        qreal widthPercent = 0;
        Qt::Alignment alignment = Qt::AlignLeft; // of the body cells
    };
    // A table of the whole text width: a bold header row repeated on every
    // page, `bodyRows` empty rows below it, thin black collapsed borders.
    // The cursor is left after the table. Long registers ask for a smaller
    // cell padding than the 1 mm of short tables.
    static QTextTable *insertTable(QTextCursor &cursor, const QList<Column> &columns, int bodyRows,
                                   qreal paddingMm = 1);
    // Writes a cell. In setCellLines the lines after the first go below it
    // (same paragraph, in `detailPointSize` when given: a programme title
    // under «2023, 72 ч»).
    static void setCell(QTextTable *table, int row, int column, const QString &text, bool bold = false,
                        Qt::Alignment alignment = Qt::AlignLeft, qreal pointSize = kTablePt);
    static void setCellLines(QTextTable *table, int row, int column, const QStringList &lines,
                             Qt::Alignment alignment = Qt::AlignLeft, qreal detailPointSize = 0);
    // Merges the row into one cell with bold text (a group heading).
    static void setSpanningRow(QTextTable *table, int row, const QString &text,
                               Qt::Alignment alignment = Qt::AlignLeft);
    // Merges columns [first, first + count) of the row and writes there.
    static void setMergedCell(QTextTable *table, int row, int first, int count, const QString &text,
                              bool bold = false, Qt::Alignment alignment = Qt::AlignLeft);

    // Signatures at the end: position ____________ И.О. Фамилия, one per line.
    struct Signature
    {
        QString position;
        QString name;
    };
    static void insertSignatures(QTextCursor &cursor, const QList<Signature> &signatures);

    // Russian typesetting of a printed text: «№» stays with its number and
    // a number with its unit («254 чел.», «5 дн.», «72 ч»), by no-break
    // spaces. Cells, titles and paragraphs are typeset when inserted.
    static QString typeset(const QString &text);

    // «Иванова М.П.» from the parts of a name, with a no-break space.
    static QString shortName(const QString &surname, const QString &name, const QString &patronymic);
};

} // namespace profrost
