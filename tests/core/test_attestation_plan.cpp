// The 5-year attestation plan-graph proposal for every kind of teacher, its
// counts, the saved plan, and the reminders of expiring categories.

#include <catch2/catch.hpp>

#include "documents/ExpiringCategoriesDocument.h"
#include "io/TableReader.h"
#include "planning/AttestationPlan.h"
#include "planning/AttestationReminders.h"
#include "store/AttestationPlanRepository.h"
#include "store/AttestationRepository.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "util/Error.h"

#include <algorithm>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

// Two schools; each teacher's history is what the registry and the
// repositories recorded. The reference date is 22.11.2026.
struct District
{
    ClockScope clock;
    TempDatabase t;
    qint64 school1 = 0, school2 = 0, teacherPost = 0, directorPost = 0;
    QHash<QString, qint64> id;

    District()
    {
        DictionaryRepository dict(t.db());
        const qint64 m = dict.ensureMunicipality(u"Ермаковский район"_s);
        school1 = organisation(m, u"МБОУ СОШ № 1"_s, u"СОШ № 1"_s);
        school2 = organisation(m, u"МБОУ СОШ № 2"_s, u"СОШ № 2"_s);
        teacherPost = dict.ensurePosition(u"учитель"_s, PositionKind::Pedagogical);
        directorPost = dict.ensurePosition(u"директор"_s, PositionKind::Managerial);

        add(u"Валидова"_s, school1, Category::First, {2023, 3, 15});
        add(u"Истекающая"_s, school1, Category::Highest, {2022, 2, 10});
        add(u"Лапсова"_s, school1, Category::First, {2020, 6, 1});
        const qint64 szd = add(u"Сзд"_s, school2);
        add(u"Новенькая"_s, school2, Category::None, {}, {2025, 9, 1});
        add(u"Давняя"_s, school2, Category::None, {}, {2010, 9, 1});
        add(u"Далёкая"_s, school2, Category::Highest, {2025, 6, 1});
        add(u"Свежая"_s, school2, Category::First, {2026, 10, 1});
        add(u"Директорова"_s, school1, Category::None, {}, {2010, 9, 1}, directorPost);
        const qint64 applicant = add(u"Заявителева"_s, school1, Category::First, {2022, 1, 20});

        AttestationRecord r;
        r.teacherId = szd;
        r.kind = AttestationKind::Fitness;
        r.granted = {2023, 9, 20};
        r.decidedBy = AttestationDecider::Organisation;
        AttestationRepository(t.db()).insertRecord(r);

        AttestationApplication a;
        a.teacherId = applicant;
        a.category = Category::Highest;
        a.plannedYear = 2027;
        a.plannedMonth = 1;
        a.submittedOn = {2026, 10, 5};
        AttestationRepository(t.db()).submit(a);
    }

    qint64 organisation(qint64 m, const QString &name, const QString &shortName)
    {
        Organisation o;
        o.name = name;
        o.shortName = shortName;
        o.municipalityId = m;
        return OrganisationRepository(t.db()).insert(o);
    }

    qint64 add(const QString &surname, qint64 school, Category c = Category::None, QDate granted = {},
               QDate hired = {2005, 9, 1}, qint64 post = 0)
    {
        Teacher x;
        x.surname = surname;
        x.name = u"Анна"_s;
        x.patronymic = u"Сергеевна"_s;
        x.birthDate = QDate(1980, 1, 1).addDays(int(id.size()) * 40);
        x.category = c;
        x.categoryDate = granted;
        x.employments.append({0, school, post ? post : teacherPost, {}, hired, {}});
        const qint64 teacherId = TeacherRepository(t.db()).insert(x);
        id.insert(surname, teacherId);
        return teacherId;
    }

    QList<TeacherRow> rows() { return TeacherRepository(t.db()).rows(referenceDay()); }

    QList<AttestationPlanEntry> propose(int firstYear)
    {
        AttestationRepository repo(t.db());
        return AttestationPlan::propose(rows(), repo.allRecords(), repo.applications(true), referenceDay(), firstYear);
    }

    const AttestationPlanEntry *entry(const QList<AttestationPlanEntry> &plan, const QString &surname)
    {
        const qint64 teacher = id.value(surname);
        const auto it = std::find_if(plan.cbegin(), plan.cend(), [&](const AttestationPlanEntry &e) { return e.teacherId == teacher; });
        return it == plan.cend() ? nullptr : &*it;
    }
};

QString month(int year, int month)
{
    return QDate(year, month, 1).toString(u"yyyy-MM"_s);
}

QString attest(const AttestationPlanEntry *e) { return e ? month(e->attestYear, e->attestMonth) : u"(none)"_s; }
QString apply(const AttestationPlanEntry *e)
{
    return e ? (e->applyMonth ? month(e->applyYear, e->applyMonth) : u"—"_s) : u"(none)"_s;
}

} // namespace

TEST_CASE("The 2027–2031 attestation proposal puts each teacher where the rules say", "[attestation][plan]")
{
    District w;
    const QList<AttestationPlanEntry> plan = w.propose(2027);

    SECTION("a valid category: renewal in the month it expires, the application 3 months before")
    {
        const auto *e = w.entry(plan, u"Валидова"_s); // первая, 15.03.2023 → until 14.03.2028
        REQUIRE(e);
        CHECK(e->kind == AttestationKind::Category);
        CHECK(e->category == Category::First);
        CHECK(attest(e) == u"2028-03");
        CHECK(apply(e) == u"2027-12");
        CHECK_FALSE(e->lapsed);
        CHECK(attest(w.entry(plan, u"Далёкая"_s)) == u"2030-05"); // высшая, 01.06.2025 → 31.05.2030
        CHECK(attest(w.entry(plan, u"Свежая"_s)) == u"2031-09");
    }
    SECTION("expiring before the application could go in: apply at once, attest before expiry")
    {
        const auto *e = w.entry(plan, u"Истекающая"_s); // высшая, 10.02.2022 → until 09.02.2027
        REQUIRE(e);
        CHECK(attest(e) == u"2027-02");
        CHECK(apply(e) == u"2027-01");
        CHECK_FALSE(e->lapsed);
    }
    SECTION("a lapsed category: flagged, applied for in the first month, attested 3 months later")
    {
        const auto *e = w.entry(plan, u"Лапсова"_s); // первая, 01.06.2020 → until 31.05.2025
        REQUIRE(e);
        CHECK(e->lapsed);
        CHECK(e->category == Category::First);
        CHECK(apply(e) == u"2027-01");
        CHECK(attest(e) == u"2027-04");
    }
    SECTION("no category: СЗД 5 years after the last, or 2 years after the hire, overdue at once")
    {
        const auto *szd = w.entry(plan, u"Сзд"_s); // СЗД 20.09.2023 → due by 19.09.2028
        REQUIRE(szd);
        CHECK(szd->kind == AttestationKind::Fitness);
        CHECK(szd->category == Category::None);
        CHECK(attest(szd) == u"2028-09");
        CHECK(apply(szd) == u"—"); // the employer schedules it: no application
        CHECK(attest(w.entry(plan, u"Новенькая"_s)) == u"2027-09"); // hired 01.09.2025: exempt for 2 years
        CHECK(attest(w.entry(plan, u"Давняя"_s)) == u"2027-01");    // never attested: overdue
    }
    SECTION("an open application is the plan: its category and month")
    {
        const auto *e = w.entry(plan, u"Заявителева"_s);
        REQUIRE(e);
        CHECK(e->category == Category::Highest);
        CHECK(attest(e) == u"2027-01");
        CHECK(apply(e) == u"2026-10");
    }
    SECTION("managers are not in the plan; the rest are, sorted by month")
    {
        CHECK_FALSE(w.entry(plan, u"Директорова"_s));
        CHECK(plan.size() == 9);
        CHECK(std::is_sorted(plan.cbegin(), plan.cend(), [](const AttestationPlanEntry &a, const AttestationPlanEntry &b) {
            return AttestationPlan::attestMonth(a) < AttestationPlan::attestMonth(b);
        }));
    }
    SECTION("counts per month (the commission's load), per year and per organisation")
    {
        const QMap<QDate, int> months = AttestationPlan::countsByMonth(plan, 2027);
        CHECK(months.size() == 60);
        CHECK(months.value({2027, 1, 1}) == 2); // Давняя, Заявителева
        CHECK(months.value({2027, 2, 1}) == 1);
        CHECK(months.value({2027, 4, 1}) == 1);
        CHECK(months.value({2027, 3, 1}) == 0);
        const QMap<int, int> years = AttestationPlan::countsByYear(plan, 2027);
        CHECK(years == QMap<int, int>{{2027, 5}, {2028, 2}, {2029, 0}, {2030, 1}, {2031, 1}});
        const auto byOrg = AttestationPlan::countsByOrganisation(plan, w.rows());
        CHECK(byOrg.value(u"СОШ № 1"_s).value(2027) == 3);
        CHECK(byOrg.value(u"СОШ № 2"_s).value(2027) == 2);
    }
    SECTION("a plan starting in 2026 leaves out what falls after 2030; nothing goes before December 2026")
    {
        const QList<AttestationPlanEntry> earlier = w.propose(2026);
        CHECK_FALSE(w.entry(earlier, u"Свежая"_s));
        CHECK(attest(w.entry(earlier, u"Давняя"_s)) == u"2026-12");
        CHECK(apply(w.entry(earlier, u"Истекающая"_s)) == u"2026-12");
    }
}

TEST_CASE("A saved attestation plan is read back, edited, and a wrong one is refused", "[attestation][plan]")
{
    District w;
    AttestationPlanRepository plans(w.t.db());
    QList<AttestationPlanEntry> plan = w.propose(2027);
    CHECK_FALSE(plans.exists(2027));
    plans.save(2027, plan);
    CHECK(plans.exists(2027));
    CHECK(plans.savedPlans() == QList<int>{2027});
    QList<AttestationPlanEntry> loaded = plans.load(2027);
    REQUIRE(loaded.size() == plan.size());
    for (const AttestationPlanEntry &e : plan)
        CHECK(std::find(loaded.cbegin(), loaded.cend(), e) != loaded.cend());

    SECTION("the methodist moves a teacher to another month")
    {
        for (AttestationPlanEntry &e : loaded) {
            if (e.teacherId == w.id.value(u"Новенькая"_s))
                e.attestMonth = 11;
        }
        plans.save(2027, loaded);
        CHECK(attest(w.entry(plans.load(2027), u"Новенькая"_s)) == u"2027-11");
    }
    SECTION("a year outside the plan, a month 13 or a teacher twice are refused and nothing changes")
    {
        QList<AttestationPlanEntry> bad = loaded;
        bad.first().attestYear = 2032;
        CHECK_THROWS_WITH(plans.save(2027, bad), Catch::Contains("outside the years of the plan"));
        bad = loaded;
        bad.first().attestMonth = 13;
        CHECK_THROWS_WITH(plans.save(2027, bad), Catch::Contains("from 1 to 12"));
        bad = loaded;
        bad.append(loaded.first());
        CHECK_THROWS_WITH(plans.save(2027, bad), Catch::Contains("twice"));
        CHECK(plans.load(2027) == loaded);
    }
}

TEST_CASE("Reminders list the categories expiring within 6 months and the lapsed ones", "[attestation][reminders]")
{
    District w;
    AttestationRepository repo(w.t.db());
    const QList<ExpiringCategory> items =
        AttestationReminders::compute(w.rows(), repo.allRecords(), referenceDay(), 6);
    QStringList names;
    for (const ExpiringCategory &e : items)
        names << e.fullName.section(u' ', 0, 0);
    // Lapsed first, then by expiry: Заявителева until 19.01.2027, Истекающая 09.02.2027.
    CHECK(names == QStringList{u"Лапсова"_s, u"Заявителева"_s, u"Истекающая"_s});
    CHECK(items.at(0).lapsed);
    CHECK(items.at(0).validUntil == QDate(2025, 5, 31));
    CHECK(items.at(1).organisations == u"СОШ № 1");
    CHECK(items.at(2).category == Category::Highest);
    CHECK(items.at(2).daysLeft == 79); // 22.11.2026 → 09.02.2027: 8 + 31 + 31 + 9 days

    // With 16 months Валидова (until 14.03.2028) joins; with 1 month only the lapsed one is left.
    CHECK(AttestationReminders::compute(w.rows(), repo.allRecords(), referenceDay(), 16).size() == 4);
    CHECK(AttestationReminders::compute(w.rows(), repo.allRecords(), referenceDay(), 1).size() == 1);

    const QString xlsx = w.t.file(u"истекающие.xlsx"_s);
    ExpiringCategoriesDocument::writeTable(xlsx, items);
    const Table table = TableReader::read(xlsx);
    CHECK(table.header == QStringList{u"ФИО"_s, u"Организация"_s, u"Должность"_s, u"Категория"_s,
                                       u"Дата присвоения"_s, u"Действительна до"_s, u"Состояние"_s});
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows.at(0).cells.at(0).startsWith(u"Лапсова"_s));
    CHECK(table.rows.at(0).cells.at(5) == u"31.05.2025");
    CHECK(table.rows.at(0).cells.at(6) == u"истекла");
}
