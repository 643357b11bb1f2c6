#pragma once

#include <QString>

namespace profrost {

// Key for matching names and headers the way people type them:
// case-insensitive, ё = е, runs of spaces collapsed, ends trimmed.
QString normalizedKey(const QString &text);

// The cheap half of normalizedKey for text that is simplified already:
// lower case, ё = е. Used on every row of large tables.
QString lowerKey(const QString &text);

// The same key without any spaces or punctuation ("Тип ОО" = "типоо").
QString compactKey(const QString &text);

} // namespace profrost
