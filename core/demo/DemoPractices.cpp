#include "demo/DemoPractices.h"

#include "demo/DemoRandom.h"
#include "domain/Practice.h"
#include "store/PracticeRepository.h"
#include "store/TeacherRepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace profrost::demo {

namespace {

// A subject: its name in the registry and «на уроках …» in a title.
struct SubjectForm
{
    QString name;
    QString lessons; // «математики»
};

const QList<SubjectForm> &subjects()
{
    static const QList<SubjectForm> list = {
        {u"математика"_s, u"математики"_s},           {u"русский язык"_s, u"русского языка"_s},
        {u"литература"_s, u"литературы"_s},           {u"английский язык"_s, u"английского языка"_s},
        {u"история"_s, u"истории"_s},                 {u"биология"_s, u"биологии"_s},
        {u"физика"_s, u"физики"_s},                   {u"химия"_s, u"химии"_s},
        {u"география"_s, u"географии"_s},             {u"информатика"_s, u"информатики"_s},
        {u"обществознание"_s, u"обществознания"_s},   {u"физическая культура"_s, u"физической культуры"_s},
    };
    return list;
}

// A theme: the title with %1 for «на уроках …», the description, the tags and the areas.
struct Theme
{
    QString title;
    QString description;
    QStringList tags;
    QList<CompetencyArea> areas;
};

const QList<Theme> &themes()
{
    static const QList<Theme> list = {
        {u"Функциональная грамотность на уроках %1"_s,
         u"Система заданий по модели PISA, встроенных в урок: контекстные задачи, работа с данными и "
         "текстами, критериальное оценивание. Описаны этапы урока и примеры заданий для 7–9 классов."_s,
         {u"функциональная грамотность"_s, u"PISA"_s, u"контекстные задачи"_s},
         {CompetencyArea::FunctionalLiteracy, CompetencyArea::Methodical}},
        {u"Формирующее оценивание на уроках %1"_s,
         u"Приёмы обратной связи: листы самооценки, «светофор», критерии успеха, рефлексия. Учитель "
         "видит затруднения класса на каждом уроке, ученики учатся оценивать свою работу."_s,
         {u"формирующее оценивание"_s, u"обратная связь"_s, u"рефлексия"_s},
         {CompetencyArea::Methodical, CompetencyArea::Psychological}},
        {u"Проектная деятельность на уроках %1"_s,
         u"Учебные проекты от замысла до защиты: паспорт проекта, роли в группе, критерии оценки продукта. "
         "Практика рассчитана на учебный год, проекты представляются на школьной конференции."_s,
         {u"проектная деятельность"_s, u"метапредметные результаты"_s},
         {CompetencyArea::Methodical, CompetencyArea::Communicative}},
        {u"Смысловое чтение на уроках %1"_s,
         u"Стратегии работы с текстом до, во время и после чтения: кластеры, инсерт, таблицы «знаю — хочу "
         "узнать — узнал». Подборка текстов и вопросов разного уровня."_s,
         {u"смысловое чтение"_s, u"читательская грамотность"_s},
         {CompetencyArea::FunctionalLiteracy, CompetencyArea::Subject}},
        {u"Цифровые образовательные ресурсы на уроках %1"_s,
         u"Использование ФГИС «Моя школа», интерактивных тренажёров и онлайн-тестов; правила цифровой "
         "гигиены; сценарии уроков со смешанным обучением."_s,
         {u"цифровая образовательная среда"_s, u"смешанное обучение"_s, u"ФГИС «Моя школа»"_s},
         {CompetencyArea::Digital}},
        {u"Работа над типичными ошибками ГИА на уроках %1"_s,
         u"Анализ результатов ОГЭ и ЕГЭ прошлых лет, карта типичных ошибок, индивидуальные маршруты "
         "подготовки и тренировочные работы с разбором."_s,
         {u"ГИА"_s, u"ОГЭ"_s, u"ЕГЭ"_s, u"индивидуальный маршрут"_s},
         {CompetencyArea::Subject, CompetencyArea::Methodical}},
        {u"Кейс-метод на уроках %1"_s,
         u"Кейсы из жизни района и региона как материал урока: анализ ситуации, поиск решений в группах, "
         "защита решения. Приложены три кейса с методическими комментариями."_s,
         {u"кейс-метод"_s, u"групповая работа"_s},
         {CompetencyArea::Methodical, CompetencyArea::Communicative}},
        {u"Работа с одарёнными детьми на уроках %1"_s,
         u"Система подготовки к олимпиадам: кружок, индивидуальные задания, участие в дистанционных "
         "турнирах, наставничество старших школьников над младшими."_s,
         {u"одарённые дети"_s, u"олимпиады"_s},
         {CompetencyArea::Subject, CompetencyArea::Psychological}},
        {u"Инклюзивный урок %1: обучение детей с ОВЗ"_s,
         u"Адаптация заданий и учебных материалов для детей с ограниченными возможностями здоровья, "
         "индивидуальные образовательные маршруты, взаимодействие с тьютором и психологом."_s,
         {u"ОВЗ"_s, u"инклюзивное образование"_s, u"адаптированные программы"_s},
         {CompetencyArea::Psychological, CompetencyArea::Methodical}},
        {u"Естественно-научная грамотность через эксперимент на уроках %1"_s,
         u"Исследовательские задания и домашние эксперименты, оборудование «Точки роста», оценка умения "
         "объяснять явления и делать выводы из данных."_s,
         {u"естественно-научная грамотность"_s, u"Точка роста"_s, u"эксперимент"_s},
         {CompetencyArea::FunctionalLiteracy, CompetencyArea::Subject}},
    };
    return list;
}

// Practices of the other staff: no subject.
const QList<Theme> &commonThemes()
{
    static const QList<Theme> list = {
        {u"Наставничество «педагог — молодой педагог» в школе"_s,
         u"Программа наставничества на год: диагностика затруднений молодого учителя, план встреч, "
         "взаимопосещение уроков, портфолио наставляемого."_s,
         {u"наставничество"_s, u"молодой педагог"_s},
         {CompetencyArea::Communicative, CompetencyArea::Methodical}},
        {u"Игровые технологии в работе с дошкольниками"_s,
         u"Сюжетно-ролевые и дидактические игры для развития речи и познавательной активности детей "
         "5–7 лет; картотека игр и сценарии занятий."_s,
         {u"дошкольное образование"_s, u"игровые технологии"_s, u"развитие речи"_s},
         {CompetencyArea::Methodical, CompetencyArea::Psychological}},
        {u"Финансовая грамотность для дошкольников"_s,
         u"Цикл занятий «Юный финансист»: игры о деньгах, труде и бережливости, лэпбук и семейные задания."_s,
         {u"финансовая грамотность"_s, u"дошкольное образование"_s, u"лэпбук"_s},
         {CompetencyArea::FunctionalLiteracy}},
        {u"Психологическое сопровождение адаптации пятиклассников"_s,
         u"Программа занятий педагога-психолога в период перехода в основную школу: диагностика "
         "тревожности, тренинги общения, консультации для родителей."_s,
         {u"адаптация"_s, u"психолого-педагогическое сопровождение"_s, u"5 класс"_s},
         {CompetencyArea::Psychological, CompetencyArea::Communicative}},
        {u"Школьная служба медиации"_s,
         u"Восстановительные программы и медиация конфликтов между учащимися; подготовка медиаторов из "
         "числа старшеклассников."_s,
         {u"медиация"_s, u"профилактика конфликтов"_s},
         {CompetencyArea::Communicative, CompetencyArea::Psychological}},
        {u"Взаимодействие с родителями в цифровой среде"_s,
         u"Родительские собрания онлайн, чаты класса по правилам, электронный журнал как средство "
         "диалога с семьёй."_s,
         {u"работа с родителями"_s, u"цифровая образовательная среда"_s},
         {CompetencyArea::Communicative, CompetencyArea::Digital}},
    };
    return list;
}

} // namespace

int DemoPractices::fill(Database &db, quint32 seed, QDate today)
{
    DemoRandom random(seed ^ 0x50524143u);
    QHash<QString, QList<qint64>> bySubject;
    QList<qint64> others;
    for (const TeacherRow &r : TeacherRepository(db).rows(today)) {
        if (!r.pedagogical)
            continue;
        if (r.subjects.isEmpty())
            others << r.id;
        for (const QString &s : r.subjects.split(u"; "_s, Qt::SkipEmptyParts))
            bySubject[s] << r.id;
    }
    PracticeRepository repo(db);
    const auto levelDrawn = [&random] {
        const qsizetype i = random.weighted({0.45, 0.35, 0.16, 0.04});
        return PracticeText::allLevels().at(i);
    };
    const auto authorsOf = [&random](const QList<qint64> &pool) {
        QList<qint64> out;
        if (pool.isEmpty())
            return out;
        const int n = qMin<int>(int(pool.size()), random.weighted({0.6, 0.3, 0.1}) + 1);
        while (out.size() < n) {
            const qint64 id = random.pick(pool);
            if (!out.contains(id))
                out << id;
        }
        return out;
    };
    int count = 0;
    // A practice on `theme`, saved; every fifth carries a lesson plan as its attached file.
    const auto write = [&](const Theme &theme, const QString &title, const QString &subject, const QList<qint64> &pool) {
        Practice p;
        p.title = title;
        p.subject = subject;
        p.level = levelDrawn();
        p.description = theme.description;
        p.tags = theme.tags;
        if (!subject.isEmpty())
            p.tags << subject;
        p.areas = theme.areas;
        p.authors = authorsOf(pool);
        if (count % 5 == 0) {
            const QString plan = u"План урока: «%1»\n\n1. Организационный момент.\n2. Актуализация знаний.\n"
                                 "3. Работа в группах.\n4. Рефлексия.\n"_s.arg(p.title);
            p.files << PracticeFile{0, u"План урока.txt"_s, 0, plan.toUtf8()};
        }
        repo.save(p);
        ++count;
    };
    // 54 subject practices: each theme with several subjects, none twice.
    QList<QPair<int, int>> pairs;
    for (int t = 0; t < themes().size(); ++t) {
        for (int s = 0; s < subjects().size(); ++s) {
            // Natural-science literacy is the science lessons' (the last theme).
            if (t == themes().size() - 1 && !QStringList{u"биология"_s, u"физика"_s, u"химия"_s, u"география"_s}
                                                 .contains(subjects().at(s).name))
                continue;
            pairs << qMakePair(t, s);
        }
    }
    random.shuffle(pairs);
    for (const auto &[t, s] : pairs.mid(0, 54)) {
        const Theme &theme = themes().at(t);
        const SubjectForm &subject = subjects().at(s);
        write(theme, theme.title.arg(subject.lessons), subject.name, bySubject.value(subject.name));
    }
    for (const Theme &theme : commonThemes())
        write(theme, theme.title, QString(), others.isEmpty() ? bySubject.value(u"русский язык"_s) : others);
    return count;
}

} // namespace profrost::demo
