#include "demo/DemoSites.h"

#include "demo/DemoRandom.h"
#include "store/OrganisationRepository.h"
#include "store/SiteRepository.h"
#include "store/TeacherRepository.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace profrost::demo {

namespace {

struct SitePlan
{
    SiteStatus status;
    SiteLevel level;
    const char16_t *topic;
    int startYearsAgo; // the first year, counted back from this one
    int years;         // its period in years
    bool prolonged;
};

// Twelve sites: four municipal, five regional, three federal.
const SitePlan kSites[] = {
    {SiteStatus::Innovation, SiteLevel::Regional, u"Формирование функциональной грамотности обучающихся в урочной и внеурочной деятельности", 1, 3, false},
    {SiteStatus::Internship, SiteLevel::Regional, u"Наставничество как ресурс профессионального развития молодых педагогов", 2, 3, false},
    {SiteStatus::Innovation, SiteLevel::Federal, u"Цифровая образовательная среда: модель «Цифровой класс»", 1, 3, false},
    {SiteStatus::Support, SiteLevel::Municipal, u"Методическое сопровождение школ с низкими образовательными результатами", 0, 2, false},
    {SiteStatus::ResourceCentre, SiteLevel::Municipal, u"Инклюзивное образование детей с ОВЗ", 3, 3, true},
    {SiteStatus::Innovation, SiteLevel::Regional, u"Развитие естественно-научной грамотности на базе центра «Точка роста»", 4, 3, false},
    {SiteStatus::Internship, SiteLevel::Municipal, u"Формирующее оценивание в начальной школе", 1, 2, false},
    {SiteStatus::Innovation, SiteLevel::Federal, u"Профильное обучение в сельской школе: сетевые формы", 2, 4, false},
    {SiteStatus::Support, SiteLevel::Regional, u"Ранняя профориентация дошкольников", 1, 3, false},
    {SiteStatus::Internship, SiteLevel::Federal, u"Школа Минпросвещения России: управленческие решения", 0, 3, false},
    {SiteStatus::Innovation, SiteLevel::Municipal, u"Смысловое чтение на уроках всех предметов", 5, 3, false},
    {SiteStatus::ResourceCentre, SiteLevel::Regional, u"Патриотическое воспитание в системе дополнительного образования", 2, 3, false},
};

struct VacancyPlan
{
    const char16_t *post;
    const char16_t *subject;
    double rate;
};

const VacancyPlan kVacancies[] = {
    {u"учитель", u"математика", 1.0},         {u"учитель", u"физика", 0.5},
    {u"учитель", u"английский язык", 1.0},    {u"учитель начальных классов", u"", 1.0},
    {u"педагог-психолог", u"", 0.5},          {u"учитель-логопед", u"", 1.0},
    {u"учитель", u"русский язык и литература", 1.5}, {u"учитель", u"информатика", 0.5},
    {u"учитель", u"химия", 0.5},              {u"социальный педагог", u"", 0.5},
};

const QStringList &reasons()
{
    static const QStringList list = {u"увольнение по собственному желанию"_s, u"отпуск по уходу за ребёнком"_s,
                                     u"выход на пенсию"_s, u"увеличение контингента"_s, u"переезд педагога"_s};
    return list;
}

const QStringList &roles()
{
    static const QStringList list = {u"руководитель"_s, u"куратор"_s, u"участник"_s, u"участник"_s, u"участник"_s};
    return list;
}

} // namespace

std::pair<int, int> DemoSites::fill(Database &db, quint32 seed, QDate today)
{
    DemoRandom random(seed ^ 0x53495445u);
    QList<Organisation> schools, others;
    for (const Organisation &o : OrganisationRepository(db).all())
        (o.type == OrganisationType::School ? schools : others) << o;
    if (schools.isEmpty())
        return {0, 0};
    QList<Organisation> hosts = schools;
    random.shuffle(hosts);
    {
        QList<Organisation> rest = others;
        random.shuffle(rest);
        hosts += rest;
    }
    TeacherRepository teachers(db);
    SiteRepository sites(db);
    const int thisYear = today.year();
    int siteCount = 0;
    qsizetype host = 0;
    for (const SitePlan &plan : kSites) {
        // The preschool topic in a kindergarten when there is one.
        const bool preschool = plan.topic == kSites[8].topic;
        Organisation o = hosts.at(host++ % hosts.size());
        if (preschool) {
            for (const Organisation &x : others) {
                if (x.type == OrganisationType::Preschool) {
                    o = x;
                    break;
                }
            }
        }
        InnovationSite s;
        s.organisationId = o.id;
        s.status = plan.status;
        s.level = plan.level;
        s.topic = QString::fromUtf16(plan.topic);
        const int first = thisYear - plan.startYearsAgo;
        s.from = QDate(first - (today.month() >= 9 ? 0 : 1), 9, 1);
        s.to = QDate(s.from.year() + plan.years, 8, 31);
        s.orderDate = s.from.addDays(-random.between(10, 40));
        s.orderNumber = QString::number(random.between(100, 1900)) + (plan.level == SiteLevel::Municipal ? u"-о"_s : QString());
        if (plan.prolonged) {
            s.to = s.to.addYears(2);
            s.state = SiteState::Prolonged;
            s.note = u"Срок продлён на 2 года приказом от %1"_s.arg(QDate(s.from.year() + plan.years, 6, 15).toString(u"dd.MM.yyyy"_s));
        } else {
            s.state = s.to < today ? SiteState::Finished : SiteState::Active;
        }
        QList<TeacherRow> staff;
        for (const TeacherRow &r : teachers.rowsOf(o.id, today, TeacherRepository::Detail::Brief)) {
            if (r.pedagogical)
                staff << r;
        }
        random.shuffle(staff);
        const int people = std::min<int>(random.between(3, 5), int(staff.size()));
        for (int i = 0; i < people; ++i)
            s.people << SitePerson{staff.at(i).id, roles().at(std::min<int>(i, int(roles().size()) - 1))};
        // A report for each calendar year it worked in, up to last year.
        for (int year = s.from.year(); year < thisYear && (!s.to.isValid() || year <= s.to.year()); ++year) {
            SiteReport r;
            r.year = year;
            r.text = u"Отчёт о работе площадки за %1 год: проведено %2 мероприятий для педагогов района, "
                     "представлен опыт на %3 семинарах; разработаны методические рекомендации."_s
                         .arg(year)
                         .arg(random.between(3, 9))
                         .arg(random.between(1, 4));
            if (plan.level != SiteLevel::Municipal) {
                r.fileName = u"Отчёт площадки %1.txt"_s.arg(year);
                r.file = r.text.toUtf8();
            }
            s.reports << r;
        }
        sites.save(s);
        ++siteCount;
    }

    // Vacancies in a third of the schools, some filled since.
    QList<Organisation> needy = schools;
    random.shuffle(needy);
    needy = needy.mid(0, std::max<qsizetype>(1, (schools.size() + 2) / 3));
    QList<qint64> registry;
    for (const TeacherRow &r : teachers.rows(today, TeacherRepository::Detail::Brief)) {
        if (r.pedagogical)
            registry << r.id;
    }
    VacancyRepository vacancies(db);
    int vacancyCount = 0;
    for (const Organisation &o : needy) {
        const int n = random.between(1, 3);
        for (int i = 0; i < n; ++i) {
            const VacancyPlan &plan = kVacancies[random.between(0, int(std::size(kVacancies)) - 1)];
            Vacancy v;
            v.organisationId = o.id;
            v.post = QString::fromUtf16(plan.post);
            v.subject = QString::fromUtf16(plan.subject);
            v.rate = plan.rate;
            v.since = today.addDays(-random.between(20, 400));
            v.reason = random.pick(reasons());
            if (random.chance(0.3)) {
                v.filledOn = v.since.addDays(random.between(10, int(v.since.daysTo(today))));
                if (random.chance(0.5) && !registry.isEmpty())
                    v.filledByTeacherId = random.pick(registry);
                else
                    v.filledByName = random.pick(QStringList{u"Кузнецова Анна Сергеевна"_s, u"Морозов Илья Петрович"_s,
                                                             u"Белова Ксения Андреевна"_s});
            }
            vacancies.save(v);
            ++vacancyCount;
        }
    }
    return {siteCount, vacancyCount};
}

} // namespace profrost::demo
