#include "demo/DemoGenerator.h"
#include "demo/DemoNames.h"
#include "domain/Snils.h"
#include "domain/TeacherFacts.h"
#include "store/Database.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "util/Clock.h"
#include "util/Error.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace profrost;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday = test::referenceDay();

DemoSummary fill(Database &db, int teachers, quint32 seed)
{
    DemoOptions options;
    options.teachers = teachers;
    options.seed = seed;
    options.today = kToday;
    return DemoGenerator::generate(db, options);
}

// What two runs must agree on: every teacher with their id, birth date and workplaces.
QStringList people(Database &db)
{
    QStringList out;
    for (const TeacherRow &r : TeacherRepository(db).rows(kToday))
        out << u"%1 %2 %3 %4"_s.arg(r.id).arg(r.fullName(), r.birthDate.toString(Qt::ISODate), r.organisations);
    out.sort();
    return out;
}

Teacher asTeacher(const TeacherRow &r)
{
    Teacher t;
    t.birthDate = r.birthDate;
    t.experienceStart = r.experienceStart;
    t.category = r.category;
    t.categoryDate = r.categoryDate;
    return t;
}

} // namespace

TEST_CASE("The demo database looks like a real district", "[demo]")
{
    test::ClockScope clock; // TeacherRepository checks dates against the clock
    test::TempDatabase temp;
    Database &db = temp.db();

    const DemoSummary summary = fill(db, 900, 1);
    CHECK(summary.teachers == 900);
    CHECK(TeacherRepository(db).count() == 900);
    CHECK(summary.municipalities == 1);
    CHECK(DictionaryRepository(db).municipalities().size() == 1);
    CHECK(summary.organisations >= 20);
    CHECK(summary.organisations <= 60);
    CHECK(summary.employments > summary.teachers); // some hold two posts or moved

    const QList<Organisation> organisations = OrganisationRepository(db).all();
    CHECK(organisations.size() == summary.organisations);
    int schools = 0, kindergartens = 0, additional = 0, lowResults = 0;
    for (const Organisation &o : organisations) {
        schools += o.type == OrganisationType::School ? 1 : 0;
        kindergartens += o.type == OrganisationType::Preschool ? 1 : 0;
        additional += o.type == OrganisationType::Additional ? 1 : 0;
        lowResults += o.lowResults ? 1 : 0;
        CHECK_FALSE(o.director.isEmpty());
        CHECK_FALSE(o.address.isEmpty());
        CHECK_FALSE(o.shortName.isEmpty());
        // The name says what the organisation is, as the import would guess it.
        CHECK(OrganisationTypeText::guessFromName(o.name) == o.type);
    }
    CHECK(schools > kindergartens);
    CHECK(kindergartens > 0);
    CHECK(additional >= 1);
    CHECK(lowResults > 0);

    const QList<TeacherRow> rows = TeacherRepository(db).rows(kToday);
    int women = 0, young = 0, highest = 0, first = 0, withSnils = 0, employed = 0, ageSum = 0;
    QSet<QString> snils;
    for (const TeacherRow &r : rows) {
        if (!r.snils.isEmpty()) {
            ++withSnils;
            INFO(r.fullName().toStdString() << " " << r.snils.toStdString());
            CHECK(Snils::validate(r.snils).isEmpty());
            snils.insert(r.snils);
        }
        women += r.patronymic.endsWith(u"на") ? 1 : 0;
        const Teacher t = asTeacher(r);
        young += TeacherFacts::isYoung(t, kToday) ? 1 : 0;
        highest += r.category == Category::Highest ? 1 : 0;
        first += r.category == Category::First ? 1 : 0;
        employed += r.organisationIds.isEmpty() ? 0 : 1;
        ageSum += TeacherFacts::age(t, kToday);
        CHECK(r.experienceStart <= kToday);
        CHECK(r.experienceStart > r.birthDate.addYears(17));
        if (r.categoryDate.isValid()) {
            CHECK(r.categoryDate <= kToday);
            CHECK(r.categoryDate > r.experienceStart);
        }
    }
    const double n = rows.size();
    CHECK(snils.size() == withSnils);           // all distinct
    CHECK(withSnils / n == Approx(0.7).margin(0.06));
    CHECK(women / n == Approx(0.9).margin(0.06)); // 87 % in schools, 99 % in kindergartens
    CHECK(young > 0);
    CHECK(young / n == Approx(0.065).margin(0.035));
    CHECK(highest / n == Approx(0.25).margin(0.08));
    CHECK(first / n == Approx(0.35).margin(0.08));
    CHECK(ageSum / n == Approx(45).margin(2.5));
    CHECK(employed < rows.size()); // dismissed staff stay in the registry
    CHECK(employed > 0.95 * n);
}

TEST_CASE("The demo database depends only on the seed", "[demo]")
{
    test::ClockScope clock;
    test::TempDatabase ta, tb, tc;
    Database &a = ta.db(), &b = tb.db(), &c = tc.db();
    fill(a, 300, 7);
    fill(b, 300, 7);
    fill(c, 300, 8);
    const QStringList first = people(a);
    CHECK(first.size() == 300);
    CHECK(first == people(b));
    CHECK(first != people(c));
    CHECK(OrganisationRepository(a).all() == OrganisationRepository(b).all());
}

TEST_CASE("The demo generator refuses a database that is not empty", "[demo]")
{
    test::ClockScope clock; // TeacherRepository checks dates against the clock
    test::TempDatabase temp;
    Database &db = temp.db();
    fill(db, 50, 1);
    const int organisations = int(OrganisationRepository(db).all().size());
    CHECK_THROWS_AS(fill(db, 50, 2), Error);
    CHECK(TeacherRepository(db).count() == 50);
    CHECK(OrganisationRepository(db).all().size() == organisations);
}

TEST_CASE("The demo generator refuses a day after the clock's today", "[demo]")
{
    test::ClockScope clock;
    test::TempDatabase temp;
    DemoOptions options;
    options.teachers = 10;
    options.today = kToday.addDays(1); // the registry would refuse its dates
    CHECK_THROWS_AS(DemoGenerator::generate(temp.db(), options), Error);
    CHECK(TeacherRepository(temp.db()).count() == 0);
    CHECK(OrganisationRepository(temp.db()).all().isEmpty());
}

TEST_CASE("A region's demo database has several municipalities", "[demo]")
{
    test::ClockScope clock;
    test::TempDatabase temp;
    Database &db = temp.db();
    const DemoSummary summary = fill(db, 4500, 3);
    CHECK(summary.teachers == 4500);
    CHECK(summary.municipalities == 3);
    CHECK(DictionaryRepository(db).municipalities().size() == 3);
    CHECK(summary.organisations >= 3 * 20);
    CHECK(summary.organisations <= 3 * 60);
}

TEST_CASE("Demo names take the Russian feminine and adjective forms", "[demo]")
{
    using demo::DemoNames;
    CHECK(DemoNames::feminineSurname(u"Иванов"_s) == u"Иванова");
    CHECK(DemoNames::feminineSurname(u"Соколов"_s) == u"Соколова");
    CHECK(DemoNames::feminineSurname(u"Кузнецов"_s) == u"Кузнецова");
    CHECK(DemoNames::feminineSurname(u"Ильин"_s) == u"Ильина");
    CHECK(DemoNames::feminineSurname(u"Толстой"_s) == u"Толстая");
    CHECK(DemoNames::feminineSurname(u"Вишневский"_s) == u"Вишневская");
    CHECK(DemoNames::feminineSurname(u"Белых"_s) == u"Белых");
    CHECK(DemoNames::feminineSurname(u"Шевченко"_s) == u"Шевченко");
    CHECK(DemoNames::feminineSurname(u"Мельник"_s) == u"Мельник");
    CHECK(DemoNames::masculineAdjective(u"Курдюковская"_s) == u"Курдюковский");
    CHECK(DemoNames::masculineAdjective(u"Талицкая"_s) == u"Талицкий");
    CHECK(DemoNames::transliterate(u"Щукина"_s) == u"shchukina");
    CHECK(DemoNames::transliterate(u"Юрьевна"_s) == u"iurevna");

    // The embedded lists are there and long enough for a district.
    const DemoNames names = DemoNames::load();
    CHECK(names.settlements().size() >= 25);
    CHECK(names.kindergartens().size() >= 22);
}
