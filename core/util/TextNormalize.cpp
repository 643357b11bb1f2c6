#include "util/TextNormalize.h"

namespace profrost {

QString normalizedKey(const QString &text)
{
    QString key = text.simplified().toLower();
    key.replace(QChar(0x0451), QChar(0x0435)); // ё -> е
    key.replace(QChar(0x00A0), QChar(u' '));
    return key;
}

QString lowerKey(const QString &text)
{
    QString key = text.toLower();
    key.replace(QChar(0x0451), QChar(0x0435)); // ё -> е
    return key;
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
