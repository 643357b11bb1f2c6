// Issue 11, item 8: a column assigned by the user is remembered per kind of
// import and per layout of the file (its headers trimmed, case-folded and
// sorted), and offered again for the next file with the same headers. Each
// rule was broken once on purpose to see these tests fail.

#include <catch2/catch.hpp>

#include "io/ColumnAssignments.h"
#include "io/TableReader.h"
#include "io/TeacherImporter.h"
#include "store/DictionaryRepository.h"
#include "support/TestSupport.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

const QString kStaffPost = u"Должность по штатному расписанию"_s;

QStringList headerOfMay()
{
    return {u"ФИО"_s, u"Дата рождения"_s, u"Организация"_s, kStaffPost, u"Примечание"_s};
}

} // namespace

TEST_CASE("Column assignments: the layout of a file is its headers trimmed, case-folded and sorted",
          "[import][columns][assignments]")
{
    CHECK(ColumnAssignments::layout({u" ФИО "_s, u"Дата  рождения"_s, u"СНИЛС"_s, u""_s})
          == QStringList{u"дата рождения"_s, u"снилс"_s, u"фио"_s});
    CHECK(ColumnAssignments::layout({u"снилс"_s, u"ФИО"_s, u"ДАТА РОЖДЕНИЯ"_s})
          == ColumnAssignments::layout({u"ФИО"_s, u"Дата рождения"_s, u"СНИЛС"_s}));
    CHECK(ColumnAssignments::layout({u"ФИО"_s, u"Дата рождения"_s})
          != ColumnAssignments::layout({u"ФИО"_s, u"Дата рождения"_s, u"СНИЛС"_s}));
}

TEST_CASE("Column assignments: the same headers in another order and case get the remembered assignment",
          "[import][columns][assignments]")
{
    TempDatabase t;
    ColumnAssignments assignments(t.db());
    CHECK(assignments.recall(u"teachers"_s, headerOfMay()).isEmpty()); // nothing remembered yet

    assignments.remember(u"teachers"_s, headerOfMay(), {{kStaffPost, u"Должность"_s}});

    // June's registry: the same columns, moved and written in capitals.
    const QStringList june{u"ПРИМЕЧАНИЕ"_s, u"Организация"_s, u"должность по штатному расписанию "_s, u"фио"_s,
                           u"Дата рождения"_s};
    const QHash<QString, QString> recalled = ColumnAssignments(t.db()).recall(u"teachers"_s, june);
    // Keyed by the header as June's file writes it.
    CHECK(recalled == QHash<QString, QString>{{u"должность по штатному расписанию "_s, u"Должность"_s}});

    // Another set of headers (one column more), or another kind of import: nothing.
    CHECK(assignments.recall(u"teachers"_s, headerOfMay() << u"СНИЛС"_s).isEmpty());
    CHECK(assignments.recall(u"teachers"_s, QStringList{u"ФИО"_s, u"Дата рождения"_s, u"Организация"_s, kStaffPost})
              .isEmpty());
    CHECK(assignments.recall(u"courses"_s, headerOfMay()).isEmpty());
}

TEST_CASE("Column assignments: a new assignment replaces the remembered one, an empty one forgets it",
          "[import][columns][assignments]")
{
    TempDatabase t;
    ColumnAssignments assignments(t.db());
    assignments.remember(u"teachers"_s, headerOfMay(), {{kStaffPost, u"Должность"_s}});
    // A header the file does not have is not kept.
    assignments.remember(u"teachers"_s, headerOfMay(),
                         {{u"Примечание"_s, u"Предметы"_s}, {u"Зарплата"_s, u"Телефон"_s}});
    CHECK(assignments.recall(u"teachers"_s, headerOfMay())
          == QHash<QString, QString>{{u"Примечание"_s, u"Предметы"_s}});
    assignments.remember(u"teachers"_s, headerOfMay(), {});
    CHECK(assignments.recall(u"teachers"_s, headerOfMay()).isEmpty());
}

TEST_CASE("Column assignments: the columns offered are those the importer does not recognise by itself",
          "[import][columns][assignments]")
{
    TempDatabase t;
    const QList<ColumnSpec> specs = TeacherImporter(t.db(), referenceDay()).columns();
    CHECK(ColumnAssignments::unrecognised(specs, headerOfMay()) == QStringList{kStaffPost, u"Примечание"_s});
    const QStringList fields = ColumnAssignments::unmatchedFields(specs, headerOfMay());
    CHECK(fields.contains(u"Должность"_s));
    CHECK(fields.contains(u"СНИЛС"_s));
    CHECK_FALSE(fields.contains(u"ФИО"_s));          // the file has it
    CHECK_FALSE(fields.contains(u"Организация"_s)); // the file has it
}

TEST_CASE("Column assignments: a remembered assignment previews the next file with the same headers",
          "[import][columns][assignments]")
{
    ClockScope clock;
    TempDatabase t;
    DictionaryRepository(t.db()).ensureMunicipality(u"Ермаковский район"_s);
    const Table may = TableReader::read(dataFile(u"import/teachers_staff_post.csv"_s));
    ColumnAssignments(t.db()).remember(u"teachers"_s, may.header, {{kStaffPost, u"Должность"_s}});

    const Table june = TableReader::read(dataFile(u"import/teachers_staff_post_next.csv"_s));
    TeacherImporter importer(t.db(), referenceDay());
    importer.setExtraAliases(ColumnAssignments(t.db()).recall(importer.importKind(), june.header));
    const auto preview = importer.preview(june);
    CHECK(preview.errors.isEmpty());
    REQUIRE(preview.records.size() == 2);
    CHECK(preview.records.at(1).position == u"учитель"_s);
}
