// Issue 11, «done when»: a municipality's registry as a centre really
// writes it (Windows-1251, «№ п/п», «Занимаемая должность», СЗД rows, repeated
// rows, a changed surname, a few bad rows) imports with exactly the bad rows
// named, and the course file imported after it loses no course of a valid
// teacher.

#include <catch2/catch.hpp>

#include "io/CourseImporter.h"
#include "io/TableReader.h"
#include "io/TeacherImporter.h"
#include "store/AttestationRepository.h"
#include "store/DictionaryRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"

#include <QSet>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

QString messages(const ImportPreview &p)
{
    QStringList out;
    for (const RowIssue &e : p.errors)
        out << u"rejected: row %1, %2: %3"_s.arg(e.row).arg(e.column, e.reason);
    for (const RowIssue &w : p.warnings)
        out << u"warning: row %1, %2: %3"_s.arg(w.row).arg(w.column, w.reason);
    for (const RowIssue &u : p.updates)
        out << u"would update: row %1, %2: %3"_s.arg(u.row).arg(u.column, u.reason);
    return out.join(u'\n');
}

QString reasonAt(const QList<RowIssue> &issues, int row)
{
    for (const RowIssue &i : issues)
        if (i.row == row)
            return i.reason;
    return {};
}

} // namespace

TEST_CASE("A messy municipal registry imports with exactly its bad rows named, and its courses follow", "[import][registry]")
{
    ClockScope clock;
    TempDatabase t;
    DictionaryRepository(t.db()).ensureMunicipality(u"Ермаковский район"_s);
    // Registered before: Кузнецова under her maiden name.
    Teacher smirnova;
    smirnova.surname = u"Смирнова"_s;
    smirnova.name = u"Елена"_s;
    smirnova.patronymic = u"Викторовна"_s;
    smirnova.birthDate = QDate(1988, 11, 14);
    smirnova.snils = u"56789012343"_s;
    const qint64 smirnovaId = TeacherRepository(t.db()).insert(smirnova);

    TeacherImporter importer(t.db(), referenceDay());
    const auto preview = importer.preview(TableReader::read(dataFile(u"import/registry_messy.csv"_s)));
    INFO(messages(preview).toStdString());
    CHECK(preview.totalRows == 17);
    QStringList rejected;
    for (const RowIssue &e : preview.errors)
        rejected << u"%1:%2"_s.arg(e.row).arg(e.column);
    CHECK(rejected == QStringList{u"9:Категория"_s, u"10:СНИЛС"_s, u"11:Дата рождения"_s, u"12:СНИЛС"_s,
                                  u"17:Категория"_s});
    CHECK(reasonAt(preview.errors, 9)
          == u"the category date 01.01.2020 is given, but no category; write the category, or СЗД for fitness for "
             "the post"_s);
    CHECK(reasonAt(preview.errors, 12) == u"SNILS 567-890-123 43 belongs to Смирнова Елена Викторовна, 14.11.1988"_s);
    CHECK(reasonAt(preview.warnings, 7) == u"repeats row 2; skipped"_s);
    CHECK(reasonAt(preview.warnings, 15) == u"repeats row 3; skipped"_s);
    CHECK(reasonAt(preview.warnings, 8)
          == u"the surname changes from Смирнова to Кузнецова (the same SNILS and birth date)"_s);
    REQUIRE(preview.updates.size() == 1);
    CHECK(preview.updates.first().row == 8);

    const ImportOutcome outcome = importer.apply(preview);
    CHECK(outcome.imported == 8);
    CHECK(outcome.updated == 1);
    TeacherRepository teachers(t.db());
    CHECK(teachers.count() == 9);
    CHECK(teachers.get(smirnovaId).surname == u"Кузнецова"_s);
    CHECK(teachers.get(teachers.findBySnils(u"11223344595"_s)).employments.size() == 2);
    int fitness = 0;
    for (const AttestationRecord &r : AttestationRepository(t.db()).allRecords())
        fitness += r.kind == AttestationKind::Fitness ? 1 : 0;
    CHECK(fitness == 4); // Петрова, Сидорова, Волкова, Лебедева

    CourseImporter courses(t.db(), referenceDay());
    const auto coursePreview = courses.preview(TableReader::read(dataFile(u"courses/courses_after_registry.csv"_s)));
    INFO(messages(coursePreview).toStdString());
    CHECK(coursePreview.errors.isEmpty());
    CHECK(coursePreview.records.size() == 7);
    CHECK(courses.apply(coursePreview).imported == 7);
}
