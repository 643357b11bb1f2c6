#include "demo/DemoGenerator.h"
#include "demo/DemoNames.h"
#include "domain/Snils.h"
#include "domain/TeacherFacts.h"
#include "domain/TrainingRules.h"
#include "domain/Competition.h"
#include "domain/DateText.h"
#include "domain/MethodicalEvent.h"
#include "indicators/IndicatorEngine.h"
#include "indicators/IndicatorTrend.h"
#include "planning/EventCounts.h"
#include "planning/YoungTeachers.h"
#include "store/CompetitionRepository.h"
#include "store/RecommendationRepository.h"
#include "store/EventRepository.h"
#include "store/Database.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/TeacherRepository.h"
#include "store/TrainingRepository.h"
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

TEST_CASE("The demo database has further training: a catalogue, runs, completions and applications", "[demo]")
{
    test::ClockScope clock;
    test::TempDatabase temp, again;
    Database &db = temp.db();
    fill(db, 900, 1);
    TrainingRepository training(db);

    const QList<Programme> programmes = training.programmes();
    CHECK(programmes.size() >= 20);
    CHECK(programmes.size() <= 30);
    int registry = 0, retraining = 0, targeted = 0;
    QSet<int> providers;
    for (const Programme &p : programmes) {
        CHECK(TrainingRules::checkProgramme(p).isEmpty());
        registry += p.federalRegistry ? 1 : 0;
        retraining += p.kind == ProgrammeKind::Retraining ? 1 : 0;
        targeted += p.positionIds.isEmpty() && p.subjectIds.isEmpty() ? 0 : 1;
        providers.insert(int(p.providerKind));
    }
    CHECK(double(registry) / programmes.size() == Approx(0.4).margin(0.12));
    CHECK(retraining >= 1);
    CHECK(targeted > programmes.size() / 2);
    CHECK(providers.size() == 4);

    // Runs over the last ten years, a few still to come, each with its place and group.
    const QList<CourseRunRow> runs = training.runs();
    REQUIRE(runs.size() > 20);
    int upcoming = 0, applied = 0, enrolled = 0, waiting = 0, early = 0;
    for (const CourseRunRow &r : runs) {
        CHECK(r.run.starts <= r.run.ends);
        CHECK(r.run.ends >= kToday.addYears(-10));
        CHECK(r.run.starts > kToday.addYears(-11));
        early += r.run.ends < kToday.addYears(-6) ? 1 : 0;
        CHECK_FALSE(r.run.place.isEmpty());
        CHECK_FALSE(r.run.groupName.isEmpty());
        if (r.run.starts > kToday) {
            ++upcoming;
            CHECK(r.completed == 0);
            applied += r.applied;
            waiting += r.waiting;
        }
        if (r.run.ends >= kToday)
            enrolled += r.enrolled - r.completed;
        if (r.run.seats > 0)
            CHECK(r.enrolled <= r.run.seats);
    }
    CHECK(early > 20); // the history: courses of six years ago and more
    CHECK(upcoming >= 3);
    CHECK(applied > 0);
    CHECK(enrolled > 0);
    CHECK(waiting > 0);

    // Completions: finished by today, with distinct certificate numbers.
    const QList<Completion> completions = training.completions();
    REQUIRE(completions.size() > 600);
    QSet<QString> certificates;
    QHash<qint64, QDate> last; // teacher -> latest end
    for (const Completion &c : completions) {
        CHECK(c.ends <= kToday);
        CHECK(c.certificateNumber.size() == 12);
        certificates.insert(c.certificateNumber);
        if (!last.contains(c.teacherId) || last.value(c.teacherId) < c.ends)
            last.insert(c.teacherId, c.ends);
    }
    CHECK(certificates.size() == completions.size());

    // The 3-year rule at D: a completion counts when it ends in (D − 3 years, D].
    const QDate windowStart = kToday.addYears(-3);
    int active = 0, within = 0, expired = 0, dueSoon = 0;
    for (const TeacherRow &r : TeacherRepository(db).rows(kToday)) {
        if (!r.pedagogical)
            continue;
        ++active;
        const QDate ends = last.value(r.id);
        if (ends.isValid() && ends > windowStart && ends <= kToday) {
            ++within;
            dueSoon += ends <= kToday.addYears(-2) ? 1 : 0; // out of the window within a year
        } else if (ends.isValid()) {
            ++expired;
        }
    }
    REQUIRE(active > 700);
    INFO("within " << within << ", expired " << expired << ", due soon " << dueSoon << " of " << active);
    CHECK(double(within) / active == Approx(0.77).margin(0.07));
    CHECK(double(active - within) / active == Approx(0.22).margin(0.08)); // overdue (I9)
    CHECK(double(expired) / active == Approx(0.125).margin(0.05));
    CHECK(double(dueSoon) / active == Approx(0.1).margin(0.05));

    // The same seed gives the same courses.
    fill(again.db(), 900, 1);
    const QList<Completion> second = TrainingRepository(again.db()).completions();
    REQUIRE(second.size() == completions.size());
    for (qsizetype i = 0; i < second.size(); ++i) {
        CHECK(second[i].teacherId == completions[i].teacherId);
        CHECK(second[i].programme == completions[i].programme);
        CHECK(second[i].ends == completions[i].ends);
        CHECK(second[i].certificateNumber == completions[i].certificateNumber);
    }
}

TEST_CASE("The demo district mentors most of its young teachers, some in a school of the young teacher, some not at all",
          "[demo][mentoring]")
{
    test::ClockScope clock;
    test::TempDatabase temp;
    Database &db = temp.db();
    fill(db, 900, 1);
    const YoungTeachersData data = YoungTeachersData::read(db, kToday);
    const QList<YoungTeacher> young = YoungTeachers::list(data);
    REQUIRE(young.size() > 30);
    int withMentor = 0, onlySchool = 0, none = 0;
    for (const YoungTeacher &y : young) {
        withMentor += y.mentorships.isEmpty() ? 0 : 1;
        onlySchool += y.mentorships.isEmpty() && !y.associations.isEmpty() ? 1 : 0;
        none += y.supported() ? 0 : 1;
    }
    // About two in three have a mentor; the school of the young teacher
    // supports some of the rest; I5 lands near its 70 % target.
    CHECK(double(withMentor) / young.size() == Approx(0.65).margin(0.12));
    CHECK(onlySchool > 0);
    CHECK(none > 0);
    CHECK(double(young.size() - none) / young.size() == Approx(0.78).margin(0.12));

    QSet<qint64> youngIds;
    for (const YoungTeacher &y : young)
        youngIds.insert(y.teacherId);
    int finished = 0;
    for (const Mentorship &m : data.mentorships) {
        CHECK(MentorshipRules::check(m).isEmpty());
        CHECK_FALSE(youngIds.contains(m.mentorId)); // mentors are experienced
        CHECK(m.starts <= kToday);
        finished += m.ends.isValid() && m.ends < kToday ? 1 : 0;
    }
    CHECK(finished > 0); // the history of the teachers in their 4th and 5th year
    for (const MentorLoad &m : YoungTeachers::mentors(data))
        CHECK(m.load() <= 3); // rarely more than 2–3 mentees (the seeds)
}

TEST_CASE("The demo district has the year's events, held and planned, and two cycles of competitions",
          "[demo][events][competitions]")
{
    test::ClockScope clock;
    test::TempDatabase temp;
    Database &db = temp.db();
    fill(db, 900, 1);
    // Events of last and this academic year: held up to today, planned after.
    const QList<MethodicalEvent> events = EventRepository(db).between({}, {});
    REQUIRE(events.size() > 40);
    int held = 0, guests = 0;
    for (const MethodicalEvent &e : events) {
        CHECK(EventRules::check(e, kToday).isEmpty());
        CHECK(e.held == (e.starts <= kToday));
        held += e.held ? 1 : 0;
        guests += int(e.guests.size());
        CHECK_FALSE(e.participants.isEmpty());
    }
    CHECK(held < events.size()); // this year's spring is still planned
    CHECK(guests > 0);
    const int year = DateText::academicYearStart(kToday);
    const EventCounts counts = EventCounts::of(events, QDate(year - 1, 9, 1), QDate(year, 8, 31));
    CHECK(counts.byLevel.contains(EventLevel::Municipal));
    CHECK(counts.byLevel.contains(EventLevel::Regional));
    CHECK(counts.total.participants > 300); // the August conference gathers most of the district

    // Two cycles of four competitions; each municipal stage has one winner, who goes on.
    const QList<Competition> competitions = CompetitionRepository(db).all();
    CHECK(competitions.size() == 8);
    for (const Competition &c : competitions) {
        INFO(c.name.toStdString() << " " << c.year);
        CHECK(CompetitionRules::check(c).isEmpty());
        int winners = 0, regional = 0;
        for (const CompetitionEntry &e : c.entries) {
            winners += e.results.value(CompetitionLevel::Municipal) == CompetitionResult::Winner ? 1 : 0;
            regional += e.results.contains(CompetitionLevel::Regional) ? 1 : 0;
        }
        CHECK(winners == std::max<qsizetype>(1, c.nominations.size()));
        CHECK(regional == winners);
    }
    CHECK(CompetitionCounts::of(competitions, kToday.year()).total.participants >= 10);
}

TEST_CASE("The demo district has last June's recommendations checked this autumn and two of a month ago",
          "[demo][monitoring]")
{
    test::ClockScope clock; // 22.11.2026
    test::TempDatabase temp;
    Database &db = temp.db();
    fill(db, 120, 1);
    const QList<Recommendation> all = RecommendationRepository(db).all();
    REQUIRE(all.size() == 6);
    int done = 0, notDone = 0, planned = 0, thisYear = 0;
    for (const Recommendation &r : all) {
        CHECK(RecommendationRules::check(r).isEmpty());
        done += r.state == RecommendationState::Done ? 1 : 0;
        notDone += r.state == RecommendationState::NotDone ? 1 : 0;
        planned += r.state == RecommendationState::Planned ? 1 : 0;
        thisYear += r.madeOn >= QDate(2026, 9, 1) ? 1 : 0;
    }
    // Checked by 22.11.2026: two done (05.10, 20.09), one not done (10.11); the rest on watch.
    CHECK(done == 2);
    CHECK(notDone == 1);
    CHECK(planned == 3);
    CHECK(thisYear == 2);
}

TEST_CASE("The demo district has five years of history: the indicators have data at the end of each of the last "
          "four academic years and I1 moves",
          "[demo][indicators]")
{
    test::ClockScope clock; // 22.11.2026
    test::TempDatabase temp;
    Database &db = temp.db();
    fill(db, 900, 1);
    // The trend's dates: 31.08.2023, 31.08.2024, 31.08.2025, 31.08.2026, then today.
    const QList<QDate> dates = IndicatorTrend::dates(kToday);
    REQUIRE(dates.size() == 5);
    const IndicatorInputs base = IndicatorInputs::read(db, dates.constFirst());
    QList<double> i1;
    for (int k = 0; k < 4; ++k) {
        const QDate day = dates.at(k);
        REQUIRE(day == QDate(2023 + k, 8, 31));
        const IndicatorInputs in = k == 0 ? base : IndicatorInputs::readOn(db, day, base);
        const IndicatorEngine engine(in);
        for (IndicatorId id : {IndicatorId::I1, IndicatorId::I2, IndicatorId::I3a, IndicatorId::I3b, IndicatorId::I5,
                               IndicatorId::I6, IndicatorId::I7, IndicatorId::I8}) {
            const IndicatorValue v = engine.value(id);
            INFO(IndicatorText::code(id).toStdString() << " at " << day.toString(Qt::ISODate).toStdString());
            CHECK(v.status != IndicatorStatus::NoData);
            CHECK(v.denominator.value_or(0) > 0);
        }
        i1 << engine.value(IndicatorId::I1).value;
    }
    INFO("I1: " << i1[0] << ", " << i1[1] << ", " << i1[2] << ", " << i1[3]);
    // Courses go back ten years: about two thirds trained within 3 years at
    // the oldest date, more each year since.
    CHECK(i1[0] == Approx(65).margin(10));
    for (int k = 1; k < 4; ++k)
        CHECK(i1[k] > i1[k - 1]);
}
