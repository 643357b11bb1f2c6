// The bank of practices (issue 15, section 2; core/README.md «The bank of
// practices»): Russian word forms, the ranking, the highlighted words, the
// 20 MB limit of a file (refused with nothing stored), the files through a
// backup and a restore, and the suggestions for a teacher's deficits.
#include <catch2/catch.hpp>

#include <QSet>
#include <QTextDocument>

#include "demo/DemoGenerator.h"
#include "documents/PracticeDocument.h"
#include "domain/Practice.h"
#include "planning/PracticeSuggestions.h"
#include "store/BackupService.h"
#include "store/DiagnosisRepository.h"
#include "store/Database.h"
#include "store/PracticeRepository.h"
#include "store/Query.h"
#include "store/TeacherRepository.h"
#include "support/TestSupport.h"
#include "util/Error.h"
#include "util/WordStems.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

qint64 addTeacher(Database &db, const QString &surname, const QString &name, const QString &patronymic)
{
    Teacher t;
    t.surname = surname;
    t.name = name;
    t.patronymic = patronymic;
    return TeacherRepository(db).insert(t);
}

Practice practice(const QString &title, const QString &description, const QStringList &tags,
                  PracticeLevel level = PracticeLevel::Municipal)
{
    Practice p;
    p.title = title;
    p.description = description;
    p.tags = tags;
    p.level = level;
    return p;
}

QStringList titles(const PracticeSearchResult &r)
{
    QStringList out;
    for (const PracticeHit &h : r.hits)
        out << h.title;
    return out;
}

int rows(Database &db, const QString &table)
{
    return Query(db, u"SELECT COUNT(*) FROM "_s + table).scalar().toInt();
}

} // namespace

TEST_CASE("Russian word forms share a stem", "[practices]")
{
    CHECK(WordStems::stem(u"функциональной"_s) == WordStems::stem(u"Функциональная"_s));
    CHECK(WordStems::stem(u"грамотности"_s) == WordStems::stem(u"грамотность"_s));
    CHECK(WordStems::stem(u"учителей"_s) == WordStems::stem(u"учитель"_s));
    CHECK(WordStems::stem(u"Ёлка"_s) == WordStems::stem(u"елки"_s));
    CHECK(WordStems::stem(u"математика"_s) != WordStems::stem(u"грамотность"_s));
    CHECK(WordStems::stems(u"Психолого-педагогическая поддержка, 5 класс"_s).size() == 5);
}

TEST_CASE("Matched words are marked in any of their forms, the snippet cut around the first", "[practices]")
{
    const QStringList stems = PracticeRepository::queryStems(u"функциональной грамотности"_s);
    CHECK(stems.size() == 2);
    CHECK(WordStems::highlight(u"Функциональная грамотность на уроках"_s, stems, false, u"["_s, u"]"_s)
          == u"[Функциональная] [грамотность] на уроках"_s);
    // The last word as typed: the beginning of a word.
    CHECK(WordStems::highlight(u"Читательская грамотность"_s, {u"читат"_s}, true, u"<b>"_s, u"</b>"_s)
          == u"<b>Читательская</b> грамотность"_s);
    CHECK(WordStems::highlight(u"a < b: грамотность"_s, {WordStems::stem(u"грамотность"_s)}, false, u"<b>"_s,
                               u"</b>"_s, 0, true)
          == u"a &lt; b: <b>грамотность</b>"_s);
    CHECK(WordStems::highlight(u"один два три четыре пять шесть семь восемь грамотность девять десять"_s,
                               {WordStems::stem(u"грамотность"_s)}, false, u"["_s, u"]"_s, 4)
          == u"… восемь [грамотность] девять десять"_s);
    // «и», «в», «для» are not required of a practice.
    CHECK(PracticeRepository::queryStems(u"проекты для детей и родителей"_s).size() == 3);
}

TEST_CASE("The search finds any form of the words, best first: title, then tags, then authors, then description",
          "[practices]")
{
    TempDatabase t;
    PracticeRepository repo(t.db());
    const qint64 ivanova = addTeacher(t.db(), u"Иванова"_s, u"Мария"_s, u"Петровна"_s);
    // 1: both words in the title.
    Practice titled = practice(u"Функциональная грамотность на уроках математики"_s,
                               u"Задания в формате PISA для 7–9 классов."_s, {u"математика"_s});
    // 2: both words in the tags only.
    Practice tagged = practice(u"Смысловое чтение в начальной школе"_s, u"Приёмы работы с текстом."_s,
                               {u"функциональная грамотность"_s, u"чтение"_s});
    // 3: both words in the description only.
    Practice described = practice(u"Проектная деятельность на уроках технологии"_s,
                                  u"Проекты как путь к функциональной грамотности школьников."_s, {u"проекты"_s});
    // 4: one of the words only: not found (every word must occur).
    Practice half = practice(u"Финансовая грамотность дошкольников"_s, u"Игры о деньгах."_s, {u"финансы"_s});
    // 5: by its author only.
    Practice authored = practice(u"Наставничество в школе"_s, u"Пары наставник — молодой педагог."_s, {});
    authored.authors = {ivanova};
    for (Practice *p : {&titled, &tagged, &described, &half, &authored})
        p->id = repo.save(*p);
    CHECK(rows(t.db(), u"practice_text"_s) == 5);

    const PracticeSearchResult found = repo.search(u"функциональной грамотности"_s);
    REQUIRE(titles(found) == QStringList{titled.title, tagged.title, described.title});
    CHECK(found.hits.at(0).score < found.hits.at(1).score);
    CHECK(found.hits.at(1).score < found.hits.at(2).score);
    // The author's name in another form.
    const PracticeSearchResult byAuthor = repo.search(u"Ивановой "_s);
    REQUIRE(titles(byAuthor) == QStringList{authored.title});
    CHECK(byAuthor.hits.at(0).authors == QStringList{u"Иванова Мария Петровна"_s});
    // Typing: the last word is the beginning of one.
    CHECK(titles(repo.search(u"финанс"_s)) == QStringList{half.title});
    CHECK(repo.search(u"финанс "_s).hits.isEmpty() == false); // «финанс» is the stem of «финансы»
    CHECK(repo.search(u"  "_s).hits.isEmpty());
    CHECK(repo.search(u"астрономия"_s).hits.isEmpty());

    // Kept in step with every write: a changed title, a removed practice.
    titled.title = u"Естественно-научная грамотность"_s;
    repo.save(titled);
    CHECK(titles(repo.search(u"функциональная грамотность"_s)) == QStringList{tagged.title, described.title});
    repo.remove(tagged.id);
    CHECK(titles(repo.search(u"функциональная грамотность"_s)) == QStringList{described.title});
    CHECK(rows(t.db(), u"practice_text"_s) == 4);
}

TEST_CASE("A practice is stored whole, and a file over 20 MB is refused with nothing stored", "[practices]")
{
    TempDatabase t;
    PracticeRepository repo(t.db());
    const qint64 ivanova = addTeacher(t.db(), u"Иванова"_s, u"Мария"_s, u"Петровна"_s);
    const qint64 petrov = addTeacher(t.db(), u"Петров"_s, u"Олег"_s, u"Ильич"_s);
    Practice p = practice(u"Цифровые инструменты учителя"_s, u"Онлайн-доски и тесты."_s,
                          {u"цифровая среда"_s, u"ЦОС"_s}, PracticeLevel::Regional);
    p.subject = u"информатика"_s;
    p.authors = {petrov, ivanova};
    p.areas = {CompetencyArea::Digital, CompetencyArea::Methodical};
    p.files = {{0, u"План урока.docx"_s, 0, QByteArray("plan\0with zero", 14)}};
    p.id = repo.save(p);
    const Practice stored = *repo.get(p.id, true);
    CHECK(stored.title == p.title);
    CHECK(stored.authors == QList<qint64>{petrov, ivanova});
    // In the dictionary's order: методическая before цифровая.
    CHECK(stored.areas == QList<CompetencyArea>{CompetencyArea::Methodical, CompetencyArea::Digital});
    CHECK(stored.tags == QStringList{u"цифровая среда"_s, u"ЦОС"_s});
    REQUIRE(stored.files.size() == 1);
    CHECK(stored.files.at(0).size == 14);
    CHECK(stored.files.at(0).content == QByteArray("plan\0with zero", 14));
    CHECK(repo.get(p.id)->files.at(0).content.isEmpty()); // lists leave the contents out
    CHECK(repo.ofAuthor(ivanova).size() == 1);

    // 20 MB exactly is allowed by the rule; a byte more is not.
    CHECK(PracticeRules::checkFile(u"a.pdf"_s, PracticeRules::kMaxFileBytes).isEmpty());
    CHECK(PracticeRules::checkFile(u"a.pdf"_s, PracticeRules::kMaxFileBytes + 1)
          == u"The file «a.pdf» is 20.1 MB; files over 20.0 MB are not stored in the bank."_s);

    Practice big = practice(u"Презентации к урокам"_s, {}, {});
    big.files = {{0, u"small.txt"_s, 0, QByteArray("ok")},
                 {0, u"Презентация.pptx"_s, 0, QByteArray(23 * 1024 * 1024, 'x')}};
    CHECK_THROWS_WITH(repo.save(big), Catch::Contains("«Презентация.pptx» is 23.0 MB"));
    CHECK(repo.count() == 1);
    CHECK(rows(t.db(), u"practice_file"_s) == 1);
    CHECK(rows(t.db(), u"practice_text"_s) == 1);

    // The stored practice with a large file added: unchanged.
    Practice grown = stored;
    grown.title = u"Другое название"_s;
    grown.files << PracticeFile{0, u"video.mp4"_s, 0, QByteArray(PracticeRules::kMaxFileBytes + 1, 'v')};
    CHECK_THROWS_WITH(repo.save(grown), Catch::Contains("video.mp4"));
    CHECK(*repo.get(p.id, true) == stored);

    // A kept file is not rewritten; a removed one is gone; a renamed one is renamed.
    Practice edited = *repo.get(p.id);
    edited.files[0].name = u"План урока (2).docx"_s;
    edited.files << PracticeFile{0, u"Задания.pdf"_s, 0, QByteArray("%PDF")};
    repo.save(edited);
    const Practice after = *repo.get(p.id, true);
    CHECK(after.files.size() == 2);
    CHECK(after.files.at(0).id == stored.files.at(0).id);
    CHECK(after.files.at(0).name == u"План урока (2).docx"_s);
    CHECK(after.files.at(0).content == stored.files.at(0).content);
    edited = after;
    edited.files.removeFirst();
    edited.files[0].content.clear();
    repo.save(edited);
    CHECK(rows(t.db(), u"practice_file"_s) == 1);

    // Deleted, then brought back with its id (undo).
    const Practice whole = *repo.get(p.id, true);
    repo.remove(p.id);
    CHECK(repo.count() == 0);
    CHECK(rows(t.db(), u"practice_file"_s) == 0);
    CHECK(repo.search(u"цифровые"_s).hits.isEmpty());
    Practice back = whole;
    for (PracticeFile &f : back.files)
        f.id = 0;
    CHECK(repo.save(back) == p.id);
    CHECK(titles(repo.search(u"цифровые"_s)) == QStringList{p.title});
}

TEST_CASE("An attached file comes back whole from a backup", "[practices][backup][file]")
{
    ClockScope clock;
    TempDatabase t;
    PracticeRepository repo(t.db());
    QByteArray bytes;
    for (quint32 i = 0; i < 300000; ++i)
        bytes.append(char((i * 7919u) % 256u)); // zeros and every byte value among them
    Practice p = practice(u"Лэпбук по окружающему миру"_s, u"Шаблоны и фотографии."_s, {u"лэпбук"_s});
    p.files = {{0, u"Шаблоны.pdf"_s, 0, bytes}};
    p.id = repo.save(p);

    BackupService backups(t.db());
    const QString saved = backups.backupNow(u"manual"_s);
    repo.remove(p.id);
    CHECK(repo.count() == 0);

    backups.restore(saved);
    PracticeRepository restored(t.db());
    const std::optional<Practice> back = restored.get(p.id, true);
    REQUIRE(back.has_value());
    REQUIRE(back->files.size() == 1);
    CHECK(back->files.at(0).name == u"Шаблоны.pdf"_s);
    CHECK(back->files.at(0).size == bytes.size());
    CHECK(back->files.at(0).content == bytes);
    CHECK(titles(restored.search(u"лэпбуки"_s)) == QStringList{p.title});
}

TEST_CASE("The bank suggests practices for the areas of a teacher's deficits, most areas first", "[practices]")
{
    TempDatabase t;
    PracticeRepository repo(t.db());
    Practice both = practice(u"Б: обе области"_s, {}, {}, PracticeLevel::School);
    both.areas = {CompetencyArea::Digital, CompetencyArea::Methodical};
    Practice regional = practice(u"В: цифровая, региональная"_s, {}, {}, PracticeLevel::Regional);
    regional.areas = {CompetencyArea::Digital};
    Practice municipal = practice(u"А: методическая, муниципальная"_s, {}, {}, PracticeLevel::Municipal);
    municipal.areas = {CompetencyArea::Methodical};
    Practice other = practice(u"Г: предметная"_s, {}, {});
    other.areas = {CompetencyArea::Subject};
    for (Practice *p : {&both, &regional, &municipal, &other})
        repo.save(*p);
    QStringList order;
    for (const Practice &p : repo.forAreas({CompetencyArea::Methodical, CompetencyArea::Digital}))
        order << p.title;
    CHECK(order == QStringList{both.title, regional.title, municipal.title});
    CHECK(repo.forAreas({}).isEmpty());
}

TEST_CASE("A practice's card prints its fields in Russian", "[practices][documents]")
{
    TempDatabase t;
    const qint64 ivanova = addTeacher(t.db(), u"Иванова"_s, u"Мария"_s, u"Петровна"_s);
    const qint64 petrov = addTeacher(t.db(), u"Петров"_s, u"Олег"_s, u"Ильич"_s);
    Practice p = practice(u"Кейс-метод на уроках истории"_s, u"Кейсы из жизни района как материал урока."_s,
                          {u"кейс-метод"_s, u"групповая работа"_s}, PracticeLevel::Federal);
    p.subject = u"история"_s;
    p.authors = {ivanova, petrov};
    p.areas = {CompetencyArea::Communicative, CompetencyArea::Methodical};
    p.files = {{0, u"Кейсы.pdf"_s, 0, QByteArray(1536, 'k')}, {0, u"note.txt"_s, 0, QByteArray(800, 'n')}};
    p.id = PracticeRepository(t.db()).save(p);
    const std::optional<PracticeCardData> data = PracticeDocument::data(t.db(), p.id, referenceDay());
    REQUIRE(data.has_value());
    CHECK_FALSE(PracticeDocument::data(t.db(), p.id + 1, referenceDay()).has_value());
    const QStringList lines = PracticeDocument::build(*data)->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    CHECK(lines == QStringList{
                       u"Карточка успешной педагогической практики"_s,
                       u"«Кейс-метод на уроках истории»"_s,
                       u"Авторы: Иванова Мария Петровна; Петров Олег Ильич."_s,
                       u"Предмет (направление): история."_s,
                       u"Уровень представления: федеральный."_s,
                       u"Направления профессиональных компетенций: методическая, коммуникативная."_s,
                       u"Описание практики: Кейсы из жизни района как материал урока."_s,
                       u"Ключевые слова: кейс-метод, групповая работа."_s,
                       u"Приложения: 1) Кейсы.pdf (1,5 КБ); 2) note.txt (800 байт)."_s,
                   });
}

TEST_CASE("A teacher with a deficit is offered the bank's practices of that area, not their own", "[practices]")
{
    TempDatabase t;
    const qint64 ivanova = addTeacher(t.db(), u"Иванова"_s, u"Мария"_s, u"Петровна"_s);
    const qint64 petrov = addTeacher(t.db(), u"Петров"_s, u"Олег"_s, u"Ильич"_s);
    DiagnosisRepository diagnoses(t.db());
    DiagnosisCampaign c;
    c.name = u"Самодиагностика 2026"_s;
    c.starts = QDate(2026, 10, 1);
    c.areas = {CompetencyArea::Digital, CompetencyArea::Methodical};
    c.id = diagnoses.addCampaign(c);
    // Digital below the 50 % threshold: a deficit; methodical at exactly 50 %: not.
    diagnoses.saveResult({0, c.id, ivanova, QDate(2026, 10, 5),
                          {{CompetencyArea::Digital, 4999}, {CompetencyArea::Methodical, 5000}}});
    PracticeRepository repo(t.db());
    Practice digital = practice(u"Цифровые ресурсы на уроке"_s, {}, {});
    digital.areas = {CompetencyArea::Digital};
    digital.authors = {petrov};
    Practice own = practice(u"Онлайн-доски"_s, {}, {});
    own.areas = {CompetencyArea::Digital};
    own.authors = {ivanova};
    Practice methodical = practice(u"Технологическая карта урока"_s, {}, {});
    methodical.areas = {CompetencyArea::Methodical};
    for (Practice *p : {&digital, &own, &methodical})
        repo.save(*p);

    const PracticeSuggestions s = PracticeSuggestions::forTeacher(t.db(), ivanova);
    CHECK(s.deficits == QList<CompetencyArea>{CompetencyArea::Digital});
    REQUIRE(s.practices.size() == 1);
    CHECK(s.practices.first().title == digital.title);
    CHECK(PracticeSuggestions::forTeacher(t.db(), petrov).practices.isEmpty()); // no diagnosis, no deficit
}

TEST_CASE("The demo fills the bank with sixty practices by its teachers, a few with a file", "[practices][demo]")
{
    ClockScope clock;
    TempDatabase t;
    DemoOptions options;
    options.teachers = 300;
    options.seed = 7;
    options.today = referenceDay();
    DemoGenerator::generate(t.db(), options);
    PracticeRepository repo(t.db());
    const QList<Practice> all = repo.all();
    CHECK(all.size() == 60);
    int withFiles = 0, withAuthors = 0, withAreas = 0;
    QSet<QString> titlesSeen;
    for (const Practice &p : all) {
        withFiles += p.files.isEmpty() ? 0 : 1;
        withAuthors += p.authors.isEmpty() ? 0 : 1;
        withAreas += p.areas.isEmpty() ? 0 : 1;
        titlesSeen.insert(p.title);
    }
    CHECK(withFiles == 12); // every fifth
    CHECK(withAuthors == 60);
    CHECK(withAreas == 60);
    CHECK(titlesSeen.size() == 60);
    CHECK_FALSE(repo.search(u"функциональной грамотности"_s).hits.isEmpty());
}

TEST_CASE("A renamed author's practice is found by the new surname, not the old one", "[practices]")
{
    TempDatabase t;
    PracticeRepository repo(t.db());
    const qint64 ivanova = addTeacher(t.db(), u"Иванова"_s, u"Мария"_s, u"Петровна"_s);
    Practice p = practice(u"Наставничество в школе"_s, u"Пары наставник — молодой педагог."_s, {});
    p.authors = {ivanova};
    repo.save(p);
    REQUIRE(titles(repo.search(u"Иванова"_s)) == QStringList{p.title});
    // Married: Иванова becomes Петрова, through the registry as the teacher's card saves her.
    Teacher married = TeacherRepository(t.db()).get(ivanova);
    married.surname = u"Петрова"_s;
    TeacherRepository(t.db()).update(married);
    CHECK(titles(repo.search(u"Петровой"_s)) == QStringList{p.title});
    CHECK(repo.search(u"Иванова"_s).hits.isEmpty());
}
