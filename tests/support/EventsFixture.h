#pragma once

// A small district for the printed events and competition results (core
// and CLI tests), on 02.12.2026. The report's period in the tests is
// 01.09.2026–30.11.2026.
// Events (all of them in СОШ № 1 unless said):
// - 31.08.2026, conference, regional, held: Иванова — the day before the period, out;
// - 01.09.2026, seminar, municipal, held (the first day): Иванова speaker,
//   Андреева listener, Петрова organiser, the guest Смирнов (КГПУ) speaker
//   — «4 (3)», one guest;
// - 15.10.2026, webinar, municipal, held: Иванова and Андреева listeners — «2 (0)»;
// - 20.11.2026, open lesson, school, still planned: out of the report;
// - 30.11.2026–01.12.2026, master class, school, held (the last day):
//   Андреева listener, Васильев speaker — «2 (1)»;
// - 10.12.2026, round table, municipal, planned: on the schedule.
// The period's totals: 3 events, 4 different teachers (Андреева at three
// events once), 3 speakers, 1 guest; seminars 1/3/2/1, webinars 1/2/0/0,
// master classes 1/2/1/0; municipal 2/3/2/1, school 1/2/1/0.
// Competition «Педагогический дебют» 2026, municipal and regional stages,
// nominations «Учитель» and «Педагог дополнительного образования»: at the
// municipal stage Васильев (Учитель) and Петрова (Педагог доп.) winners,
// Иванова (Педагог доп.) prizewinner, Андреева (Учитель) participant; at the
// regional stage Васильев laureate. Header-only.

#include "domain/CentreCard.h"
#include "domain/Competition.h"
#include "domain/MethodicalEvent.h"
#include "store/CentreCardRepository.h"
#include "store/CompetitionRepository.h"
#include "store/DictionaryRepository.h"
#include "store/EventRepository.h"
#include "store/OrganisationRepository.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"

#include <QHash>

namespace profrost::test {

struct EventsFixture
{
    static QDate day() { return QDate(2026, 12, 2); }
    static QDate from() { return QDate(2026, 9, 1); }
    static QDate to() { return QDate(2026, 11, 30); }

    ClockScope clock{day()};
    TempDatabase t;
    QHash<QString, qint64> id; // by surname
    qint64 competition = 0;

    EventsFixture()
    {
        const auto s = [](const char *text) { return QString::fromUtf8(text); };
        DictionaryRepository dict(t.db());
        const qint64 municipality = dict.ensureMunicipality(s("Ермаковский район"));
        Organisation o;
        o.name = s("МБОУ СОШ № 1");
        o.shortName = s("СОШ № 1");
        o.municipalityId = municipality;
        const qint64 school = OrganisationRepository(t.db()).insert(o);
        const qint64 teacher = dict.ensurePosition(s("учитель"), PositionKind::Pedagogical);
        const qint64 maths = dict.ensureSubject(s("математика"));
        for (const char *name : {"Иванова Мария Петровна", "Петрова Наталья Сергеевна", "Андреева Ольга Игоревна",
                                 "Васильев Дмитрий Олегович"}) {
            const QStringList parts = s(name).split(u' ');
            Teacher x;
            x.surname = parts.at(0);
            x.name = parts.at(1);
            x.patronymic = parts.at(2);
            x.birthDate = QDate(1990, 1, 1);
            x.experienceStart = QDate(2015, 9, 1);
            Employment e;
            e.organisationId = school;
            e.positionId = teacher;
            e.subjectIds = {maths};
            e.hired = x.experienceStart;
            x.employments = {e};
            id.insert(x.surname, TeacherRepository(t.db()).insert(x));
        }

        using R = EventRole;
        event(QDate(2026, 8, 31), {}, EventKind::Conference, EventLevel::Regional, s("Функциональная грамотность"),
              true, {{s("Иванова"), R::Speaker}});
        const qint64 seminar =
            event(QDate(2026, 9, 1), {}, EventKind::Seminar, EventLevel::Municipal,
                  s("Формирующее оценивание на уроке математики"), true,
                  {{s("Иванова"), R::Speaker}, {s("Андреева"), R::Listener}, {s("Петрова"), R::Organiser}});
        {
            EventRepository events(t.db());
            MethodicalEvent e = *events.get(seminar);
            e.guests = {{s("Смирнов Олег Павлович"), s("КГПУ им. В.П. Астафьева"), R::Speaker}};
            events.save(e, day());
        }
        event(QDate(2026, 10, 15), {}, EventKind::Webinar, EventLevel::Municipal, s("Подготовка к ОГЭ по математике"),
              true, {{s("Иванова"), R::Listener}, {s("Андреева"), R::Listener}});
        event(QDate(2026, 11, 20), {}, EventKind::OpenLesson, EventLevel::School, s("Урок открытия нового знания"),
              false, {});
        event(QDate(2026, 11, 30), QDate(2026, 12, 1), EventKind::MasterClass, EventLevel::School,
              s("Цифровые инструменты учителя"), true, {{s("Андреева"), R::Listener}, {s("Васильев"), R::Speaker}});
        event(QDate(2026, 12, 10), {}, EventKind::RoundTable, EventLevel::Municipal, s("Наставничество в школе"), false,
              {});

        Competition c;
        c.name = s("Педагогический дебют");
        c.year = 2026;
        c.stages = {CompetitionLevel::Municipal, CompetitionLevel::Regional};
        c.nominations = {s("Учитель"), s("Педагог дополнительного образования")};
        using L = CompetitionLevel;
        using C = CompetitionResult;
        c.entries = {entry(s("Андреева"), s("Учитель"), {{L::Municipal, C::Participant}}),
                     entry(s("Васильев"), s("Учитель"), {{L::Municipal, C::Winner}, {L::Regional, C::Laureate}}),
                     entry(s("Иванова"), s("Педагог дополнительного образования"), {{L::Municipal, C::Prizewinner}}),
                     entry(s("Петрова"), s("Педагог дополнительного образования"), {{L::Municipal, C::Winner}})};
        competition = CompetitionRepository(t.db()).save(c);

        CentreCard card;
        card.municipality = s("Ермаковский муниципальный округ");
        card.headPosition = s("Директор МКУ «ИМЦ»");
        card.headName = s("Орлова Наталья Викторовна");
        card.signers.insert(SignedDocument::Events, {s("Методист"), s("Лебедева Анна Викторовна")});
        CentreCardRepository(t.db()).save(card);
    }

    qint64 event(QDate starts, QDate ends, EventKind kind, EventLevel level, const QString &topic, bool held,
                 const QList<QPair<QString, EventRole>> &people)
    {
        MethodicalEvent e;
        e.kind = kind;
        e.level = level;
        e.topic = topic;
        e.starts = starts;
        e.ends = ends;
        e.held = held;
        e.organiser = QString::fromUtf8("РМО учителей математики");
        e.place = QString::fromUtf8("МБОУ СОШ № 1");
        e.audience = QString::fromUtf8("учителя математики");
        for (const auto &p : people)
            e.participants.append({id.value(p.first), p.second});
        return EventRepository(t.db()).save(e, day());
    }

    CompetitionEntry entry(const QString &surname, const QString &nomination,
                           const QMap<CompetitionLevel, CompetitionResult> &results)
    {
        CompetitionEntry e;
        e.teacherId = id.value(surname);
        e.nomination = nomination;
        e.results = results;
        return e;
    }
};

} // namespace profrost::test
