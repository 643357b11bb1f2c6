// `profrost-cli report plan` and `report protocol` as a user runs them: the
// real executable, the printed PDF read back with pdftotext, checked for
// what a head of an association checks on paper.

#include <catch2/catch.hpp>

#include "store/AssociationRepository.h"
#include "store/DictionaryRepository.h"
#include "store/MeetingRepository.h"
#include "store/OrganisationRepository.h"
#include "store/PlanRepository.h"
#include "store/TeacherRepository.h"
#include "support/CliFixtures.h"
#include "support/TestSupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <ostream>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

const QString kReport = u"report"_s;

// The РМО of mathematics: Антонова heads it, Белова is its secretary;
// Волкова and Гусева are members, Гусева absent from the meeting; Дмитриева
// left before it and is not listed.
struct World
{
    ClockScope clock;
    TempDatabase t;
    qint64 school = 0, post = 0, rmo = 0, plan = 0, roadmap = 0, meeting = 0;

    World()
    {
        DictionaryRepository dict(t.db());
        const qint64 m = dict.ensureMunicipality(u"Ермаковский район"_s);
        Organisation o;
        o.name = u"МБОУ СОШ № 1"_s;
        o.shortName = u"СОШ № 1"_s;
        o.municipalityId = m;
        school = OrganisationRepository(t.db()).insert(o);
        post = dict.ensurePosition(u"учитель"_s, PositionKind::Pedagogical);
        const qint64 head = add(u"Антонова"_s, u"Мария"_s, u"Петровна"_s);
        const qint64 secretary = add(u"Белова"_s, u"Ольга"_s, u"Ивановна"_s);
        const qint64 member = add(u"Волкова"_s, u"Анна"_s, u"Сергеевна"_s);
        const qint64 absent = add(u"Гусева"_s, u"Елена"_s, u"Юрьевна"_s);
        const qint64 gone = add(u"Дмитриева"_s, u"Ирина"_s, u"Олеговна"_s);
        Association a;
        a.name = u"РМО учителей математики"_s;
        a.direction = u"математика"_s;
        a.headId = head;
        a.secretaryId = secretary;
        AssociationRepository repo(t.db());
        rmo = repo.insert(a);
        for (qint64 x : {head, secretary, member, absent})
            repo.addMember({0, rmo, x, QDate(2024, 9, 1), {}});
        repo.addMember({0, rmo, gone, QDate(2024, 9, 1), QDate(2026, 9, 1)});

        MethodicalPlan p;
        p.associationId = rmo;
        p.startYear = 2026;
        p.title = u"План работы РМО учителей математики на 2026/2027 учебный год"_s;
        p.theme = u"Повышение качества математического образования"_s;
        p.goal = u"Совершенствование профессиональных компетенций учителей"_s;
        p.tasks = u"Анализировать результаты ГИА\nРаспространять успешные практики"_s;
        p.approval = {u"Директор МКУ «ИМЦ»"_s, u"Н.В. Орлова"_s, QDate(2026, 8, 28)};
        p.review = {u"на заседании РМО"_s, QDate(2026, 5, 21), u"5"_s};
        p.items = {
            PlanItem{0, 0, u"Анализ результатов ОГЭ и ЕГЭ\nУтверждение плана работы"_s, u"заседание"_s, {},
                     QDate(2026, 8, 27), {}, {}, {}, u"Антонова М.П."_s, true},
            PlanItem{0, 0, u"Функциональная грамотность: от проблем к результатам"_s, u"семинар-практикум"_s, {},
                     {}, {}, u"ноябрь"_s, {}, u"Белова О.И."_s, true},
            PlanItem{0, 0, u"Открытые уроки молодых педагогов"_s, u"открытый урок"_s, {}, {}, {},
                     u"в течение года"_s, {}, u"Волкова А.С."_s, false},
        };
        PlanRepository plans(t.db());
        plan = plans.insert(p);

        MethodicalPlan r;
        r.kind = PlanKind::Roadmap;
        r.startYear = 2026;
        r.title = u"Дорожная карта ММЦ на 2026/2027 учебный год"_s;
        r.stages = {u"Этап 1. Аналитический"_s, u"Этап 2. Методическое сопровождение"_s};
        r.items = {
            PlanItem{0, 1, u"Оценка кадрового потенциала"_s, {}, u"Выявление ключевых дефицитов"_s, {}, {},
                     u"август"_s, u"Муниципалитет, регион"_s, u"Рук. РМО, зав. РМК"_s, false},
            PlanItem{0, 2, u"Самообразование"_s, {}, u"Программа профессионального роста"_s, {}, {},
                     u"сентябрь–июнь"_s, u"Муниципалитет, регион"_s, u"Рук. РМО"_s, false},
        };
        roadmap = plans.insert(r);

        Meeting earlier; // protocol № 1 of 2026/2027
        earlier.associationId = rmo;
        earlier.date = QDate(2026, 9, 10);
        earlier.agenda = {AgendaItem{0, u"Организационный вопрос"_s, {}, {}, {}, u"Принять к сведению."_s}};
        MeetingRepository meetings(t.db());
        meetings.insert(earlier);

        Meeting mt;
        mt.associationId = rmo;
        mt.planItemId = plans.get(plan).items.at(1).id;
        mt.date = QDate(2026, 11, 12);
        mt.place = u"МБОУ СОШ № 1"_s;
        mt.form = u"семинар-практикум"_s;
        mt.attendees = {head, secretary, member};
        mt.guests = {u"Орлова Н.В., директор МКУ «ИМЦ»"_s};
        AgendaItem first{0, u"Результаты диагностики функциональной грамотности"_s, u"Антонова М.П."_s,
                         u"о результатах диагностики"_s, u"Волкова А.С."_s,
                         u"Принять к сведению результаты диагностики.\nПровести мастер-классы в декабре."_s};
        AgendaItem second{0, u"Об участии в конкурсе «Учитель года»"_s, u"Белова О.И."_s,
                          u"о сроках муниципального этапа"_s, {}, u"Выдвинуть Волкову А.С."_s, true, 3, 0, 0};
        mt.agenda = {first, second};
        meeting = meetings.insert(mt);
    }

    qint64 add(const QString &surname, const QString &name, const QString &patronymic)
    {
        Teacher x;
        x.surname = surname;
        x.name = name;
        x.patronymic = patronymic;
        x.birthDate = QDate(1980, 3, 14);
        x.employments.append({0, school, post, {}, QDate(2005, 9, 1), {}});
        return TeacherRepository(t.db()).insert(x);
    }
};

// The lines of all pages, trimmed, without empty ones.
QStringList lines(const QStringList &pages)
{
    QStringList out;
    for (const QString &page : pages)
        for (const QString &line : page.split(u'\n'))
            if (!line.trimmed().isEmpty())
                out << line.simplified();
    return out;
}

} // namespace

TEST_CASE("report plan: the year plan of an association, approved, meetings numbered", "[cli][associations]")
{
    World w;
    const QString pdf = w.t.file(u"план.pdf"_s);
    const CliResult r = runCli({kReport, u"plan"_s, w.t.location(), u"--id"_s, QString::number(w.plan), u"--out"_s, pdf});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"written"));
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() >= 1);
    const QStringList all = lines(pages);
    INFO(all.join(u'\n').toStdString());
    // The approval block at the top right, before the title.
    const qsizetype approve = lineOf(all, u"УТВЕРЖДАЮ"_s);
    REQUIRE(approve >= 0);
    CHECK(lineOf(all, u"Директор МКУ «ИМЦ»"_s) > approve);
    CHECK(lineOf(all, u"Н.В. Орлова"_s) > approve);
    CHECK(lineOf(all, u"28 августа 2026 г."_s) > approve);
    // The review block on the left, on the same lines (pdftotext reads
    // a line of both blocks as one).
    const qsizetype reviewed = lineOf(all, u"РАССМОТРЕНО"_s);
    CHECK(reviewed == approve);
    CHECK(lineOf(all, u"на заседании РМО,"_s) > reviewed);
    CHECK(lineOf(all, u"протокол от 21.05.2026 № 5"_s) > reviewed);
    const qsizetype title = lineOf(all, u"План работы РМО учителей математики на 2026/2027"_s);
    CHECK(title > lineOf(all, u"28 августа 2026 г."_s));
    CHECK(lineOf(all, u"Методическая тема:"_s) > title);
    CHECK(lineOf(all, u"1. Анализировать результаты ГИА"_s) > lineOf(all, u"Задачи:"_s));
    // The table: its header, the meetings numbered in order, terms and forms.
    CHECK(lineOf(all, u"Тема заседания"_s) > title);
    CHECK(lineOf(all, u"Форма"_s) > title); // «Форма проведения» in two lines of its header cell
    const qsizetype m1 = lineOf(all, u"Заседание № 1"_s), m2 = lineOf(all, u"Заседание № 2"_s);
    REQUIRE(m1 > 0);
    CHECK(m2 > m1);
    CHECK(lineOf(all, u"Анализ результатов"_s) > m1); // the topic may wrap in its cell
    CHECK(lineOf(all, u"27.08.2026"_s) >= m1);
    CHECK(lineOf(all, u"ноябрь"_s) >= m2);
    CHECK(lineOf(all, u"Заседание № 3"_s) == -1); // the open lessons are not a meeting
    CHECK(lineOf(all, u"Открытые уроки"_s) > m2);
    // Signed by the head of the РМО.
    CHECK(lineOf(all, u"Руководитель РМО"_s) > lineOf(all, u"Открытые уроки"_s));
    CHECK(lineOf(all, u"М.П. Антонова"_s) > lineOf(all, u"Открытые уроки"_s));
}

TEST_CASE("report plan: a roadmap grouped by stage with results and levels", "[cli][associations]")
{
    World w;
    const QString pdf = w.t.file(u"roadmap.pdf"_s);
    const CliResult r = runCli({kReport, u"plan"_s, w.t.location(), u"--id"_s, QString::number(w.roadmap), u"--out"_s, pdf});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QStringList all = lines(pdfPages(pdf));
    INFO(all.join(u'\n').toStdString());
    CHECK(lineOf(all, u"Планируемые результаты"_s) >= 0);
    CHECK(lineOf(all, u"Уровни"_s) >= 0); // «Уровни реализации» in two lines of its header cell
    const qsizetype s1 = lineOf(all, u"Этап 1. Аналитический"_s), s2 = lineOf(all, u"Этап 2. Методическое"_s);
    REQUIRE(s1 > 0);
    CHECK(lineOf(all, u"Оценка кадрового потенциала"_s) > s1);
    CHECK(s2 > lineOf(all, u"Оценка кадрового потенциала"_s));
    CHECK(lineOf(all, u"Самообразование"_s) > s2);
    CHECK(lineOf(all, u"сентябрь–"_s) > s2);
    CHECK(lineOf(all, u"Муниципалитет,"_s) > s1);
}

TEST_CASE("report protocol: the protocol with its three-part records, signatures and annex", "[cli][associations]")
{
    World w;
    const QString pdf = w.t.file(u"протокол.pdf"_s);
    const CliResult r =
        runCli({kReport, u"protocol"_s, w.t.location(), u"--id"_s, QString::number(w.meeting), u"--out"_s, pdf});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() >= 2);
    const QStringList all = lines(pages);
    INFO(all.join(u'\n').toStdString());
    // The second meeting of 2026/2027.
    const qsizetype title = lineOf(all, u"ПРОТОКОЛ № 2"_s);
    REQUIRE(title >= 0);
    // The association spelled out (forms.md).
    CHECK(lineOf(all, u"заседания районного методического объединения учителей математики"_s) == title + 1);
    CHECK(lineOf(all, u"от 12.11.2026"_s) == title + 2);
    CHECK(lineOf(all, u"Руководитель РМО: Антонова М.П."_s) > title);
    CHECK(lineOf(all, u"Секретарь: Белова О.И."_s) > title);
    CHECK(lineOf(all, u"Присутствовали: 3 чел. (список прилагается)"_s) > title);
    CHECK(lineOf(all, u"Отсутствовали: 1 чел. (Гусева Е.Ю.)"_s) > title);
    CHECK(lineOf(all, u"Дмитриева"_s) == -1); // left before the meeting
    CHECK(lineOf(all, u"Приглашённые: Орлова Н.В."_s) > title);
    // The agenda in order, then each item's record in the same order.
    const qsizetype agenda = lineOf(all, u"Повестка дня:"_s);
    const qsizetype a1 = lineOf(all, u"1. Результаты диагностики функциональной грамотности"_s);
    const qsizetype a2 = lineOf(all, u"2. Об участии в конкурсе «Учитель года»"_s);
    CHECK(agenda > title);
    CHECK(a1 > agenda);
    CHECK(a2 > a1);
    const qsizetype heard1 = lineOf(all, u"1. СЛУШАЛИ: Антонова М.П. — о результатах диагностики"_s);
    const qsizetype spoke1 = lineOf(all, u"ВЫСТУПИЛИ: Волкова А.С."_s);
    const qsizetype decided1 = lineOf(all, u"РЕШИЛИ:"_s);
    const qsizetype heard2 = lineOf(all, u"2. СЛУШАЛИ: Белова О.И. — о сроках муниципального этапа"_s);
    CHECK(heard1 > a2);
    CHECK(spoke1 > heard1);
    CHECK(decided1 > spoke1);
    CHECK(lineOf(all, u"1.1. Принять к сведению результаты диагностики."_s) > decided1);
    CHECK(lineOf(all, u"1.2. Провести мастер-классы в декабре."_s) > decided1);
    CHECK(heard2 > decided1);
    CHECK(lineOf(all, u"РЕШИЛИ: Выдвинуть Волкову А.С."_s) > heard2);
    CHECK(lineOf(all, u"ГОЛОСОВАЛИ: за – 3, против – 0, воздержались – 0."_s) > heard2);
    // The signatures end the protocol.
    const qsizetype head = lineOf(all, u"Руководитель РМО"_s + QString()), sign = lineOf(all, u"М.П. Антонова"_s);
    CHECK(head >= 0);
    CHECK(sign > heard2);
    CHECK(lineOf(all, u"О.И. Белова"_s) > sign);
    // The annex on a page of its own: the registration list of those present.
    const QString annex = pages.last();
    CHECK_FALSE(pages.first().contains(u"Лист регистрации"));
    // Not even an invisible copy of the annex heading at the foot of page 1.
    CHECK_FALSE(pages.first().contains(u"Приложение"));
    CHECK(annex.contains(u"Приложение к протоколу № 2"));
    CHECK(annex.contains(u"Лист регистрации участников заседания"));
    CHECK(annex.contains(u"Подпись"));
    const QStringList annexLines = lines({annex});
    CHECK(lineOf(annexLines, u"Антонова Мария Петровна"_s) >= 0);
    CHECK(lineOf(annexLines, u"Волкова Анна Сергеевна"_s) > lineOf(annexLines, u"Белова Ольга Ивановна"_s));
    CHECK(lineOf(annexLines, u"Гусева"_s) == -1);
    CHECK(lineOf(annexLines, u"Орлова Н.В."_s) >= 0);
}

TEST_CASE("report plan|protocol: a missing id or plan is refused", "[cli][associations]")
{
    World w;
    const QString pdf = w.t.file(u"x.pdf"_s);
    const CliResult noId = runCli({kReport, u"plan"_s, w.t.location(), u"--out"_s, pdf});
    CHECK(noId.exitCode == 2);
    CHECK(noId.err.contains(u"Missing --id N: the number of the plan"));
    const CliResult missing = runCli({kReport, u"protocol"_s, w.t.location(), u"--id"_s, u"999"_s, u"--out"_s, pdf});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(u"meeting"));
    CHECK_FALSE(QFileInfo::exists(pdf));
    const CliResult help = runCli({u"--help"_s});
    CHECK(help.out.contains(u"report plan|protocol DB --id N --out FILE"));
    const CliResult reportHelp = runCli({kReport, u"--help"_s});
    CHECK(reportHelp.out.contains(u"profrost-cli report plan|protocol DB --id N --out FILE"));
}

TEST_CASE("report plan: running text starts 1.25 cm in from the left margin", "[cli][associations]")
{
    // ГОСТ Р 7.0.97-2016: a paragraph's first line is indented 1.25 cm. The
    // left margin is 30 mm (85.04 pt), so «Методическая тема:» and «Цель:»
    // begin at 30 + 12.5 mm = 120.47 pt; their next lines at the margin.
    World w;
    const QString pdf = w.t.file(u"plan.pdf"_s);
    const CliResult r = runCli({kReport, u"plan"_s, w.t.location(), u"--id"_s, QString::number(w.plan), u"--out"_s, pdf});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QString boxes = QString::fromUtf8(toolOutput(u"pdftotext"_s, {u"-bbox"_s, pdf, u"-"_s}));
    const auto xMin = [&](const QString &word) {
        const QRegularExpressionMatch m =
            QRegularExpression(u"<word xMin=\"([0-9.]+)\"[^>]*>"_s + QRegularExpression::escape(word) + u"</word>"_s)
                .match(boxes);
        INFO(word.toStdString());
        REQUIRE(m.hasMatch());
        return m.captured(1).toDouble();
    };
    CHECK(xMin(u"Методическая"_s) == Approx(120.47).margin(1.0));
    CHECK(xMin(u"Цель:"_s) == Approx(120.47).margin(1.0));
    CHECK(xMin(u"Задачи:"_s) == Approx(120.47).margin(1.0));
}
