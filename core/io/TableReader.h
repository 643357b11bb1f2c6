#pragma once

#include "io/Table.h"

#include <QCoreApplication>
#include <QString>

namespace profrost {

// The one entry point for "read the table the user picked": chooses the
// reader by extension (and by content, for files renamed by hand).
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)

public:
    // .csv / .txt → CsvReader, .xlsx → XlsxReader. Throws Error naming the
    // file when it is missing, unreadable, an old .xls or of another type.
    static Table read(const QString &path);
};

} // namespace profrost
