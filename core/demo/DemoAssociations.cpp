#include "demo/DemoAssociations.h"

#include "demo/DemoRandom.h"
#include "documents/DocumentStyle.h"
#include "domain/Association.h"
#include "domain/DateText.h"
#include "domain/Meeting.h"
#include "domain/MethodicalPlan.h"
#include "store/AssociationRepository.h"
#include "store/Database.h"
#include "store/MeetingRepository.h"
#include "store/PlanRepository.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/TeacherRepository.h"

#include <QHash>
#include <QMap>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost::demo {

namespace {

// An РМО of core/demo/README.md and the subjects (as the registry spells them) whose teachers belong to it.
struct Group
{
    const char16_t *rmo;  // «РМО учителей …»
    const char16_t *shmo; // «ШМО учителей …»
    QStringList subjects;
};

const QList<Group> &groups()
{
    static const QList<Group> list = {
        {u"РМО учителей начальных классов", u"ШМО учителей начальных классов", {u"начальные классы"_s}},
        {u"РМО учителей русского языка и литературы", u"ШМО учителей русского языка и литературы",
         {u"русский язык"_s, u"литература"_s}},
        {u"РМО учителей математики", u"ШМО учителей математики", {u"математика"_s, u"алгебра"_s, u"геометрия"_s}},
        {u"РМО учителей иностранного языка", u"ШМО учителей иностранного языка",
         {u"английский язык"_s, u"немецкий язык"_s, u"французский язык"_s}},
        {u"РМО учителей истории и обществознания", u"ШМО учителей истории и обществознания",
         {u"история"_s, u"обществознание"_s}},
        {u"РМО учителей физики и астрономии", u"ШМО учителей физики", {u"физика"_s}},
        {u"РМО учителей химии и биологии", u"ШМО учителей естественнонаучного цикла", {u"химия"_s, u"биология"_s}},
        {u"РМО учителей географии", u"ШМО учителей географии", {u"география"_s}},
        {u"РМО учителей информатики", u"ШМО учителей информатики", {u"информатика"_s}},
        {u"РМО учителей физической культуры", u"ШМО учителей физической культуры", {u"физическая культура"_s}},
    };
    return list;
}

struct Topic
{
    const char16_t *title;
    const char16_t *form;
};

// Five meetings a year (core/documents/README.md: a school association holds at least four),
// topics and forms from core/demo/README.md.
const QList<Topic> &topics()
{
    static const QList<Topic> list = {
        {u"Анализ результатов ОГЭ и ЕГЭ. Утверждение плана работы РМО", u"заседание"},
        {u"Функциональная грамотность: от проблем к результатам", u"семинар-практикум"},
        {u"Разработка рабочих программ в соответствии с обновленными ФГОС", u"мастер-класс"},
        {u"Сравнительный анализ демоверсий ОГЭ и ЕГЭ", u"практико-ориентированный семинар"},
        {u"Эффективная подготовка учащихся 9 и 11 классов к ГИА", u"круглый стол"},
        {u"Итоги года: ожидание и реальность. Перспективы работы РМО", u"заседание"},
    };
    return list;
}

// The months of the five meetings of an academic year starting in September of year Y.
const int kMeetingMonths[] = {9, 11, 1, 3, 5};

struct Person
{
    qint64 id = 0;
    QString shortName; // «Иванова М.П.»
    qint64 organisation = 0;
    QDate hired; // in the post of the subject: no member before
};

class Builder
{
public:
    Builder(Database &db, quint32 seed, QDate today) : m_db(db), m_random(seed ^ 0x5e5510u), m_today(today) {}
    DemoAssociationsSummary run();

private:
    void load();
    void municipality(qint64 municipality);
    MethodicalPlan yearPlan(const Association &a, int year, const QString &head, const QString &secretary);
    void hold(const Association &a, const MethodicalPlan &plan, const QList<AssociationMember> &members);
    void centrePlan(const QString &municipality, int year);
    void roadmap(int year);
    void schoolAssociations();
    void earlierPlans();

    Database &m_db;
    DemoRandom m_random;
    QDate m_today;
    int m_year = 0; // the academic year of today
    // municipality -> group index -> teachers (ids ascending)
    QMap<qint64, QMap<int, QList<qint64>>> m_teachers;
    QHash<qint64, Person> m_people;
    QMap<qint64, QString> m_municipalities;
    QHash<qint64, QString> m_organisations; // schools: id -> name
    QMap<qint64, QMap<int, QList<qint64>>> m_bySchool; // organisation -> group index -> teachers
    DemoAssociationsSummary m_summary;
    struct Rmo
    {
        Association association;
        QString head, secretary;
    };
    QList<Rmo> m_rmo; // the district associations, for their earlier years' plans
};

void Builder::load()
{
    QHash<QString, int> groupOf;
    for (int g = 0; g < groups().size(); ++g)
        for (const QString &s : groups().at(g).subjects)
            groupOf.insert(s, g);
    QHash<qint64, QString> municipalityNames;
    for (const Municipality &m : DictionaryRepository(m_db).municipalities())
        municipalityNames.insert(m.id, m.name);
    for (const Organisation &o : OrganisationRepository(m_db).all()) {
        m_organisations.insert(o.id, o.name);
        m_municipalities.insert(o.municipalityId, municipalityNames.value(o.municipalityId));
    }
    for (const SubjectPost &p : TeacherRepository(m_db).subjectPostsOn(m_today)) {
        const auto g = groupOf.constFind(p.subject);
        if (g == groupOf.cend())
            continue;
        const qint64 id = p.teacherId;
        if (!m_people.contains(id))
            m_people.insert(id, {id, DocumentStyle::shortName(p.surname, p.name, p.patronymic), p.organisationId, p.hired});
        QList<qint64> &list = m_teachers[p.municipalityId][*g];
        if (list.isEmpty() || list.constLast() != id)
            list.append(id);
        QList<qint64> &staff = m_bySchool[p.organisationId][*g];
        if (staff.isEmpty() || staff.constLast() != id)
            staff.append(id);
    }
}

MethodicalPlan Builder::yearPlan(const Association &a, int year, const QString &head, const QString &secretary)
{
    MethodicalPlan p;
    p.kind = PlanKind::RmoYear;
    p.associationId = a.id;
    p.startYear = year;
    p.title = u"План работы %1 на %2 учебный год"_s.arg(a.name, PlanText::academicYear(year));
    p.theme = u"Совершенствование профессиональной компетентности педагогов как условие повышения качества "
              "образования"_s;
    p.goal = u"Методическое сопровождение учителей в условиях реализации обновлённых ФГОС"_s;
    p.tasks = u"Анализировать результаты ГИА и диагностических работ\n"
              "Распространять успешные педагогические практики\n"
              "Сопровождать молодых педагогов"_s;
    p.approval = {u"Директор МКУ «ИМЦ»"_s, u"Н.В. Орлова"_s, QDate(year, 8, m_random.between(25, 31))};
    const QList<Topic> &all = topics();
    const int skip = m_random.between(1, 4); // one of the middle topics is left out each year
    int n = 0;
    for (int t = 0; t < all.size(); ++t) {
        if (t == skip)
            continue;
        const int month = kMeetingMonths[n++];
        const int y = month >= 9 ? year : year + 1;
        PlanItem item;
        item.title = QString::fromUtf16(all.at(t).title);
        item.form = QString::fromUtf16(all.at(t).form);
        item.from = QDate(y, month, m_random.between(10, 28));
        item.responsible = t % 2 == 0 ? head : head + u'\n' + secretary;
        item.isMeeting = true;
        p.items.append(item);
    }
    PlanItem lessons;
    lessons.title = u"Открытые уроки учителей — членов РМО"_s;
    lessons.form = u"открытый урок"_s;
    lessons.term = u"в течение года"_s;
    lessons.responsible = head;
    p.items.append(lessons);
    return p;
}

void Builder::hold(const Association &a, const MethodicalPlan &plan, const QList<AssociationMember> &members)
{
    MeetingRepository meetings(m_db);
    for (const PlanItem &item : plan.items) {
        if (!item.isMeeting || !item.from.isValid() || item.from >= m_today)
            continue;
        Meeting m;
        m.associationId = a.id;
        m.planItemId = item.id;
        m.date = item.from;
        m.form = item.form;
        const qint64 place = m_people.value(a.headId).organisation;
        m.place = m_organisations.value(place);
        for (const AssociationMember &member : members)
            if (member.memberOn(m.date) && (member.teacherId == a.headId || m_random.chance(0.85)))
                m.attendees.append(member.teacherId);
        const QString head = m_people.value(a.headId).shortName;
        AgendaItem main;
        main.title = item.title;
        main.speaker = head;
        main.heard = u"о задачах и опыте работы по теме заседания"_s;
        QStringList spoke;
        for (int i = 0; i < 2 && !m.attendees.isEmpty(); ++i)
            spoke << m_people.value(m_random.pick(m.attendees)).shortName + u" — из опыта работы"_s;
        spoke.removeDuplicates();
        main.spoke = spoke.join(u'\n');
        main.decided = u"Принять информацию к сведению.\nИспользовать представленный опыт в работе.\n"
                       "Руководителю РМО обобщить материалы заседания и разместить на сайте ИМЦ."_s;
        AgendaItem other;
        other.title = u"Об участии в муниципальном этапе конкурса «Учитель года»"_s;
        other.speaker = m_people.value(a.secretaryId).shortName;
        other.heard = u"о сроках и порядке проведения муниципального этапа"_s;
        other.decided = u"Рекомендовать членам РМО принять участие в конкурсе."_s;
        other.voted = true;
        other.votesFor = int(m.attendees.size());
        m.agenda = {main, other};
        meetings.insert(m);
        ++m_summary.meetings;
    }
}

void Builder::municipality(qint64 municipality)
{
    AssociationRepository repo(m_db);
    PlanRepository plans(m_db);
    const QMap<int, QList<qint64>> byGroup = m_teachers.value(municipality);
    for (auto g = byGroup.cbegin(); g != byGroup.cend(); ++g) {
        const QList<qint64> &teachers = g.value();
        if (teachers.size() < 3) // too few for a district association
            continue;
        Association a;
        a.kind = AssociationKind::Rmo;
        a.level = AssociationLevel::Municipal;
        a.name = QString::fromUtf16(groups().at(g.key()).rmo);
        a.direction = groups().at(g.key()).subjects.join(u", "_s);
        a.headId = teachers.at(m_random.between(0, int(teachers.size()) - 1));
        do
            a.secretaryId = teachers.at(m_random.between(0, int(teachers.size()) - 1));
        while (a.secretaryId == a.headId);
        a.activeFrom = m_year - m_random.between(3, 15);
        a.id = repo.insert(a);
        ++m_summary.associations;

        QList<AssociationMember> members;
        for (qint64 t : teachers) {
            AssociationMember m{0, a.id, t, {}, {}};
            // Most are members from before last year; some joined this
            // September; a few left during the last year.
            if (t != a.headId && t != a.secretaryId && m_random.chance(0.1))
                m.joined = QDate(m_year, 9, 1);
            else
                m.joined = QDate(m_year - m_random.between(1, 6), 9, 1);
            if (t != a.headId && t != a.secretaryId && m_random.chance(0.03))
                m.left = QDate(m_year, m_random.between(1, 6), m_random.between(1, 28));
            const QDate hired = m_people.value(t).hired;
            if (hired.isValid() && hired > m.joined) // joins the РМО with the post
                m.joined = hired;
            if (m.left.isValid() && m.left <= m.joined)
                m.left = QDate();
            members.append(m);
        }
        repo.insertMembers(members);
        m_summary.members += int(members.size());

        const QString head = m_people.value(a.headId).shortName;
        const QString secretary = m_people.value(a.secretaryId).shortName;
        m_rmo.append({a, head, secretary});
        const MethodicalPlan last = yearPlan(a, m_year - 1, head, secretary);
        const MethodicalPlan lastStored = plans.get(plans.insert(last));
        hold(a, lastStored, members);
        // This year's plan is last year's copied forward, as users do it,
        // then approved in August.
        MethodicalPlan current = PlanRules::nextYearDraft(lastStored);
        current.approval.date = QDate(m_year, 8, 30);
        // Reviewed at the last meeting of the year before (core/documents/README.md: the route of a plan).
        MeetingRepository meetings(m_db);
        for (const Meeting &held : meetings.meetingsOf(a.id)) {
            if (held.date < QDate(m_year, 9, 1))
                current.review = {u"на заседании РМО"_s, held.date, QString::number(meetings.protocolNumber(held.id))};
        }
        const MethodicalPlan currentStored = plans.get(plans.insert(current));
        hold(a, currentStored, members);
        m_summary.plans += 2;
    }
}

void Builder::centrePlan(const QString &municipality, int year)
{
    MethodicalPlan p;
    p.kind = PlanKind::CentreWork;
    p.startYear = year;
    p.title = u"План работы МКУ «ИМЦ» (%1) на %2 учебный год"_s.arg(municipality, PlanText::academicYear(year));
    p.theme = u"Методическое сопровождение профессионального роста педагогов в условиях обновлённых ФГОС"_s;
    p.goal = u"Непрерывное профессиональное развитие педагогических и руководящих работников"_s;
    p.tasks = u"Выявлять профессиональные дефициты педагогов и планировать их устранение\n"
              "Организовать повышение квалификации не реже одного раза в три года\n"
              "Сопровождать аттестацию педагогических работников\n"
              "Поддерживать молодых педагогов и наставников"_s;
    // Approved by the centre's head: position and name from the centre's card.
    p.approval = {QString(), QString(), QDate(year, 8, 29)};
    const struct
    {
        const char16_t *title, *form, *term, *responsible;
    } items[] = {
        {u"Августовская педагогическая конференция", u"конференция", u"август", u"Директор ИМЦ"},
        {u"Формирование плана-графика повышения квалификации", u"мониторинг", u"сентябрь", u"Методисты ИМЦ"},
        {u"Диагностика профессиональных дефицитов педагогов", u"диагностика", u"октябрь–ноябрь", u"Методисты ИМЦ"},
        {u"Муниципальный этап конкурса «Учитель года»", u"конкурс", u"январь–февраль", u"Директор ИМЦ"},
        {u"Школа молодого педагога", u"семинар", u"в течение года", u"Методисты ИМЦ"},
        {u"Мониторинг деятельности РМО", u"мониторинг", u"май", u"Методисты ИМЦ"},
        {u"Анализ работы ИМЦ за учебный год", u"совещание", u"июнь", u"Директор ИМЦ"},
    };
    for (const auto &i : items) {
        PlanItem item;
        item.title = QString::fromUtf16(i.title);
        item.form = QString::fromUtf16(i.form);
        item.term = QString::fromUtf16(i.term);
        item.responsible = QString::fromUtf16(i.responsible);
        p.items.append(item);
    }
    PlanRepository(m_db).insert(p);
    ++m_summary.plans;
}

void Builder::roadmap(int year)
{
    // Seed 004: the roadmap of an inter-municipal methodical centre.
    MethodicalPlan p;
    p.kind = PlanKind::Roadmap;
    p.startYear = year;
    p.title = u"Дорожная карта межмуниципального методического центра на %1 учебный год"_s
                  .arg(PlanText::academicYear(year));
    p.goal = u"Повышение качества образования через методическое сопровождение педагогов"_s;
    p.tasks = u"Выявить кадровые дефициты и потребность в повышении квалификации\n"
              "Обеспечить методическое сопровождение педагогов и молодых специалистов\n"
              "Оценить результаты и скорректировать план на следующий год"_s;
    p.approval = {QString(), QString(), QDate(year, 8, 29)}; // the centre's head (the card)
    p.stages = {u"Этап 1. Аналитический"_s, u"Этап 2. Методическое сопровождение"_s, u"Этап 3. Контроль"_s};
    const QString levels = u"Муниципалитет, регион"_s, who = u"Рук. РМО, зав. РМК, РЦРО"_s;
    const struct
    {
        int stage;
        const char16_t *title, *result, *term;
    } items[] = {
        {1, u"Оценка кадрового потенциала",
         u"Экспресс-диагностика (самодиагностика) профессиональных компетенций, выявление ключевых дефицитов",
         u"август"},
        {1, u"Анализ кадрового потенциала",
         u"Технологии формирования индивидуальных программ развития кадров", u"август"},
        {1, u"Формирование кадрового потенциала", u"Заявки на обучение по программам повышения квалификации",
         u"сентябрь–июнь"},
        {2, u"Дополнительное профессиональное образование; мини-курсы на базе ММЦ по западающим темам",
         u"Прохождение курсовой подготовки не реже 1 раза в 3 года", u"сентябрь–июнь"},
        {2, u"Самообразование", u"Программа профессионального роста каждого педагога", u"сентябрь–июнь"},
        {2, u"Участие в деятельности МО (школьное, муниципальное, межмуниципальное)",
         u"Методическое сопровождение молодых специалистов, педагогических и руководящих работников",
         u"сентябрь–июнь"},
        {2, u"Наставничество", u"Практическая помощь молодым специалистам", u"сентябрь–июнь"},
        {3, u"Отчёт на заседании ММЦ по поставленным проблемам", u"", u"сентябрь–июнь"},
        {3, u"Проблемный анализ работы ММЦ за учебный год", u"", u"июнь"},
    };
    for (const auto &i : items) {
        PlanItem item;
        item.stage = i.stage;
        item.title = QString::fromUtf16(i.title);
        item.result = QString::fromUtf16(i.result);
        item.term = QString::fromUtf16(i.term);
        item.level = i.stage == 3 ? u"ММЦ, РЦРО"_s : levels;
        item.responsible = who;
        p.items.append(item);
    }
    PlanRepository(m_db).insert(p);
    ++m_summary.plans;
}

void Builder::schoolAssociations()
{
    // Seed 002, 2.6: a ШМО where more than two teachers teach the subject;
    // about a fifth are not formed yet, for the hint to find.
    QList<Association> shmo;
    QList<QList<qint64>> staffOf;
    for (auto o = m_bySchool.cbegin(); o != m_bySchool.cend(); ++o) {
        for (auto g = o.value().cbegin(); g != o.value().cend(); ++g) {
            if (g.value().size() <= 2 || m_random.chance(0.2))
                continue;
            Association a;
            a.kind = AssociationKind::Shmo;
            a.level = AssociationLevel::School;
            a.organisationId = o.key();
            a.name = QString::fromUtf16(groups().at(g.key()).shmo);
            a.direction = groups().at(g.key()).subjects.join(u", "_s);
            a.headId = g.value().constFirst();
            a.activeFrom = m_year - m_random.between(2, 10);
            shmo.append(a);
            staffOf.append(g.value());
        }
    }
    AssociationRepository repo(m_db);
    repo.insertMany(shmo);
    QList<AssociationMember> members;
    for (qsizetype i = 0; i < shmo.size(); ++i)
        for (qint64 t : staffOf.at(i))
            members.append({0, shmo.at(i).id, t, std::max(QDate(m_year - 1, 9, 1), m_people.value(t).hired), {}});
    repo.insertMembers(members);
    m_summary.associations += int(shmo.size());
    m_summary.members += int(members.size());
}

// The plans of the four years before last (I8 in the past years): most
// РМО had one, more each year; their protocols were kept on paper. Drawn
// last, so that this year's and last year's plans and meetings keep their
// ids and draws.
void Builder::earlierPlans()
{
    PlanRepository plans(m_db);
    for (const Rmo &r : std::as_const(m_rmo)) {
        for (int back = 5; back >= 2; --back) {
            const int year = m_year - back;
            if (!r.association.activeInYear(year) || !m_random.chance(0.95 - 0.1 * back))
                continue;
            MethodicalPlan plan = yearPlan(r.association, year, r.head, r.secretary);
            plans.insert(plan);
            ++m_summary.plans;
        }
    }
}

DemoAssociationsSummary Builder::run()
{
    m_year = DateText::academicYearStart(m_today);
    load();
    for (auto m = m_municipalities.cbegin(); m != m_municipalities.cend(); ++m) {
        municipality(m.key());
        centrePlan(m.value(), m_year);
    }
    schoolAssociations();
    if (!m_municipalities.isEmpty())
        roadmap(m_year);
    earlierPlans();
    return m_summary;
}

} // namespace

DemoAssociationsSummary DemoAssociations::fill(Database &db, quint32 seed, QDate today)
{
    Transaction tx(db);
    const DemoAssociationsSummary summary = Builder(db, seed, today).run();
    tx.commit();
    return summary;
}

} // namespace profrost::demo
