#include "demo/DemoGenerator.h"

#include "demo/DemoNames.h"
#include "demo/DemoOrganisations.h"
#include "demo/DemoRandom.h"
#include "demo/DemoAssociations.h"
#include "demo/DemoAttestation.h"
#include "demo/DemoDiagnostics.h"
#include "demo/DemoCompetitions.h"
#include "demo/DemoPlans.h"
#include "demo/DemoRecommendations.h"
#include "demo/DemoEvents.h"
#include "demo/DemoPractices.h"
#include "demo/DemoMentoring.h"
#include "demo/DemoSites.h"
#include "demo/DemoTracks.h"
#include "demo/DemoRoutes.h"
#include "demo/DemoCentre.h"
#include "demo/DemoTraining.h"
#include "domain/DateText.h"
#include "domain/Position.h"
#include "domain/Snils.h"
#include "domain/Teacher.h"
#include "domain/TeacherFacts.h"
#include "store/Database.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
#include "store/TeacherRepository.h"
#include "util/Clock.h"
#include "util/Error.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace profrost {

using namespace demo;

namespace {

constexpr int kMaxTeachers = 200000;
constexpr int kTeachersPerMunicipality = 1500; // a region is split into districts of about this size
constexpr int kOneDistrictUpTo = 3000;
constexpr int kTeachersPerOrganisation = 25;

// Ages of pedagogical workers in full years: about 23 % under 35, 17 % aged
// 60 and over, average about 45 (core/demo/README.md).
struct AgeBand
{
    int from;
    int to;
    double share;
};
constexpr AgeBand kAgeBands[] = {{22, 24, 5},  {25, 29, 8},  {30, 34, 11}, {35, 39, 14},
                                 {40, 44, 14}, {45, 49, 12}, {50, 54, 11}, {55, 59, 8},
                                 {60, 64, 11}, {65, 69, 5},  {70, 74, 1}};

// The first pedagogical job: most start after college or university at 20–25.
constexpr double kStartAgeShares[] = {10, 15, 30, 20, 15, 10}; // ages 20..25

// The categories педагог-методист and педагог-наставник exist since the
// attestation order of 24.03.2023 № 196 came into force.
const QDate kNewCategoriesSince(2023, 9, 1);

// One generated person before it is written, with what later decisions
// (second posts, moves, the director's name) depend on.
struct Person
{
    Teacher teacher; // employments hold the organisation's index in the plan until written
    Post::Role role = Post::Role::Staff;
    OrgKind kind = OrgKind::SecondarySchool;
    int organisation = 0;
    QString position;
    QStringList subjects;
};

bool isSchool(OrgKind k)
{
    return k != OrgKind::Kindergarten && k != OrgKind::CreativityCentre && k != OrgKind::SportSchool;
}

// Splits `total` in proportion to `weights` (largest remainder, ties by position).
QList<int> apportion(int total, const QList<double> &weights)
{
    double sum = 0;
    for (double w : weights)
        sum += w;
    QList<int> out(weights.size(), 0);
    QList<std::pair<double, qsizetype>> remainders;
    int given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const double quota = sum > 0 ? total * weights.at(i) / sum : 0;
        out[i] = int(std::floor(quota));
        given += out.at(i);
        remainders.append({quota - out.at(i), i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype k = 0; given < total && k < remainders.size(); ++k, ++given)
        ++out[remainders.at(k).second];
    return out;
}

class Builder
{
public:
    Builder(Database &db, const DemoOptions &options, QDate today)
        : m_today(today), m_teachers(options.teachers), m_random(options.seed),
          m_names(DemoNames::load()), m_dictionary(db), m_organisations(db),
          m_teacherRepository(db)
    {
        QList<double> shares;
        for (const AgeBand &b : kAgeBands)
            shares.append(b.share);
        m_ages = WeightedTable(shares);
        m_startAges = WeightedTable(QList<double>(std::begin(kStartAgeShares), std::end(kStartAgeShares)));
    }

    DemoSummary run()
    {
        const int count = m_teachers <= kOneDistrictUpTo
                              ? 1
                              : int(std::lround(double(m_teachers) / kTeachersPerMunicipality));
        for (int i = 0; i < count; ++i)
            municipality(DemoNames::district(i), m_teachers / count + (i < m_teachers % count ? 1 : 0));
        return m_summary;
    }

private:
    void municipality(const District &district, int staff);
    Person person(const Post &post, int organisation, OrgKind kind);
    QDate experienceStart(QDate birth, int age, int minYears);
    void assignCategory(Person &p);
    void moveOrLeave(Person &p, const QList<PlannedOrganisation> &orgs);
    void secondPost(Person &p, const QList<PlannedOrganisation> &orgs);
    int otherOrganisation(const QList<PlannedOrganisation> &orgs, int except, OrgKind kind, bool anySchool);
    Employment employment(int organisation, const QString &position, const QStringList &subjects, QDate hired);
    void write(QList<Person> &people, const QList<qint64> &organisationIds);

    qint64 positionId(const QString &name)
    {
        auto it = m_positionIds.find(name);
        if (it == m_positionIds.end())
            it = m_positionIds.insert(name, m_dictionary.ensurePosition(name, PositionCatalog::defaultKindFor(name)));
        return *it;
    }
    qint64 subjectId(const QString &name)
    {
        auto it = m_subjectIds.find(name);
        if (it == m_subjectIds.end())
            it = m_subjectIds.insert(name, m_dictionary.ensureSubject(name));
        return *it;
    }

    QString snils();
    QString phone();
    QString email(const Teacher &t);

    QDate m_today;
    int m_teachers;
    DemoRandom m_random;
    DemoNames m_names;
    DictionaryRepository m_dictionary;
    OrganisationRepository m_organisations;
    WeightedTable m_ages;
    WeightedTable m_startAges;
    QHash<QString, qint64> m_positionIds; // look-ups only, never iterated (hash order varies)
    QHash<QString, qint64> m_subjectIds;
    QSet<int> m_snils;
    QSet<QString> m_nameKeys;
    TeacherRepository m_teacherRepository;
    DemoSummary m_summary;
};

void Builder::municipality(const District &district, int staff)
{
    const int count = std::clamp(staff / kTeachersPerOrganisation, 20, 60);
    QList<PlannedOrganisation> orgs = DemoOrganisations::plan(m_random, m_names, district, count);
    QList<double> weights;
    for (const PlannedOrganisation &o : orgs)
        weights.append(o.staffWeight);
    const QList<int> sizes = apportion(staff, weights);

    QList<Person> people;
    people.reserve(staff);
    for (int i = 0; i < orgs.size(); ++i) {
        for (const Post &post : DemoOrganisations::staffing(m_random, orgs.at(i).kind, sizes.at(i)))
            people.append(person(post, i, orgs.at(i).kind));
    }
    for (Person &p : people) {
        moveOrLeave(p, orgs);
        secondPost(p, orgs);
        if (p.role == Post::Role::Head)
            orgs[p.organisation].organisation.director = p.teacher.fullName();
    }

    const qint64 municipalityId = m_dictionary.ensureMunicipality(district.name);
    ++m_summary.municipalities;
    QList<qint64> ids;
    for (PlannedOrganisation &o : orgs) {
        if (o.organisation.director.isEmpty()) { // too few demo teachers to staff it
            const PersonName n = m_names.person(m_random, m_random.chance(0.75), m_today.year() - 50);
            o.organisation.director = n.surname + u' ' + n.name + u' ' + n.patronymic;
        }
        o.organisation.municipalityId = municipalityId;
        ids.append(m_organisations.insert(o.organisation));
    }
    m_summary.organisations += int(ids.size());
    // Written in a random order, as a registry is typed in: ids do not follow the staff tables.
    m_random.shuffle(people);
    write(people, ids);
}

Person Builder::person(const Post &post, int organisation, OrgKind kind)
{
    Person p;
    p.role = post.role;
    p.kind = kind;
    p.organisation = organisation;
    p.position = post.position;
    p.subjects = post.subjects;
    const bool female = m_random.chance(post.femaleShare);
    const int minAge = post.role == Post::Role::Head ? 33 : post.role == Post::Role::Deputy ? 28 : 0;
    int age = 0;
    do {
        const AgeBand &band = kAgeBands[m_ages.draw(m_random)];
        age = m_random.between(band.from, band.to);
    } while (age < minAge);
    QDate birth = m_today.addYears(-age).addDays(-m_random.between(0, 364));
    const PersonName n = m_names.person(m_random, female, birth.year());
    // The registry refuses a second person with the same name and birth date.
    const QString name = n.surname + u' ' + n.name + u' ' + n.patronymic + u' ';
    while (m_nameKeys.contains(name + birth.toString(Qt::ISODate)))
        birth = birth.addDays(-1);
    m_nameKeys.insert(name + birth.toString(Qt::ISODate));

    Teacher &t = p.teacher;
    t.surname = n.surname;
    t.name = n.name;
    t.patronymic = n.patronymic;
    t.birthDate = birth;
    const int minExperience = post.role == Post::Role::Head ? 8 : post.role == Post::Role::Deputy ? 5 : 0;
    t.experienceStart = experienceStart(birth, age, minExperience);

    QDate hired;
    if (post.role != Post::Role::Staff) { // appointed after years of teaching
        hired = m_random.dateBetween(std::max(t.experienceStart.addYears(minExperience), m_today.addYears(-20)),
                                     m_today.addDays(-30));
    } else if (m_random.chance(0.45)) { // a whole career at one school, common in villages
        hired = t.experienceStart;
    } else {
        hired = m_random.dateBetween(t.experienceStart, m_today);
        const QDate september(hired.year(), 9, 1); // most are taken on for a new school year
        if (m_random.chance(0.6) && september >= t.experienceStart && september <= m_today)
            hired = september;
    }
    t.employments.append(employment(organisation, post.position, post.subjects, std::min(hired, m_today)));
    assignCategory(p);
    if (m_random.chance(0.7))
        t.snils = snils();
    if (m_random.chance(0.85))
        t.phone = phone();
    if (m_random.chance(age < 40 ? 0.6 : 0.35))
        t.email = email(t);
    return p;
}

QDate Builder::experienceStart(QDate birth, int age, int minYears)
{
    int startAge = m_random.chance(0.88) ? 20 + int(m_startAges.draw(m_random))
                                         : m_random.between(26, 40); // came from another job
    startAge = std::max(18, std::min(startAge, age - minYears));
    const QDate birthday = birth.addYears(startAge);
    QDate start;
    if (m_random.chance(0.75)) { // graduates start on 1 September
        start = QDate(birthday.year(), 9, 1);
        if (start < birthday)
            start = start.addYears(1);
    } else {
        start = birthday.addDays(m_random.between(0, 300));
    }
    if (start > m_today) { // too young for that: started this school year, or just now
        const QDate september(m_today.month() >= 9 ? m_today.year() : m_today.year() - 1, 9, 1);
        start = september >= birthday ? september : m_random.dateBetween(std::min(birthday, m_today), m_today);
    }
    return start;
}

void Builder::assignCategory(Person &p)
{
    Teacher &t = p.teacher;
    const int experience = TeacherFacts::fullYears(t.experienceStart, m_today);
    const double r = m_random.real();
    Category c = Category::None;
    // The first category after two years of work, the highest two years after the first.
    if (experience >= 10)
        c = r < 0.31 ? Category::Highest : r < 0.66 ? Category::First : Category::None;
    else if (experience >= 5)
        c = r < 0.15 ? Category::Highest : r < 0.65 ? Category::First : Category::None;
    else if (experience >= 2)
        c = r < 0.45 ? Category::First : Category::None;
    if (c == Category::Highest && experience >= 15 && p.role == Post::Role::Staff && m_random.chance(0.1))
        c = m_random.chance(0.5) ? Category::Methodist : Category::Mentor;
    if (c == Category::None)
        return;

    const QDate earliest = t.experienceStart.addYears(c == Category::First ? 2 : 4);
    const QDate validFrom = m_today.addYears(-5).addDays(1); // assigned since: still valid today
    QDate lo = std::max(earliest, validFrom);
    QDate hi = m_today;
    if (c == Category::Methodist || c == Category::Mentor) {
        lo = std::max(lo, kNewCategoriesSince);
        if (lo > hi) {
            c = Category::Highest;
            lo = std::max(earliest, validFrom);
        }
    } else if (m_random.chance(0.12)) { // lapsed: not renewed in time
        const QDate lapsedLo = std::max(earliest, m_today.addYears(-8));
        const QDate lapsedHi = m_today.addYears(-5);
        if (lapsedLo <= lapsedHi) {
            lo = lapsedLo;
            hi = lapsedHi;
        }
    }
    if (lo > hi)
        return;
    t.category = c;
    t.categoryDate = m_random.dateBetween(lo, hi);
}

int Builder::otherOrganisation(const QList<PlannedOrganisation> &orgs, int except, OrgKind kind, bool anySchool)
{
    QList<int> fits;
    for (int i = 0; i < orgs.size(); ++i) {
        if (i != except && (orgs.at(i).kind == kind || (anySchool && isSchool(orgs.at(i).kind))))
            fits.append(i);
    }
    return fits.isEmpty() ? -1 : m_random.pick(fits);
}

void Builder::moveOrLeave(Person &p, const QList<PlannedOrganisation> &orgs)
{
    if (p.role != Post::Role::Staff) // the head of an organisation stays its head
        return;
    Employment &current = p.teacher.employments.first();
    const double r = m_random.real();
    if (r < 0.025) { // moved here from another organisation of the district
        const QDate from = std::max(p.teacher.experienceStart.addYears(1), m_today.addYears(-6));
        const QDate to = m_today.addDays(-60);
        const int other = otherOrganisation(orgs, p.organisation, p.kind, isSchool(p.kind));
        if (from > to || other < 0)
            return;
        const QDate left = m_random.dateBetween(from, to);
        const QDate started = m_random.dateBetween(p.teacher.experienceStart,
                                                   std::max(p.teacher.experienceStart, left.addDays(-90)));
        Employment previous = employment(other, p.position, p.subjects, started);
        previous.dismissed = left;
        current.hired = std::min(m_today, left.addDays(m_random.between(1, 45)));
        p.teacher.employments.prepend(previous);
    } else if (r < 0.034) { // left; dismissed staff stay in the registry
        const QDate from = std::max(current.hired.addDays(30), m_today.addYears(-4));
        if (from < m_today)
            current.dismissed = m_random.dateBetween(from, m_today.addDays(-1));
    }
}

void Builder::secondPost(Person &p, const QList<PlannedOrganisation> &orgs)
{
    const Employment main = p.teacher.employments.constLast();
    if (main.dismissed.isValid())
        return;
    const bool school = isSchool(p.kind);
    if (p.role != Post::Role::Staff) {
        // Directors and deputies of schools usually keep some lessons.
        if (school && m_random.chance(0.65)) {
            const Post lessons = DemoOrganisations::subjectTeacher(m_random);
            const QDate hired = m_random.dateBetween(p.teacher.experienceStart, main.hired);
            p.teacher.employments.append(employment(p.organisation, lessons.position, lessons.subjects, hired));
        }
        return;
    }
    static const QStringList creative = {u"музыка"_s, u"изобразительное искусство"_s, u"физическая культура"_s,
                                         u"труд (технология)"_s};
    static const QStringList specialists = {u"музыкальный руководитель"_s, u"инструктор по физической культуре"_s,
                                            u"учитель-логопед"_s, u"педагог-психолог"_s};
    int target = -1;
    QString position = p.position;
    QStringList subjects = p.subjects;
    if (school && p.position == u"учитель") {
        const bool sport = p.subjects.contains(u"физическая культура"_s);
        const bool clubs = std::any_of(p.subjects.cbegin(), p.subjects.cend(),
                                       [](const QString &s) { return creative.contains(s); });
        if (clubs && m_random.chance(0.08)) { // runs a club at the centre of additional education
            target = otherOrganisation(orgs, -1, sport ? OrgKind::SportSchool : OrgKind::CreativityCentre, false);
            if (target < 0 && sport)
                target = otherOrganisation(orgs, -1, OrgKind::CreativityCentre, false);
            position = target >= 0 && orgs.at(target).kind == OrgKind::SportSchool
                           ? u"тренер-преподаватель"_s : u"педагог дополнительного образования"_s;
            subjects.clear();
        } else if (m_random.chance(0.035)) { // lessons at a neighbouring school that lacks the subject
            target = otherOrganisation(orgs, p.organisation, p.kind, true);
        }
    } else if (specialists.contains(p.position) && m_random.chance(p.kind == OrgKind::Kindergarten ? 0.15 : 0.1)) {
        target = otherOrganisation(orgs, p.organisation, OrgKind::Kindergarten, false);
    }
    if (target < 0)
        return;
    const QDate hired = m_random.dateBetween(std::max(main.hired, m_today.addYears(-8)), m_today);
    p.teacher.employments.append(employment(target, position, subjects, hired));
}

Employment Builder::employment(int organisation, const QString &position, const QStringList &subjects, QDate hired)
{
    Employment e;
    e.organisationId = organisation;
    e.positionId = positionId(position);
    for (const QString &s : subjects)
        e.subjectIds.append(subjectId(s));
    e.hired = hired;
    return e;
}

QString Builder::snils()
{
    // Nine digits above 001-001-998 (older numbers have no checksum), all distinct.
    int number = 0;
    do {
        number = m_random.between(10000000, 199999999);
    } while (m_snils.contains(number));
    m_snils.insert(number);
    const QString nine = u"%1"_s.arg(number, 9, 10, QChar(u'0'));
    return nine + u"%1"_s.arg(Snils::checksum(nine), 2, 10, QChar(u'0'));
}

QString Builder::phone()
{
    static const int codes[] = {902, 904, 908, 913, 923, 929, 933, 950, 953, 960, 983, 991, 993, 995};
    const int code = codes[m_random.between(0, int(std::size(codes)) - 1)];
    const int a = m_random.between(100, 999);
    const int b = m_random.between(0, 99);
    const int c = m_random.between(0, 99);
    return u"+7 %1 %2-%3-%4"_s.arg(code).arg(a).arg(b, 2, 10, QChar(u'0')).arg(c, 2, 10, QChar(u'0'));
}

QString Builder::email(const Teacher &t)
{
    static const QStringList domains = {u"mail.ru"_s, u"mail.ru"_s, u"yandex.ru"_s, u"yandex.ru"_s,
                                        u"gmail.com"_s, u"bk.ru"_s, u"list.ru"_s, u"inbox.ru"_s};
    QString local = DemoNames::transliterate(t.surname) + u'.' + DemoNames::transliterate(t.name.left(1))
                    + DemoNames::transliterate(t.patronymic.left(1));
    if (m_random.chance(0.5))
        local += QString::number(t.birthDate.year() % 100).rightJustified(2, u'0');
    return local + u'@' + m_random.pick(domains);
}

void Builder::write(QList<Person> &people, const QList<qint64> &organisationIds)
{
    for (Person &p : people) {
        Teacher &t = p.teacher;
        for (Employment &e : t.employments)
            e.organisationId = organisationIds.at(e.organisationId);
        // Through the repository, like a record typed in: its checks (against the
        // clock's today) and its duplicate look-ups guard the generator too.
        try {
            m_teacherRepository.insert(t);
        } catch (const Error &e) {
            throw Error(DemoGenerator::tr("The demo record of %1 was refused: %2").arg(t.fullName(), e.message()));
        }
        ++m_summary.teachers;
        m_summary.employments += int(t.employments.size());
    }
}

} // namespace

DemoSummary DemoGenerator::generate(Database &db, const DemoOptions &options)
{
    if (options.teachers < 0 || options.teachers > kMaxTeachers)
        throw Error(tr("The number of demo teachers must be between 0 and %1.").arg(kMaxTeachers));
    const int teachers = TeacherRepository(db).count();
    const qsizetype organisations = OrganisationRepository(db).all().size();
    if (teachers > 0 || organisations > 0)
        throw Error(tr("Demo data goes only into a new, empty database; this one already holds "
                       "%1 teacher(s) and %2 organisation(s).").arg(teachers).arg(organisations));
    const QDate clockToday = Clock::instance().today();
    const QDate today = options.today.isValid() ? options.today : clockToday;
    if (today > clockToday) // the registry refuses dates after the clock's today
        throw Error(tr("The demo date %1 is after today, %2.")
                        .arg(DateText::numeric(today), DateText::numeric(clockToday)));
    Transaction tx(db);
    const DemoSummary summary = Builder(db, options, today).run();
    demo::DemoCentre::fill(db); // the centre's card: who approves and signs the forms
    demo::DemoTraining::fill(db, options.seed, today); // courses of the staff just written
    demo::DemoAttestation::fill(db, options.seed, today); // and their attestation files
    demo::DemoDiagnostics::fill(db, options.seed, today); // five years of self-assessments and functional literacy
    demo::DemoRoutes::fill(db, options.seed, today); // routes of the past years (done) and this year (planned)
    demo::DemoAssociations::fill(db, options.seed, today); // the РМО they belong to, plans and protocols
    demo::DemoMentoring::fill(db, options.seed, today); // mentors of the young, a school of the young teacher
    demo::DemoEvents::fill(db, options.seed, today); // seminars, master classes, the August conference
    demo::DemoCompetitions::fill(db, options.seed, today); // two cycles of Учитель года and the others
    demo::DemoRecommendations::fill(db, today); // the monitorings' decisions, last June's checked
    demo::DemoPractices::fill(db, options.seed, today); // the bank: sixty practices, a few with a file
    demo::DemoPlans::fill(db, today); // the saved plan-graphs the forecasts are made from
    demo::DemoSites::fill(db, options.seed, today); // a dozen innovation sites; vacancies in a third of the schools
    demo::DemoTracks::fill(db, options.seed, today); // the three tracks, about 4 % of the teachers each half-year
    tx.commit();
    return summary;
}

} // namespace profrost
