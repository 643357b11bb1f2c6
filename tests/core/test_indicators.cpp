// The monitoring indicators (core/indicators) on small districts built
// through the repositories, each figure worked out by hand in the comments.

#include <catch2/catch.hpp>

#include "domain/Diagnosis.h"
#include "domain/MethodicalPlan.h"
#include "domain/Route.h"
#include "indicators/IndicatorEngine.h"
#include "indicators/IndicatorTrend.h"
#include "store/AssociationRepository.h"
#include "store/DiagnosisRepository.h"
#include "store/DictionaryRepository.h"
#include "store/MentorshipRepository.h"
#include "store/OrganisationRepository.h"
#include "store/PlanRepository.h"
#include "store/RouteRepository.h"
#include "store/TeacherRepository.h"
#include "store/TrainingRepository.h"
#include "support/MentoringFixture.h"
#include "support/TestSupport.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

// A district of two schools on D = 01.12.2026: «учитель» is pedagogical,
// «директор» managerial.
struct District
{
    static QDate day() { return QDate(2026, 12, 1); }
    TempDatabase t;
    QHash<QString, qint64> id; // by surname
    qint64 municipality = 0, school1 = 0, school2 = 0, teacher = 0, director = 0;

    District()
    {
        DictionaryRepository dict(t.db());
        municipality = dict.ensureMunicipality(u"Ермаковский район"_s);
        school1 = organisation(u"МБОУ СОШ № 1"_s, u"СОШ № 1"_s);
        school2 = organisation(u"МБОУ СОШ № 2"_s, u"СОШ № 2"_s);
        teacher = dict.ensurePosition(u"учитель"_s, PositionKind::Pedagogical);
        director = dict.ensurePosition(u"директор"_s, PositionKind::Managerial);
    }
    qint64 organisation(const QString &name, const QString &shortName)
    {
        Organisation o;
        o.name = name;
        o.shortName = shortName;
        o.municipalityId = municipality;
        return OrganisationRepository(t.db()).insert(o);
    }
    qint64 add(const QString &surname, qint64 school, qint64 position = 0, QDate hired = QDate(2010, 9, 1),
               QDate dismissed = {})
    {
        Teacher x;
        x.surname = surname;
        x.name = u"Анна"_s;
        x.patronymic = u"Ивановна"_s;
        x.birthDate = QDate(1980, 1, 1);
        x.experienceStart = QDate(2002, 9, 1);
        Employment e;
        e.organisationId = school;
        e.positionId = position == 0 ? teacher : position;
        e.hired = hired;
        e.dismissed = dismissed;
        x.employments = {e};
        const qint64 added = TeacherRepository(t.db()).insert(x);
        id.insert(surname, added);
        return added;
    }
    // A programme of 72 hours run once, from `starts` to `ends`, completed by `who`.
    qint64 course(const QStringList &who, QDate starts, QDate ends, bool federal = false,
                  QList<CompetencyArea> areas = {})
    {
        TrainingRepository training(t.db());
        Programme p;
        p.title = u"Программа %1"_s.arg(training.programmes().size() + 1);
        p.provider = u"ККИПК"_s;
        p.hours = 72;
        p.federalRegistry = federal;
        p.areas = std::move(areas);
        CourseRun r;
        r.programmeId = training.insertProgramme(p);
        r.starts = starts;
        r.ends = ends;
        const qint64 run = training.insertRun(r);
        for (const QString &surname : who)
            training.recordCompletion(run, id.value(surname), u"№ %1"_s.arg(surname), ends);
        return run;
    }
    IndicatorInputs inputs(QDate at = day()) { return IndicatorInputs::read(t.db(), at); }
};

const IndicatorValue &find(const QList<IndicatorValue> &values, IndicatorId id)
{
    for (const IndicatorValue &v : values) {
        if (v.id == id)
            return v;
    }
    FAIL("no such indicator");
    return values.constFirst();
}

QStringList surnames(Database &db, const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 i : ids)
        out << TeacherRepository(db).nameOf(i).section(u' ', 0, 0);
    return out;
}

} // namespace

TEST_CASE("I1 and I9 count a course finished in the 3 years up to D among the active pedagogical workers at D",
          "[indicators]")
{
    ClockScope clock{District::day()};
    District d;
    // With no course on record the two say «no data», never 0 %.
    d.add(u"Абрамова"_s, d.school1);
    {
        const IndicatorInputs in = d.inputs();
        const IndicatorEngine engine(in);
        CHECK(engine.value(IndicatorId::I1).status == IndicatorStatus::NoData);
        CHECK(engine.value(IndicatorId::I9).status == IndicatorStatus::NoData);
    }
    d.add(u"Борисова"_s, d.school1);
    d.add(u"Волкова"_s, d.school1);
    d.add(u"Гусева"_s, d.school1);
    d.add(u"Данилова"_s, d.school1, 0, QDate(2010, 9, 1), District::day()); // dismissed on D: not active
    d.add(u"Егорова"_s, d.school1, 0, District::day().addDays(1));          // hired the day after D
    d.add(u"Жукова"_s, d.school1, d.director);                               // a manager only
    d.add(u"Зуева"_s, d.school2);
    d.course({u"Абрамова"_s}, QDate(2023, 11, 20), QDate(2023, 12, 2)); // D − 3 years + 1 day: counts
    d.course({u"Борисова"_s}, QDate(2023, 11, 20), QDate(2023, 12, 1)); // D − 3 years: no longer
    d.course({u"Волкова"_s, u"Данилова"_s, u"Егорова"_s, u"Жукова"_s}, QDate(2026, 11, 20), District::day());
    d.course({u"Гусева"_s}, QDate(2026, 11, 20), District::day().addDays(1)); // after D
    d.course({u"Зуева"_s}, QDate(2025, 4, 20), QDate(2025, 5, 1));

    const IndicatorInputs in = d.inputs();
    const IndicatorEngine engine(in);
    // Active: Абрамова, Борисова, Волкова, Гусева, Зуева = 5; trained: Абрамова, Волкова, Зуева = 3.
    const IndicatorValue i1 = engine.value(IndicatorId::I1);
    CHECK(i1.numerator == 3);
    CHECK(i1.denominator == 5);
    CHECK(i1.value == 60.0);
    CHECK(i1.target == 100.0);
    CHECK(i1.status == IndicatorStatus::NotMet);
    CHECK(surnames(d.t.db(), i1.numeratorIds) == QStringList({u"Абрамова"_s, u"Волкова"_s, u"Зуева"_s}));
    CHECK(surnames(d.t.db(), i1.gapIds) == QStringList({u"Борисова"_s, u"Гусева"_s}));
    const IndicatorValue i9 = engine.value(IndicatorId::I9);
    CHECK(i9.numerator == 2);
    CHECK_FALSE(i9.denominator.has_value());
    CHECK(i9.status == IndicatorStatus::NotMet); // the target is 0
    CHECK(surnames(d.t.db(), i9.numeratorIds) == QStringList({u"Борисова"_s, u"Гусева"_s}));

    // By organisation, worst first: СОШ № 1 2 of 4 = 50.0 %, СОШ № 2 1 of 1; the parts add up.
    const QList<IndicatorPart> parts = engine.byOrganisation();
    REQUIRE(parts.size() == 2);
    CHECK(parts[0].name == u"СОШ № 1"_s);
    CHECK(find(parts[0].values, IndicatorId::I1).value == 50.0);
    CHECK(find(parts[0].values, IndicatorId::I1).denominator == 4);
    CHECK(parts[1].name == u"СОШ № 2"_s);
    CHECK(find(parts[1].values, IndicatorId::I1).status == IndicatorStatus::Met);
    CHECK(find(parts[0].values, IndicatorId::I9).numerator + find(parts[1].values, IndicatorId::I9).numerator
          == i9.numerator);
    const QList<IndicatorPart> municipalities = engine.byMunicipality();
    REQUIRE(municipalities.size() == 1);
    CHECK(municipalities[0].name == u"Ермаковский район"_s);
    CHECK(find(municipalities[0].values, IndicatorId::I1).numerator == 3);

    // A day later (02.12.2026) Абрамова's course has run out, Гусева's counts,
    // and Егорова is at work: 4 of 6 = 66.7 %.
    const IndicatorInputs later = d.inputs(District::day().addDays(1));
    const IndicatorValue next = IndicatorEngine(later).value(IndicatorId::I1);
    CHECK(surnames(d.t.db(), next.numeratorIds)
          == QStringList({u"Волкова"_s, u"Гусева"_s, u"Егорова"_s, u"Зуева"_s}));
    CHECK(next.denominator == 6);
    CHECK(next.value == 66.7);
}

TEST_CASE("I2, I3a, I3b and I7 follow the diagnoses in the window, I4 the management teams, I8 the district's plans",
          "[indicators]")
{
    ClockScope clock{District::day()};
    District d;
    d.add(u"Абрамова"_s, d.school1);
    d.add(u"Борисова"_s, d.school1);
    d.add(u"Волкова"_s, d.school1);
    d.add(u"Гусева"_s, d.school2);
    {
        // No diagnosis on record: I2, I3a, I3b and I7 have no data.
        const IndicatorInputs in = d.inputs();
        const IndicatorEngine engine(in);
        for (IndicatorId id : {IndicatorId::I2, IndicatorId::I3a, IndicatorId::I3b, IndicatorId::I7})
            CHECK(engine.value(id).status == IndicatorStatus::NoData);
    }
    DiagnosisRepository diagnoses(d.t.db());
    const auto campaign = [&](const QString &name, DiagnosisKind kind, QDate day, QList<CompetencyArea> areas) {
        DiagnosisCampaign c;
        c.name = name;
        c.kind = kind;
        c.starts = day;
        c.areas = std::move(areas);
        return diagnoses.addCampaign(c);
    };
    const auto result = [&](qint64 campaignId, const QString &surname, QDate day, QList<AreaScore> scores) {
        DiagnosisResult r;
        r.campaignId = campaignId;
        r.teacherId = d.id.value(surname);
        r.takenOn = day;
        r.scores = std::move(scores);
        diagnoses.saveResult(r);
    };
    const QList<CompetencyArea> two{CompetencyArea::Subject, CompetencyArea::Methodical};
    const qint64 self = campaign(u"Самодиагностика 2025"_s, DiagnosisKind::SelfAssessment, QDate(2025, 9, 10), two);
    result(self, u"Абрамова"_s, QDate(2025, 9, 10), {{CompetencyArea::Subject, 4990}, {CompetencyArea::Methodical, 8000}});
    result(self, u"Борисова"_s, QDate(2025, 9, 10), {{CompetencyArea::Subject, 5000}, {CompetencyArea::Methodical, 5010}});
    // Волкова's deficit was found on D − 3 years: outside the window.
    const qint64 old = campaign(u"Самодиагностика 2023"_s, DiagnosisKind::SelfAssessment, QDate(2023, 12, 1), two);
    result(old, u"Волкова"_s, QDate(2023, 12, 1), {{CompetencyArea::Subject, 3000}, {CompetencyArea::Methodical, 9000}});
    const QList<CompetencyArea> literacy{CompetencyArea::FunctionalLiteracy};
    const qint64 fg = campaign(u"ФГ 2026"_s, DiagnosisKind::FunctionalLiteracy, QDate(2026, 3, 1), literacy);
    result(fg, u"Абрамова"_s, QDate(2026, 3, 1), {{CompetencyArea::FunctionalLiteracy, 6990}});
    result(fg, u"Борисова"_s, QDate(2026, 3, 1), {{CompetencyArea::FunctionalLiteracy, 7000}});
    const qint64 fg23 = campaign(u"ФГ 2023"_s, DiagnosisKind::FunctionalLiteracy, QDate(2023, 12, 2), literacy);
    result(fg23, u"Гусева"_s, QDate(2023, 12, 2), {{CompetencyArea::FunctionalLiteracy, 9000}});

    // I2: a federal programme for the subject area after Абрамова's deficit
    // counts; Борисова scored 50.0 (no deficit); Волкова's deficit was found
    // after her course had begun; a programme outside the registry does not count.
    d.course({u"Абрамова"_s, u"Борисова"_s}, QDate(2026, 2, 1), QDate(2026, 2, 20), true, {CompetencyArea::Subject});
    d.course({u"Волкова"_s}, QDate(2023, 11, 20), QDate(2023, 12, 10), true, {CompetencyArea::Subject});
    d.course({u"Гусева"_s}, QDate(2026, 4, 1), QDate(2026, 4, 20), false, {CompetencyArea::FunctionalLiteracy});

    // I4: two managers of СОШ № 1 on one run make a team; a director with a
    // teacher, or with the director of another school, does not.
    d.add(u"Жукова"_s, d.school1, d.director);
    d.add(u"Зимина"_s, d.school1, d.director);
    d.add(u"Иванова"_s, d.school2, d.director);
    d.course({u"Жукова"_s, u"Зимина"_s}, QDate(2026, 4, 1), QDate(2026, 5, 1));
    d.course({u"Иванова"_s, u"Абрамова"_s}, QDate(2026, 6, 1), QDate(2026, 6, 10));
    d.course({u"Жукова"_s, u"Иванова"_s}, QDate(2026, 9, 1), QDate(2026, 9, 10));

    // I8: two РМО at work in 2026/2027, one with its year plan; a finished РМО and a ШМО are not counted.
    AssociationRepository associations(d.t.db());
    const auto association = [&](const QString &name, AssociationKind kind, AssociationLevel level, int to = 0) {
        Association a;
        a.name = name;
        a.kind = kind;
        a.level = level;
        a.organisationId = level == AssociationLevel::School ? d.school1 : 0;
        a.activeFrom = 2024;
        a.activeTo = to;
        return associations.insert(a);
    };
    MethodicalPlan plan;
    plan.kind = PlanKind::RmoYear;
    plan.title = u"План работы РМО учителей математики на 2026/2027 учебный год"_s;
    plan.associationId = association(u"РМО учителей математики"_s, AssociationKind::Rmo, AssociationLevel::Municipal);
    plan.startYear = 2026;
    PlanRepository(d.t.db()).insert(plan);
    association(u"РМО учителей истории"_s, AssociationKind::Rmo, AssociationLevel::Municipal);
    association(u"РМО учителей химии"_s, AssociationKind::Rmo, AssociationLevel::Municipal, 2025);
    association(u"ШМО учителей начальных классов"_s, AssociationKind::Shmo, AssociationLevel::School);

    // A route of the last academic year does not close Абрамова's deficits in this one.
    IndividualRoute route;
    route.teacherId = d.id.value(u"Абрамова"_s);
    route.startYear = 2025;
    route.deficits = {CompetencyArea::Subject};
    RouteRepository(d.t.db()).save(route);

    const IndicatorInputs in = d.inputs();
    const IndicatorEngine engine(in);
    const IndicatorValue i2 = engine.value(IndicatorId::I2);
    CHECK(surnames(d.t.db(), i2.numeratorIds) == QStringList({u"Абрамова"_s}));
    CHECK(i2.denominator == 4);
    CHECK(i2.value == 25.0);
    CHECK(i2.status == IndicatorStatus::NotMet); // below 30 %

    // I3a: Абрамова, Борисова, Гусева took part (3 of 4 = 75.0 %); I3b: 70.0 and 90.0 passed, 69.9 did not.
    const IndicatorValue i3a = engine.value(IndicatorId::I3a), i3b = engine.value(IndicatorId::I3b);
    CHECK(surnames(d.t.db(), i3a.numeratorIds) == QStringList({u"Абрамова"_s, u"Борисова"_s, u"Гусева"_s}));
    CHECK(i3a.value == 75.0);
    CHECK(i3a.status == IndicatorStatus::Met);
    CHECK(surnames(d.t.db(), i3b.numeratorIds) == QStringList({u"Борисова"_s, u"Гусева"_s}));
    CHECK(i3b.value == 50.0);

    // I7: only Абрамова has a deficit in the window (49.9 and 69.9); her route is last year's.
    IndicatorValue i7 = engine.value(IndicatorId::I7);
    CHECK(i7.denominator == 1);
    CHECK(i7.numerator == 0);
    CHECK(surnames(d.t.db(), i7.gapIds) == QStringList({u"Абрамова"_s}));
    CHECK(i7.status == IndicatorStatus::NotMet);

    const IndicatorValue i4 = engine.value(IndicatorId::I4);
    CHECK(i4.numerator == 1);
    CHECK(i4.items == QStringList({u"СОШ № 1: Программа 4 (completed 01.05.2026)"_s}));
    CHECK(surnames(d.t.db(), i4.numeratorIds) == QStringList({u"Жукова"_s, u"Зимина"_s}));
    CHECK(i4.status == IndicatorStatus::NotMet); // the target is 2 teams
    CHECK(find(engine.byOrganisation().constFirst().values, IndicatorId::I4).numerator
              + find(engine.byOrganisation().constLast().values, IndicatorId::I4).numerator
          == 1);

    const IndicatorValue i8 = engine.value(IndicatorId::I8);
    CHECK(i8.numerator == 1);
    CHECK(i8.denominator == 2);
    CHECK(i8.gapItems == QStringList({u"РМО учителей истории"_s}));
    CHECK(i8.status == IndicatorStatus::NotMet);

    // This year's route closes it.
    route.id = 0;
    route.startYear = 2026;
    RouteRepository(d.t.db()).save(route);
    const IndicatorInputs after = d.inputs();
    i7 = IndicatorEngine(after).value(IndicatorId::I7);
    CHECK(i7.numerator == 1);
    CHECK(i7.status == IndicatorStatus::Met);
}

TEST_CASE("I5 counts the young teachers supported at D, I6 the valid categories, I10 those expiring within a year",
          "[indicators]")
{
    MentoringFixture fx; // 02.12.2026
    const IndicatorInputs none = IndicatorInputs::read(fx.t.db(), MentoringFixture::day());
    // The young: Андреева, Борисова, Григорьева supported, Васильев not: 3 of 4 = 75.0 %.
    const IndicatorValue i5 = IndicatorEngine(none).value(IndicatorId::I5);
    CHECK(i5.denominator == 4);
    CHECK(i5.value == 75.0);
    CHECK(i5.status == IndicatorStatus::Met);
    CHECK(surnames(fx.t.db(), i5.gapIds) == QStringList({u"Васильев"_s}));

    // Categories: valid until 02.12.2027 (D + 12 months) expires within the
    // year; until 03.12.2027 not yet; a lapsed one is not «expiring».
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    fx.add(s("Ершова Нина Павловна"), QDate(1980, 1, 1), QDate(2002, 9, 1), fx.school1, fx.teacherPost, 0,
           Category::First, QDate(2022, 12, 3));
    fx.add(s("Жданова Юлия Олеговна"), QDate(1980, 1, 1), QDate(2002, 9, 1), fx.school1, fx.teacherPost, 0,
           Category::First, QDate(2022, 12, 4));
    fx.add(s("Зайцева Инна Львовна"), QDate(1980, 1, 1), QDate(2002, 9, 1), fx.school2, fx.teacherPost, 0,
           Category::Highest, QDate(2021, 11, 1));
    const IndicatorInputs in = IndicatorInputs::read(fx.t.db(), MentoringFixture::day());
    const IndicatorEngine engine(in);
    const IndicatorValue i10 = engine.value(IndicatorId::I10);
    CHECK(surnames(fx.t.db(), i10.numeratorIds) == QStringList({u"Ершова"_s}));
    CHECK(i10.status == IndicatorStatus::Informative);
    // Active pedagogical: the 6 of the fixture (Петрова is a deputy head) and the 3 = 9; valid:
    // Иванова, Ершова, Жданова = 3 of 9 = 33.3 %.
    const IndicatorValue i6 = engine.value(IndicatorId::I6);
    CHECK(i6.denominator == 9);
    CHECK(surnames(fx.t.db(), i6.numeratorIds) == QStringList({u"Ершова"_s, u"Жданова"_s, u"Иванова"_s}));
    CHECK(i6.value == 33.3);
    CHECK(i6.status == IndicatorStatus::Informative);
}

TEST_CASE("I5 counts a teacher young the day before the 35th birthday and before the third year of experience, "
          "not on those days",
          "[indicators]")
{
    ClockScope clock{District::day()}; // 01.12.2026
    District d;
    // Young: under 35 full years of age and under 3 full years of
    // experience, both at D (TeacherFacts::isYoung).
    const auto young = [&](const QString &surname, QDate born, QDate started) {
        Teacher x;
        x.surname = surname;
        x.name = u"Анна"_s;
        x.patronymic = u"Ивановна"_s;
        x.birthDate = born;
        x.experienceStart = started;
        Employment e;
        e.organisationId = d.school1;
        e.positionId = d.teacher;
        e.hired = started;
        x.employments = {e};
        d.id.insert(surname, TeacherRepository(d.t.db()).insert(x));
    };
    const QDate started(2025, 9, 1); // one year of experience at D
    young(u"Агеева"_s, QDate(1991, 12, 2), started);        // 35 on 02.12.2026, the day after D: 34, young
    young(u"Бирюкова"_s, QDate(1991, 12, 1), started);      // 35 on D: not young
    young(u"Виноградова"_s, QDate(2000, 5, 5), QDate(2023, 12, 2)); // 3 years on 02.12.2026: 2 at D, young
    young(u"Галкина"_s, QDate(2000, 5, 5), QDate(2023, 12, 1));     // 3 years on D: not young
    d.add(u"Дорофеева"_s, d.school1); // their mentor, born 1980
    // Every one of them has a mentor at D but Виноградова: only the young count.
    for (const QString &mentee : {u"Агеева"_s, u"Бирюкова"_s, u"Галкина"_s}) {
        Mentorship m;
        m.mentorId = d.id.value(u"Дорофеева"_s);
        m.menteeId = d.id.value(mentee);
        m.starts = QDate(2025, 9, 1);
        MentorshipRepository(d.t.db()).save(m);
    }

    const IndicatorInputs in = d.inputs();
    const IndicatorValue i5 = IndicatorEngine(in).value(IndicatorId::I5);
    // The young at D: Агеева (supported) and Виноградова (not) = 1 of 2 = 50.0 %.
    CHECK(i5.denominator == 2);
    CHECK(i5.numerator == 1);
    CHECK(i5.value == 50.0);
    CHECK(i5.status == IndicatorStatus::NotMet); // below 70 %
    CHECK(surnames(d.t.db(), i5.numeratorIds) == QStringList({u"Агеева"_s}));
    CHECK(surnames(d.t.db(), i5.gapIds) == QStringList({u"Виноградова"_s}));

    // On 02.12.2026 Агеева is 35 and Виноградова has 3 years: nobody is young, no data.
    const IndicatorInputs later = d.inputs(District::day().addDays(1));
    const IndicatorValue next = IndicatorEngine(later).value(IndicatorId::I5);
    CHECK(next.denominator == 0);
    CHECK(next.status == IndicatorStatus::NoData);
}

TEST_CASE("The trend is taken at the end of each of the four academic years before D, then at D", "[indicators]")
{
    CHECK(IndicatorTrend::dates(QDate(2026, 12, 3))
          == QList<QDate>({QDate(2023, 8, 31), QDate(2024, 8, 31), QDate(2025, 8, 31), QDate(2026, 8, 31),
                           QDate(2026, 12, 3)}));
    // On 31 August D closes its own academic year: the four before it are 2021/22 … 2024/25.
    CHECK(IndicatorTrend::dates(QDate(2026, 8, 31))
          == QList<QDate>({QDate(2022, 8, 31), QDate(2023, 8, 31), QDate(2024, 8, 31), QDate(2025, 8, 31),
                           QDate(2026, 8, 31)}));
    CHECK(IndicatorTrend::dates(QDate(2026, 9, 1)).constFirst() == QDate(2023, 8, 31));
    CHECK(IndicatorTrend::label(QDate(2024, 8, 31), QDate(2026, 12, 3)) == u"2023/24"_s);
    CHECK(IndicatorTrend::label(QDate(2026, 12, 3), QDate(2026, 12, 3)) == u"03.12.2026"_s);
}
