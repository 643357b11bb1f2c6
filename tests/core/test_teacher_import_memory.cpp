// The teachers import compares each row with the registry held in memory
// (RegistryIndex: identities, keys and, since issue 11 item 10, every post)
// instead of reading the store per row. These tests are where memory and
// store could part: a teacher written earlier in the same file named again
// by a later row, posts compared as the store has them, and the ids the
// store gave remembered for the rows that follow.

#include <catch2/catch.hpp>

#include "io/TableReader.h"
#include "io/TeacherImporter.h"
#include "store/AttestationRepository.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/Query.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"

#include <algorithm>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

const QString kHeader = u"ФИО;Дата рождения;СНИЛС;Муниципалитет;Организация;Тип ОО;Должность;Предметы;Дата приема;"
                        "Дата увольнения;Категория;Дата присвоения категории\n"_s;

TeacherImporter::Preview previewOf(Database &db, const QString &file)
{
    return TeacherImporter(db, referenceDay()).preview(TableReader::read(file));
}

QString errorsOf(const TeacherImporter::Preview &p)
{
    QStringList out;
    for (const RowIssue &e : p.errors)
        out << u"row %1, %2: %3"_s.arg(e.row).arg(e.column, e.reason);
    return out.join(u'\n');
}

} // namespace

TEST_CASE("A teacher written earlier in the file is found by a row a thousand teachers later", "[import][memory]")
{
    ClockScope clock;
    TempDatabase t;
    // Row 2: Иванова with her first post and first category; then 1,200
    // other teachers, each in a school of her own. Row 123: Иванова again, a
    // second post and a later category; the last row: a third post.
    QString csv = kHeader
        + u"Иванова Мария Петровна;12.03.1979;112-233-445 95;Ермаковский район;МБОУ СОШ № 1;школа;учитель;"
          "математика;01.09.2005;;первая;20.04.2022\n"_s;
    const QDate firstBirth(1960, 1, 1);
    for (int i = 0; i < 1200; ++i) {
        csv += u"Петрова Анна Сергеевна;%1;;Ермаковский район;Школа № %2;школа;учитель;;;;;\n"_s
                   .arg(firstBirth.addDays(i * 7).toString(u"dd.MM.yyyy"_s))
                   .arg(i + 2);
        if (i == 120)
            csv += u"Иванова Мария Петровна;12.03.1979;112-233-445 95;Ермаковский район;МБОУ СОШ № 2;школа;"
                   "педагог-психолог;;01.09.2020;;высшая;15.12.2024\n"_s;
    }
    csv += u"Иванова Мария Петровна;12.03.1979;112-233-445 95;Ермаковский район;МБОУ СОШ № 3;школа;учитель;;"
           "01.09.2023;;;\n"_s;
    const QString file = writeFile(t.dir(), u"teachers.csv"_s, csv.toUtf8());

    const auto preview = previewOf(t.db(), file);
    INFO(errorsOf(preview).toStdString());
    REQUIRE(preview.errors.isEmpty());
    const ImportOutcome outcome = TeacherImporter(t.db(), referenceDay()).apply(preview);
    CHECK(outcome.imported == 1201); // Иванова once, not twice
    CHECK(outcome.updated == 0);     // a teacher new in this import stays new

    TeacherRepository teachers(t.db());
    CHECK(teachers.count() == 1201);
    const qint64 id = teachers.findBySnils(u"11223344595"_s);
    REQUIRE(id != 0);
    const Teacher ivanova = teachers.get(id);
    REQUIRE(ivanova.employments.size() == 3);
    CHECK(ivanova.employments.at(0).hired == QDate(2005, 9, 1));
    CHECK(ivanova.employments.at(0).subjectIds.size() == 1);
    CHECK(ivanova.employments.at(1).hired == QDate(2020, 9, 1));
    CHECK(ivanova.employments.at(2).hired == QDate(2023, 9, 1));
    CHECK(ivanova.category == Category::Highest);
    CHECK(ivanova.categoryDate == QDate(2024, 12, 15));
    // Both categories in her history, as if the rows had been written one by one.
    const QList<AttestationRecord> history = AttestationRepository(t.db()).history(id);
    REQUIRE(history.size() == 2);
    QList<QDate> granted{history.at(0).granted, history.at(1).granted};
    std::sort(granted.begin(), granted.end());
    CHECK(granted == QList<QDate>{QDate(2022, 4, 20), QDate(2024, 12, 15)});

    // Every other teacher got her own post, in her own school.
    QHash<qint64, QString> schoolOf;
    for (const Organisation &o : OrganisationRepository(t.db()).all())
        schoolOf.insert(o.id, o.name);
    int checked = 0;
    for (const TeacherRow &row : teachers.rows(referenceDay())) {
        if (row.surname != u"Петрова"_s)
            continue;
        const int index = int(firstBirth.daysTo(row.birthDate) / 7);
        const Teacher full = teachers.get(row.id);
        REQUIRE(full.employments.size() == 1);
        CHECK(schoolOf.value(full.employments.first().organisationId) == u"Школа № %1"_s.arg(index + 2));
        ++checked;
    }
    CHECK(checked == 1200);
}

TEST_CASE("A registered teacher's posts are compared as the store has them", "[import][memory]")
{
    ClockScope clock;
    TempDatabase t;
    Database &db = t.db();
    DictionaryRepository dictionary(db);
    const qint64 municipality = dictionary.ensureMunicipality(u"Ермаковский район"_s);
    Organisation school;
    school.name = u"МБОУ СОШ № 1"_s;
    school.municipalityId = municipality;
    const qint64 schoolId = OrganisationRepository(db).insert(school);
    const qint64 teacherPost = dictionary.ensurePosition(u"учитель"_s, PositionKind::Pedagogical);
    const qint64 maths = dictionary.ensureSubject(u"математика"_s);
    const qint64 physics = dictionary.ensureSubject(u"физика"_s);
    Teacher ivanova;
    ivanova.surname = u"Иванова"_s;
    ivanova.name = u"Мария"_s;
    ivanova.patronymic = u"Петровна"_s;
    ivanova.birthDate = QDate(1979, 3, 12);
    ivanova.snils = u"11223344595"_s;
    ivanova.employments.append({0, schoolId, teacherPost, {maths, physics}, QDate(2015, 9, 1), {}});
    const qint64 id = TeacherRepository(db).insert(ivanova);

    SECTION("the same post and subjects, in another order: nothing changes")
    {
        const QString file = writeFile(t.dir(), u"same.csv"_s,
                                       (kHeader + u"Иванова Мария Петровна;12.03.1979;112-233-445 95;Ермаковский район;"
                                                  "МБОУ СОШ № 1;школа;учитель;физика, математика;01.09.2015;;;\n"_s)
                                           .toUtf8());
        const auto preview = previewOf(db, file);
        INFO(errorsOf(preview).toStdString());
        REQUIRE(preview.errors.isEmpty());
        CHECK(preview.updates.isEmpty());
        const ImportOutcome outcome = TeacherImporter(db, referenceDay()).apply(preview);
        CHECK(outcome.unchanged == 1);
        CHECK(outcome.updated == 0);
    }
    SECTION("a dismissal before the registered hiring is refused in the preview, naming both dates")
    {
        const QString file = writeFile(t.dir(), u"dismissed.csv"_s,
                                       (kHeader + u"Иванова Мария Петровна;12.03.1979;112-233-445 95;Ермаковский район;"
                                                  "МБОУ СОШ № 1;школа;учитель;;;31.08.2010;;\n"_s)
                                           .toUtf8());
        const auto preview = previewOf(db, file);
        REQUIRE(preview.errors.size() == 1);
        CHECK(preview.errors.first().row == 2);
        CHECK(preview.errors.first().column == u"Дата увольнения"_s);
        CHECK(preview.errors.first().reason
              == u"the registry has this post from 01.09.2015 to 31.08.2010; the dismissal would come before the "
                 "hiring"_s);
    }
    SECTION("a dismissal date joins the registered post, which keeps its subjects")
    {
        const QString file = writeFile(t.dir(), u"left.csv"_s,
                                       (kHeader + u"Иванова Мария Петровна;12.03.1979;112-233-445 95;Ермаковский район;"
                                                  "МБОУ СОШ № 1;школа;учитель;;;30.06.2026;;\n"_s)
                                           .toUtf8());
        const auto preview = previewOf(db, file);
        INFO(errorsOf(preview).toStdString());
        REQUIRE(preview.errors.isEmpty());
        const ImportOutcome outcome = TeacherImporter(db, referenceDay()).apply(preview);
        CHECK(outcome.updated == 1);
        const Teacher after = TeacherRepository(db).get(id);
        REQUIRE(after.employments.size() == 1);
        CHECK(after.employments.first().hired == QDate(2015, 9, 1));
        CHECK(after.employments.first().dismissed == QDate(2026, 6, 30));
        CHECK(after.employments.first().subjectIds == QList<qint64>{maths, physics});
    }
}

namespace {

// Иванова's rows: her first post and category, then two further posts,
// then a fourth post with a later category.
const QStringList kIvanovaPosts{
    u"Иванова Мария Петровна;12.03.1979;112-233-445 95;Ермаковский район;МБОУ СОШ № 1;школа;учитель;"
    "математика;01.09.2005;;первая;20.04.2022\n"_s,
    u"Иванова Мария Петровна;12.03.1979;112-233-445 95;Ермаковский район;МБОУ СОШ № 2;школа;учитель;"
    "физика, информатика;01.09.2018;;;\n"_s,
    u"Иванова Мария Петровна;12.03.1979;112-233-445 95;Шушенский район;МБУ ДО «Дом творчества»;УДО;"
    "педагог дополнительного образования;робототехника;01.10.2020;31.05.2024;;\n"_s,
    u"Иванова Мария Петровна;12.03.1979;112-233-445 95;Ермаковский район;МБОУ СОШ № 3;школа;"
    "педагог-психолог;;01.09.2023;;высшая;15.12.2024\n"_s};

// Imports the first `rows` of kIvanovaPosts; her as stored.
Teacher importIvanova(TempDatabase &t, int rows)
{
    const QString file = writeFile(t.dir(), u"posts.csv"_s, (kHeader + kIvanovaPosts.mid(0, rows).join(QString())).toUtf8());
    const auto preview = previewOf(t.db(), file);
    INFO(errorsOf(preview).toStdString());
    REQUIRE(preview.errors.isEmpty());
    const ImportOutcome outcome = TeacherImporter(t.db(), referenceDay()).apply(preview);
    CHECK(outcome.imported == 1);
    CHECK(outcome.updated == 0);
    TeacherRepository teachers(t.db());
    const qint64 id = teachers.findBySnils(u"11223344595"_s);
    REQUIRE(id != 0);
    return teachers.get(id);
}

// Her posts, each as «school: hired–dismissed: subjects».
QStringList postsOf(Database &db, const Teacher &teacher)
{
    QHash<qint64, QString> schoolOf;
    for (const Organisation &o : OrganisationRepository(db).all())
        schoolOf.insert(o.id, o.name);
    QHash<qint64, QString> subjectOf;
    for (const Subject &s : DictionaryRepository(db).subjects())
        subjectOf.insert(s.id, s.name);
    QStringList out;
    for (const Employment &e : teacher.employments) {
        QStringList subjects;
        for (const qint64 id : e.subjectIds)
            subjects << subjectOf.value(id);
        subjects.sort();
        out << u"%1: %2–%3: %4"_s.arg(schoolOf.value(e.organisationId), e.hired.toString(Qt::ISODate),
                                      e.dismissed.toString(Qt::ISODate), subjects.join(u", "_s));
    }
    return out;
}

} // namespace

TEST_CASE("Further posts of a teacher new in the file are stored whole, subjects and dates", "[import][memory]")
{
    // Rows 3 and 4 only add a post to the teacher row 2 wrote: one INSERT
    // each, not the update of the whole teacher.
    ClockScope clock;
    const QStringList threePosts{u"МБОУ СОШ № 1: 2005-09-01–: математика"_s,
                                 u"МБОУ СОШ № 2: 2018-09-01–: информатика, физика"_s,
                                 u"МБУ ДО «Дом творчества»: 2020-10-01–2024-05-31: робототехника"_s};
    SECTION("each post with its subjects and dates")
    {
        TempDatabase t;
        const Teacher ivanova = importIvanova(t, 3);
        CHECK(postsOf(t.db(), ivanova) == threePosts);
        CHECK(ivanova.category == Category::First);
        CHECK(AttestationRepository(t.db()).history(ivanova.id).size() == 1);
    }
    SECTION("a later row rewriting her finds those posts in memory, with the ids the store gave them")
    {
        // Row 5 adds a fourth post and changes her category: the whole
        // teacher is rewritten from what the import holds in memory.
        TempDatabase t;
        const Teacher ivanova = importIvanova(t, 4);
        CHECK(postsOf(t.db(), ivanova) == threePosts + QStringList{u"МБОУ СОШ № 3: 2023-09-01–: "_s});
        // Four posts written, none twice: the rewrite kept the ids of rows 3 and 4.
        CHECK(Query(t.db(), u"SELECT MAX(id) FROM employment"_s).scalar().toLongLong() == 4);
        CHECK(ivanova.category == Category::Highest);
        CHECK(AttestationRepository(t.db()).history(ivanova.id).size() == 2);
    }
}
