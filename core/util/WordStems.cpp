#include "util/WordStems.h"

#include <libstemmer.h>

#include <memory>

namespace profrost {

namespace {

struct StemmerDeleter
{
    void operator()(sb_stemmer *s) const { sb_stemmer_delete(s); }
};

// A stemmer is not safe to share between threads: one per thread.
sb_stemmer *russianStemmer()
{
    thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(sb_stemmer_new("russian", "UTF_8"));
    return stemmer.get();
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

QString escaped(const QString &text, bool html)
{
    return html ? text.toHtmlEscaped() : text;
}

} // namespace

QString WordStems::stem(const QString &word)
{
    QString lower = word.toLower();
    lower.replace(QChar(0x0451), QChar(0x0435)); // ё → е
    sb_stemmer *stemmer = russianStemmer();
    if (stemmer == nullptr)
        return lower;
    const QByteArray utf8 = lower.toUtf8();
    const sb_symbol *out = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()),
                                           int(utf8.size()));
    if (out == nullptr)
        return lower;
    return QString::fromUtf8(reinterpret_cast<const char *>(out), sb_stemmer_length(stemmer));
}

QList<WordStems::Word> WordStems::words(const QString &text)
{
    QList<Word> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && !isWordChar(text.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < n && isWordChar(text.at(i)))
            ++i;
        if (i > start)
            out << Word{start, i - start, stem(text.mid(start, i - start))};
    }
    return out;
}

QStringList WordStems::stems(const QString &text)
{
    QStringList out;
    for (const Word &w : words(text))
        out << w.stem;
    return out;
}

QString WordStems::stemmedText(const QString &text)
{
    return stems(text).join(QLatin1Char(' '));
}

QString WordStems::highlight(const QString &text, const QStringList &queryStems, bool lastIsPrefix,
                             const QString &open, const QString &close, int maxWords, bool html)
{
    const QList<Word> all = words(text);
    const auto matches = [&](const QString &s) {
        for (qsizetype i = 0; i < queryStems.size(); ++i) {
            if (s == queryStems.at(i))
                return true;
            if (lastIsPrefix && i == queryStems.size() - 1 && s.startsWith(queryStems.at(i)))
                return true;
        }
        return false;
    };
    qsizetype first = 0;
    qsizetype last = all.size();
    if (maxWords > 0 && all.size() > maxWords) {
        qsizetype hit = -1;
        for (qsizetype i = 0; i < all.size() && hit < 0; ++i) {
            if (matches(all.at(i).stem))
                hit = i;
        }
        first = hit < 0 ? 0 : qMax<qsizetype>(0, hit - maxWords / 3);
        last = qMin(all.size(), first + maxWords);
        first = qMax<qsizetype>(0, last - maxWords);
    }
    QString out;
    if (all.isEmpty())
        return escaped(text, html);
    qsizetype at = first == 0 ? 0 : all.at(first).start;
    if (first > 0)
        out += QStringLiteral("… ");
    for (qsizetype i = first; i < last; ++i) {
        const Word &w = all.at(i);
        out += escaped(text.mid(at, w.start - at), html);
        const QString word = escaped(text.mid(w.start, w.length), html);
        out += matches(w.stem) ? open + word + close : word;
        at = w.start + w.length;
    }
    if (last < all.size())
        out += QStringLiteral(" …");
    else
        out += escaped(text.mid(at), html);
    return out;
}

} // namespace profrost
