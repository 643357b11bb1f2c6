#pragma once

#include "io/Table.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace profrost {

// Reads the first visible worksheet of an .xlsx workbook into text, as the
// user sees it: shared and inline strings, numbers without a spurious ".0"
// or exponent (SNILS stays "11223344595"), cached formula results, and date
// cells as dd.MM.yyyy. Uses minizip and QXmlStreamReader: Debian has no xlsx
// reader library, and QuaZip clashes with libxlsxwriter (see toolchain.md).
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    // Throws Error (naming the file) when it cannot be opened, is not an
    // .xlsx workbook, has no worksheet or is damaged.
    static Table read(const QString &path);
    // The same for a workbook in memory (the fuzzer, tests); fileName only
    // names it in messages.
    static Table parse(const QByteArray &bytes, const QString &fileName);

private:
    static Table readDevice(QIODevice &device, const QString &fileName);
};

} // namespace profrost
