// Methodical associations in the database: members over time, plans and
// their copy to the next year, meetings with protocol numbers and
// attendance, the ШМО hint (core/README.md), and the migration from version 4.

#include <catch2/catch.hpp>

#include "documents/AssociationReports.h"
#include "domain/DateText.h"
#include "store/AssociationRepository.h"
#include "store/AttestationRepository.h"
#include "store/DictionaryRepository.h"
#include "store/MeetingRepository.h"
#include "store/Migrations.h"
#include "store/OrganisationRepository.h"
#include "store/PlanRepository.h"
#include "store/Query.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "util/Error.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

struct District
{
    ClockScope clock;
    TempDatabase t;
    qint64 school = 0, lyceum = 0, teacherPost = 0, maths = 0, russian = 0;

    District()
    {
        DictionaryRepository dict(t.db());
        const qint64 municipality = dict.ensureMunicipality(u"Ермаковский район"_s);
        Organisation o;
        o.name = u"МБОУ СОШ № 1"_s;
        o.municipalityId = municipality;
        school = OrganisationRepository(t.db()).insert(o);
        o.name = u"МАОУ лицей № 2"_s;
        lyceum = OrganisationRepository(t.db()).insert(o);
        teacherPost = dict.ensurePosition(u"учитель"_s, PositionKind::Pedagogical);
        maths = dict.ensureSubject(u"математика"_s);
        russian = dict.ensureSubject(u"русский язык"_s);
    }

    qint64 teacher(const QString &surname, qint64 organisation = 0, qint64 subject = 0)
    {
        Teacher x;
        x.surname = surname;
        x.name = u"Мария"_s;
        x.patronymic = u"Петровна"_s;
        x.birthDate = QDate(1980, 3, 14);
        Employment e{0, organisation ? organisation : school, teacherPost, {}, QDate(2005, 9, 1), {}};
        if (subject)
            e.subjectIds = {subject};
        x.employments.append(e);
        return TeacherRepository(t.db()).insert(x);
    }

    qint64 rmo(qint64 head = 0, qint64 secretary = 0)
    {
        Association a;
        a.kind = AssociationKind::Rmo;
        a.level = AssociationLevel::Municipal;
        a.name = u"РМО учителей математики"_s;
        a.subjectId = maths;
        a.direction = u"математика"_s;
        a.headId = head;
        a.secretaryId = secretary;
        a.activeFrom = 2020;
        return AssociationRepository(t.db()).insert(a);
    }
};

AgendaItem item(const QString &title)
{
    AgendaItem a;
    a.title = title;
    a.speaker = u"Иванова М.П."_s;
    a.heard = u"доклад"_s;
    a.decided = u"Принять к сведению."_s;
    return a;
}

} // namespace

TEST_CASE("Members are counted at a date: joining and leaving days", "[associations]")
{
    District d;
    const qint64 a = d.teacher(u"Антонова"_s), b = d.teacher(u"Белова"_s), c = d.teacher(u"Волкова"_s);
    const qint64 rmo = d.rmo(a);
    AssociationRepository repo(d.t.db());
    repo.addMember({0, rmo, a, {}, {}});
    const qint64 bm = repo.addMember({0, rmo, b, QDate(2025, 9, 1), {}});
    repo.addMember({0, rmo, c, QDate(2026, 10, 1), {}});

    CHECK(repo.membersOn(rmo, QDate(2025, 8, 31)) == QList<qint64>{a});
    CHECK(repo.membersOn(rmo, QDate(2025, 9, 1)).size() == 2);
    CHECK(repo.membersOn(rmo, QDate(2026, 11, 1)).size() == 3);
    repo.endMembership(bm, QDate(2026, 10, 15));
    // The day of leaving is no longer a member day; the history stays.
    CHECK(repo.membersOn(rmo, QDate(2026, 10, 14)).contains(b));
    CHECK_FALSE(repo.membersOn(rmo, QDate(2026, 10, 15)).contains(b));
    // The counts of a list say the same in one query.
    CHECK(repo.memberCountsOn(QDate(2026, 10, 14)).value(rmo) == 3);
    CHECK(repo.memberCountsOn(QDate(2026, 10, 15)).value(rmo) == 2);
    CHECK(repo.memberCountsOn(QDate(2025, 8, 31)).value(rmo) == 1);
    CHECK(repo.members(rmo).size() == 3);
    CHECK(repo.associationsOf(b, QDate(2026, 1, 1)) == QList<qint64>{rmo});
    CHECK(repo.associationsOf(b, QDate(2026, 11, 1)).isEmpty());

    // A second membership overlapping the first is refused, naming the teacher.
    CHECK_THROWS_WITH(repo.addMember({0, rmo, a, QDate(2026, 1, 1), {}}), Catch::Contains("Антонова"));
    // Rejoining after leaving is fine.
    CHECK_NOTHROW(repo.addMember({0, rmo, b, QDate(2026, 11, 1), {}}));
    CHECK(repo.membersOn(rmo, QDate(2026, 11, 2)).contains(b));
    CHECK_THROWS_WITH(repo.endMembership(bm, QDate(2024, 1, 1)), Catch::Contains("Left"));

    // The list put back whole (undo): the same people and dates.
    const QList<AssociationMember> before = repo.members(rmo);
    repo.removeMember(bm);
    repo.replaceMembers(rmo, before);
    QList<AssociationMember> after = repo.members(rmo);
    REQUIRE(after.size() == 4);
    for (int i = 0; i < 4; ++i) {
        CHECK(after.at(i).teacherId == before.at(i).teacherId);
        CHECK(after.at(i).joined == before.at(i).joined);
        CHECK(after.at(i).left == before.at(i).left);
    }
    // An overlapping list is refused whole, the stored one stays.
    QList<AssociationMember> twice = before;
    twice.append(before.constFirst());
    CHECK_THROWS(repo.replaceMembers(rmo, twice));
    CHECK(repo.members(rmo).size() == 4);
}

TEST_CASE("An association is checked before it is stored", "[associations]")
{
    District d;
    AssociationRepository repo(d.t.db());
    Association shmo;
    shmo.kind = AssociationKind::Shmo;
    shmo.level = AssociationLevel::School;
    shmo.name = u"ШМО учителей математики"_s;
    CHECK_THROWS_WITH(repo.insert(shmo), Catch::Contains("Organisation"));
    shmo.organisationId = d.school;
    const qint64 id = repo.insert(shmo);
    CHECK(repo.get(id) == Association{id, AssociationKind::Shmo, AssociationLevel::School,
                                      u"ШМО учителей математики"_s, d.school, 0, {}, 0, 0, 0, 0, {}});
    Association rmo;
    rmo.level = AssociationLevel::School;
    rmo.organisationId = d.school;
    rmo.name = u"РМО"_s;
    CHECK_THROWS_WITH(repo.insert(rmo), Catch::Contains("Level"));
    rmo.level = AssociationLevel::Municipal;
    rmo.organisationId = 0;
    rmo.activeFrom = 2026;
    rmo.activeTo = 2024;
    CHECK_THROWS_WITH(repo.insert(rmo), Catch::Contains("Active to"));
    CHECK(repo.all().size() == 1);
}

TEST_CASE("Copy from last year makes next year's draft of the plan", "[associations][plans]")
{
    District d;
    const qint64 rmo = d.rmo();
    PlanRepository plans(d.t.db());
    MethodicalPlan p;
    p.kind = PlanKind::RmoYear;
    p.associationId = rmo;
    p.startYear = 2026;
    p.title = u"План работы РМО учителей математики на 2026/2027 учебный год"_s;
    p.approval = {u"Директор МКУ «ИМЦ»"_s, u"Н.В. Орлова"_s, QDate(2026, 8, 28)};
    p.review = {u"на заседании РМО"_s, QDate(2026, 5, 20), u"5"_s};
    PlanItem first;
    first.title = u"Анализ результатов ОГЭ и ЕГЭ"_s;
    first.form = u"заседание"_s;
    first.from = QDate(2026, 8, 27);
    first.isMeeting = true;
    PlanItem second;
    second.title = u"Функциональная грамотность: от проблем к результатам"_s;
    second.term = u"ноябрь"_s;
    second.isMeeting = true;
    p.items = {first, second};
    const qint64 id = plans.insert(p);
    CHECK(plans.hasPlanForYear(rmo, 2026));
    CHECK_FALSE(plans.hasPlanForYear(rmo, 2027));
    CHECK(plans.get(id).review == p.review);
    CHECK(plans.itemCounts().value(id) == 2);

    const qint64 next = plans.copyToNextYear(id);
    const MethodicalPlan copy = plans.get(next);
    CHECK(copy.startYear == 2027);
    CHECK(copy.title == u"План работы РМО учителей математики на 2027/2028 учебный год"_s);
    CHECK_FALSE(copy.approval.date.isValid());
    // Reviewed anew: the body stays, the protocol goes.
    CHECK(copy.review == PlanReview{u"на заседании РМО"_s, {}, {}});
    REQUIRE(copy.items.size() == 2);
    CHECK(copy.items.at(0).title == first.title);
    CHECK(copy.items.at(0).from == QDate(2027, 8, 27));
    CHECK(copy.items.at(1).term == u"ноябрь"_s);
    CHECK(copy.items.at(0).id != plans.get(id).items.at(0).id);
    CHECK(plans.hasPlanForYear(rmo, 2027));
    // The original is untouched, and a second copy for 2027 is refused.
    CHECK(plans.get(id).approval.date == QDate(2026, 8, 28));
    CHECK_THROWS_WITH(plans.copyToNextYear(id), Catch::Contains("2027/2028"));
}

TEST_CASE("Saving a plan keeps the ids of the items meetings refer to", "[associations][plans]")
{
    District d;
    const qint64 rmo = d.rmo();
    PlanRepository plans(d.t.db());
    MethodicalPlan p;
    p.associationId = rmo;
    p.startYear = 2026;
    p.title = u"План"_s;
    p.items = {PlanItem{0, 0, u"Заседание 1"_s, {}, {}, {}, {}, {}, {}, {}, true},
               PlanItem{0, 0, u"Заседание 2"_s, {}, {}, {}, {}, {}, {}, {}, true}};
    const qint64 id = plans.insert(p);
    MethodicalPlan stored = plans.get(id);
    const qint64 kept = stored.items.at(1).id;
    stored.items.removeFirst();
    stored.items.append(PlanItem{0, 0, u"Заседание 3"_s, {}, {}, {}, {}, {}, {}, {}, true});
    plans.update(stored);
    const MethodicalPlan after = plans.get(id);
    REQUIRE(after.items.size() == 2);
    CHECK(after.items.at(0).id == kept);
    CHECK(after.items.at(1).title == u"Заседание 3"_s);
    stored.stages = {u"Этап 1"_s};
    stored.items[0].stage = 2;
    CHECK_THROWS_WITH(plans.update(stored), Catch::Contains("stage 2"));
}

TEST_CASE("A snapshot taken before an item was removed brings the item back on update", "[associations][plans]")
{
    // Undo of an edit writes the plan as it was: its removed item has an id
    // the plan no longer holds and must come back as a new row, in its place.
    District d;
    PlanRepository plans(d.t.db());
    MethodicalPlan p;
    p.associationId = d.rmo();
    p.startYear = 2026;
    p.title = u"План"_s;
    p.items = {PlanItem{0, 0, u"Заседание 1"_s, {}, {}, {}, {}, {}, {}, {}, true},
               PlanItem{0, 0, u"Открытый урок"_s, {}, {}, {}, {}, {}, {}, {}, false}};
    const qint64 id = plans.insert(p);
    const MethodicalPlan before = plans.get(id);
    MethodicalPlan edited = before;
    edited.items.removeFirst();
    plans.update(edited);
    REQUIRE(plans.get(id).items.size() == 1);
    MethodicalPlan undone = before;
    undone.version = {}; // undo on a file writes unchecked (RowVersion::forUndo)
    plans.update(undone);
    const MethodicalPlan back = plans.get(id);
    REQUIRE(back.items.size() == 2);
    CHECK(back.items.at(0).title == u"Заседание 1"_s);
    CHECK(back.items.at(0).isMeeting);
    CHECK(back.items.at(1).id == before.items.at(1).id); // the one that stayed keeps its id
}

TEST_CASE("A removed plan is restored under its old id and a taken year is refused", "[associations][plans]")
{
    District d;
    PlanRepository plans(d.t.db());
    MethodicalPlan p;
    p.associationId = d.rmo();
    p.startYear = 2026;
    p.title = u"План"_s;
    p.stages = {u"Этап 1"_s};
    p.items = {PlanItem{0, 1, u"Заседание 1"_s, {}, {}, {}, {}, {}, {}, {}, true}};
    const qint64 id = plans.insert(p);
    const MethodicalPlan stored = plans.get(id);
    plans.remove(id);
    plans.restore(stored);
    MethodicalPlan back = plans.get(id);
    CHECK(back.items.at(0).id != 0);
    back.items[0].id = stored.items.at(0).id; // items are new rows
    CHECK(back == stored);
    CHECK_THROWS_WITH(plans.restore(stored), Catch::Contains("2026/2027"));
}

TEST_CASE("The next meeting of a plan is numbered after the meetings already in it", "[associations][plans]")
{
    MethodicalPlan p;
    CHECK(PlanRules::nextMeetingNumber(p) == 1);
    p.items = {PlanItem{0, 0, u"Заседание № 1"_s, {}, {}, {}, {}, {}, {}, {}, true},
               PlanItem{0, 0, u"Открытый урок"_s, {}, {}, {}, {}, {}, {}, {}, false},
               PlanItem{0, 0, u"Заседание № 2"_s, {}, {}, {}, {}, {}, {}, {}, true}};
    CHECK(PlanRules::nextMeetingNumber(p) == 3);
    p.stages = {u"Этап 1"_s, u" "_s};
    CHECK(PlanRules::check(p).contains(u"Stage 2: the title is empty."_s));
}

TEST_CASE("Protocols are numbered per association and academic year in date order", "[associations][meetings]")
{
    District d;
    const qint64 rmo = d.rmo();
    Association other;
    other.name = u"РМО учителей русского языка"_s;
    const qint64 rmo2 = AssociationRepository(d.t.db()).insert(other);
    MeetingRepository meetings(d.t.db());
    auto meet = [&](qint64 association, QDate day) {
        Meeting m;
        m.associationId = association;
        m.date = day;
        m.agenda = {item(u"Вопрос"_s)};
        return meetings.insert(m);
    };
    const qint64 may = meet(rmo, {2026, 5, 20});       // 2025/2026: its second
    const qint64 november = meet(rmo, {2025, 11, 3});  // 2025/2026: first
    const qint64 august = meet(rmo, {2026, 8, 31});    // 2025/2026: third (the year ends in August)
    const qint64 september = meet(rmo, {2026, 9, 1});  // 2026/2027: numbering starts anew
    const qint64 otherFirst = meet(rmo2, {2026, 10, 1}); // another association counts on its own
    const qint64 october = meet(rmo, {2026, 10, 15});
    CHECK(meetings.protocolNumber(november) == 1);
    CHECK(meetings.protocolNumber(may) == 2);
    CHECK(meetings.protocolNumber(august) == 3);
    CHECK(meetings.protocolNumber(september) == 1);
    CHECK(meetings.protocolNumber(october) == 2);
    CHECK(meetings.protocolNumber(otherFirst) == 1);
    // A meeting entered later for an earlier day takes its place in the order.
    const qint64 earlier = meet(rmo, {2026, 9, 20});
    CHECK(meetings.protocolNumber(earlier) == 2);
    CHECK(meetings.protocolNumber(october) == 3);
    meetings.remove(earlier);
    CHECK(meetings.protocolNumber(october) == 2);
    CHECK_THROWS(meetings.protocolNumber(earlier));
}

TEST_CASE("Two protocols of one association on the same day get consecutive numbers, the first entered first",
          "[associations][meetings]")
{
    District d;
    const qint64 rmo = d.rmo();
    Association other;
    other.name = u"РМО учителей русского языка"_s;
    const qint64 rmo2 = AssociationRepository(d.t.db()).insert(other);
    MeetingRepository meetings(d.t.db());
    auto meet = [&](qint64 association, QDate day) {
        Meeting m;
        m.associationId = association;
        m.date = day;
        m.agenda = {item(u"Вопрос"_s)};
        return meetings.insert(m);
    };
    // Both on 15.10.2026 (academic year 2026/2027): two protocols, № 1 and № 2,
    // never two protocols № 1 of one association.
    const qint64 morning = meet(rmo, {2026, 10, 15});
    const qint64 afternoon = meet(rmo, {2026, 10, 15});
    const qint64 otherSameDay = meet(rmo2, {2026, 10, 15}); // another association: its own № 1
    CHECK(meetings.protocolNumber(morning) == 1);
    CHECK(meetings.protocolNumber(afternoon) == 2);
    CHECK(meetings.protocolNumber(otherSameDay) == 1);
    // A meeting entered later for an earlier day of the year comes first:
    // 01.10 is № 1, the two of 15.10 move to № 2 and № 3 in the same order.
    const qint64 earlier = meet(rmo, {2026, 10, 1});
    CHECK(meetings.protocolNumber(earlier) == 1);
    CHECK(meetings.protocolNumber(morning) == 2);
    CHECK(meetings.protocolNumber(afternoon) == 3);
    // The first of the day removed: the second takes its number.
    meetings.remove(morning);
    CHECK(meetings.protocolNumber(afternoon) == 2);

    // The rule itself orders the day by id, not by the order of the list.
    Meeting a, b;
    a.id = 7;
    b.id = 9;
    a.associationId = b.associationId = 1;
    a.date = b.date = QDate(2026, 10, 15);
    const QHash<qint64, int> numbers = MeetingRules::protocolNumbers({b, a});
    CHECK(numbers.value(7) == 1);
    CHECK(numbers.value(9) == 2);
}

TEST_CASE("A meeting keeps its attendance, guests and agenda with votes", "[associations][meetings]")
{
    District d;
    const qint64 a = d.teacher(u"Антонова"_s), b = d.teacher(u"Белова"_s), c = d.teacher(u"Волкова"_s);
    const qint64 rmo = d.rmo(a, b);
    AssociationRepository members(d.t.db());
    for (qint64 x : {a, b, c})
        members.addMember({0, rmo, x, QDate(2025, 9, 1), {}});
    Meeting m;
    m.associationId = rmo;
    m.date = QDate(2026, 11, 10);
    m.place = u"МБОУ СОШ № 1"_s;
    m.attendees = {a, b};
    m.guests = {u"Орлова Н.В., методист ИМЦ"_s};
    AgendaItem voted = item(u"Об утверждении плана"_s);
    voted.voted = true;
    voted.votesFor = 2;
    m.agenda = {item(u"Анализ ОГЭ"_s), voted};
    MeetingRepository meetings(d.t.db());
    const qint64 id = meetings.insert(m);
    m.id = id;
    const Meeting stored = meetings.get(id);
    CHECK(stored.attendees == QList<qint64>{a, b});
    CHECK(stored.guests == m.guests);
    REQUIRE(stored.agenda.size() == 2);
    CHECK_FALSE(stored.agenda.at(0).voted);
    CHECK(stored.agenda.at(1).voted);
    CHECK(stored.agenda.at(1).votesFor == 2);

    const ProtocolDocumentData data = AssociationReports::protocolData(d.t.db(), id);
    CHECK(data.members == 3);
    CHECK(data.present.size() == 2);
    REQUIRE(data.absent.size() == 1);
    CHECK(data.absent.first().fullName == u"Волкова Мария Петровна"_s);
    CHECK(data.headSignature == u"М.П.\u00A0Антонова"_s);
    CHECK(data.number == 1);

    Meeting bad = m;
    bad.date = QDate();
    CHECK_THROWS_WITH(meetings.update(bad), Catch::Contains("Date"));
}

TEST_CASE("A meeting from a plan item takes its date, form, topic and questions", "[associations][meetings]")
{
    PlanItem item;
    item.id = 42;
    item.title = u"Функциональная грамотность: от проблем к результатам\n"
                 "1. Анализ диагностических работ\n"
                 "\n"
                 "– Из опыта работы: читательская грамотность"_s;
    item.form = u"семинар-практикум"_s;
    item.from = QDate(2026, 11, 18);
    item.isMeeting = true;
    const Meeting m = MeetingRules::fromPlanItem(7, item);
    CHECK(m.id == 0);
    CHECK(m.associationId == 7);
    CHECK(m.planItemId == 42);
    CHECK(m.date == QDate(2026, 11, 18));
    CHECK(m.form == u"семинар-практикум"_s);
    CHECK(m.topic == u"Функциональная грамотность: от проблем к результатам"_s);
    REQUIRE(m.agenda.size() == 2); // blank lines skipped, numbering and dashes dropped
    CHECK(m.agenda.at(0).title == u"Анализ диагностических работ"_s);
    CHECK(m.agenda.at(1).title == u"Из опыта работы: читательская грамотность"_s);

    // A one-line title: the topic is the only question.
    item.title = u"Итоги года"_s;
    const Meeting single = MeetingRules::fromPlanItem(7, item);
    CHECK(single.topic == u"Итоги года"_s);
    REQUIRE(single.agenda.size() == 1);
    CHECK(single.agenda.at(0).title == u"Итоги года"_s);
}

TEST_CASE("More votes than members present is a problem", "[associations][meetings]")
{
    Meeting m;
    m.associationId = 1;
    m.date = QDate(2026, 11, 10);
    m.attendees = {11, 12, 13, 13}; // a duplicate tick counts once
    AgendaItem a = item(u"Об утверждении плана"_s);
    a.voted = true;
    a.votesFor = 2;
    a.votesAgainst = 1;
    m.agenda = {item(u"Анализ ОГЭ"_s), a};
    CHECK(MeetingRules::check(m).isEmpty());
    m.agenda[1].votesAbstained = 1; // 4 votes, 3 present
    const QStringList problems = MeetingRules::check(m);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(u"Agenda item 2"_s));
    m.agenda[1].voted = false; // no vote taken: the numbers are not printed, not checked
    CHECK(MeetingRules::check(m).isEmpty());
}

TEST_CASE("A removed meeting is restored under its old id when that is free", "[associations][meetings]")
{
    District d;
    const qint64 rmo = d.rmo();
    MeetingRepository meetings(d.t.db());
    Meeting m;
    m.associationId = rmo;
    m.date = QDate(2026, 10, 1);
    m.agenda = {item(u"Первый вопрос"_s), item(u"Второй вопрос"_s)};
    const qint64 first = meetings.insert(m);
    m.date = QDate(2026, 10, 20);
    const qint64 second = meetings.insert(m);
    Meeting snapshot = meetings.get(first); // agenda ids included: stale once removed
    meetings.remove(first);
    CHECK(meetings.restore(snapshot) == first);
    const Meeting back = meetings.get(first);
    REQUIRE(back.agenda.size() == 2);
    CHECK(back.agenda.at(1).title == u"Второй вопрос"_s);
    CHECK(back.date == QDate(2026, 10, 1));
    // Taken (here: by the other meeting): a new id instead.
    snapshot.id = second;
    const qint64 other = meetings.restore(snapshot);
    CHECK(other != second);
    CHECK(other != first);
    CHECK(meetings.get(second).date == QDate(2026, 10, 20));

    // The plan it held was deleted meanwhile: it comes back unplanned.
    PlanRepository plans(d.t.db());
    MethodicalPlan p;
    p.associationId = rmo;
    p.startYear = 2026;
    p.title = u"План"_s;
    p.items = {PlanItem{0, 0, u"Заседание № 1"_s, {}, {}, {}, {}, {}, {}, {}, true}};
    const qint64 planId = plans.insert(p);
    Meeting planned = meetings.get(second);
    planned.planItemId = plans.get(planId).items.at(0).id;
    meetings.update(planned);
    planned = meetings.get(second);
    meetings.remove(second);
    plans.remove(planId);
    REQUIRE_NOTHROW(meetings.restore(planned));
    CHECK(meetings.get(second).planItemId == 0);
}

TEST_CASE("Planned meetings held with a protocol are counted", "[associations][meetings]")
{
    District d;
    const qint64 rmo = d.rmo();
    PlanRepository plans(d.t.db());
    MethodicalPlan p;
    p.associationId = rmo;
    p.startYear = 2026;
    p.title = u"План"_s;
    for (int i = 1; i <= 4; ++i)
        p.items.append(PlanItem{0, 0, u"Заседание %1"_s.arg(i), {}, {}, {}, {}, {}, {}, {}, true});
    p.items.append(PlanItem{0, 0, u"Открытый урок"_s, {}, {}, {}, {}, {}, {}, {}, false});
    const qint64 id = plans.insert(p);
    const MethodicalPlan stored = plans.get(id);
    MeetingRepository meetings(d.t.db());
    Meeting held;
    held.associationId = rmo;
    held.date = QDate(2026, 10, 1);
    held.planItemId = stored.items.at(0).id;
    held.agenda = {item(u"Вопрос"_s)};
    meetings.insert(held);
    Meeting noProtocol = held; // recorded without an agenda: not yet a protocol
    noProtocol.planItemId = stored.items.at(1).id;
    noProtocol.agenda.clear();
    meetings.insert(noProtocol);
    const MeetingRepository::PlanProgress progress = meetings.progress(id);
    CHECK(progress.planned == 4);
    CHECK(progress.held == 1);
}

TEST_CASE("The ShMO hint lists subjects taught by more than two teachers without a ShMO", "[associations][hint]")
{
    District d;
    for (const QString &s : {u"Антонова"_s, u"Белова"_s, u"Волкова"_s})
        d.teacher(s, d.school, d.maths);
    d.teacher(u"Гусева"_s, d.school, d.russian);
    d.teacher(u"Дмитриева"_s, d.school, d.russian);
    for (const QString &s : {u"Егорова"_s, u"Жукова"_s, u"Зайцева"_s, u"Ильина"_s})
        d.teacher(s, d.lyceum, d.russian);
    QList<ShmoHint> hints = AssociationReports::shmoHints(d.t.db());
    REQUIRE(hints.size() == 2);
    CHECK(hints.at(0).organisation == u"МАОУ лицей № 2"_s);
    CHECK(hints.at(0).subject == u"русский язык"_s);
    CHECK(hints.at(0).teachers == 4);
    CHECK(hints.at(1).organisation == u"МБОУ СОШ № 1"_s);
    CHECK(hints.at(1).subject == u"математика"_s);
    CHECK(hints.at(1).teachers == 3); // two teachers of Russian are not enough

    // A ШМО named by its direction covers the subject.
    Association shmo;
    shmo.kind = AssociationKind::Shmo;
    shmo.level = AssociationLevel::School;
    shmo.organisationId = d.lyceum;
    shmo.name = u"ШМО гуманитарного цикла"_s;
    shmo.direction = u"Русский язык и литература"_s;
    AssociationRepository(d.t.db()).insert(shmo);
    hints = AssociationReports::shmoHints(d.t.db());
    REQUIRE(hints.size() == 1);
    CHECK(hints.at(0).subject == u"математика"_s);
    // A ШМО of the school by subject id covers mathematics.
    shmo.organisationId = d.school;
    shmo.name = u"ШМО математиков"_s;
    shmo.direction.clear();
    shmo.subjectId = d.maths;
    AssociationRepository(d.t.db()).insert(shmo);
    CHECK(AssociationReports::shmoHints(d.t.db()).isEmpty());
}

TEST_CASE("Migration from version 4 keeps the data and adds empty association tables", "[associations][migrations]")
{
    ClockScope clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v4.profrost"_s);
    REQUIRE(createAtVersion(path, 4, [](Database &old) {
        Query(old, u"INSERT INTO teacher (id, surname, name, category, category_date) VALUES"
                   " (1, 'Иванова', 'Мария', 'highest', '2022-12-15')"_s).exec();
        Query(old, u"INSERT INTO attestation_record (teacher_id, kind, category, granted, decided_by)"
                   " VALUES (1, 'category', 'highest', '2022-12-15', 'region')"_s).exec();
    }) == 4);
    Database db(path);
    REQUIRE(db.open() == Database::Opened::Migrated);
    CHECK(db.migratedFrom() == 4);
    CHECK(db.schemaVersion() == Migrations::latestVersion());
    CHECK(TeacherRepository(db).get(1).surname == u"Иванова"_s);
    CHECK(AttestationRepository(db).history(1).size() == 1);
    CHECK(AssociationRepository(db).all().isEmpty());
    CHECK(PlanRepository(db).headers().isEmpty());
    // The new tables work at once.
    Association a;
    a.name = u"РМО учителей математики"_s;
    const qint64 id = AssociationRepository(db).insert(a);
    AssociationRepository(db).addMember({0, id, 1, QDate(2026, 9, 1), {}});
    CHECK(AssociationRepository(db).membersOn(id, QDate(2026, 9, 2)) == QList<qint64>{1});
}

TEST_CASE("Migration from version 5 keeps the plans and adds their review block", "[associations][migrations]")
{
    ClockScope clock;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v5.profrost"_s);
    REQUIRE(createAtVersion(path, 5, [](Database &old) {
        Query(old, u"INSERT INTO methodical_plan (id, kind, title, start_year, approval_name, approval_date)"
                   " VALUES (1, 'centre_work', 'План работы МКУ «ИМЦ»', 2026, 'Н.В. Орлова', '2026-08-29')"_s).exec();
    }) == 5);
    Database db(path);
    REQUIRE(db.open() == Database::Opened::Migrated);
    CHECK(db.migratedFrom() == 5);
    MethodicalPlan plan = PlanRepository(db).get(1);
    CHECK(plan.title == u"План работы МКУ «ИМЦ»"_s);
    CHECK(plan.approval.date == QDate(2026, 8, 29));
    CHECK(plan.review == PlanReview{});
    plan.review = {u"на методическом совете"_s, QDate(2026, 8, 27), u"1"_s};
    PlanRepository(db).update(plan);
    CHECK(PlanRepository(db).get(1).review == plan.review);
}

TEST_CASE("The ShMO hint names a cycle taught by more than three teachers when none of its subjects has one",
          "[associations][hint]")
{
    CHECK(ShmoHints::cycleOf(u"История"_s) == u"гуманитарный"_s);
    CHECK(ShmoHints::cycleOf(u"химия"_s) == u"естественно-математический"_s);
    CHECK(ShmoHints::cycleOf(u"начальные классы"_s).isEmpty());

    District d;
    // Two of Russian, two of mathematics at the school: no subject has
    // more than two teachers, no cycle more than three.
    d.teacher(u"Антонова"_s, d.school, d.russian);
    d.teacher(u"Белова"_s, d.school, d.russian);
    d.teacher(u"Волкова"_s, d.school, d.maths);
    d.teacher(u"Гусева"_s, d.school, d.maths);
    CHECK(AssociationReports::shmoHints(d.t.db()).isEmpty());
    const qint64 history = DictionaryRepository(d.t.db()).ensureSubject(u"история"_s);
    d.teacher(u"Дмитриева"_s, d.school, history);
    d.teacher(u"Егорова"_s, d.school, history);
    QList<ShmoHint> hints = AssociationReports::shmoHints(d.t.db());
    REQUIRE(hints.size() == 1);
    CHECK(hints.at(0).cycle == u"гуманитарный"_s);
    CHECK(hints.at(0).subject == u"история, русский язык"_s);
    CHECK(hints.at(0).teachers == 4);
    CHECK(ShmoHints::suggestedName(hints.at(0)) == u"ШМО учителей гуманитарного цикла"_s);

    // A ШМО named after the cycle serves it.
    Association shmo;
    shmo.kind = AssociationKind::Shmo;
    shmo.level = AssociationLevel::School;
    shmo.organisationId = d.school;
    shmo.name = u"ШМО учителей гуманитарного цикла"_s;
    AssociationRepository(d.t.db()).insert(shmo);
    CHECK(AssociationReports::shmoHints(d.t.db()).isEmpty());
}

TEST_CASE("A new plan is next year's from April, titled after the association, approved as last time",
          "[associations][plans]")
{
    CHECK(PlanRules::academicYearOf(QDate(2026, 8, 31)) == 2025);
    CHECK(PlanRules::academicYearOf(QDate(2026, 9, 1)) == 2026);

    // In March the current year's plan; from April the coming year's.
    MethodicalPlan p = PlanRules::newPlan(7, u"РМО учителей математики"_s, QDate(2026, 3, 31), {});
    CHECK(p.kind == PlanKind::RmoYear);
    CHECK(p.startYear == 2025);
    p = PlanRules::newPlan(7, u"РМО учителей математики"_s, QDate(2026, 4, 1), {});
    CHECK(p.startYear == 2026);
    CHECK(p.title == u"План работы РМО учителей математики на 2026/2027 учебный год"_s);
    CHECK(p.review.body == u"на заседании РМО"_s);
    CHECK(p.approval.position == u"Директор МКУ «ИМЦ»"_s);

    // The association has this year's plan: next year's, with its approver.
    MethodicalPlan last;
    last.kind = PlanKind::RmoYear;
    last.startYear = 2026;
    last.approval = {u"Директор МКУ «ИМЦ» Ермаковского округа"_s, u"Н.В. Орлова"_s, QDate(2026, 8, 30)};
    MethodicalPlan older = last;
    older.startYear = 2025;
    older.approval.name = u"А.А. Прежняя"_s;
    p = PlanRules::newPlan(7, u"РМО"_s, QDate(2026, 11, 22), {last, older});
    CHECK(p.startYear == 2027);
    CHECK(p.approval.name == u"Н.В. Орлова"_s);
    CHECK(p.approval.position == u"Директор МКУ «ИМЦ» Ермаковского округа"_s);
    CHECK_FALSE(p.approval.date.isValid());

    // The centre's own: its work plan, no review block.
    p = PlanRules::newPlan(0, QString(), QDate(2026, 11, 22), {});
    CHECK(p.kind == PlanKind::CentreWork);
    CHECK(p.title == u"План работы МКУ «ИМЦ» на 2026/2027 учебный год"_s);
    CHECK(p.review.body.isEmpty());
}

TEST_CASE("The meetings offered to hold are this year's and later ones of the plans not held yet",
          "[associations][meetings]")
{
    const auto plan = [](int year, QList<qint64> itemIds) {
        MethodicalPlan p;
        p.startYear = year;
        for (qint64 id : itemIds)
            p.items.append(PlanItem{id, 0, u"Заседание"_s, {}, {}, {}, {}, {}, {}, {}, true});
        p.items.append(PlanItem{99, 0, u"Открытый урок"_s, {}, {}, {}, {}, {}, {}, {}, false});
        return p;
    };
    Meeting held;
    held.planItemId = 12;
    const QList<PlanItem> offered =
        MeetingRules::unheld({plan(2025, {1, 2}), plan(2026, {11, 12, 13}), plan(2027, {21})}, {held}, QDate(2026, 11, 22));
    QList<qint64> ids;
    for (const PlanItem &i : offered)
        ids << i.id;
    // Last year's are history; the held one and the open lesson are not offered.
    CHECK(ids == QList<qint64>{11, 13, 21});
}

TEST_CASE("The head and the secretary become members when they are not", "[associations]")
{
    Association a;
    a.id = 5;
    a.headId = 1;
    a.secretaryId = 2;
    QList<AssociationMember> members{{0, 5, 1, QDate(2024, 9, 1), {}},           // the head: a member
                                     {0, 5, 2, QDate(2020, 9, 1), QDate(2025, 5, 1)}}; // the secretary left
    CHECK(AssociationRules::addLeaders(a, members, QDate(2026, 11, 22)) == 1);
    REQUIRE(members.size() == 3);
    CHECK(members.at(2).teacherId == 2);
    CHECK(members.at(2).joined == QDate(2026, 11, 22));
    CHECK(AssociationRules::addLeaders(a, members, QDate(2026, 11, 22)) == 0);
    // One who joins on 1 December is not added again from today.
    CHECK(AssociationRules::memberOnOrLater({{0, 5, 3, QDate(2026, 12, 1), {}}}, 3, QDate(2026, 11, 22)));
    CHECK_FALSE(AssociationRules::memberOnOrLater({{0, 5, 3, QDate(2020, 9, 1), QDate(2021, 1, 1)}}, 3,
                                                  QDate(2026, 11, 22)));
}
