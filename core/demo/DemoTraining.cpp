#include "demo/DemoTraining.h"

#include "demo/DemoRandom.h"
#include "domain/Position.h"
#include "domain/Training.h"
#include "store/Database.h"
#include "store/DictionaryRepository.h"
#include "store/TeacherRepository.h"
#include "store/TrainingRepository.h"

#include <QHash>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace profrost::demo {

namespace {

using A = CompetencyArea;

// ---------------------------------------------------------------- the catalogue

enum Provider { Academy, Iro, Cnppm, University, Infourok, Ciov, ProviderCount };

struct ProviderInfo
{
    const char16_t *name;
    ProviderKind kind;
    const char16_t *certificatePrefix; // region code of the issuer, as on real blanks
};

const ProviderInfo kProviders[ProviderCount] = {
    {u"ФГАОУ ДПО «Академия Минпросвещения России»", ProviderKind::Other, u"77"},
    {u"ГАУ ДПО «Институт развития образования»", ProviderKind::Iro, u"24"},
    {u"ЦНППМ «Учитель будущего»", ProviderKind::Cnppm, u"24"},
    {u"ФГБОУ ВО «Красноярский государственный педагогический университет им. В.П. Астафьева»",
     ProviderKind::University, u"24"},
    {u"ООО «Инфоурок»", ProviderKind::Other, u"67"},
    {u"ООО «Центр инновационного образования и воспитания»", ProviderKind::Other, u"64"},
};

struct Spec
{
    const char16_t *title;
    Provider provider;
    int hours; // 250 and more: retraining (ПП)
    StudyForm form;
    bool registry;
    QList<CompetencyArea> areas;
    QStringList posts;    // empty: anyone
    QStringList subjects; // empty: any
    double weight;        // how often it is chosen among the programmes a teacher fits
    int since = 0;        // the first year a run of it may end (the reform it follows); 0: always
};

QList<Spec> catalogue()
{
    const QStringList teacher = {u"учитель"_s};
    const QStringList primary = {u"учитель начальных классов"_s};
    const QStringList schoolTeachers = teacher + primary;
    const QStringList preschool = {u"воспитатель"_s, u"старший воспитатель"_s, u"музыкальный руководитель"_s,
                                   u"инструктор по физической культуре"_s};
    const QStringList preschoolManagers = {u"заведующий"_s, u"заместитель заведующего"_s};
    const QStringList schoolManagers = {u"директор"_s, u"заместитель директора по учебно-воспитательной работе"_s,
                                        u"заместитель директора по воспитательной работе"_s,
                                        u"заместитель директора по учебной работе"_s};
    const QStringList speech = {u"учитель-логопед"_s, u"учитель-дефектолог"_s};
    const QStringList psychologists = {u"педагог-психолог"_s, u"социальный педагог"_s};
    const QStringList additional = {u"педагог дополнительного образования"_s,
                                    u"старший педагог дополнительного образования"_s, u"тренер-преподаватель"_s,
                                    u"старший тренер-преподаватель"_s, u"концертмейстер"_s, u"методист"_s,
                                    u"инструктор-методист"_s, u"педагог-организатор"_s};
    const QStringList upbringing = schoolTeachers + QStringList{
        u"советник директора по воспитанию и взаимодействию с детскими общественными объединениями"_s,
        u"педагог-организатор"_s, u"старший вожатый"_s};
    const QStringList lifeSafety = {u"учитель"_s, u"преподаватель-организатор основ безопасности и защиты Родины"_s};
    const QStringList russian = {u"русский язык"_s, u"литература"_s};
    const QStringList maths = {u"математика"_s, u"алгебра"_s, u"геометрия"_s};
    const QStringList science = {u"физика"_s, u"химия"_s, u"биология"_s, u"география"_s};
    using F = StudyForm;
    return {
        {u"Школа современного учителя. Русский язык и литература", Academy, 100, F::Distance, true,
         {A::Subject, A::Methodical}, teacher, russian, 3, 2021},
        {u"Школа современного учителя. Математика", Academy, 100, F::Distance, true, {A::Subject, A::Methodical},
         teacher, maths, 3, 2021},
        {u"Школа современного учителя. Естественно-научные предметы", Academy, 100, F::Distance, true,
         {A::Subject, A::Methodical, A::FunctionalLiteracy}, teacher, science, 3, 2021},
        {u"Реализация требований обновленных ФГОС ООО, ФГОС СОО в работе учителя (русский язык, литература)", Iro,
         36, F::Blended, false, {A::Subject, A::Methodical}, teacher, russian, 3, 2022},
        {u"Реализация требований обновленных ФГОС ООО, ФГОС СОО в работе учителя (математика, информатика)", Iro,
         36, F::Blended, false, {A::Subject, A::Methodical}, teacher, maths + QStringList{u"информатика"_s}, 3, 2022},
        {u"Реализация требований обновленных ФГОС ООО, ФГОС СОО в работе учителя (история, обществознание)", Iro,
         36, F::Blended, false, {A::Subject, A::Methodical}, teacher,
         {u"история"_s, u"обществознание"_s, u"ОДНКНР"_s}, 3, 2022},
        {u"Реализация требований обновленных ФГОС ООО, ФГОС СОО в работе учителя (иностранный язык)", Iro, 36,
         F::Distance, false, {A::Subject, A::Methodical}, teacher,
         {u"английский язык"_s, u"немецкий язык"_s, u"французский язык"_s}, 3, 2022},
        {u"Реализация требований обновленных ФГОС ООО, ФГОС СОО в работе учителя (физическая культура)", Iro, 36,
         F::Blended, false, {A::Subject, A::Methodical}, teacher, {u"физическая культура"_s}, 3, 2022},
        {u"Реализация требований обновленных ФГОС НОО в работе учителя начальных классов", Iro, 36, F::Blended,
         false, {A::Subject, A::Methodical}, primary, {}, 4, 2022},
        {u"Формирование и оценка функциональной грамотности школьников", Cnppm, 36, F::FullTime, false,
         {A::FunctionalLiteracy, A::Methodical}, schoolTeachers, {}, 2, 2019},
        {u"Функциональная грамотность школьников", Academy, 72, F::Distance, true,
         {A::FunctionalLiteracy, A::Methodical}, schoolTeachers, {}, 1.5, 2021},
        {u"Совершенствование компетенций педагогических работников в рамках реализации федерального проекта "
         u"«Учитель будущего»", Academy, 72, F::Distance, true, {A::Subject, A::Methodical, A::Digital},
         schoolTeachers, {}, 1, 2019},
        {u"ИКТ в деятельности учителя-предметника в условиях реализации ФГОС ООО", Infourok, 72, F::Distance, false,
         {A::Digital}, teacher, {}, 1.5},
        {u"Цифровая образовательная среда: сервисы ФГИС «Моя школа» в работе педагога", Cnppm, 36, F::Blended,
         true, {A::Digital}, schoolTeachers, {}, 1.5, 2022},
        {u"Методика подготовки обучающихся 9–11 классов к итоговой аттестации по математике", University, 72,
         F::Blended, false, {A::Subject, A::Methodical}, teacher, maths, 1.5},
        {u"Методика подготовки обучающихся 9–11 классов к итоговой аттестации по русскому языку", University, 72,
         F::Blended, false, {A::Subject, A::Methodical}, teacher, russian, 1.5},
        {u"Методика преподавания предмета «ОБЗР» в условиях реализации ФГОС", Iro, 72, F::Blended, true,
         {A::Subject, A::Methodical}, lifeSafety, {u"ОБЗР"_s}, 4, 2024},
        {u"Технологии логопедической работы с детьми с РАС", University, 144, F::Blended, false,
         {A::Psychological, A::Methodical}, speech, {}, 3},
        {u"Речевое развитие в ФОП ДО", Cnppm, 16, F::FullTime, false, {A::Methodical}, preschool, {}, 2, 2023},
        {u"Компетенции педагога дошкольного образования", Ciov, 216, F::Distance, false,
         {A::Psychological, A::Methodical}, preschool, {}, 1.5},
        {u"Реализация ФОП ДО: содержание и педагогические технологии", Iro, 72, F::Blended, true,
         {A::Methodical, A::Psychological}, preschool + preschoolManagers, {}, 3, 2023},
        {u"Менеджмент образовательной организации", Iro, 252, F::Blended, false, {A::Communicative, A::Methodical},
         schoolManagers + preschoolManagers, {}, 1},
        {u"Педагогика и методика дополнительного образования детей и взрослых", Ciov, 300, F::Distance, false,
         {A::Methodical, A::Psychological}, additional, {}, 1},
        {u"Современные подходы к разработке дополнительных общеразвивающих программ", Cnppm, 36, F::Blended, false,
         {A::Methodical}, additional, {}, 3},
        {u"Профилактика деструктивного поведения обучающихся: деятельность педагога-психолога", Cnppm, 72,
         F::Blended, true, {A::Psychological}, psychologists, {}, 4},
        {u"Деятельность классного руководителя по реализации программы воспитания", Academy, 36, F::Distance, true,
         {A::Psychological, A::Communicative}, upbringing, {}, 1.5, 2021},
        {u"Наставничество в образовательной организации: модели и практики", Cnppm, 36, F::FullTime, true,
         {A::Communicative, A::Methodical}, {}, {}, 0.6, 2020},
        {u"Инклюзивное образование детей с ОВЗ в условиях реализации ФГОС", Ciov, 72, F::Distance, false,
         {A::Psychological}, {}, {}, 0.8},
        {u"Оказание первой помощи пострадавшим в образовательной организации", Iro, 16, F::FullTime, false, {}, {},
         {}, 0.5},
        {u"Управление образовательной организацией в условиях реализации обновленных ФГОС", Academy, 72,
         F::Distance, true, {A::Communicative, A::Methodical}, schoolManagers, {}, 3, 2022},
    };
}

// Days from the first to the last day of a course of so many hours.
int durationDays(DemoRandom &random, int hours)
{
    if (hours <= 16) return random.between(1, 2);
    if (hours <= 36) return random.between(4, 11);
    if (hours <= 72) return random.between(13, 27);
    if (hours <= 144) return random.between(40, 70);
    if (hours <= 216) return random.between(60, 90);
    return random.between(120, 180);
}

// ---------------------------------------------------------------- the builder

struct ProgrammeData
{
    qint64 id = 0;
    Spec spec;
    quint64 postMask = 0;    // 0: any post
    quint64 subjectMask = 0; // 0: any subject
};

struct RunData
{
    qint64 id = 0;
    int programme = 0;
    QDate starts;
    QDate ends;
    int seats = 0;
    int taken = 0;
};

struct PostProfile
{
    quint64 post = 0;     // the bit of its position, 0 when no programme names it
    quint64 subjects = 0;
};

struct Person
{
    qint64 id = 0;
    qint64 organisationId = 0;
    QDate experienceStart;
    bool pedagogical = false;
    bool manager = false;
    QList<PostProfile> posts;
    QList<int> eligible; // programme indices
    QList<int> runs;     // run indices taken, so that nobody takes a run twice
    QDate teamCourse;    // the course a management team took together
    bool due = false;    // overdue, never trained or falling due: planned for the upcoming runs
};

class Builder
{
public:
    Builder(Database &db, quint32 seed, QDate today)
        : m_db(db), m_today(today), m_historyStarts(today.addYears(-10)),
          m_random(seed * 2654435761u + 0x7A1Bu), m_training(db)
    {
    }

    DemoTrainingSummary run()
    {
        loadCatalogue();
        loadPeople();
        teams();
        for (Person &p : m_people)
            history(p);
        flush(); // the applications below count the seats taken
        notCompleted();
        upcoming();
        earlierTeams();
        flush();
        return m_summary;
    }

private:
    void loadCatalogue();
    void loadPeople();
    void teams();
    void history(Person &p);
    void notCompleted();
    void upcoming();
    void earlierTeams();
    void flush()
    {
        m_training.recordNewCompletions(m_completions);
        m_completions.clear();
    }

    bool fits(const ProgrammeData &programme, const Person &p) const;
    int pickProgramme(const Person &p, QDate ends = {});
    QDate target(QDate lo, QDate hi);
    int newRun(int programme, QDate starts, QDate ends);
    int runFor(int programme, QDate target, QDate lo, QDate hi, const Person &p, int need = 1);
    void complete(Person &p, int run);
    QString place(const Spec &spec);

    Database &m_db;
    QDate m_today;
    QDate m_historyStarts; // no course ends before: ten years of history
    DemoRandom m_random;
    TrainingRepository m_training;
    QList<ProgrammeData> m_programmes;
    QList<RunData> m_runs;
    QList<QList<int>> m_openRuns; // programme -> runs with a free seat
    QHash<QString, int> m_groupNumbers; // programme | year -> groups so far
    QList<Person> m_people;
    QHash<QString, int> m_postBits;    // position name -> bit of the masks
    QHash<QString, int> m_subjectBits; // subject name -> bit
    qint64 m_certificates[ProviderCount] = {};
    int m_popular = -1; // a programme for most school teachers
    QList<QList<int>> m_teams; // the management teams of teams(), people's indices
    QList<TrainingRepository::NewCompletion> m_completions; // not written yet
    DemoTrainingSummary m_summary;
};

quint64 maskOf(QHash<QString, int> &bits, const QStringList &names, bool add)
{
    quint64 m = 0;
    for (const QString &n : names) {
        auto it = bits.find(n);
        if (it == bits.end()) {
            if (!add)
                continue;
            it = bits.insert(n, int(bits.size()));
        }
        if (*it < 64)
            m |= quint64(1) << *it;
    }
    return m;
}

void Builder::loadCatalogue()
{
    QHash<QString, qint64> positions, subjects;
    DictionaryRepository dictionary(m_db);
    for (const Position &p : dictionary.positions())
        positions.insert(p.name, p.id);
    for (const Subject &s : dictionary.subjects())
        subjects.insert(s.name, s.id);
    for (const Spec &spec : catalogue()) {
        ProgrammeData d;
        d.spec = spec;
        d.postMask = maskOf(m_postBits, spec.posts, true);
        d.subjectMask = maskOf(m_subjectBits, spec.subjects, true);
        Programme p;
        p.title = QString::fromUtf16(spec.title);
        p.provider = QString::fromUtf16(kProviders[spec.provider].name);
        p.providerKind = kProviders[spec.provider].kind;
        p.kind = spec.hours >= 250 ? ProgrammeKind::Retraining : ProgrammeKind::Training;
        p.hours = spec.hours;
        p.form = spec.form;
        p.federalRegistry = spec.registry;
        p.areas = spec.areas;
        for (const QString &n : spec.posts) {
            if (positions.contains(n))
                p.positionIds.append(positions.value(n));
        }
        for (const QString &n : spec.subjects) {
            if (subjects.contains(n))
                p.subjectIds.append(subjects.value(n));
        }
        d.id = m_training.insertProgramme(p);
        m_programmes.append(d);
    }
    m_openRuns.resize(m_programmes.size());
    m_summary.programmes = int(m_programmes.size());
    for (qint64 &c : m_certificates)
        c = m_random.between(10000000, 59999999);
}

void Builder::loadPeople()
{
    QList<TeacherRow> rows = TeacherRepository(m_db).rows(m_today);
    std::sort(rows.begin(), rows.end(), [](const TeacherRow &a, const TeacherRow &b) { return a.id < b.id; });
    m_people.reserve(rows.size());
    for (const TeacherRow &r : rows) {
        if (r.posts.isEmpty()) // dismissed: their old courses are not part of the demo
            continue;
        Person p;
        p.id = r.id;
        p.organisationId = r.organisationIds.isEmpty() ? 0 : r.organisationIds.first();
        p.experienceStart = r.experienceStart;
        p.pedagogical = r.pedagogical;
        for (const PostLine &post : r.posts) {
            p.posts.append({maskOf(m_postBits, {post.position}, false), maskOf(m_subjectBits, post.subjects, false)});
            p.manager = p.manager || PositionCatalog::defaultKindFor(post.position) == PositionKind::Managerial;
        }
        for (int i = 0; i < m_programmes.size(); ++i) {
            if (fits(m_programmes.at(i), p))
                p.eligible.append(i);
        }
        m_people.append(std::move(p));
    }
}

bool Builder::fits(const ProgrammeData &programme, const Person &p) const
{
    for (const PostProfile &post : p.posts) {
        const bool postFits = programme.postMask == 0 || (programme.postMask & post.post) != 0;
        const bool subjectFits = programme.subjectMask == 0 || post.subjects == 0
                                 || (programme.subjectMask & post.subjects) != 0;
        if (postFits && subjectFits)
            return true;
    }
    return false;
}

int Builder::pickProgramme(const Person &p, QDate ends)
{
    // The programmes that existed then (a course on the updated ФГОС does not
    // end in 2018); any the teacher fits when none did.
    QList<int> now;
    if (ends.isValid()) {
        for (int i : p.eligible) {
            if (m_programmes.at(i).spec.since <= ends.year())
                now.append(i);
        }
    }
    const QList<int> &eligible = now.isEmpty() ? p.eligible : now;
    if (eligible.isEmpty())
        return -1;
    double total = 0;
    for (int i : eligible)
        total += m_programmes.at(i).spec.weight;
    double x = m_random.real() * total;
    for (int i : eligible) {
        x -= m_programmes.at(i).spec.weight;
        if (x < 0)
            return i;
    }
    return eligible.constLast();
}

// A day in [lo, hi] for a course to end, seldom in the summer holidays.
QDate Builder::target(QDate lo, QDate hi)
{
    QDate d = m_random.dateBetween(lo, hi);
    for (int attempt = 0; attempt < 2 && (d.month() == 7 || d.month() == 8); ++attempt)
        d = m_random.dateBetween(lo, hi);
    return d;
}

QString Builder::place(const Spec &spec)
{
    if (spec.form == StudyForm::Distance)
        return u"дистанционно"_s;
    QString room;
    switch (spec.provider) {
    case Iro: room = u"ИРО, ауд. %1"_s.arg(m_random.between(2, 4) * 100 + m_random.between(1, 15)); break;
    case Cnppm: room = m_random.chance(0.5) ? u"ИМЦ, ауд. 12"_s : u"ЦНППМ, ауд. %1"_s.arg(m_random.between(201, 212)); break;
    case University: room = u"КГПУ им. В.П. Астафьева, корп. 2, ауд. %1"_s.arg(m_random.between(401, 436)); break;
    default: room = u"ИМЦ, ауд. 12"_s; break;
    }
    return spec.form == StudyForm::Blended ? room + u" и дистанционно"_s : room;
}

int Builder::newRun(int programme, QDate starts, QDate ends)
{
    const Spec &spec = m_programmes.at(programme).spec;
    CourseRun r;
    r.programmeId = m_programmes.at(programme).id;
    r.starts = starts;
    r.ends = ends;
    r.place = place(spec);
    r.seats = spec.form == StudyForm::Distance ? 0 : 5 * m_random.between(4, 6);
    const QString kind = spec.hours >= 250 ? u"ПП"_s : u"ПК"_s;
    const int number = ++m_groupNumbers[QString::number(programme) + u'|' + QString::number(starts.year())];
    r.groupName = u"%1-%2-%3"_s.arg(kind).arg(starts.year()).arg(number, 2, 10, QChar(u'0'));
    RunData d;
    d.id = m_training.insertRun(r);
    d.programme = programme;
    d.starts = starts;
    d.ends = ends;
    d.seats = r.seats;
    m_runs.append(d);
    m_openRuns[programme].append(int(m_runs.size()) - 1);
    ++m_summary.runs;
    return int(m_runs.size()) - 1;
}

// A run of the programme ending near `target` within [lo, hi] with `need`
// free seats; a new group when none has room.
int Builder::runFor(int programme, QDate target, QDate lo, QDate hi, const Person &p, int need)
{
    QList<int> &open = m_openRuns[programme];
    for (int i : std::as_const(open)) {
        const RunData &r = m_runs.at(i);
        if (r.ends < lo || r.ends > hi || std::abs(r.ends.daysTo(target)) > 45 || p.runs.contains(i))
            continue;
        if (r.seats == 0 || r.taken + need <= r.seats)
            return i;
    }
    QDate ends = target;
    if (ends.dayOfWeek() > 5) // courses end on a weekday
        ends = ends.addDays(ends.addDays(5 - ends.dayOfWeek()) >= lo ? 5 - ends.dayOfWeek() : 8 - ends.dayOfWeek());
    if (ends > hi)
        ends = target;
    QDate starts = ends.addDays(-durationDays(m_random, m_programmes.at(programme).spec.hours));
    if (starts.dayOfWeek() > 5)
        starts = starts.addDays(5 - starts.dayOfWeek()); // from the Friday before
    return newRun(programme, starts, ends);
}

void Builder::complete(Person &p, int run)
{
    RunData &r = m_runs[run];
    const Provider provider = m_programmes.at(r.programme).spec.provider;
    m_certificates[provider] += m_random.between(1, 7);
    const QString number = QString::fromUtf16(kProviders[provider].certificatePrefix)
                           + u"%1"_s.arg(r.ends.year() % 100, 2, 10, QChar(u'0'))
                           + u"%1"_s.arg(m_certificates[provider], 8, 10, QChar(u'0'));
    m_completions.append({r.id, p.id, number, r.ends}); // written at once by flush()
    p.runs.append(run);
    ++r.taken;
    if (r.seats > 0 && r.taken >= r.seats)
        m_openRuns[r.programme].removeOne(run);
    ++m_summary.completions;
}

// Managers of one organisation take a management course together (indicator I4).
void Builder::teams()
{
    int schoolCourse = -1, preschoolCourse = -1;
    for (int i = 0; i < m_programmes.size(); ++i) {
        const QString title = QString::fromUtf16(m_programmes.at(i).spec.title);
        if (title.startsWith(u"Управление образовательной организацией"))
            schoolCourse = i;
        else if (title.startsWith(u"Реализация ФОП ДО"))
            preschoolCourse = i;
    }
    QMap<qint64, QList<int>> managers; // organisation -> people, in id order
    for (int i = 0; i < m_people.size(); ++i) {
        if (m_people.at(i).manager && m_people.at(i).organisationId != 0)
            managers[m_people.at(i).organisationId].append(i);
    }
    for (const QList<int> &team : std::as_const(managers)) {
        if (team.size() < 2 || !m_random.chance(0.4))
            continue;
        QList<int> members;
        int course = -1;
        for (int candidate : {schoolCourse, preschoolCourse}) {
            members.clear();
            for (int i : team) {
                if (candidate >= 0 && fits(m_programmes.at(candidate), m_people.at(i)))
                    members.append(i);
            }
            if (members.size() >= 2) {
                course = candidate;
                break;
            }
        }
        if (course < 0)
            continue;
        const QDate lo = m_today.addYears(-3).addDays(30), hi = m_today.addDays(-7);
        const int run = runFor(course, target(lo, hi), lo, hi, m_people.at(members.first()), int(members.size()));
        for (int i : members) {
            complete(m_people[i], run);
            m_people[i].teamCourse = m_runs.at(run).ends;
        }
        m_teams.append(members);
    }
}

// Half of the management teams retrained together some years before their
// latest course (I4 in the past years): drawn last, so that the courses of
// this year and the coming ones do not depend on it.
void Builder::earlierTeams()
{
    int management = -1;
    for (int i = 0; i < m_programmes.size(); ++i) {
        if (QString::fromUtf16(m_programmes.at(i).spec.title).startsWith(u"Менеджмент образовательной организации"))
            management = i;
    }
    if (management < 0)
        return;
    for (const QList<int> &members : std::as_const(m_teams)) {
        if (!m_random.chance(0.5))
            continue;
        QList<int> team;
        for (int i : members) {
            if (fits(m_programmes.at(management), m_people.at(i)))
                team.append(i);
        }
        const QDate from = m_today.addYears(-7), to = m_today.addYears(-3).addDays(-60);
        if (team.size() < 2)
            continue;
        const int run = runFor(management, target(from, to), from, to, m_people.at(team.first()), int(team.size()));
        for (int i : std::as_const(team)) {
            if (!m_people.at(i).runs.contains(run)) // one who took that run already, on their own
                complete(m_people[i], run);
        }
    }
}

// The courses of one person: the latest as the further-training rule finds
// them today (within the 3-year window, overdue, falling due), then the
// earlier ones back to the history's start, ten years before today.
void Builder::history(Person &p)
{
    const QDate start = p.experienceStart.isValid() ? p.experienceStart : m_today.addYears(-10);
    const QDate earliest = std::max(m_today.addYears(-4).addDays(40), start.addDays(60));
    const QDate windowStarts = m_today.addYears(-3).addDays(1); // the window (D − 3 years, D]
    QDate lo, hi;
    QDate later; // the first day of the latest course so far
    if (p.teamCourse.isValid()) {
        later = p.teamCourse; // the team course is the latest
    } else {
        double never = 0.05, expired = 0.14, dueSoon = 0.11;
        if (start > m_today.addYears(-1)) {
            never = 0.7; expired = 0; dueSoon = 0; // newcomers: not yet
        } else if (start > m_today.addYears(-3)) {
            never = 0.25; expired = 0; dueSoon = 0.05;
        }
        const double r = m_random.real();
        if (r < never) {
            p.due = true;
            return;
        }
        if (r < never + expired) {
            lo = earliest;
            hi = windowStarts.addDays(-1);
            p.due = true;
        } else if (r < never + expired + dueSoon) {
            lo = std::max(earliest, windowStarts);
            hi = m_today.addYears(-2);
            p.due = true;
        } else {
            lo = std::max(earliest, m_today.addYears(-2).addDays(1));
            hi = m_today.addDays(-3);
        }
        if (lo > hi) {
            p.due = true;
            return;
        }
        const QDate t = target(lo, hi);
        const int programme = pickProgramme(p, t);
        if (programme < 0)
            return;
        const int run = runFor(programme, t, lo, hi, p);
        complete(p, run);
        later = m_runs.at(run).starts;
    }
    // The earlier courses, each some years before the next. Renewed within
    // the 3 years more and more often as the years come nearer (the centre's
    // plan-graphs, the monitoring's I1): the district's I1 was about two
    // thirds four years ago and rises.
    const QDate first = std::max(m_historyStarts, start.addDays(60));
    while (true) {
        const double recent = std::clamp(double(m_historyStarts.daysTo(later)) / m_historyStarts.daysTo(m_today), 0.0, 1.0);
        const bool inTime = m_random.chance(0.3 + 0.35 * recent);
        const QDate t = later.addDays(inTime ? -m_random.between(500, 1080) : -m_random.between(1100, 2600));
        if (t < first)
            return;
        lo = std::max(first, t.addDays(-45));
        hi = std::min(t.addDays(45), later.addDays(-400));
        if (lo > hi)
            return;
        const QDate ends = target(lo, hi);
        const int programme = pickProgramme(p, ends);
        if (programme < 0)
            return;
        const int run = runFor(programme, ends, lo, hi, p);
        complete(p, run);
        later = m_runs.at(run).starts;
    }
}

// A few did not finish a distance course: an application, approval, then "не окончил".
void Builder::notCompleted()
{
    const int count = int(m_people.size()) / 250;
    for (int k = 0; k < count; ++k) {
        Person &p = m_people[m_random.between(0, int(m_people.size()) - 1)];
        const int programme = pickProgramme(p);
        if (programme < 0 || m_programmes.at(programme).spec.form != StudyForm::Distance)
            continue;
        const QList<int> &open = m_openRuns.at(programme);
        if (open.isEmpty())
            continue;
        const int run = open.at(m_random.between(0, int(open.size()) - 1));
        if (p.runs.contains(run))
            continue;
        const RunData &r = m_runs.at(run);
        const qint64 e = m_training.apply(r.id, p.id, p.organisationId, r.starts.addDays(-m_random.between(7, 30)));
        m_training.approve(e);
        m_training.markNotCompleted(e);
        p.runs.append(run);
        ++m_summary.applications;
    }
}

// Runs in progress and upcoming ones, with applications from those who are
// due: enrolled while seats last, then the waiting list; the latest still wait
// for a decision.
void Builder::upcoming()
{
    QList<int> local; // programmes the methodist's district runs in person
    for (int i = 0; i < m_programmes.size(); ++i) {
        const Spec &s = m_programmes.at(i).spec;
        if (QString::fromUtf16(s.title).startsWith(u"Формирование и оценка функциональной грамотности"))
            m_popular = i;
        if (s.form != StudyForm::Distance && (s.provider == Iro || s.provider == Cnppm || s.provider == University))
            local.append(i);
    }
    QList<int> due, others;
    for (int i = 0; i < m_people.size(); ++i) {
        if (m_people.at(i).pedagogical)
            (m_people.at(i).due ? due : others).append(i);
    }
    m_random.shuffle(due);
    m_random.shuffle(others);
    const int inProgress = m_people.size() >= 300 ? 2 : 1;
    const int future = std::clamp(int(m_people.size()) / 1500 + 3, 4, 12);
    QList<bool> taken(m_people.size(), false);
    for (int k = 0; k < inProgress + future && !local.isEmpty(); ++k) {
        // The first upcoming group is one most school teachers fit, and popular.
        const int programme = k == inProgress && m_popular >= 0 ? m_popular : m_random.pick(local);
        const int days = durationDays(m_random, m_programmes.at(programme).spec.hours);
        const bool running = k < inProgress;
        QDate starts = running ? m_today.addDays(-m_random.between(1, std::max(1, days - 1)))
                               : m_today.addDays(m_random.between(10, 150));
        if (starts.dayOfWeek() > 5) // a Monday for the coming ones, the Friday before for those begun
            starts = starts.addDays(running ? 5 - starts.dayOfWeek() : 8 - starts.dayOfWeek());
        const QDate ends = running ? std::max(starts.addDays(days), m_today.addDays(2)) : starts.addDays(days);
        const int run = newRun(programme, starts, ends);
        const RunData &r = m_runs.at(run);
        const double demand = running ? 0.7 + 0.3 * m_random.real()
                                      : k == inProgress ? 1.5 : 0.75 + 0.6 * m_random.real();
        const int wanted = int(r.seats * demand);
        QList<std::pair<QDate, int>> applicants;
        for (const QList<int> *pool : {&due, &others}) {
            for (int i : *pool) {
                if (applicants.size() >= wanted)
                    break;
                if (!taken.at(i) && fits(m_programmes.at(programme), m_people.at(i))) {
                    taken[i] = true;
                    const QDate last = running ? starts.addDays(-5) : m_today;
                    applicants.append({last.addDays(-m_random.between(0, 40)), i});
                }
            }
        }
        std::stable_sort(applicants.begin(), applicants.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        const int decided = running ? int(applicants.size()) : int(applicants.size() * 0.85);
        for (int n = 0; n < applicants.size(); ++n) {
            Person &p = m_people[applicants.at(n).second];
            const qint64 e = m_training.apply(r.id, p.id, p.organisationId, applicants.at(n).first);
            ++m_summary.applications;
            p.runs.append(run);
            if (n >= decided)
                continue; // still an application
            if (m_training.approve(e) == EnrolmentStatus::Enrolled && !running && m_random.chance(0.05))
                m_training.withdraw(e); // changed their mind: the waiting list moves up
        }
    }
}

} // namespace

DemoTrainingSummary DemoTraining::fill(Database &db, quint32 seed, QDate today)
{
    Transaction tx(db);
    const DemoTrainingSummary summary = Builder(db, seed, today).run();
    tx.commit();
    return summary;
}

} // namespace profrost::demo
