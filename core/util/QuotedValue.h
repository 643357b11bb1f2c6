#pragma once

#include <QString>
#include <QStringView>

namespace profrost {

// A value of the user's file as a message quotes it. A message must stay
// readable whatever the file holds: a 5 MB cell or a NUL byte echoed whole
// would flood the preview, the log and the terminal. Every message that
// quotes a value of a file goes through here.
class QuotedValue
{
public:
    static constexpr qsizetype kMaxCharacters = 80;

    // At most kMaxCharacters characters of value, and "…" when cut; line
    // breaks become spaces and other control characters U+FFFD, so that the
    // quote stays on one line and shows that something invisible is there.
    static QString of(QStringView value);

    // `message` with every occurrence of a long value (as given or
    // simplified) replaced by of(value): for messages worded before the
    // value was known to be long.
    static QString shortenIn(const QString &message, const QStringList &values);
};

} // namespace profrost
