// Methodical events (issue 14, item 2; core/README.md «Methodical events»):
// what an event must hold, the words people write, the store, the counts
// of a period (different participants, guests apart) and the bulk add from
// a pasted list of names (unknown and ambiguous names reported, not guessed).
#include <catch2/catch.hpp>

#include "domain/MethodicalEvent.h"
#include "planning/EventCounts.h"
#include "planning/NameListMatch.h"
#include "store/Database.h"
#include "store/EventRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "util/Error.h"

#include <algorithm>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 22);

MethodicalEvent event(QDate starts, bool held, EventLevel level = EventLevel::Municipal,
                      EventKind kind = EventKind::Seminar)
{
    MethodicalEvent e;
    e.kind = kind;
    e.level = level;
    e.topic = u"Формирующее оценивание на уроке"_s;
    e.starts = starts;
    e.held = held;
    return e;
}

EventParticipant person(qint64 id, EventRole role = EventRole::Listener) { return {id, role}; }

TeacherRow teacher(qint64 id, const QString &surname, const QString &name, const QString &patronymic,
                   const QString &organisations)
{
    TeacherRow r;
    r.id = id;
    r.surname = surname;
    r.name = name;
    r.patronymic = patronymic;
    r.organisations = organisations;
    return r;
}

} // namespace

TEST_CASE("An event needs a topic and a first day, ends after it starts, and is held only once begun", "[events]")
{
    MethodicalEvent e = event(QDate(2026, 11, 20), true);
    CHECK(EventRules::check(e, kToday).isEmpty());
    e.ends = QDate(2026, 11, 19);
    CHECK(EventRules::check(e, kToday) == QStringList{u"The event ends before it starts."_s});
    e.ends = {};
    e.starts = QDate(2026, 11, 23); // tomorrow: may be planned, not held
    CHECK(EventRules::check(e, kToday) == QStringList{u"An event that starts on 23.11.2026 cannot be held yet."_s});
    e.held = false;
    CHECK(EventRules::check(e, kToday).isEmpty());
    e.starts = kToday;
    e.held = true; // begins today: held today
    CHECK(EventRules::check(e, kToday).isEmpty());
    e.topic = u"  "_s;
    e.participants = {person(1), person(1, EventRole::Speaker)};
    e.hours = -1;
    CHECK(EventRules::check(e, kToday)
          == QStringList({u"Give the topic of the event."_s, u"The hours cannot be negative."_s,
                          u"A teacher is listed twice among the participants."_s}));
}

TEST_CASE("Event kinds, levels and roles are read as people write them", "[events]")
{
    EventKind kind = EventKind::Other;
    CHECK(EventText::parse(u"Мастер класс"_s, &kind));
    CHECK(kind == EventKind::MasterClass);
    CHECK(EventText::parse(u"МЕТОДИЧЕСКИЙ ДЕСАНТ"_s, &kind));
    CHECK(kind == EventKind::MethodicalLanding);
    CHECK_FALSE(EventText::parse(u"экскурсия"_s, &kind));
    EventLevel level = EventLevel::School;
    CHECK(EventText::parse(u"краевой"_s, &level));
    CHECK(level == EventLevel::Regional);
    EventRole role = EventRole::Listener;
    CHECK(EventText::parse(u"докладчик"_s, &role));
    CHECK(role == EventRole::Speaker);
    CHECK(EventText::russian(EventKind::MiniCourse) == u"мини-курс"_s);
    CHECK(EventText::allKinds().size() == 10);
    CHECK(EventText::allLevels().size() == 5);
}

TEST_CASE("Events are stored whole with their participants and guests, found by period and by teacher",
          "[events][store]")
{
    ClockScope clock;
    TempDatabase t;
    TeacherRepository teachers(t.db());
    QList<qint64> ids;
    for (const QString &surname : {u"Иванова"_s, u"Петрова"_s, u"Сидорова"_s}) {
        Teacher person;
        person.surname = surname;
        person.name = u"Анна"_s;
        ids << teachers.insert(person);
    }
    EventRepository repo(t.db());
    MethodicalEvent seminar = event(QDate(2026, 10, 1), true);
    seminar.ends = QDate(2026, 10, 2);
    seminar.organiser = u"МКУ ИМЦ"_s;
    seminar.place = u"МБОУ СОШ № 1"_s;
    seminar.audience = u"учителя математики"_s;
    seminar.hours = 6.5;
    seminar.participants = {person(ids[0], EventRole::Organiser), person(ids[1], EventRole::Speaker),
                            person(ids[2])};
    seminar.guests = {{u"Кузнецова Е.В."_s, u"КК ИПК"_s, EventRole::Speaker}};
    seminar.id = repo.save(seminar, kToday);
    CHECK(repo.get(seminar.id) == seminar);

    MethodicalEvent planned = event(QDate(2027, 3, 15), false, EventLevel::InterMunicipal, EventKind::MiniCourse);
    planned.participants = {person(ids[0])};
    planned.id = repo.save(planned, kToday);
    CHECK(repo.between(QDate(2026, 10, 1), QDate(2026, 10, 1)) == QList<MethodicalEvent>{seminar}); // first day counts
    CHECK(repo.between(QDate(2026, 10, 2), {}) == QList<MethodicalEvent>{planned}); // by the first day, not the last
    CHECK(repo.ofTeacher(ids[0]).size() == 2);
    CHECK(repo.ofTeacher(ids[2]) == QList<MethodicalEvent>{seminar});

    // A change replaces the participants; a refused one changes nothing.
    seminar.participants.removeLast();
    seminar.guests.clear();
    repo.save(seminar, kToday);
    CHECK(repo.get(seminar.id) == seminar);
    CHECK(repo.ofTeacher(ids[2]).isEmpty());
    MethodicalEvent bad = seminar;
    bad.participants << person(ids[0]);
    CHECK_THROWS_WITH(repo.save(bad, kToday), Catch::Contains("listed twice"));
    CHECK(repo.get(seminar.id) == seminar);

    // Deleted, then brought back with its id (undo).
    repo.remove(seminar.id);
    CHECK_FALSE(repo.get(seminar.id));
    CHECK(repo.ofTeacher(ids[1]).isEmpty());
    CHECK(repo.save(seminar, kToday) == seminar.id);
    CHECK(repo.get(seminar.id) == seminar);
}

TEST_CASE("A period counts its held events and different participants, guests apart", "[events]")
{
    const QDate from(2026, 9, 1), to(2026, 12, 31);
    MethodicalEvent a = event(from, true); // on the first day: counted
    a.participants = {person(1, EventRole::Speaker), person(2), person(3)};
    a.guests = {{u"Гость 1"_s, {}, EventRole::Speaker}};
    MethodicalEvent b = event(QDate(2026, 10, 5), true, EventLevel::Regional, EventKind::Conference);
    b.participants = {person(1), person(4, EventRole::Organiser)};
    b.guests = {{u"Гость 1"_s, {}, EventRole::Listener}, {u"Гость 2"_s, {}, EventRole::Listener}};
    MethodicalEvent c = event(to, true); // on the last day: counted
    c.participants = {person(2), person(5)};
    MethodicalEvent planned = event(QDate(2026, 11, 1), false); // not held: not counted
    planned.participants = {person(6)};
    MethodicalEvent before = event(from.addDays(-1), true); // the day before: not counted
    before.participants = {person(7)};

    const EventCounts counts = EventCounts::of({a, b, c, planned, before}, from, to);
    CHECK(counts.total.events == 3);
    CHECK(counts.total.participants == 5); // 1, 2, 3, 4, 5: teacher 1 and 2 came twice
    CHECK(counts.total.speakers == 2);     // 1 spoke, 4 organised
    CHECK(counts.total.guests == 3);       // places, event by event
    REQUIRE(counts.byLevel.contains(EventLevel::Municipal));
    CHECK(counts.byLevel.value(EventLevel::Municipal).events == 2);
    CHECK(counts.byLevel.value(EventLevel::Municipal).participants == 4); // 1, 2, 3, 5
    CHECK(counts.byLevel.value(EventLevel::Regional).participants == 2);
    CHECK(counts.byKind.value(EventKind::Conference).speakers == 1);
    CHECK_FALSE(counts.byLevel.contains(EventLevel::Federal));
}

TEST_CASE("A pasted list of names finds the registry's teachers and reports the unknown and the ambiguous",
          "[events]")
{
    const QList<TeacherRow> registry = {
        teacher(1, u"Иванова"_s, u"Мария"_s, u"Петровна"_s, u"СОШ № 1"_s),
        teacher(2, u"Иванова"_s, u"Марина"_s, u"Павловна"_s, u"СОШ № 2"_s),
        teacher(3, u"Петров"_s, u"Сергей"_s, u"Николаевич"_s, u"СОШ № 1"_s),
        teacher(4, u"Сидорова"_s, u"Анна"_s, u"Викторовна"_s, u"Детский сад № 3"_s),
        teacher(5, u"Семёнова"_s, u"Ольга"_s, u"Юрьевна"_s, u"ДДТ"_s),
    };
    const QString pasted = u"1. Петров Сергей Николаевич\n"
                           "2) Иванова М.П.\n"
                           "\n"
                           "№ 3 Иванова М. П., СОШ № 2\n"
                           "сидорова анна викторовна\n"
                           "М.П. Иванова (СОШ № 1)\n"
                           "Семенова О.Ю. — ДДТ\n"
                           "Смирнов Иван Иванович\n"
                           "Петров С.Н.\n"_s;
    const NameListMatch m = NameListMatch::match(pasted, registry);
    CHECK(m.found == QList<qint64>({3, 2, 4, 1, 5}));
    REQUIRE(m.ambiguous.size() == 1);
    CHECK(m.ambiguous[0].line == 2);
    CHECK(m.ambiguous[0].text == u"2) Иванова М.П."_s);
    CHECK(m.ambiguous[0].candidates == QList<qint64>({1, 2}));
    REQUIRE(m.unknown.size() == 1);
    CHECK(m.unknown[0].line == 8);
    CHECK(m.unknown[0].text == u"Смирнов Иван Иванович"_s);
    CHECK(m.repeated == 1); // «Петров С.Н.» is Петров again
}
