#include <catch2/catch.hpp>

#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "util/Error.h"

using namespace profrost;
using namespace profrost::test;

namespace {

struct Registry
{
    ClockScope clock;
    TempDatabase t;
    qint64 municipality = 0;
    qint64 school = 0;
    qint64 teacherPost = 0;
    qint64 directorPost = 0;
    qint64 maths = 0;

    Registry()
    {
        DictionaryRepository dict(t.db());
        municipality = dict.ensureMunicipality(QString::fromUtf8("Ермаковский район"));
        Organisation o;
        o.name = QString::fromUtf8("МБОУ СОШ № 1");
        o.shortName = QString::fromUtf8("СОШ № 1");
        o.municipalityId = municipality;
        school = OrganisationRepository(t.db()).insert(o);
        teacherPost = dict.ensurePosition(QString::fromUtf8("учитель"), PositionKind::Pedagogical);
        directorPost = dict.ensurePosition(QString::fromUtf8("директор"), PositionKind::Pedagogical);
        maths = dict.ensureSubject(QString::fromUtf8("математика"));
    }

    Teacher teacher(const char *surname, QDate birth, const QString &snils = {}) const
    {
        Teacher x;
        x.surname = QString::fromUtf8(surname);
        x.name = QString::fromUtf8("Анна");
        x.patronymic = QString::fromUtf8("Сергеевна");
        x.birthDate = birth;
        x.snils = snils;
        x.employments.append({0, school, teacherPost, {maths}, QDate(2015, 9, 1), {}});
        return x;
    }
};

} // namespace

TEST_CASE("Teachers are stored, read back, updated and deleted with their posts", "[store][teachers]")
{
    Registry r;
    TeacherRepository repo(r.t.db());
    Teacher x = r.teacher("Петрова", QDate(1985, 4, 12), QStringLiteral("112-233-445 95"));
    x.category = Category::First;
    x.categoryDate = QDate(2023, 3, 1);
    x.id = repo.insert(x);
    REQUIRE(x.id > 0);

    Teacher back = repo.get(x.id);
    CHECK(back.fullName() == QString::fromUtf8("Петрова Анна Сергеевна"));
    CHECK(back.snils == QStringLiteral("11223344595"));
    CHECK(back.category == Category::First);
    REQUIRE(back.employments.size() == 1);
    CHECK(back.employments.first().subjectIds == QList<qint64>{r.maths});

    const QList<TeacherRow> rows = repo.rows(QDate(2026, 11, 22));
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().organisations == QString::fromUtf8("СОШ № 1"));
    CHECK(rows.first().subjects == QString::fromUtf8("математика"));
    CHECK(rows.first().pedagogical);
    CHECK(rows.first().searchKey.contains(QString::fromUtf8("петрова")));

    back.phone = QStringLiteral("+7 913 000-00-00");
    back.employments.first().dismissed = QDate(2026, 6, 30);
    repo.update(back);
    CHECK(repo.get(x.id).phone == QStringLiteral("+7 913 000-00-00"));
    // Dismissed before the reference date: no current post.
    CHECK(repo.rows(QDate(2026, 11, 22)).first().organisations.isEmpty());
    CHECK(repo.rows(QDate(2026, 6, 29)).first().organisations == QString::fromUtf8("СОШ № 1"));

    repo.remove(x.id);
    CHECK(repo.count() == 0);
    REQUIRE_THROWS_AS(repo.get(x.id), Error);
}

TEST_CASE("The registry refuses duplicates and invalid records with a clear reason", "[store][teachers]")
{
    Registry r;
    TeacherRepository repo(r.t.db());
    repo.insert(r.teacher("Петрова", QDate(1985, 4, 12), QStringLiteral("112-233-445 95")));

    Teacher sameSnils = r.teacher("Сидорова", QDate(1990, 1, 1), QStringLiteral("11223344595"));
    REQUIRE_THROWS_WITH(repo.insert(sameSnils), Catch::Contains("already belongs"));

    Teacher samePerson = r.teacher("Петрова", QDate(1985, 4, 12));
    REQUIRE_THROWS_WITH(repo.insert(samePerson), Catch::Contains("already in the registry"));

    Teacher badSnils = r.teacher("Козлова", QDate(1985, 4, 12), QStringLiteral("112-233-445 00"));
    REQUIRE_THROWS_WITH(repo.insert(badSnils), Catch::Contains("SNILS"));

    Teacher future = r.teacher("Козлова", QDate(2030, 1, 1));
    REQUIRE_THROWS_WITH(repo.insert(future), Catch::Contains("future"));
    CHECK(repo.count() == 1);
}

TEST_CASE("A deleted teacher comes back with the same id and posts (undo)", "[store][teachers]")
{
    Registry r;
    TeacherRepository repo(r.t.db());
    const qint64 id = repo.insert(r.teacher("Орлова", QDate(1979, 7, 7)));
    const Teacher before = repo.get(id);
    repo.remove(id);
    repo.restore(before);
    CHECK(repo.get(id) == before);
}

TEST_CASE("Organisations: unique names per municipality, no delete while staff refer to it", "[store][organisations]")
{
    Registry r;
    OrganisationRepository orgs(r.t.db());
    Organisation dup;
    dup.name = QString::fromUtf8("мбоу  сош № 1");
    dup.municipalityId = r.municipality;
    REQUIRE_THROWS_WITH(orgs.insert(dup), Catch::Contains("already exists"));

    Organisation nameless;
    nameless.municipalityId = r.municipality;
    REQUIRE_THROWS_WITH(orgs.insert(nameless), Catch::Contains("needs a name"));

    TeacherRepository(r.t.db()).insert(r.teacher("Орлова", QDate(1979, 7, 7)));
    REQUIRE_THROWS_WITH(orgs.remove(r.school), Catch::Contains("cannot be deleted"));
    CHECK(orgs.all().size() == 1);

    const QList<OrganisationRow> rows = orgs.rows(QDate(2026, 11, 22));
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().activeStaff == 1);
    CHECK(rows.first().municipality == QString::fromUtf8("Ермаковский район"));
}

TEST_CASE("A failed part of a change rolls back the whole transaction", "[store][transactions]")
{
    Registry r;
    TeacherRepository repo(r.t.db());
    Teacher ok = r.teacher("Орлова", QDate(1979, 7, 7));
    Teacher broken = r.teacher("Белова", QDate(1979, 7, 8));
    broken.employments.first().organisationId = 9999; // no such organisation
    {
        Transaction tx(r.t.db());
        repo.insert(ok);
        REQUIRE_THROWS_AS(repo.insert(broken), Error);
        // tx goes out of scope without commit
    }
    CHECK(repo.count() == 0);
}

TEST_CASE("Subjects and positions are listed alphabetically whatever the case of their first letter", "[store][dictionaries]")
{
    Registry r;
    DictionaryRepository dict(r.t.db());
    for (const char *name : {"Кибернетика", "эвритмика", "арт-терапия", "Бионика"})
        dict.ensureSubject(QString::fromUtf8(name));
    QStringList mine;
    const QStringList wanted{QString::fromUtf8("арт-терапия"), QString::fromUtf8("Бионика"),
                             QString::fromUtf8("Кибернетика"), QString::fromUtf8("эвритмика")};
    for (const Subject &s : dict.subjects()) {
        if (wanted.contains(s.name))
            mine << s.name;
    }
    // By bytes it would be Бионика, Кибернетика, арт-терапия, эвритмика.
    CHECK(mine == wanted);
}
