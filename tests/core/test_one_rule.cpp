// One rule, one place (issue 10, item 1): the expiring and lapsed
// categories, the overdue and due further training, the young teachers and
// the active pedagogical workers. Counts on the demo database are checked
// against a plain loop over the raw records written here (not the code under
// test), before and after the settings change.

#include <catch2/catch.hpp>

#include "demo/DemoGenerator.h"
#include "documents/AttestationReports.h"
#include "domain/AttestationRules.h"
#include "domain/TeacherFacts.h"
#include "planning/ActiveWorkers.h"
#include "planning/AttestationPlan.h"
#include "planning/AttestationReminders.h"
#include "planning/AttestationStatus.h"
#include "planning/TrainingStatus.h"
#include "store/AttestationPlanRepository.h"
#include "store/AttestationRepository.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/SettingsRepository.h"
#include "store/TeacherRepository.h"
#include "store/TrainingRepository.h"
#include "support/TestSupport.h"

#include <QSet>

using namespace profrost;
using namespace profrost::test;

namespace {

// A demo district at the reference day, made once for the whole file.
Database &demo()
{
    static TempDatabase t;
    static bool made = false;
    if (!made) {
        DemoOptions options;
        options.teachers = 500;
        options.today = referenceDay();
        DemoGenerator::generate(t.db(), options);
        made = true;
    }
    return t.db();
}

struct Settings
{
    int validity = 5;
    int reminder = 6;
    int interval = 3;
};

void apply(Database &db, const Settings &s)
{
    SettingsRepository r(db);
    r.setInt(SettingsRepository::categoryValidityYears(), s.validity);
    r.setInt(SettingsRepository::categoryReminderMonths(), s.reminder);
    r.setInt(SettingsRepository::trainingIntervalYears(), s.interval);
}

// The raw records: every teacher with their posts, and the pedagogical posts.
struct Raw
{
    QList<Teacher> teachers;
    QSet<qint64> pedagogicalPositions;
    QHash<qint64, QList<AttestationRecord>> history;
    QHash<qint64, QList<Completion>> completions;

    explicit Raw(Database &db)
    {
        TeacherRepository repo(db);
        for (const TeacherRow &r : repo.rows(referenceDay()))
            teachers.append(repo.get(r.id));
        for (const Position &p : DictionaryRepository(db).positions())
            if (p.kind == PositionKind::Pedagogical)
                pedagogicalPositions.insert(p.id);
        for (const AttestationRecord &r : AttestationRepository(db).allRecords())
            history[r.teacherId].append(r);
        for (const Completion &c : TrainingRepository(db).completions())
            completions[c.teacherId].append(c);
    }

    bool active(const Teacher &t, QDate d) const
    {
        for (const Employment &e : t.employments) {
            const bool hired = !e.hired.isValid() || e.hired <= d;
            const bool notDismissed = !e.dismissed.isValid() || e.dismissed > d;
            if (hired && notDismissed && pedagogicalPositions.contains(e.positionId))
                return true;
        }
        return false;
    }
};

// Counted by hand: the last valid day is the day before the anniversary
// (the anniversary of 29 February in a common year is 1 March).
QDate lastValidDay(QDate granted, int years)
{
    return QDate(granted.year() + years, granted.month(), 1).addDays(granted.day() - 1).addDays(-1);
}

AttestationCounts countCategories(const Raw &raw, QDate d, const Settings &s)
{
    AttestationCounts out;
    for (const Teacher &t : raw.teachers) {
        if (!raw.active(t, d))
            continue;
        std::optional<AttestationRecord> category, fitness;
        for (const AttestationRecord &r : raw.history.value(t.id)) {
            if (r.granted > d)
                continue;
            auto &slot = r.kind == AttestationKind::Category ? category : fitness;
            if (!slot || slot->granted < r.granted || (slot->granted == r.granted && slot->id < r.id))
                slot = r;
        }
        if (!category)
            continue;
        const QDate until = lastValidDay(category->granted, s.validity);
        if (until < d) {
            if (!(fitness && fitness->granted > until))
                ++out.lapsed;
        } else if (until <= d.addMonths(s.reminder)) {
            ++out.expiring;
        }
    }
    return out;
}

TrainingCounts countTraining(const Raw &raw, QDate d, const Settings &s)
{
    TrainingCounts out;
    for (const Teacher &t : raw.teachers) {
        if (!raw.active(t, d))
            continue;
        QDate last;
        for (const Completion &c : raw.completions.value(t.id))
            if (c.ends <= d && c.ends > last)
                last = c.ends;
        // No course by D: counted from the earliest hiring among the posts
        // held at D (none dated: the start of experience), as if a course
        // ended that day (core/README.md).
        if (!last.isValid()) {
            for (const Employment &e : t.employments)
                if (e.activeOn(d) && e.hired.isValid() && (!last.isValid() || e.hired < last))
                    last = e.hired;
            if (!last.isValid())
                last = t.experienceStart;
        }
        // The window is (D − N years, D].
        const bool counts = last.isValid() && last > d.addYears(-s.interval);
        const bool countsIn12Months = last.isValid() && last > d.addMonths(12).addYears(-s.interval);
        if (!counts)
            ++out.overdue;
        else if (!countsIn12Months)
            ++out.dueSoon;
    }
    return out;
}

} // namespace

TEST_CASE("Expiring and lapsed categories are one count that follows the settings", "[attestation][onerule]")
{
    ClockScope clock;
    Database &db = demo();
    const Raw raw(db);
    const QDate d = referenceDay();
    for (const Settings s : {Settings{5, 6, 3}, Settings{4, 12, 3}, Settings{6, 3, 3}}) {
        apply(db, s);
        INFO("validity " << s.validity << ", reminder " << s.reminder);
        const AttestationCounts expected = countCategories(raw, d, s);
        REQUIRE(expected.lapsed > 0);
        REQUIRE(expected.expiring > 0);
        const AttestationStatus status(db);
        const AttestationCounts counts = status.counts(d);
        CHECK(counts.lapsed == expected.lapsed);
        CHECK(counts.expiring == expected.expiring);
        CHECK(counts.months == s.reminder);
        // The printed list.
        const ExpiringCategoriesDocumentData doc = AttestationReports::expiringData(db, d);
        CHECK(doc.months == s.reminder);
        CHECK(AttestationStatus::countsOf(doc.items, doc.months).lapsed == expected.lapsed);
        CHECK(int(doc.items.size()) == expected.total());
        // One teacher at a time (the card) lists the same teachers.
        int cards = 0, lapsedCards = 0;
        for (const Teacher &t : raw.teachers) {
            if (const std::optional<ExpiringCategory> e = status.of(t.id, d)) {
                ++cards;
                lapsedCards += e->lapsed ? 1 : 0;
            }
        }
        CHECK(cards == expected.total());
        CHECK(lapsedCards == expected.lapsed);
        // The plan-graph's lapsed are the reminders' lapsed, for this year's
        // plan and next year's (whose first month is later than the month after D).
        // The proposal follows the settings; a plan the methodist saved (the
        // demo saves this year's) keeps what it was saved with, so it is set aside.
        for (int firstYear : {d.year(), d.year() + 1}) {
            AttestationPlanRepository(db).remove(firstYear);
            const AttestationDocumentData plan = AttestationReports::planData(db, firstYear, d);
            int planLapsed = 0;
            for (const AttestationPlanEntry &e : plan.entries)
                planLapsed += e.lapsed ? 1 : 0;
            INFO("plan of " << firstYear);
            CHECK(plan.lapsed == expected.lapsed);
            CHECK(planLapsed <= expected.lapsed); // the plan's lines flag no one the rule does not
        }
    }
    apply(db, Settings{});
}

TEST_CASE("Overdue and due further training are one count that follows the interval setting", "[training][onerule]")
{
    ClockScope clock;
    Database &db = demo();
    const Raw raw(db);
    const QDate d = referenceDay();
    TrainingCounts before;
    for (const Settings s : {Settings{5, 6, 3}, Settings{5, 6, 5}}) {
        apply(db, s);
        INFO("interval " << s.interval);
        const TrainingCounts expected = countTraining(raw, d, s);
        const TrainingStatus status(db);
        CHECK(status.intervalYears() == s.interval);
        const TrainingCounts counts = status.counts(d);
        CHECK(counts.overdue == expected.overdue);
        CHECK(counts.dueSoon == expected.dueSoon);
        int overdueCards = 0, dueCards = 0;
        for (const Teacher &t : raw.teachers) {
            if (const std::optional<DueItem> i = status.of(t.id, d)) {
                overdueCards += i->state == DueItem::State::Overdue ? 1 : 0;
                dueCards += i->state == DueItem::State::DueSoon ? 1 : 0;
            }
        }
        CHECK(overdueCards == expected.overdue);
        CHECK(dueCards == expected.dueSoon);
        if (s.interval == 3) {
            before = counts;
            REQUIRE(before.overdue > 0);
        } else {
            CHECK(counts.overdue < before.overdue); // five years cover more courses
        }
    }
    apply(db, Settings{});
}

TEST_CASE("The training interval is a setting with default 3", "[training][onerule]")
{
    TempDatabase t;
    SettingsRepository settings(t.db());
    CHECK(settings.trainingInterval() == 3);
    settings.setInt(SettingsRepository::trainingIntervalYears(), 5);
    CHECK(settings.trainingInterval() == 5);
    settings.setValue(SettingsRepository::trainingIntervalYears(), QStringLiteral("много"));
    CHECK(settings.trainingInterval() == 3);
}

TEST_CASE("A young teacher: under 35 and under 3 years of experience, at the boundaries", "[registry][onerule]")
{
    Teacher t;
    t.birthDate = QDate(1991, 12, 1);       // 35 on 01.12.2026
    t.experienceStart = QDate(2024, 9, 1);  // 3 years on 01.09.2027
    CHECK(TeacherFacts::isYoung(t, QDate(2026, 11, 30)));
    CHECK_FALSE(TeacherFacts::isYoung(t, QDate(2026, 12, 1))); // the 35th birthday
    t.birthDate = QDate(2000, 1, 1);
    CHECK(TeacherFacts::isYoung(t, QDate(2027, 8, 31)));
    CHECK_FALSE(TeacherFacts::isYoung(t, QDate(2027, 9, 1))); // exactly 3 years
    t.experienceStart = QDate();
    CHECK_FALSE(TeacherFacts::isYoung(t, QDate(2026, 1, 1))); // unknown experience
}

TEST_CASE("An active pedagogical worker at D: hired on or before D, not dismissed on or before D",
          "[registry][onerule]")
{
    ClockScope clock;
    TempDatabase t;
    DictionaryRepository dict(t.db());
    const qint64 m = dict.ensureMunicipality(QStringLiteral("Район"));
    Organisation o;
    o.name = QStringLiteral("МБОУ СОШ № 1");
    o.municipalityId = m;
    const qint64 school = OrganisationRepository(t.db()).insert(o);
    const qint64 teacherPost = dict.ensurePosition(QStringLiteral("учитель"), PositionKind::Pedagogical);
    const qint64 director = dict.ensurePosition(QStringLiteral("директор"), PositionKind::Managerial);
    const QDate d(2026, 10, 15);
    TeacherRepository teachers(t.db());
    auto add = [&](const QString &surname, qint64 post, QDate hired, QDate dismissed) {
        Teacher x;
        x.surname = surname;
        x.name = QStringLiteral("Анна");
        x.birthDate = QDate(1980, 1, 1);
        Employment e;
        e.organisationId = school;
        e.positionId = post;
        e.hired = hired;
        e.dismissed = dismissed;
        x.employments = {e};
        return teachers.insert(x);
    };
    const qint64 hiredOnD = add(QStringLiteral("Принятая"), teacherPost, d, {});
    const qint64 hiredAfter = add(QStringLiteral("Завтрашняя"), teacherPost, d.addDays(1), {});
    const qint64 dismissedOnD = add(QStringLiteral("Уволенная"), teacherPost, QDate(2020, 9, 1), d);
    const qint64 dismissedAfter = add(QStringLiteral("Уходящая"), teacherPost, QDate(2020, 9, 1), d.addDays(1));
    const qint64 manager = add(QStringLiteral("Директорова"), director, QDate(2020, 9, 1), {});

    QSet<qint64> active;
    for (const TeacherRow &r : ActiveWorkers::on(t.db(), d))
        active.insert(r.id);
    CHECK(active == QSet<qint64>{hiredOnD, dismissedAfter});
    // One teacher at a time says the same.
    for (qint64 id : {hiredOnD, hiredAfter, dismissedOnD, dismissedAfter, manager}) {
        INFO("teacher " << id);
        CHECK(ActiveWorkers::one(t.db(), id, d).pedagogical == active.contains(id));
    }
}

TEST_CASE("The term of a category is one rule: granted on 29 February", "[attestation][onerule]")
{
    Teacher t;
    t.category = Category::First;
    t.categoryDate = QDate(2024, 2, 29);
    CHECK(TeacherFacts::categoryValidUntil(t, 5) == QDate(2029, 2, 28));
    CHECK(TeacherFacts::categoryValidUntil(t, 4) == QDate(2028, 2, 28));
    CHECK(TeacherFacts::categoryValidUntil(t, 5) == AttestationRules::validUntil(t.categoryDate, 5));
    t.categoryDate = QDate(2023, 3, 15);
    CHECK(TeacherFacts::categoryValidUntil(t, 5) == QDate(2028, 3, 14));
}

TEST_CASE("Expiring within M months: the last valid day on D + M months is in, the day after is not",
          "[attestation][onerule]")
{
    const QDate d(2026, 11, 22);
    TeacherRow t;
    t.id = 7;
    t.pedagogical = true;
    AttestationRecord r;
    r.id = 1;
    r.teacherId = 7;
    r.kind = AttestationKind::Category;
    r.category = Category::First;
    r.granted = QDate(2022, 5, 23); // valid 5 years: until 22.05.2027 = D + 6 months
    CHECK(AttestationReminders::of(t, {r}, d, 6, 5).has_value());
    CHECK_FALSE(AttestationReminders::of(t, {r}, d, 5, 5).has_value());
    r.granted = QDate(2022, 5, 24); // until 23.05.2027: a day too late for 6 months
    CHECK_FALSE(AttestationReminders::of(t, {r}, d, 6, 5).has_value());
    // Valid 4 years: expired on 23.05.2026, lapsed.
    const std::optional<ExpiringCategory> lapsed = AttestationReminders::of(t, {r}, d, 6, 4);
    REQUIRE(lapsed.has_value());
    CHECK(lapsed->lapsed);
    CHECK(lapsed->validUntil == QDate(2026, 5, 23));
    // Last valid day on D itself: expiring, not lapsed.
    r.granted = QDate(2021, 11, 23); // until 22.11.2026
    const std::optional<ExpiringCategory> today = AttestationReminders::of(t, {r}, d, 1, 5);
    REQUIRE(today.has_value());
    CHECK_FALSE(today->lapsed);
    // Not an active pedagogical worker: not listed.
    t.pedagogical = false;
    CHECK_FALSE(AttestationReminders::of(t, {r}, d, 6, 5).has_value());
}
