// libFuzzer harness of CsvReader: any bytes either give a table or a
// profrost::Error; a crash, a leak, UB or a hang is a finding.
#include "FuzzSupport.h"

#include "io/CsvReader.h"
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
        const Table table = CsvReader::parse(fuzz::bytesOf(data, size));
        // Every row is at least as wide as the header: importers index by column.
        for (const TableRow &row : table.rows) {
            if (row.cells.size() < table.header.size() || row.sourceRow <= table.headerRow)
                __builtin_trap();
        }
    } catch (const Error &) {
    }
    return 0;
}
