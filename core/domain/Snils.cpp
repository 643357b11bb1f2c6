#include "domain/Snils.h"

#include <algorithm>

namespace profrost {

QString Snils::digits(const QString &text)
{
    // Digits already (as the store keeps a СНИЛС): the text itself, no copy.
    if (text.size() == 11 && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
        return text;
    QString out;
    for (const QChar c : text) {
        if (c.isDigit())
            out.append(c);
        else if (c != u'-' && c != u' ' && c != QChar(0x00A0))
            return {};
    }
    return out.size() == 11 ? out : QString();
}

QString Snils::formatted(const QString &d)
{
    if (d.size() != 11)
        return d;
    return d.mid(0, 3) + u'-' + d.mid(3, 3) + u'-' + d.mid(6, 3) + u' ' + d.mid(9, 2);
}

int Snils::checksum(QStringView nine)
{
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += nine.at(i).digitValue() * (9 - i);
    if (sum < 100)
        return sum;
    if (sum == 100 || sum == 101)
        return 0;
    const int rest = sum % 101;
    return rest == 100 ? 0 : rest;
}

QString Snils::validate(const QString &text)
{
    const QString d = digits(text);
    if (d.isEmpty())
        return tr("SNILS must have 11 digits, e.g. 112-233-445 95");
    // Numbers up to 001-001-998 were issued before checksums existed.
    // Views of d, not copies: an import checks a СНИЛС twice a row.
    const QStringView view(d);
    if (view.first(9).toLongLong() <= 1001998)
        return {};
    if (checksum(view.first(9)) != view.last(2).toInt())
        return tr("SNILS checksum does not match (check the digits)");
    return {};
}

} // namespace profrost
