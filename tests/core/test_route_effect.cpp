// Closing the loop (core/README.md «What the routes changed»): the before →
// after figures of hand-built routes and results, worked out by hand below.
//
// Иванова (school 10): diagnosed 05.10.2025 and 07.10.2026. Her 2025/2026
// route: a catalogue course (programme 100: предметная, методическая)
// recorded as planned but completed 10–20.11.2025; self-education in
// цифровая, done, 01.12.2025–31.05.2026; a consultation still planned; an
// open lesson in предметная, done, with no dates.
// Борисов (schools 10 and 11): diagnosed 10.10.2025, 15.01.2026,
// 01.03.2026 and 01.10.2026; his route's course of programme 100 is done by
// its own dates 20.01–10.02.2026.
// Веселова (no post): a done activity but no diagnosis after it.
#include <catch2/catch.hpp>

#include "planning/RouteEffect.h"

using namespace profrost;
using namespace Qt::StringLiterals;

namespace {

using A = CompetencyArea;

constexpr qint64 kIvanova = 1, kBorisov = 2, kVeselova = 3;

DiagnosisResult result(qint64 id, qint64 teacher, QDate on, const QList<AreaScore> &scores)
{
    DiagnosisResult r;
    r.id = id;
    r.campaignId = 1;
    r.teacherId = teacher;
    r.takenOn = on;
    r.scores = scores;
    return r;
}

RouteActivity activity(RouteActivityKind kind, const QString &title, RouteStatus status, QDate starts, QDate ends)
{
    RouteActivity a;
    a.kind = kind;
    a.title = title;
    a.status = status;
    a.starts = starts;
    a.ends = ends;
    return a;
}

RouteActivity inArea(RouteActivity a, A area)
{
    a.hasArea = true;
    a.area = area;
    return a;
}

EffectData handBuilt()
{
    EffectData data;
    data.placesOn = QDate(2026, 12, 2);
    data.programmeAreas.insert(100, {A::Subject, A::Methodical});
    data.programmeTitles.insert(100, u"Формирование функциональной грамотности"_s);
    data.teacherNames = {{kIvanova, u"Иванова Анна Петровна"_s},
                         {kBorisov, u"Борисов Олег Ильич"_s},
                         {kVeselova, u"Веселова Ирина Юрьевна"_s}};
    data.organisationNames = {{10, u"МБОУ СОШ № 1"_s}, {11, u"МБОУ Лицей"_s}};
    data.organisationsOf = {{kIvanova, {10}}, {kBorisov, {10, 11}}};

    data.results[kIvanova] = {
        result(1, kIvanova, QDate(2025, 10, 5), {{A::Subject, 4200}, {A::Methodical, 5500}, {A::Digital, 3850}}),
        result(2, kIvanova, QDate(2026, 10, 7), {{A::Subject, 6150}, {A::Methodical, 5200}, {A::Digital, 4400}})};
    data.results[kBorisov] = {result(3, kBorisov, QDate(2025, 10, 10), {{A::Subject, 3000}}),
                              result(4, kBorisov, QDate(2026, 1, 15), {{A::Subject, 4500}}),
                              result(5, kBorisov, QDate(2026, 3, 1), {{A::Subject, 5000}}),
                              result(6, kBorisov, QDate(2026, 10, 1), {{A::Subject, 7000}})};
    data.results[kVeselova] = {result(7, kVeselova, QDate(2025, 10, 3), {{A::Digital, 2000}})};

    Completion course;
    course.teacherId = kIvanova;
    course.enrolmentId = 500;
    course.programmeId = 100;
    course.programme = data.programmeTitles.value(100);
    course.starts = QDate(2025, 11, 10);
    course.ends = QDate(2025, 11, 20);
    data.finished[kIvanova] = {course};

    IndividualRoute ivanova;
    ivanova.id = 1;
    ivanova.teacherId = kIvanova;
    ivanova.startYear = 2025;
    ivanova.deficits = {A::Subject, A::Digital};
    RouteActivity planned = activity(RouteActivityKind::Course, course.programme, RouteStatus::Planned, {}, {});
    planned.programmeId = 100;
    planned.enrolmentId = 500;
    ivanova.activities = {
        planned,
        inArea(activity(RouteActivityKind::SelfEducation, u"Цифровые сервисы урока"_s, RouteStatus::Done,
                        QDate(2025, 12, 1), QDate(2026, 5, 31)),
               A::Digital),
        activity(RouteActivityKind::Consultation, u"Консультация методиста"_s, RouteStatus::Planned,
                 QDate(2026, 2, 1), QDate(2026, 2, 1)),
        inArea(activity(RouteActivityKind::Event, u"Открытый урок"_s, RouteStatus::Done, {}, {}), A::Subject)};

    IndividualRoute borisov;
    borisov.id = 2;
    borisov.teacherId = kBorisov;
    borisov.startYear = 2025;
    borisov.deficits = {A::Subject};
    RouteActivity done = activity(RouteActivityKind::Course, course.programme, RouteStatus::Done,
                                  QDate(2026, 1, 20), QDate(2026, 2, 10));
    done.programmeId = 100;
    borisov.activities = {done};

    IndividualRoute veselova;
    veselova.id = 3;
    veselova.teacherId = kVeselova;
    veselova.startYear = 2025;
    veselova.deficits = {A::Digital};
    veselova.activities = {activity(RouteActivityKind::SelfEducation, u"Сетевые сервисы"_s, RouteStatus::Done,
                                    QDate(2025, 11, 1), QDate(2026, 4, 1))};
    data.routes = {ivanova, borisov, veselova};
    return data;
}

const ScoreChange *find(const QList<ScoreChange> &changes, qint64 teacher, A area)
{
    for (const ScoreChange &c : changes) {
        if (c.teacherId == teacher && c.area == area)
            return &c;
    }
    return nullptr;
}

} // namespace

TEST_CASE("effect: each area of a route scored before its work and by the next diagnosis after it", "[effect]")
{
    const RouteEffect effect = RouteEffectBuilder::build(handBuilt());
    // Иванова: предметная and методическая by the completed course, цифровая by self-education; Борисов: предметная.
    REQUIRE(effect.byTeacher.size() == 4);
    CHECK(effect.teachers == 2); // Веселова was not diagnosed again

    // Sorted by name: Борисов first.
    CHECK(effect.byTeacher[0].teacherName == u"Борисов Олег Ильич"_s);
    CHECK(effect.byTeacher[0].places == u"МБОУ СОШ № 1; МБОУ Лицей"_s);

    const ScoreChange *subject = find(effect.byTeacher, kIvanova, A::Subject);
    REQUIRE(subject);
    // The course counts though recorded as planned: it was completed. The undated open lesson is left out.
    CHECK(subject->work == QStringList{u"Формирование функциональной грамотности"_s});
    CHECK(subject->before == 4200);
    CHECK(subject->beforeOn == QDate(2025, 10, 5));
    CHECK(subject->after == 6150);
    CHECK(subject->afterOn == QDate(2026, 10, 7));
    CHECK(subject->change() == 1950);
    CHECK(subject->outcome() == DeficitOutcome::Removed);
    CHECK(subject->startYear == 2025);

    const ScoreChange *methodical = find(effect.byTeacher, kIvanova, A::Methodical);
    REQUIRE(methodical);
    CHECK(methodical->change() == -300);
    CHECK(methodical->outcome() == DeficitOutcome::None);

    const ScoreChange *digital = find(effect.byTeacher, kIvanova, A::Digital);
    REQUIRE(digital);
    CHECK(digital->work == QStringList{u"Цифровые сервисы урока"_s});
    CHECK(digital->change() == 550);
    CHECK(digital->outcome() == DeficitOutcome::Remained); // 44 % is still below 50 %

    // Борисов: the latest result on or before the course's start (15.01, not 10.10),
    // the first after its end (01.03, not the later 01.10); 50 % is no deficit.
    const ScoreChange *borisov = find(effect.byTeacher, kBorisov, A::Subject);
    REQUIRE(borisov);
    CHECK(borisov->beforeOn == QDate(2026, 1, 15));
    CHECK(borisov->before == 4500);
    CHECK(borisov->afterOn == QDate(2026, 3, 1));
    CHECK(borisov->after == 5000);
    CHECK(borisov->outcome() == DeficitOutcome::Removed);
    CHECK_FALSE(find(effect.byTeacher, kVeselova, A::Digital));
}

TEST_CASE("effect: the figures by area, by organisation and by programme with the teachers behind them", "[effect]")
{
    const RouteEffect effect = RouteEffectBuilder::build(handBuilt());

    REQUIRE(effect.byArea.size() == 3);
    const EffectRow &subject = effect.byArea[0];
    CHECK(subject.area == A::Subject);
    // (42,00 + 45,00) / 2 = 43,50 → 43,5; (61,50 + 50,00) / 2 = 55,75 → 55,8; (19,50 + 5,00) / 2 = 12,25 → +12,3.
    CHECK(subject.figure.teachers == 2);
    CHECK(subject.figure.measures == 2);
    CHECK(subject.figure.meanBeforeTenths() == 435);
    CHECK(subject.figure.meanAfterTenths() == 558);
    CHECK(subject.figure.meanChangeTenths() == 123);
    CHECK(subject.figure.deficitsBefore == 2);
    CHECK(subject.figure.removed == 2);
    CHECK(subject.figure.isFew());
    CHECK(RouteEffectBuilder::changeText(subject.figure.meanChangeTenths()) == u"+12,3"_s);
    CHECK(RouteEffectBuilder::meanText(subject.figure.meanAfterTenths()) == u"55,8"_s);
    CHECK(effect.byArea[1].area == A::Methodical);
    CHECK(RouteEffectBuilder::changeText(effect.byArea[1].figure.meanChangeTenths()) == u"\u22123,0"_s);
    CHECK(effect.byArea[2].area == A::Digital);
    CHECK(effect.byArea[2].figure.deficitsBefore == 1);
    CHECK(effect.byArea[2].figure.removed == 0);

    // Everything together: 4 measures of 2 teachers, (19,50 − 3,00 + 5,50 + 5,00) / 4 = 6,75 → +6,8; of 3 deficits
    // (Иванова's предметная and цифровая, Борисов's предметная) 2 removed.
    const EffectFigure all = effect.overall();
    CHECK(all.teachers == 2);
    CHECK(all.measures == 4);
    CHECK(all.meanChangeTenths() == 68);
    CHECK(all.deficitsBefore == 3);
    CHECK(all.removed == 2);

    // Borisov works in both schools and is counted in each; «Лицей» sorts before «СОШ».
    REQUIRE(effect.byOrganisation.size() == 4);
    CHECK(effect.byOrganisation[0].label == u"МБОУ Лицей"_s);
    CHECK(effect.byOrganisation[0].figure.teachers == 1);
    CHECK(effect.byOrganisation[1].label == u"МБОУ СОШ № 1"_s);
    CHECK(effect.byOrganisation[1].area == A::Subject);
    CHECK(effect.byOrganisation[1].figure.teachers == 2);
    CHECK(effect.byOrganisation[1].figure.meanChangeTenths() == 123);
    CHECK(effect.byOrganisation[2].area == A::Methodical);
    CHECK(effect.byOrganisation[3].area == A::Digital);

    // The course of programme 100 around its own days, in the areas the catalogue gives it:
    // Иванова in предметная and методическая, Борисов in предметная (he has no методическая score).
    REQUIRE(effect.byProgramme.size() == 2);
    CHECK(effect.byProgramme[0].key == 100);
    CHECK(effect.byProgramme[0].label == u"Формирование функциональной грамотности"_s);
    CHECK(effect.byProgramme[0].area == A::Subject);
    CHECK(effect.byProgramme[0].figure.teachers == 2);
    CHECK(effect.byProgramme[0].figure.meanChangeTenths() == 123);
    CHECK(effect.byProgramme[1].area == A::Methodical);
    CHECK(effect.byProgramme[1].figure.teachers == 1);
    CHECK(effect.byProgramme[1].figure.meanChangeTenths() == -30);
}

TEST_CASE("effect: a teacher with no post on the day, five teachers make a trend, means round half away from zero",
          "[effect]")
{
    EffectData data = handBuilt();
    data.organisationsOf.remove(kIvanova);
    RouteEffect effect = RouteEffectBuilder::build(data);
    REQUIRE_FALSE(effect.byOrganisation.isEmpty());
    CHECK(effect.byOrganisation.last().key == RouteEffect::kUnplaced);
    CHECK(effect.byOrganisation.last().label == u"(нет места работы на дату)"_s);

    EffectFigure f;
    f.teachers = 5;
    CHECK_FALSE(f.isFew());
    f.teachers = 4;
    CHECK(f.isFew());
    f.measures = 2;
    f.beforeSum = 0;
    f.afterSum = -25; // −0,125 → −0,1 (tenths: −1.25 → −1)
    CHECK(f.meanChangeTenths() == -1);
    f.afterSum = -30; // −0,15 → −0,2
    CHECK(f.meanChangeTenths() == -2);
    CHECK(RouteEffectBuilder::changeText(0) == u"0,0"_s);
    CHECK(RouteEffectBuilder::changeText(-2) == u"\u22120,2"_s);
}

TEST_CASE("effect: a cancelled activity and a diagnosis on the work's last day do not count", "[effect]")
{
    EffectData data = handBuilt();
    // Борисов's course ends on 01.03.2026, the day of his third diagnosis: that result is not «after».
    data.routes[1].activities[0].ends = QDate(2026, 3, 1);
    RouteEffect effect = RouteEffectBuilder::build(data);
    const ScoreChange *borisov = find(effect.byTeacher, kBorisov, A::Subject);
    REQUIRE(borisov);
    CHECK(borisov->afterOn == QDate(2026, 10, 1));
    CHECK(borisov->after == 7000);

    data.routes[1].activities[0].status = RouteStatus::Cancelled;
    effect = RouteEffectBuilder::build(data);
    CHECK_FALSE(find(effect.byTeacher, kBorisov, A::Subject));
}
