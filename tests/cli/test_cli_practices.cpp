// `profrost-cli practices search` and `practices list` on a hand-built bank
// (issue 15, section 2): the practices best first with the matched words in
// brackets, in any of their forms; bad input answered with exit code 2;
// and `report practice` writing a practice's card.
#include <catch2/catch.hpp>

#include "store/Database.h"
#include "store/PracticeRepository.h"
#include "store/TeacherRepository.h"
#include "support/CliFixtures.h"
#include "support/TestSupport.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

struct Bank
{
    TempDatabase t;
    qint64 first = 0;

    Bank()
    {
        Teacher ivanova;
        ivanova.surname = u"Иванова"_s;
        ivanova.name = u"Мария"_s;
        ivanova.patronymic = u"Петровна"_s;
        const qint64 author = TeacherRepository(t.db()).insert(ivanova);
        PracticeRepository repo(t.db());
        Practice described;
        described.title = u"Проекты на уроках технологии"_s;
        described.level = PracticeLevel::School;
        described.description = u"Проекты как путь к функциональной грамотности."_s;
        repo.save(described);
        Practice titled;
        titled.title = u"Функциональная грамотность на уроках математики"_s;
        titled.subject = u"математика"_s;
        titled.level = PracticeLevel::Regional;
        titled.tags = {u"PISA"_s};
        titled.authors = {author};
        titled.files = {{0, u"План.txt"_s, 0, QByteArray(2048, 'p')}};
        first = repo.save(titled);
        Practice other;
        other.title = u"Игры для дошкольников"_s;
        repo.save(other);
    }
};

} // namespace

TEST_CASE("practices search prints the matching practices best first, the words found in any form marked",
          "[cli][practices]")
{
    Bank bank;
    const CliResult found = runCli({u"practices"_s, u"search"_s, bank.t.location(), u"функциональной грамотности"_s});
    INFO(found);
    REQUIRE(found.exitCode == 0);
    CHECK(found.out
          == u"1. [Функциональная] [грамотность] на уроках математики\n"
             "   Иванова Мария Петровна; региональный; математика\n"
             "   tags: PISA\n"
             "2. Проекты на уроках технологии\n"
             "   уровень ОО\n"
             "   Проекты как путь к [функциональной] [грамотности].\n"_s);

    const CliResult byAuthor = runCli({u"practices"_s, u"search"_s, bank.t.location(), u"Ивановой"_s, u"--limit"_s, u"5"_s});
    CHECK(byAuthor.exitCode == 0);
    CHECK(byAuthor.out.startsWith(u"1. Функциональная грамотность на уроках математики\n   [Иванова] Мария Петровна;"_s));

    const CliResult none = runCli({u"practices"_s, u"search"_s, bank.t.location(), u"астрономия"_s});
    CHECK(none.exitCode == 0);
    CHECK(none.out == u"No practice matches 'астрономия'.\n"_s);

    const CliResult listed = runCli({u"practices"_s, u"list"_s, bank.t.location()});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.split(u'\n', Qt::SkipEmptyParts).size() == 3);
    CHECK(listed.out.contains(u"Функциональная грамотность на уроках математики  [региональный; 1 author(s), files: 1]"_s));
}

TEST_CASE("practices: bad input exits with 2 and says why", "[cli][practices]")
{
    Bank bank;
    const CliResult empty = runCli({u"practices"_s, u"search"_s, bank.t.location(), u" и "_s});
    CHECK(empty.exitCode == 2);
    CHECK(empty.err.contains(u"Nothing to search for"_s));
    const CliResult missing = runCli({u"practices"_s, u"search"_s, bank.t.location()});
    CHECK(missing.exitCode == 2);
    const CliResult limit = runCli({u"practices"_s, u"search"_s, bank.t.location(), u"игры"_s, u"--limit"_s, u"0"_s});
    CHECK(limit.exitCode == 2);
    const CliResult verb = runCli({u"practices"_s, u"find"_s, bank.t.location()});
    CHECK(verb.exitCode == 2);
    CHECK(verb.err.contains(u"Unknown practices command 'find'"_s));
    const CliResult help = runCli({u"practices"_s, u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"practices search DB"_s));
}

TEST_CASE("report practice writes a practice's card", "[cli][practices]")
{
    Bank bank;
    const QString pdf = bank.t.file(u"card.pdf"_s);
    const CliResult printed = runCli({u"report"_s, u"practice"_s, bank.t.location(), u"--id"_s,
                                      QString::number(bank.first), u"--out"_s, pdf});
    INFO(printed);
    REQUIRE(printed.exitCode == 0);
    const QStringList lines = pdfPages(pdf).join(u'\n').split(u'\n');
    INFO(lines.join(u'\n').toStdString());
    CHECK(lineOf(lines, u"Карточка успешной педагогической практики"_s) >= 0);
    CHECK(lineOf(lines, u"«Функциональная грамотность на уроках математики»"_s) >= 0);
    CHECK(lineOf(lines, u"Уровень представления: региональный."_s) >= 0);
    CHECK(lineOf(lines, u"Приложения: 1) План.txt (2,0 КБ)."_s) >= 0);
    const CliResult wrong = runCli({u"report"_s, u"practice"_s, bank.t.location(), u"--id"_s, u"999"_s, u"--out"_s, pdf});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(u"no such practice"_s));
}
