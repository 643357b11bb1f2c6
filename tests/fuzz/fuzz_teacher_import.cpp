// libFuzzer harness of the teachers import's validation: the input is read
// as a CSV table and previewed against an empty registry, never applied.
// Every rejected row must name a row the user can find in the file.
#include "FuzzSupport.h"

#include "io/CsvReader.h"
#include "io/TeacherImporter.h"
#include "store/Database.h"
#include "util/Error.h"

#include <QDate>
#include <QTemporaryDir>

#include <memory>

using namespace profrost;

namespace {

Database &database()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Database> db = [] {
        auto d = std::make_unique<Database>(dir.filePath(QStringLiteral("fuzz.profrost")));
        d->open();
        return d;
    }();
    return *db;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    database();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Table table;
    try {
        table = CsvReader::parse(fuzz::bytesOf(data, size));
    } catch (const Error &) {
        return 0;
    }
    try {
        // A fixed reference date: the same input always gives the same preview.
        TeacherImporter importer(database(), QDate(2026, 1, 15));
        const TeacherImporter::Preview preview = importer.preview(table);
        for (const RowIssue &issue : preview.errors) {
            if (issue.row < 0 || issue.reason.size() > 2000)
                __builtin_trap();
        }
    } catch (const Error &) {
    }
    return 0;
}
