#pragma once

#include <QString>
#include <QStringList>

namespace profrost {

// Key for matching names and headers the way people type them:
// case-insensitive, ё = е, runs of spaces collapsed, ends trimmed.
QString normalizedKey(const QString &text);

// text.simplified(), sharing text's own data (no copy) when it is
// simplified already, as the names an import writes are.
QString simplifiedText(const QString &text);

// The cheap half of normalizedKey for text that is simplified already:
// lower case, ё = е. Used on every row of large tables.
QString lowerKey(const QString &text);

// Alphabetical order as a reader expects it in a list: case-insensitive,
// ё beside е (Cyrillic code points are in order once lower-cased), the
// exact text breaking ties so that the order is stable.
bool alphabeticalLess(const QString &a, const QString &b);

// The names a user chooses from, gathered from several places: spaces
// simplified, blanks dropped, each name once whatever its case or ё (the
// first spelling met is kept), in alphabetical order.
QStringList distinctNames(const QStringList &names);

// «Предметная» from «предметная»: a lower-case name as a heading or a label.
QString upperFirst(const QString &text);

// The same key without any spaces or punctuation ("Тип ОО" = "типоо").
QString compactKey(const QString &text);

} // namespace profrost
