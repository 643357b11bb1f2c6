#pragma once

// What the tests of the imports of records about teachers (courses,
// attestation, diagnostics) share: the registry they match against and the
// preview's rejections read as a test checks them. Header-only, core tests.

#include <catch2/catch.hpp>

#include "io/ImportPreview.h"
#include "io/TableReader.h"
#include "io/TeacherImporter.h"
#include "store/Database.h"
#include "support/TestSupport.h"

#include <QStringList>

namespace profrost::test {

// The teachers of import/teachers_good.csv: Иванова (СНИЛС 112-233-445 95),
// Петров, Сидорова and Козлова.
inline void addRegistryTeachers(Database &db)
{
    TeacherImporter importer(db, referenceDay());
    const auto preview = importer.preview(TableReader::read(dataFile(QStringLiteral("import/teachers_good.csv"))));
    REQUIRE(preview.errors.isEmpty());
    importer.apply(preview);
}

// «row:column» of every rejection, in the preview's order.
inline QStringList rejections(const ImportPreview &p)
{
    QStringList out;
    for (const RowIssue &e : p.errors)
        out << QStringLiteral("%1:%2").arg(e.row).arg(e.column);
    return out;
}

// The reason of the first rejection of `row`; empty when the row was not rejected.
inline QString reasonOf(const ImportPreview &p, int row)
{
    for (const RowIssue &e : p.errors) {
        if (e.row == row)
            return e.reason;
    }
    return {};
}

} // namespace profrost::test
