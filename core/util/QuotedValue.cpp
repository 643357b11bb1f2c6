#include "util/QuotedValue.h"

#include <QStringList>

namespace profrost {

QString QuotedValue::of(QStringView value)
{
    const bool cut = value.size() > kMaxCharacters;
    QString out;
    out.reserve(kMaxCharacters + 1);
    for (const QChar c : value.first(std::min(value.size(), kMaxCharacters))) {
        if (c == u'\n' || c == u'\r')
            out.append(u' ');
        else if (c.category() == QChar::Other_Control)
            out.append(QChar::ReplacementCharacter);
        else
            out.append(c);
    }
    // A surrogate pair cut in half would be a broken character.
    if (cut && !out.isEmpty() && out.back().isHighSurrogate())
        out.chop(1);
    if (cut)
        out.append(u'…');
    return out;
}

QString QuotedValue::shortenIn(const QString &message, const QStringList &values)
{
    if (message.size() <= kMaxCharacters)
        return message;
    QString out = message;
    for (const QString &value : values) {
        if (value.size() <= kMaxCharacters)
            continue;
        const QString quote = of(value);
        out.replace(value, quote);
        const QString simplified = value.simplified();
        if (simplified.size() > kMaxCharacters && simplified != value)
            out.replace(simplified, of(simplified));
    }
    return out;
}

} // namespace profrost
