// Attestation in the database: the migration of existing categories, the
// history kept consistent with the teacher's category, applications and
// their moves, the settings, the demo data.

#include <catch2/catch.hpp>

#include "demo/DemoGenerator.h"
#include "domain/AttestationRules.h"
#include "store/AttestationRepository.h"
#include "store/DictionaryRepository.h"
#include "store/Migrations.h"
#include "store/OrganisationRepository.h"
#include "store/Query.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "util/Error.h"

#include <QElapsedTimer>
#include <QSet>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

struct School
{
    ClockScope clock;
    TempDatabase t;
    qint64 school = 0, teacherPost = 0;

    School()
    {
        DictionaryRepository dict(t.db());
        Organisation o;
        o.name = u"МБОУ СОШ № 1"_s;
        o.shortName = u"СОШ № 1"_s;
        o.municipalityId = dict.ensureMunicipality(u"Ермаковский район"_s);
        school = OrganisationRepository(t.db()).insert(o);
        teacherPost = dict.ensurePosition(u"учитель"_s, PositionKind::Pedagogical);
    }

    qint64 teacher(const QString &surname, Category c = Category::None, QDate granted = {})
    {
        Teacher x;
        x.surname = surname;
        x.name = u"Анна"_s;
        x.patronymic = u"Сергеевна"_s;
        x.birthDate = QDate(1980, 3, 14);
        x.category = c;
        x.categoryDate = granted;
        x.employments.append({0, school, teacherPost, {}, QDate(2005, 9, 1), {}});
        return TeacherRepository(t.db()).insert(x);
    }

    AttestationRepository repo() { return AttestationRepository(t.db()); }
    Teacher get(qint64 id) { return TeacherRepository(t.db()).get(id); }
};

AttestationRecord categoryRecord(qint64 teacher, Category c, QDate granted, const QString &order = {})
{
    AttestationRecord r;
    r.teacherId = teacher;
    r.category = c;
    r.granted = granted;
    r.orderNumber = order;
    r.orderDate = granted.isValid() ? granted.addDays(7) : QDate();
    return r;
}

} // namespace

TEST_CASE("Migration to version 4 turns each teacher's category into a history record", "[attestation][migrations]")
{
    ClockScope clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v3.profrost"_s);
    REQUIRE(createAtVersion(path, 3, [](Database &old) {
        Query(old, u"INSERT INTO teacher (id, surname, name, category, category_date) VALUES"
                   " (1, 'Иванова', 'Мария', 'highest', '2022-12-15'),"
                   " (2, 'Петров', 'Сергей', 'first', '2024-02-29'),"
                   " (3, 'Сидорова', 'Анна', NULL, NULL),"
                   " (4, 'Козлова', 'Ольга', 'first', NULL)"_s).exec();
    }) == 3);
    Database db(path);
    REQUIRE(db.open() == Database::Opened::Migrated);
    CHECK(db.schemaVersion() == Migrations::latestVersion());
    AttestationRepository repo(db);
    const QList<AttestationRecord> ivanova = repo.history(1);
    REQUIRE(ivanova.size() == 1);
    CHECK(ivanova.first().kind == AttestationKind::Category);
    CHECK(ivanova.first().category == Category::Highest);
    CHECK(ivanova.first().granted == QDate(2022, 12, 15));
    CHECK(ivanova.first().decidedBy == AttestationDecider::Region);
    CHECK(ivanova.first().orderNumber.isEmpty());
    REQUIRE(repo.history(2).size() == 1);
    CHECK(repo.history(2).first().granted == QDate(2024, 2, 29));
    CHECK(repo.history(3).isEmpty());
    CHECK(repo.history(4).isEmpty()); // no date: nothing to date the record by
    // The teachers keep what they had, the category without a date included.
    CHECK(TeacherRepository(db).get(1).category == Category::Highest);
    CHECK(TeacherRepository(db).get(1).categoryDate == QDate(2022, 12, 15));
    CHECK(TeacherRepository(db).get(4).category == Category::First);
    // The new settings have their defaults.
    const SettingsRepository settings(db);
    CHECK(settings.validityYears() == 5);
    CHECK(settings.applicationMonths() == 3);
    CHECK(settings.reminderMonths() == 6);
}

TEST_CASE("The history and the teacher's current category stay consistent", "[attestation]")
{
    School w;
    SECTION("the registry's category becomes a history record")
    {
        const qint64 id = w.teacher(u"Иванова"_s, Category::First, {2021, 4, 20});
        REQUIRE(w.repo().history(id).size() == 1);
        CHECK(w.repo().history(id).first().category == Category::First);
        // A later category typed into the card is added, the first one kept.
        Teacher t = w.get(id);
        t.category = Category::Highest;
        t.categoryDate = {2026, 4, 15};
        TeacherRepository(w.t.db()).update(t);
        const auto history = w.repo().history(id);
        REQUIRE(history.size() == 2);
        CHECK(history.at(0).category == Category::First);
        CHECK(history.at(1).category == Category::Highest);
        // Saving the card again adds nothing.
        TeacherRepository(w.t.db()).update(w.get(id));
        CHECK(w.repo().history(id).size() == 2);
    }
    SECTION("a newer record sets the teacher's category; an older one does not")
    {
        const qint64 id = w.teacher(u"Петрова"_s, Category::First, {2021, 4, 20});
        w.repo().insertRecord(categoryRecord(id, Category::Highest, {2026, 3, 25}, u"815-11-05"_s));
        CHECK(w.get(id).category == Category::Highest);
        CHECK(w.get(id).categoryDate == QDate(2026, 3, 25));
        w.repo().insertRecord(categoryRecord(id, Category::First, {2016, 4, 20}));
        CHECK(w.get(id).category == Category::Highest);
        // A СЗД record is not a category.
        AttestationRecord szd;
        szd.teacherId = id;
        szd.kind = AttestationKind::Fitness;
        szd.granted = {2026, 5, 1};
        szd.decidedBy = AttestationDecider::Organisation;
        w.repo().insertRecord(szd);
        CHECK(w.get(id).category == Category::Highest);
        // Removing the newest category brings back the one before.
        const qint64 newest = w.repo().findRecord(id, AttestationKind::Category, {2026, 3, 25});
        REQUIRE(newest != 0);
        w.repo().removeRecord(newest);
        CHECK(w.get(id).category == Category::First);
        CHECK(w.get(id).categoryDate == QDate(2021, 4, 20));
    }
    SECTION("bad records are refused with the reason and nothing is written")
    {
        const qint64 id = w.teacher(u"Орлова"_s);
        CHECK_THROWS_WITH(w.repo().insertRecord(categoryRecord(id, Category::None, {2025, 1, 1})),
                          Catch::Contains("choose the category"));
        CHECK_THROWS_WITH(w.repo().insertRecord(categoryRecord(id, Category::First, {2026, 12, 1})),
                          Catch::Contains("in the future"));
        w.repo().insertRecord(categoryRecord(id, Category::First, {2025, 1, 1}));
        CHECK_THROWS_WITH(w.repo().insertRecord(categoryRecord(id, Category::Highest, {2025, 1, 1})),
                          Catch::Contains("already has a record"));
        CHECK(w.repo().history(id).size() == 1);
    }
}

TEST_CASE("An application goes through review to a granted category with its order", "[attestation]")
{
    School w;
    const qint64 id = w.teacher(u"Новикова"_s, Category::First, {2022, 1, 20});
    AttestationApplication a;
    a.teacherId = id;
    a.category = Category::Highest;
    a.plannedYear = 2027;
    a.plannedMonth = 1;
    a.submittedOn = {2026, 10, 5};
    const auto submitted = w.repo().submit(a);
    CHECK(submitted.warnings.isEmpty()); // a valid first category
    REQUIRE(submitted.id > 0);
    CHECK(w.repo().application(submitted.id).status == ApplicationStatus::Submitted);

    SECTION("granted: the record is written and the teacher holds the new category")
    {
        CHECK_THROWS_WITH(w.repo().grant(submitted.id, {2026, 11, 18}, u"1532-11-05"_s, {2026, 11, 20}),
                          Catch::Contains("cannot become granted"));
        w.repo().startReview(submitted.id);
        const qint64 record = w.repo().grant(submitted.id, {2026, 11, 18}, u"1532-11-05"_s, {2026, 11, 20});
        const AttestationApplication after = w.repo().application(submitted.id);
        CHECK(after.status == ApplicationStatus::Granted);
        CHECK(after.recordId == record);
        CHECK(after.decidedOn == QDate(2026, 11, 18));
        const AttestationRecord r = w.repo().record(record);
        CHECK(r.category == Category::Highest);
        CHECK(r.orderNumber == u"1532-11-05");
        CHECK(r.orderDate == QDate(2026, 11, 20));
        CHECK(w.get(id).category == Category::Highest);
        CHECK(w.get(id).categoryDate == QDate(2026, 11, 18));
        // Decided: it cannot be refused, rescheduled or withdrawn any more.
        CHECK_THROWS_WITH(w.repo().refuse(submitted.id, {2026, 11, 19}, {}), Catch::Contains("cannot become refused"));
        CHECK_THROWS(w.repo().reschedule(submitted.id, 2027, 3));
        CHECK_THROWS(w.repo().withdraw(submitted.id));
    }
    SECTION("refused: no record, the teacher keeps the first category")
    {
        w.repo().startReview(submitted.id);
        w.repo().refuse(submitted.id, {2026, 11, 18}, u"не подтвержден уровень"_s);
        CHECK(w.repo().application(submitted.id).status == ApplicationStatus::Refused);
        CHECK(w.repo().application(submitted.id).note == u"не подтвержден уровень");
        CHECK(w.repo().history(id).size() == 1);
        CHECK(w.get(id).category == Category::First);
        CHECK_THROWS(w.repo().startReview(submitted.id));
    }
    SECTION("one open application per teacher; an open one can move or be withdrawn")
    {
        CHECK_THROWS_WITH(w.repo().submit(a), Catch::Contains("already has an open application"));
        w.repo().reschedule(submitted.id, 2027, 3);
        CHECK(w.repo().application(submitted.id).plannedMonth == 3);
        CHECK_THROWS_WITH(w.repo().reschedule(submitted.id, 2027, 13), Catch::Contains("from 1 to 12"));
        w.repo().withdraw(submitted.id);
        CHECK(w.repo().applications().isEmpty());
        CHECK(w.repo().submit(a).id > 0);
    }
    SECTION("applying for педагог-наставник without a valid highest is allowed with a warning")
    {
        const qint64 other = w.teacher(u"Белова"_s, Category::First, {2023, 2, 1});
        AttestationApplication m = a;
        m.teacherId = other;
        m.category = Category::Mentor;
        const auto result = w.repo().submit(m);
        CHECK(result.id > 0);
        REQUIRE(result.warnings.size() == 1);
        CHECK(result.warnings.first().contains(u"valid highest"_s));
        CHECK(w.repo().applications(true).size() == 2);
    }
}

TEST_CASE("Settings are read from the database with their defaults", "[attestation][settings]")
{
    School w;
    SettingsRepository settings(w.t.db());
    CHECK(settings.validityYears() == 5);
    settings.setInt(SettingsRepository::categoryValidityYears(), 4);
    CHECK(settings.validityYears() == 4);
    settings.setValue(SettingsRepository::attestationApplicationMonths(), u"много"_s);
    CHECK(settings.applicationMonths() == 3); // unreadable: the default
}

TEST_CASE("The demo database has attestation histories, СЗД, expiring and lapsed categories and applications",
          "[attestation][demo]")
{
    ClockScope clock;
    TempDatabase temp, again;
    DemoOptions options;
    options.teachers = 900;
    DemoGenerator::generate(temp.db(), options);
    AttestationRepository repo(temp.db());
    const QList<AttestationRecord> records = repo.allRecords();
    const QDate today = referenceDay();

    int fitness = 0, withOrder = 0, older = 0, expiring = 0, lapsed = 0;
    QHash<qint64, QList<AttestationRecord>> byTeacher;
    for (const AttestationRecord &r : records) {
        byTeacher[r.teacherId].append(r);
        fitness += r.kind == AttestationKind::Fitness ? 1 : 0;
        withOrder += r.orderNumber.isEmpty() ? 0 : 1;
        CHECK(r.granted <= today);
        CHECK(AttestationRules::checkRecord(r, today).isEmpty());
    }
    for (auto it = byTeacher.cbegin(); it != byTeacher.cend(); ++it) {
        const auto s = AttestationRules::standing(*it, today);
        older += it->size() > 1 ? 1 : 0;
        if (s.categoryValid && s.categoryUntil <= today.addMonths(6))
            ++expiring;
        lapsed += s.lapsed ? 1 : 0;
        // The teacher's category is the newest category of the history.
        const Teacher t = TeacherRepository(temp.db()).get(it.key());
        if (s.category && s.category->granted <= today)
            CHECK(t.category == s.category->category);
    }
    INFO("records " << records.size() << ", СЗД " << fitness << ", expiring " << expiring << ", lapsed " << lapsed);
    CHECK(records.size() > 600);
    CHECK(fitness > 100);
    CHECK(withOrder == records.size());
    CHECK(older > 100);
    CHECK(expiring > 10);
    CHECK(lapsed > 10);

    const QList<AttestationApplication> applications = repo.applications();
    QSet<ApplicationStatus> statuses;
    QSet<qint64> open;
    for (const AttestationApplication &a : applications) {
        statuses.insert(a.status);
        if (a.status == ApplicationStatus::Submitted || a.status == ApplicationStatus::UnderReview) {
            CHECK_FALSE(open.contains(a.teacherId)); // one open application per teacher
            open.insert(a.teacherId);
        }
        if (a.status == ApplicationStatus::Granted)
            CHECK(repo.record(a.recordId).category == a.category);
    }
    CHECK(statuses.size() == 4);

    // The same seed gives the same files.
    DemoGenerator::generate(again.db(), options);
    CHECK(AttestationRepository(again.db()).allRecords() == records);
}
