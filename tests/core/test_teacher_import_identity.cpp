// Issue 11, items 1 and 2: СЗД in the registry's «Категория» column, exact
// repeats, and who a row speaks of (a СНИЛС names one person; a changed
// surname is the same person). Each rule was broken once on purpose to see
// these tests fail.

#include <catch2/catch.hpp>

#include "domain/AttestationRules.h"
#include "io/AttestationImporter.h"
#include "io/TableReader.h"
#include "io/TeacherImporter.h"
#include "store/AttestationRepository.h"
#include "store/DictionaryRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"

#include <QFile>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

const QString kHeader =
    u"ФИО;Дата рождения;СНИЛС;Муниципалитет;Организация;Должность;Категория;Дата присвоения категории;Телефон"_s;

// A UTF-8 CSV: row N of the preview is the (N − 1)-th line given.
QString writeCsv(const TempDatabase &t, const QString &name, const QString &header, const QStringList &rows)
{
    const QString path = t.file(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write((header + u'\n' + rows.join(u'\n') + u'\n').toUtf8());
    return path;
}

TeacherImporter::Preview previewOf(TempDatabase &t, const QStringList &rows)
{
    return TeacherImporter(t.db(), referenceDay()).preview(TableReader::read(writeCsv(t, u"учителя.csv"_s, kHeader, rows)));
}

ImportOutcome importRows(TempDatabase &t, const QStringList &rows)
{
    const auto preview = previewOf(t, rows);
    return TeacherImporter(t.db(), referenceDay()).apply(preview);
}

QStringList rejections(const ImportPreview &p)
{
    QStringList out;
    for (const RowIssue &e : p.errors)
        out << u"%1:%2"_s.arg(e.row).arg(e.column);
    return out;
}

QStringList allIssues(const ImportPreview &p)
{
    QStringList out;
    for (const RowIssue &e : p.errors)
        out << u"error %1 %2: %3"_s.arg(e.row).arg(e.column, e.reason);
    for (const RowIssue &w : p.warnings)
        out << u"warning %1 %2: %3"_s.arg(w.row).arg(w.column, w.reason);
    return out;
}

QString warningOf(const ImportPreview &p, int row)
{
    for (const RowIssue &w : p.warnings)
        if (w.row == row)
            return w.reason;
    return {};
}

QString errorOf(const ImportPreview &p, int row)
{
    for (const RowIssue &e : p.errors)
        if (e.row == row)
            return e.reason;
    return {};
}

QList<AttestationRecord> fitnessOf(TempDatabase &t, qint64 teacherId)
{
    QList<AttestationRecord> out;
    for (const AttestationRecord &r : AttestationRepository(t.db()).history(teacherId))
        if (r.kind == AttestationKind::Fitness)
            out << r;
    return out;
}

struct Registry
{
    explicit Registry(TempDatabase &t) { DictionaryRepository(t.db()).ensureMunicipality(u"Ермаковский район"_s); }
};

} // namespace

TEST_CASE("Teacher import: СЗД with a date is no category and a fitness record in the history", "[import][szd]")
{
    ClockScope clock;
    TempDatabase t;
    Registry r(t);
    const QStringList rows{
        u"Иванова Мария Петровна;12.03.1979;112-233-445 95;;МБОУ СОШ № 1;учитель;СЗД;15.10.2023;"_s,
        u"Петрова Анна Сергеевна;02.07.1985;123-456-789 64;;МБОУ СОШ № 1;учитель;соответствие занимаемой должности;01.02.2022;"_s,
        u"Сидорова Ольга Ивановна;03.03.1983;234-567-890 99;;МБОУ СОШ № 1;учитель;  СООТВЕТСТВИЕ   занимаемой  должности ;10.09.2024;"_s,
        u"Орлова Галина Петровна;05.05.1970;345-678-901 23;;МБОУ СОШ № 1;учитель;—;;"_s,
        u"Никитина Дарья Андреевна;06.06.1990;456-789-012 38;;МБОУ СОШ № 1;учитель;без категории;;"_s,
        u"Зайцева Татьяна Алексеевна;02.02.1975;567-890-123 43;;МБОУ СОШ № 1;учитель;—;01.01.2020;"_s,
    };
    const auto preview = previewOf(t, rows);
    INFO(allIssues(preview).join(u'\n').toStdString());
    // A date with no category stays an error; СЗД with a date is valid.
    CHECK(rejections(preview) == QStringList{u"7:Категория"_s});
    REQUIRE(preview.records.size() == 5);
    CHECK(preview.records.at(0).fitnessDate == QDate(2023, 10, 15));
    CHECK(preview.records.at(1).fitnessDate == QDate(2022, 2, 1));
    CHECK(preview.records.at(2).fitnessDate == QDate(2024, 9, 10));
    CHECK_FALSE(preview.records.at(3).fitnessDate.isValid());

    const ImportOutcome outcome = TeacherImporter(t.db(), referenceDay()).apply(preview);
    CHECK(outcome.imported == 5);
    TeacherRepository teachers(t.db());
    const qint64 ivanova = teachers.findBySnils(u"11223344595"_s);
    REQUIRE(ivanova != 0);
    CHECK(teachers.get(ivanova).category == Category::None);
    CHECK_FALSE(teachers.get(ivanova).categoryDate.isValid());
    const auto history = fitnessOf(t, ivanova);
    REQUIRE(history.size() == 1);
    CHECK(history.first().granted == QDate(2023, 10, 15));
    CHECK(history.first().category == Category::None);
    CHECK(history.first().decidedBy == AttestationDecider::Organisation);
    CHECK(history.first().orderNumber.isEmpty());
    CHECK_FALSE(history.first().orderDate.isValid());
    // The 5-year СЗД schedule reads it.
    const AttestationStanding standing =
        AttestationRules::standing(AttestationRepository(t.db()).history(ivanova), referenceDay());
    REQUIRE(standing.fitness.has_value());
    CHECK(standing.fitness->granted == QDate(2023, 10, 15));
    CHECK(fitnessOf(t, teachers.findBySnils(u"34567890123"_s)).isEmpty());

    // The same file again adds no second record.
    const ImportOutcome again = importRows(t, rows);
    CHECK(again.imported == 0);
    CHECK(again.updated == 0);
    CHECK(fitnessOf(t, ivanova).size() == 1);
}

TEST_CASE("Teacher import: the СЗД record is the one the attestation import makes", "[import][szd]")
{
    ClockScope clock;
    TempDatabase t;
    Registry r(t);
    CHECK(importRows(t, {u"Иванова Мария Петровна;12.03.1979;112-233-445 95;;МБОУ СОШ № 1;учитель;СЗД;15.10.2023;"_s})
              .imported == 1);
    // The attestation file of the same decision (no order): nothing new, nothing changed.
    const QString path = writeCsv(t, u"аттестация.csv"_s, u"ФИО;СНИЛС;Категория;Дата присвоения;Номер приказа"_s,
                                  {u"Иванова Мария Петровна;112-233-445 95;СЗД;15.10.2023;"_s});
    AttestationImporter importer(t.db(), referenceDay());
    const auto preview = importer.preview(TableReader::read(path));
    REQUIRE(preview.errors.isEmpty());
    const ImportOutcome outcome = importer.apply(preview);
    CHECK(outcome.imported == 0);
    CHECK(outcome.updated == 0);
    CHECK(outcome.unchanged == 1);
}

TEST_CASE("Teacher import: an exact repeat of a row is skipped with a warning naming the row", "[import][identity]")
{
    ClockScope clock;
    TempDatabase t;
    Registry r(t);
    const QString row = u"Иванова Мария Петровна;12.03.1979;112-233-445 95;;МБОУ СОШ № 1;учитель;первая;10.10.2022;"_s;
    const auto preview = previewOf(t, {row, u"Петрова Анна Сергеевна;02.07.1985;;;МБОУ СОШ № 1;учитель;;;"_s, row});
    INFO(allIssues(preview).join(u'\n').toStdString());
    CHECK(preview.errors.isEmpty());
    CHECK(warningOf(preview, 4) == u"repeats row 2; skipped"_s);
    const ImportOutcome outcome = TeacherImporter(t.db(), referenceDay()).apply(preview);
    CHECK(outcome.imported == 2);
    CHECK(TeacherRepository(t.db()).count() == 2);
    // The registry's category of a new teacher is the first record of the history.
    const auto history = AttestationRepository(t.db()).history(TeacherRepository(t.db()).findBySnils(u"11223344595"_s));
    REQUIRE(history.size() == 1);
    CHECK(history.first().kind == AttestationKind::Category);
    CHECK(history.first().category == Category::First);
    CHECK(history.first().granted == QDate(2022, 10, 10));
}

TEST_CASE("Teacher import: a SNILS of a registered teacher with another name and birth date is refused, naming them",
          "[import][identity]")
{
    ClockScope clock;
    TempDatabase t;
    Registry r(t);
    REQUIRE(importRows(t, {u"Иванова Анна Петровна;05.03.1980;123-456-789 64;;МБОУ СОШ № 1;учитель;;;8 900 111-22-33"_s})
                .imported == 1);
    const auto preview = previewOf(t, {u"Смирнова Ольга Ивановна;01.01.1990;123-456-789 64;;МБОУ СОШ № 1;учитель;;;8 999 000-00-00"_s,
                                       u"Иванова Анна Сергеевна;05.03.1980;123-456-789 64;;МБОУ СОШ № 1;учитель;;;"_s,
                                       u"Иванова Анна Петровна;06.03.1980;123-456-789 64;;МБОУ СОШ № 1;учитель;;;"_s});
    INFO(allIssues(preview).join(u'\n').toStdString());
    CHECK(rejections(preview) == QStringList{u"2:СНИЛС"_s, u"3:СНИЛС"_s, u"4:СНИЛС"_s});
    CHECK(errorOf(preview, 2) == u"SNILS 123-456-789 64 belongs to Иванова Анна Петровна, 05.03.1980"_s);
    CHECK(preview.records.isEmpty());
    const Teacher kept = TeacherRepository(t.db()).get(TeacherRepository(t.db()).findBySnils(u"12345678964"_s));
    CHECK(kept.fullName() == u"Иванова Анна Петровна"_s);
    CHECK(kept.phone == u"8 900 111-22-33"_s);
}

TEST_CASE("Teacher import: the same SNILS, given names and birth date under another surname is a changed surname",
          "[import][identity]")
{
    ClockScope clock;
    TempDatabase t;
    Registry r(t);
    REQUIRE(importRows(t, {u"Петрова Анна Петровна;05.03.1980;123-456-789 64;;МБОУ СОШ № 1;учитель;;;"_s}).imported == 1);
    const auto preview =
        previewOf(t, {u"Иванова Анна Петровна;05.03.1980;123-456-789 64;;МБОУ СОШ № 1;учитель;;;8 900 111-22-33"_s});
    INFO(allIssues(preview).join(u'\n').toStdString());
    CHECK(preview.errors.isEmpty());
    CHECK(warningOf(preview, 2) == u"the surname changes from Петрова to Иванова (the same SNILS and birth date)"_s);
    // The preview (and the dry run) lists the change with old and new values.
    REQUIRE(preview.updates.size() == 1);
    CHECK(preview.updates.first().row == 2);
    CHECK(preview.updates.first().column == u"Петрова Анна Петровна"_s);
    CHECK(preview.updates.first().reason == u"Фамилия: Петрова → Иванова; Телефон: — → 8 900 111-22-33"_s);
    const ImportOutcome outcome = TeacherImporter(t.db(), referenceDay()).apply(preview);
    CHECK(outcome.updated == 1);
    TeacherRepository teachers(t.db());
    CHECK(teachers.count() == 1);
    CHECK(teachers.get(teachers.findBySnils(u"12345678964"_s)).surname == u"Иванова"_s);
}

TEST_CASE("Teacher import: one teacher under two surnames in one file with the same SNILS and birth date is one teacher",
          "[import][identity]")
{
    ClockScope clock;
    TempDatabase t;
    Registry r(t);
    const auto preview = previewOf(t, {u"Петрова Анна Петровна;05.03.1980;123-456-789 64;;МБОУ СОШ № 1;учитель;;;"_s,
                                       u"Иванова Анна Петровна;05.03.1980;123-456-789 64;;МБОУ СОШ № 2;учитель;;;"_s});
    INFO(allIssues(preview).join(u'\n').toStdString());
    CHECK(preview.errors.isEmpty());
    CHECK(warningOf(preview, 3).contains(u"changed surname"_s));
    const ImportOutcome outcome = TeacherImporter(t.db(), referenceDay()).apply(preview);
    CHECK(outcome.imported == 1);
    TeacherRepository teachers(t.db());
    REQUIRE(teachers.count() == 1);
    const Teacher one = teachers.get(teachers.findBySnils(u"12345678964"_s));
    CHECK(one.surname == u"Иванова"_s);
    CHECK(one.employments.size() == 2);
}

TEST_CASE("Teacher import: two people with one SNILS in one file are refused, even without a birth date",
          "[import][identity]")
{
    ClockScope clock;
    TempDatabase t;
    Registry r(t);
    const auto preview = previewOf(t, {u"Петрова Анна Петровна;05.03.1980;123-456-789 64;;МБОУ СОШ № 1;учитель;;;"_s,
                                       u"Смирнова Ольга Ивановна;;123-456-789 64;;МБОУ СОШ № 2;учитель;;;"_s,
                                       u"Иванова Анна Петровна;;123-456-789 64;;МБОУ СОШ № 2;учитель;;;"_s});
    INFO(allIssues(preview).join(u'\n').toStdString());
    CHECK(rejections(preview) == QStringList{u"3:СНИЛС"_s, u"4:СНИЛС"_s});
    CHECK(errorOf(preview, 3) == u"the same SNILS is given for another person in row 2"_s);
}

TEST_CASE("Teacher import: two people differing only in the patronymic are two teachers", "[import][identity]")
{
    ClockScope clock;
    TempDatabase t;
    Registry r(t);
    const auto preview = previewOf(t, {u"Петрова Анна Петровна;05.03.1980;123-456-789 64;;МБОУ СОШ № 1;учитель;;;"_s,
                                       u"Петрова Анна Ивановна;05.03.1980;234-567-890 99;;МБОУ СОШ № 1;учитель;;;"_s});
    INFO(allIssues(preview).join(u'\n').toStdString());
    CHECK(preview.errors.isEmpty());
    CHECK(TeacherImporter(t.db(), referenceDay()).apply(preview).imported == 2);
    CHECK(TeacherRepository(t.db()).count() == 2);
}

TEST_CASE("Teacher import: one teacher with two posts in one organisation keeps both", "[import][identity]")
{
    ClockScope clock;
    TempDatabase t;
    Registry r(t);
    const auto preview = previewOf(t, {u"Петрова Анна Петровна;05.03.1980;123-456-789 64;;МБОУ СОШ № 1;учитель;;;"_s,
                                       u"Петрова Анна Петровна;05.03.1980;123-456-789 64;;МБОУ СОШ № 1;педагог-психолог;;;"_s});
    INFO(allIssues(preview).join(u'\n').toStdString());
    CHECK(preview.errors.isEmpty());
    CHECK(TeacherImporter(t.db(), referenceDay()).apply(preview).imported == 1);
    TeacherRepository teachers(t.db());
    CHECK(teachers.get(teachers.findBySnils(u"12345678964"_s)).employments.size() == 2);
}
