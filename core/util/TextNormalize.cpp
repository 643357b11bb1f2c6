#include "util/TextNormalize.h"

#include <QSet>

#include <algorithm>

namespace profrost {

namespace {

// simplified().toLower() and ё -> е in one pass for text of ASCII and the
// Russian alphabet, which is every name, school and post of a registry:
// QString::toLower() consults the Unicode tables for each Cyrillic letter,
// and an import of 50,000 rows makes some 15 keys a row. Anything else
// (other scripts, Unicode spaces) returns false and takes the general way,
// so the key is the same either way.
// The marks of organisations' names («», №, dashes, typographic quotes):
// no case, not spaces, so that toLower() and simplified() keep them as
// they are; every school's name has some.
bool isCaselessMark(char16_t u)
{
    return u == 0x00AB || u == 0x00BB || u == 0x2116 || u == 0x2013 || u == 0x2014 || u == 0x201C || u == 0x201D
        || u == 0x201E;
}

bool fastNormalizedKey(const QString &text, QString *key)
{
    const qsizetype n = text.size();
    QString out(n, Qt::Uninitialized);
    char16_t *o = reinterpret_cast<char16_t *>(out.data());
    qsizetype length = 0;
    bool pendingSpace = false;
    for (const QChar c : text) {
        char16_t u = c.unicode();
        if (u == u' ' || (u >= u'\t' && u <= u'\r')) { // QChar::isSpace() below 0x80
            pendingSpace = length > 0;
            continue;
        }
        if (u >= u'A' && u <= u'Z')
            u = char16_t(u + 32);
        else if (u >= 0x80) {
            if (u >= 0x0410 && u <= 0x042F) // А..Я
                u = char16_t(u + 0x20);
            else if (u == 0x0401 || u == 0x0451) // Ё, ё -> е
                u = 0x0435;
            else if ((u < 0x0430 || u > 0x044F) && !isCaselessMark(u)) // not а..я
                return false;
        }
        if (pendingSpace) {
            o[length++] = u' ';
            pendingSpace = false;
        }
        o[length++] = u;
    }
    out.truncate(length);
    *key = std::move(out);
    return true;
}

} // namespace

QString normalizedKey(const QString &text)
{
    if (QString key; fastNormalizedKey(text, &key))
        return key;
    QString key = text.simplified().toLower();
    key.replace(QChar(0x0451), QChar(0x0435)); // ё -> е
    key.replace(QChar(0x00A0), QChar(u' '));
    return key;
}

QString simplifiedText(const QString &text)
{
    // simplified() changes text exactly when it has a space (QChar::isSpace)
    // at an end, one other than ' ', or two in a row.
    if (text.isEmpty())
        return text;
    if (text.front().isSpace() || text.back().isSpace())
        return text.simplified();
    bool afterSpace = false;
    for (const QChar c : text) {
        const bool space = c.isSpace();
        if (space && (afterSpace || c != u' '))
            return text.simplified();
        afterSpace = space;
    }
    return text;
}

QString lowerKey(const QString &text)
{
    // A direct loop for Latin and Cyrillic letters: QString::toLower()
    // consults the Unicode tables for every non-Latin-1 character, and this
    // runs over every row of a 50,000-teacher registry on each load.
    QString key(text.size(), Qt::Uninitialized);
    QChar *out = key.data();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            *out++ = QChar(char16_t(u + 32));
        else if (u < 0x80)
            *out++ = c;
        else if (u >= 0x0410 && u <= 0x042F) // А..Я
            *out++ = QChar(char16_t(u + 0x20));
        else if (u == 0x0401 || u == 0x0451) // Ё, ё -> е
            *out++ = QChar(char16_t(0x0435));
        else if (u >= 0x0430 && u <= 0x044F) // а..я
            *out++ = c;
        else
            *out++ = c.toLower();
    }
    return key;
}

bool alphabeticalLess(const QString &a, const QString &b)
{
    const int byKey = lowerKey(a).compare(lowerKey(b));
    return byKey != 0 ? byKey < 0 : a < b;
}

QStringList distinctNames(const QStringList &names)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &raw : names) {
        const QString name = raw.simplified();
        if (!name.isEmpty() && !seen.contains(lowerKey(name))) {
            seen.insert(lowerKey(name));
            out << name;
        }
    }
    std::sort(out.begin(), out.end(), alphabeticalLess);
    return out;
}

QString upperFirst(const QString &text)
{
    return text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1);
}

QString compactKey(const QString &text)
{
    const QString key = normalizedKey(text);
    QString out;
    out.reserve(key.size());
    for (const QChar c : key) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

} // namespace profrost
