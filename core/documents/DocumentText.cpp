#include "documents/DocumentText.h"

#include "documents/DocumentStyle.h"

#include <QTextBlock>
#include <QTextCursor>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost {

void DocumentText::paragraph(QTextCursor &cursor, const QList<Run> &runs, Qt::Alignment alignment, bool indent,
                             qreal spaceBeforeMm, bool pageBreak)
{
    QTextBlockFormat block = DocumentStyle::blockFormat(alignment, spaceBeforeMm, 0);
    if (indent)
        block.setTextIndent(DocumentStyle::fromMm(12.5));
    if (pageBreak)
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    // A paragraph all in bold («Повестка дня:», «Задачи:») is a heading.
    const bool heading = std::all_of(runs.cbegin(), runs.cend(),
                                     [](const Run &run) { return run.second || run.first.trimmed().isEmpty(); });
    if (heading)
        block.setProperty(DocumentStyle::kKeepWithNext, true);
    const QTextCharFormat regular = DocumentStyle::charFormat(DocumentStyle::kTextPt);
    cursor.movePosition(QTextCursor::End);
    if (cursor.block().length() > 1) {
        cursor.insertBlock(block, regular);
    } else { // the empty first block of a document, or the one after a table
        cursor.setBlockFormat(block);
        cursor.mergeBlockCharFormat(regular);
    }
    for (const Run &run : runs)
        cursor.insertText(DocumentStyle::typeset(run.first), DocumentStyle::charFormat(DocumentStyle::kTextPt, run.second));
}

void DocumentText::labelled(QTextCursor &cursor, const QString &label, const QString &text, bool indent)
{
    paragraph(cursor, {{label, true}, {text.isEmpty() ? QString() : u" "_s + text, false}}, Qt::AlignLeft, indent);
}

QString DocumentText::shortPosts(const QString &posts)
{
    // Longest first: «учебно-воспитательной работе» before «воспитательной работе».
    static const QList<QPair<QString, QString>> abbreviations{
        {u"заместитель "_s, u"зам. "_s},
        {u"по учебно-воспитательной работе"_s, u"по УВР"_s},
        {u"по воспитательной работе"_s, u"по ВР"_s},
        {u"по учебной работе"_s, u"по УР"_s},
        {u"по научно-методической работе"_s, u"по НМР"_s},
        {u"по административно-хозяйственной работе"_s, u"по АХР"_s},
        {u"по воспитанию и взаимодействию с детскими общественными объединениями"_s, u"по воспитанию"_s},
        {u"основ безопасности и защиты Родины"_s, u"ОБЗР"_s},
        {u"дополнительного образования"_s, u"доп. образования"_s},
    };
    QString out = posts;
    for (const auto &[full, shortened] : abbreviations)
        out.replace(full, shortened, Qt::CaseInsensitive);
    return out;
}

QString DocumentText::plural(int n, const QString &one, const QString &few, const QString &many)
{
    const int tens = n % 100, units = n % 10;
    const QString &word = (tens >= 11 && tens <= 14) ? many : units == 1 ? one : (units >= 2 && units <= 4) ? few : many;
    return QString::number(n) + u' ' + word;
}

} // namespace profrost
