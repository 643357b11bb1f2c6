#pragma once

#include <QCoreApplication>
#include <QString>

namespace profrost {

// СНИЛС: 11 digits, the last two a checksum of the first nine.
// Accepts "112-233-445 95", "11223344595" and spaces or dashes between groups.
class Snils
{
    Q_DECLARE_TR_FUNCTIONS(Snils)
public:
    // Digits only, or an empty string when the text holds no 11 digits.
    static QString digits(const QString &text);
    // "112-233-445 95"
    static QString formatted(const QString &digits);
    // The two check digits for the first nine digits.
    static int checksum(QStringView nineDigits);
    // Empty when valid; otherwise the reason, for the user.
    static QString validate(const QString &text);
};

} // namespace profrost
