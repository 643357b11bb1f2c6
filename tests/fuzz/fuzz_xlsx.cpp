// libFuzzer harness of XlsxReader on in-memory workbooks: any bytes either
// give a table or a profrost::Error.
#include "FuzzSupport.h"

#include "io/XlsxReader.h"
#include "util/Error.h"

using namespace profrost;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        const Table table = XlsxReader::parse(fuzz::bytesOf(data, size), QStringLiteral("fuzz.xlsx"));
        for (const TableRow &row : table.rows) {
            if (row.cells.size() < table.header.size() || row.sourceRow <= table.headerRow)
                __builtin_trap();
        }
    } catch (const Error &) {
    }
    return 0;
}
