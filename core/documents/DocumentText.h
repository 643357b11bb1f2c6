#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QTextCursor;

namespace profrost {

// Paragraphs of running text that mix bold labels and regular text
// («СЛУШАЛИ: Иванова М.П. — …»), for the documents whose body is prose
// rather than a table (the protocol, the plan's goal and tasks).
class DocumentText
{
public:
    using Run = QPair<QString, bool>; // text, bold
    // A new paragraph at the end of the document in the text size, aligned
    // left and indented 1.25 cm unless `indent` is false (ГОСТ Р 7.0.97-2016).
    // Not justified: the long words of official Russian leave wide gaps in
    // short justified lines, and the forms are read more than typeset.
    // With `pageBreak` it starts a new page (an annex).
    static void paragraph(QTextCursor &cursor, const QList<Run> &runs, Qt::Alignment alignment = Qt::AlignLeft,
                          bool indent = true, qreal spaceBeforeMm = 1.5, bool pageBreak = false);
    static void labelled(QTextCursor &cursor, const QString &label, const QString &text, bool indent = true);

    // A post as the long registers print it, in the abbreviations school
    // paperwork uses: «зам. директора по УВР», «педагог доп. образования»,
    // «преподаватель-организатор ОБЗР», «советник директора по воспитанию».
    // Several posts joined by «; » are abbreviated each.
    static QString shortPosts(const QString &posts);

    // A count with its noun in the Russian plural of that count: «1 организация»,
    // «3 организации», «5 организаций», «11 организаций», «21 организация».
    static QString plural(int n, const QString &one, const QString &few, const QString &many);
};

} // namespace profrost
