// How the teacher import recognises a person and a repeated row: by СНИЛС,
// else by full name and birth date (README, «Importing teachers»). Each
// rule was broken once on purpose to see these tests fail.

#include <catch2/catch.hpp>

#include "io/TableReader.h"
#include "io/TeacherImporter.h"
#include "store/DictionaryRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"

#include <QFile>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

// A UTF-8 CSV in the test's folder: the header and the rows given, so that
// row N of the preview is the (N − 1)-th line given here.
QString csv(const TempDatabase &t, const QStringList &rows)
{
    const QString path = t.file(u"учителя.csv"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const QString text = u"ФИО;Дата рождения;СНИЛС;Муниципалитет;Организация;Должность\n"_s + rows.join(u'\n') + u'\n';
    f.write(text.toUtf8());
    return path;
}

TeacherImporter::Preview previewOf(TempDatabase &t, const QStringList &rows)
{
    return TeacherImporter(t.db(), referenceDay()).preview(TableReader::read(csv(t, rows)));
}

QStringList rejections(const TeacherImporter::Preview &p)
{
    QStringList out;
    for (const RowIssue &e : p.errors)
        out << u"%1:%2"_s.arg(e.row).arg(e.column);
    return out;
}

QString reasonOf(const TeacherImporter::Preview &p, int row)
{
    for (const RowIssue &e : p.errors)
        if (e.row == row)
            return e.reason;
    return {};
}

} // namespace

TEST_CASE("Teacher import: one SNILS given for two different people is refused in the later row", "[import]")
{
    ClockScope clock;
    TempDatabase t;
    DictionaryRepository(t.db()).ensureMunicipality(u"Ермаковский район"_s);
    // 112-233-445 95 is a valid SNILS (its checksum: 95, see test_domain.cpp).
    const auto preview = previewOf(t, {u"Иванова Мария Петровна;12.03.1979;112-233-445 95;Ермаковский район;МБОУ СОШ № 1;учитель"_s,
                                       u"Петрова Анна Сергеевна;02.07.1985;112-233-445 95;Ермаковский район;МБОУ СОШ № 1;учитель"_s});
    INFO(rejections(preview).join(u' ').toStdString());
    // Row 3 is refused for the SNILS (it also repeats row 2's SNILS in the
    // same post, so its name is flagged as a repeat as well).
    CHECK(rejections(preview).contains(u"3:СНИЛС"_s));
    for (const RowIssue &e : preview.errors) {
        CHECK(e.row == 3);
        if (e.column == u"СНИЛС")
            CHECK(e.reason == u"the same SNILS is given for another person in row 2");
    }
    REQUIRE(preview.records.size() == 1);
    CHECK(preview.records.first().row == 2);
}

TEST_CASE("Teacher import: a row repeating a SNILS at the same organisation and post is a repeat, whatever the name",
          "[import]")
{
    ClockScope clock;
    TempDatabase t;
    DictionaryRepository(t.db()).ensureMunicipality(u"Ермаковский район"_s);
    // Row 3 gives no birth date and the name without the patronymic: the
    // SNILS still says it is the teacher of row 2, in the same post.
    const auto preview = previewOf(t, {u"Иванова Мария Петровна;12.03.1979;112-233-445 95;Ермаковский район;МБОУ СОШ № 1;учитель"_s,
                                       u"Иванова Мария;;112-233-445 95;Ермаковский район;МБОУ СОШ № 1;учитель"_s,
                                       u"Иванова Мария Петровна;12.03.1979;112-233-445 95;Ермаковский район;МБОУ СОШ № 1;педагог-психолог"_s});
    INFO(rejections(preview).join(u' ').toStdString());
    CHECK(rejections(preview) == QStringList{u"3:ФИО"_s});
    CHECK(reasonOf(preview, 3).contains(u"repeats row 2"_s));
    // Row 4: the same teacher in another post of the same school is not a repeat.
    REQUIRE(preview.records.size() == 2);
    CHECK(preview.records.at(0).row == 2);
    CHECK(preview.records.at(1).row == 4);
}

TEST_CASE("Teacher import: without a SNILS a teacher is the same person only with the same full name and birth date",
          "[import]")
{
    ClockScope clock;
    TempDatabase t;
    DictionaryRepository(t.db()).ensureMunicipality(u"Ермаковский район"_s);
    const QStringList first{u"Петрова Анна Сергеевна;02.07.1985;;Ермаковский район;МБОУ СОШ № 1;учитель"_s};
    const ImportOutcome once = TeacherImporter(t.db(), referenceDay()).apply(previewOf(t, first));
    CHECK(once.imported == 1);

    // The same name, another birth date; the same birth date, another
    // patronymic: two other people. The same name and birth date: her.
    const auto preview = previewOf(t, {u"Петрова Анна Сергеевна;03.07.1985;;Ермаковский район;МБОУ СОШ № 1;учитель"_s,
                                       u"Петрова Анна Ивановна;02.07.1985;;Ермаковский район;МБОУ СОШ № 1;учитель"_s,
                                       u"Петрова Анна Сергеевна;02.07.1985;;Ермаковский район;МБОУ СОШ № 1;учитель"_s});
    INFO(rejections(preview).join(u' ').toStdString());
    CHECK(preview.errors.isEmpty());
    const ImportOutcome again = TeacherImporter(t.db(), referenceDay()).apply(preview);
    CHECK(again.imported == 2);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 1);
    CHECK(TeacherRepository(t.db()).count() == 3);
}

TEST_CASE("Teacher import: an exact repeat is the same cells, spaces aside, not the same text split otherwise",
          "[import]")
{
    // The preview compares rows by a digest of their cells and then by the
    // cells themselves: row 3 is row 2 with other spaces (a repeat); row 4
    // has row 2's text with one cell boundary moved (another row).
    ClockScope clock;
    TempDatabase t;
    DictionaryRepository(t.db()).ensureMunicipality(u"Ермаковский район"_s);
    const auto preview = previewOf(t, {u"Иванова Мария Петровна;12.03.1979;;Ермаковский район;МБОУ СОШ № 1;учитель"_s,
                                       u" Иванова  Мария Петровна ;12.03.1979;;Ермаковский   район;МБОУ СОШ № 1;учитель"_s,
                                       u"Иванова Мария Петровна;12.03.1979;;Ермаковский район;МБОУ СОШ №;1 учитель"_s});
    INFO(rejections(preview).join(u' ').toStdString());
    CHECK(preview.errors.isEmpty());
    REQUIRE(preview.records.size() == 3);
    CHECK(preview.records.at(1).repeatOf == 2);
    CHECK(preview.records.at(2).repeatOf == 0);
    QStringList repeats;
    for (const RowIssue &w : preview.warnings) {
        if (w.reason.startsWith(u"repeats row"_s))
            repeats << u"%1: %2"_s.arg(w.row).arg(w.reason);
    }
    CHECK(repeats == QStringList{u"3: repeats row 2; skipped"_s});
}
