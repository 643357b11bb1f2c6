#pragma once

#include "io/Table.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace profrost {

// Reads CSV / delimited text the way municipal offices produce it: Excel's
// "CSV (разделители — точки с запятой)" in Windows-1251, LibreOffice's UTF-8,
// Excel's "Unicode text" (UTF-16, tabs). RFC 4180 quoting, but lenient about
// stray quotes inside fields (МБОУ "СОШ №1" unquoted is common).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Text → Table. The separator (';', tab or ',') is the one occurring most
    // outside quotes in the header record. Throws Error on an unterminated quote.
    static Table parse(const QByteArray &bytes);

    // Bytes → text: a BOM decides (UTF-8, UTF-16); otherwise UTF-8 when the
    // bytes are valid UTF-8, else Windows-1251.
    static QString decode(const QByteArray &bytes);

    // parse() of a file; errors name the file.
    static Table read(const QString &path);
};

} // namespace profrost
