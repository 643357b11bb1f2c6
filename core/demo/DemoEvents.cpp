#include "demo/DemoEvents.h"

#include "demo/DemoRandom.h"
#include "domain/DateText.h"
#include "store/AssociationRepository.h"
#include "store/CentreCardRepository.h"
#include "store/EventRepository.h"
#include "store/OrganisationRepository.h"
#include "store/TeacherRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost::demo {

namespace {

const QStringList &seminarTopics()
{
    static const QStringList list = {
        u"Формирующее оценивание на уроке: приёмы и инструменты"_s,
        u"Работа с рабочими программами по обновлённым ФГОС и ФОП"_s,
        u"Функциональная грамотность: задания и их оценивание"_s,
        u"Подготовка обучающихся к ГИА: анализ типичных ошибок"_s,
        u"Цифровые образовательные ресурсы ФГИС «Моя школа» на уроке"_s,
        u"Индивидуализация обучения детей с ОВЗ"_s,
    };
    return list;
}

const QStringList &masterTopics()
{
    static const QStringList list = {
        u"Приёмы смыслового чтения на уроке"_s,
        u"Проектная задача как форма оценивания"_s,
        u"Игровые технологии в работе с дошкольниками"_s,
        u"Кейс-метод на уроке"_s,
    };
    return list;
}

class Builder
{
public:
    Builder(Database &db, quint32 seed, QDate today)
        : m_db(db), m_random(seed ^ 0x45564e54u), m_today(today), m_year(DateText::academicYearStart(today))
    {
    }

    int run()
    {
        m_centre = CentreCardRepository(m_db).load().shortName;
        if (m_centre.isEmpty())
            m_centre = u"МКУ «ИМЦ»"_s;
        AssociationRepository associations(m_db);
        for (const Association &a : associations.all()) {
            if (a.kind == AssociationKind::Rmo)
                m_rmo << a;
        }
        for (const Organisation &o : OrganisationRepository(m_db).all()) {
            if (o.lowResults)
                m_lowResults << o;
            if (o.type == OrganisationType::School)
                m_schools << o;
        }
        for (const TeacherRow &r : TeacherRepository(m_db).rows(m_today)) {
            if (r.pedagogical)
                m_teachers << r.id;
        }
        for (int year : {m_year - 1, m_year})
            yearOf(year);
        return m_count;
    }

private:
    QDate dayIn(int year, int month) const
    {
        const int y = month >= 9 ? year : year + 1;
        return QDate(y, month, 1);
    }

    // A working day of the month, not a weekend.
    QDate workingDay(int year, int month)
    {
        QDate d = dayIn(year, month).addDays(m_random.between(4, 24));
        while (d.dayOfWeek() > 5)
            d = d.addDays(1);
        return d;
    }

    void write(MethodicalEvent e)
    {
        e.held = e.starts <= m_today;
        EventRepository(m_db).save(e, m_today);
        ++m_count;
    }

    // `count` of the teachers, drawn without repeats.
    QList<EventParticipant> drawn(const QList<qint64> &from, int count, int speakers)
    {
        QList<qint64> pool = from;
        m_random.shuffle(pool);
        QList<EventParticipant> out;
        for (int i = 0; i < std::min<int>(count, int(pool.size())); ++i)
            out << EventParticipant{pool[i], i < speakers ? EventRole::Speaker : EventRole::Listener};
        return out;
    }

    void yearOf(int year)
    {
        AssociationRepository associations(m_db);
        // The August conference opens the year (held in the last days of August before it).
        MethodicalEvent conference;
        conference.kind = EventKind::Conference;
        conference.level = EventLevel::Municipal;
        conference.topic = u"Августовская педагогическая конференция «Современная школа: качество и доступность»"_s;
        conference.starts = QDate(year, 8, 27);
        conference.organiser = m_centre;
        conference.place = m_schools.isEmpty() ? QString() : m_schools.first().name;
        conference.audience = u"педагогические работники"_s;
        conference.hours = 6;
        conference.participants = drawn(m_teachers, int(m_teachers.size() * 0.6), 6);
        conference.participants.first().role = EventRole::Organiser;
        conference.guests = {{u"Кузнецова Елена Викторовна"_s, u"Институт развития образования"_s, EventRole::Speaker}};
        write(conference);
        // Each РМО: a seminar in the autumn and a master class in the spring.
        for (const Association &a : m_rmo) {
            const QList<qint64> members = associations.membersOn(a.id, dayIn(year, 11));
            if (members.size() < 3)
                continue;
            MethodicalEvent seminar;
            seminar.kind = EventKind::Seminar;
            seminar.level = EventLevel::Municipal;
            seminar.topic = m_random.pick(seminarTopics());
            seminar.starts = workingDay(year, 11);
            seminar.organiser = a.name;
            seminar.place = m_random.pick(m_schools).name;
            seminar.audience = a.direction;
            seminar.hours = 3;
            seminar.participants = drawn(members, int(members.size() * 0.8) + 1, 2);
            write(seminar);
            MethodicalEvent master = seminar;
            master.kind = EventKind::MasterClass;
            master.topic = m_random.pick(masterTopics());
            master.starts = workingDay(year, 3);
            master.hours = 2;
            master.participants = drawn(members, int(members.size() * 0.6) + 1, 1);
            write(master);
        }
        // A методический десант to each school of low results.
        for (const Organisation &o : m_lowResults) {
            MethodicalEvent landing;
            landing.kind = EventKind::MethodicalLanding;
            landing.level = EventLevel::Municipal;
            landing.topic = u"Методическая помощь школе с низкими образовательными результатами"_s;
            landing.starts = workingDay(year, 10 + m_random.between(0, 2));
            landing.organiser = m_centre;
            landing.place = o.name;
            landing.audience = u"педагоги школы"_s;
            landing.hours = 4;
            landing.participants = drawn(m_teachers, 12, 4);
            write(landing);
        }
        // Regional webinars a few attend; inter-municipal mini-courses.
        for (int month : {10, 12, 2, 4}) {
            MethodicalEvent webinar;
            webinar.kind = EventKind::Webinar;
            webinar.level = EventLevel::Regional;
            webinar.topic = m_random.pick(seminarTopics());
            webinar.starts = workingDay(year, month);
            webinar.organiser = u"Институт развития образования"_s;
            webinar.place = u"онлайн"_s;
            webinar.hours = 2;
            webinar.participants = drawn(m_teachers, m_random.between(8, 30), 0);
            write(webinar);
        }
        for (int month : {1, 3}) {
            MethodicalEvent course;
            course.kind = EventKind::MiniCourse;
            course.level = EventLevel::InterMunicipal;
            course.topic = u"Мини-курс «Наставничество в образовательной организации»"_s;
            course.starts = workingDay(year, month);
            course.ends = course.starts.addDays(2);
            course.organiser = m_centre;
            course.place = m_random.pick(m_schools).name;
            course.audience = u"наставники, молодые педагоги"_s;
            course.hours = 16;
            course.participants = drawn(m_teachers, m_random.between(15, 25), 2);
            write(course);
        }
        MethodicalEvent round;
        round.kind = EventKind::RoundTable;
        round.level = EventLevel::Municipal;
        round.topic = u"Молодой педагог: первые шаги в профессии"_s;
        round.starts = workingDay(year, 4);
        round.organiser = m_centre;
        round.place = m_centre;
        round.audience = u"молодые педагоги и их наставники"_s;
        round.hours = 2;
        round.participants = drawn(m_teachers, 18, 3);
        round.guests = {{u"Белова Ирина Сергеевна"_s, u"педагогический колледж"_s, EventRole::Speaker}};
        write(round);
    }

    Database &m_db;
    DemoRandom m_random;
    QDate m_today;
    int m_year;
    QString m_centre;
    QList<Association> m_rmo;
    QList<Organisation> m_lowResults, m_schools;
    QList<qint64> m_teachers;
    int m_count = 0;
};

} // namespace

int DemoEvents::fill(Database &db, quint32 seed, QDate today)
{
    return Builder(db, seed, today).run();
}

} // namespace profrost::demo
