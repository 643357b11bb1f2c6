#pragma once

#include <QString>

namespace profrost {

// OWASP's rule against CSV injection: Excel and Calc run a cell that begins
// with '=', '+', '-' or '@' (and, after their own trimming, a tab or a
// carriage return) as a formula, =HYPERLINK(...) included. Every CSV the
// program writes prefixes such a cell with an apostrophe, which the
// spreadsheet shows as text; the CSV import takes exactly that apostrophe
// off again, so an exported file re-imports unchanged.
class CsvInjection
{
public:
    // Whether a cell beginning with c would be a formula.
    static bool isTrigger(QChar c);
    // "'" + cell when the cell begins with a trigger; the cell otherwise.
    static QString defuse(const QString &cell);
    // The inverse: drops a leading apostrophe only when a trigger follows it,
    // so that a name such as "'t Hooft" or a lone "'" stays as written.
    static QString restore(const QString &cell);
};

} // namespace profrost
