#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace profrost {

// Russian word forms for full-text search (core/README.md «The bank of
// practices»): a word is a run of letters and digits; its stem is the word
// lower-cased, ё read as е, cut by Snowball's Russian stemmer
// («функциональной» and «функциональная» → «функциональн»). Latin words
// are lower-cased and cut by nothing. The index holds stems, and a query
// is stemmed the same way, so any form finds any other.
class WordStems
{
public:
    struct Word
    {
        qsizetype start = 0;
        qsizetype length = 0;
        QString stem;
    };

    static QString stem(const QString &word);
    // The words of the text with their places and stems.
    static QList<Word> words(const QString &text);
    // The stems of the text's words, in order.
    static QStringList stems(const QString &text);
    // The stems joined by spaces: what the index stores for a text.
    static QString stemmedText(const QString &text);

    // The text with every word matching a query stem put between `open` and
    // `close` (a word matches when its stem equals a query stem, or — for the
    // last query stem when `lastIsPrefix` — begins with it). With
    // `maxWords` > 0 the result is a snippet: that many words around the
    // first match (the beginning when none matches), with «…» where cut.
    // With `html` the text is escaped first (the marks are left as given).
    static QString highlight(const QString &text, const QStringList &queryStems, bool lastIsPrefix,
                             const QString &open, const QString &close, int maxWords = 0, bool html = false);
};

} // namespace profrost
