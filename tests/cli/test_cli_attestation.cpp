// `profrost-cli import attestation` and `report attestation|expiring` as a
// user runs them: the real executable, the printed PDF read back with
// pdftotext, and the help fixed to print the usage once.

#include <catch2/catch.hpp>

#include "io/TableReader.h"
#include "io/TeacherImporter.h"
#include "store/AttestationRepository.h"
#include "store/DictionaryRepository.h"
#include "store/OrganisationRepository.h"
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

const QString kImport = u"import"_s, kAttestation = u"attestation"_s, kReport = u"report"_s;

// Two schools at 22.11.2026; in 2027 Давняя (СЗД, never attested) and
// Заявителева (an open application for высшая) are attested in January,
// Истекающая (высшая until 09.02.2027) in February, Лапсова (первая, lapsed
// in 2025) in April and Новенькая (hired 01.09.2025) in September; Валидова
// (первая until 14.03.2028) in 2028.
struct World
{
    ClockScope clock;
    TempDatabase t;
    qint64 school1 = 0, school2 = 0, post = 0;
    int count = 0;

    World()
    {
        DictionaryRepository dict(t.db());
        const qint64 m = dict.ensureMunicipality(u"Ермаковский район"_s);
        school1 = organisation(m, u"МБОУ СОШ № 1"_s, u"СОШ № 1"_s);
        school2 = organisation(m, u"МБОУ СОШ № 2"_s, u"СОШ № 2"_s);
        post = dict.ensurePosition(u"учитель"_s, PositionKind::Pedagogical);
        add(u"Валидова"_s, school1, Category::First, {2023, 3, 15});
        add(u"Истекающая"_s, school1, Category::Highest, {2022, 2, 10});
        add(u"Лапсова"_s, school1, Category::First, {2020, 6, 1});
        add(u"Новенькая"_s, school2, Category::None, {}, {2025, 9, 1});
        add(u"Давняя"_s, school2, Category::None, {}, {2010, 9, 1});
        AttestationApplication a;
        a.teacherId = add(u"Заявителева"_s, school1, Category::First, {2022, 1, 20});
        a.category = Category::Highest;
        a.plannedYear = 2027;
        a.plannedMonth = 1;
        a.submittedOn = {2026, 10, 5};
        AttestationRepository(t.db()).submit(a);
    }

    qint64 organisation(qint64 m, const QString &name, const QString &shortName)
    {
        Organisation o;
        o.name = name;
        o.shortName = shortName;
        o.municipalityId = m;
        return OrganisationRepository(t.db()).insert(o);
    }

    qint64 add(const QString &surname, qint64 school, Category c = Category::None, QDate granted = {},
               QDate hired = {2005, 9, 1})
    {
        Teacher x;
        x.surname = surname;
        x.name = u"Анна"_s;
        x.patronymic = u"Сергеевна"_s;
        x.birthDate = QDate(1980, 1, 1).addDays(++count * 40);
        x.category = c;
        x.categoryDate = granted;
        x.employments.append({0, school, post, {}, hired, {}});
        return TeacherRepository(t.db()).insert(x);
    }
};

} // namespace

TEST_CASE("import attestation: a good file, again unchanged, a bad file with its reasons", "[cli][attestation]")
{
    ClockScope clock;
    TempDatabase t;
    {
        TeacherImporter importer(t.db(), referenceDay());
        importer.apply(importer.preview(TableReader::read(dataFile(u"import/teachers_good.csv"_s))));
    }
    const QString db = t.location();
    const QString good = dataFile(u"attestation/attestation_good.csv"_s);

    const CliResult dry = runCli({kImport, kAttestation, db, good, u"--dry-run"_s});
    INFO(dry);
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(u"dry run: nothing was changed, 4 rows are valid"));

    const CliResult first = runCli({kImport, kAttestation, db, good});
    INFO(first);
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(u"imported 3, updated 1, rejected 0"));

    const CliResult again = runCli({kImport, kAttestation, db, good});
    INFO(again);
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(u"imported 0, updated 0, rejected 0 (4 already up to date)"));

    const CliResult bad = runCli({kImport, kAttestation, db, dataFile(u"attestation/attestation_bad.csv"_s), u"--strict"_s});
    INFO(bad);
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(u"rejected: row 3, Категория: unknown category \"вторая\""));
    CHECK(bad.err.contains(u"rejected: row 6, Кем присвоена"));
    CHECK(bad.out.contains(u"rejected 8 (strict: nothing was imported)"));
}

TEST_CASE("Help prints each usage once and import names every subject", "[cli][attestation]")
{
    const CliResult help = runCli({kImport, kAttestation, u"--help"_s});
    INFO(help);
    CHECK(help.exitCode == 0);
    CHECK(help.out.count(u"Usage: profrost-cli import attestation DB FILE"_s) == 1);
    CHECK(help.out.contains(u"--strict"));
    for (const QStringList &args : {QStringList{u"init"_s, u"--help"_s}, QStringList{u"demo"_s, u"--help"_s},
                                    QStringList{kImport, u"teachers"_s, u"--help"_s},
                                    QStringList{kImport, u"courses"_s, u"--help"_s}, QStringList{kReport, u"--help"_s}}) {
        const CliResult r = runCli(args);
        INFO(r);
        CHECK(r.exitCode == 0);
        CHECK(r.out.count(u"Usage: profrost-cli"_s) == 1);
        CHECK(r.out.contains(u"Options:"));
    }
    const CliResult unknown = runCli({kImport, u"pupils"_s, u"x.profrost"_s, u"x.csv"_s});
    INFO(unknown);
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(u"expected: teachers, courses, attestation, diagnostics or mentorships"));
    const CliResult main = runCli({u"--help"_s});
    CHECK(main.out.contains(u"import attestation DB FILE"));
    CHECK(main.out.contains(u"report attestation DB --year YYYY"));
    CHECK(main.out.contains(u"report expiring DB"));
}

TEST_CASE("report attestation: the year schedule grouped by month, approved and signed", "[cli][attestation]")
{
    World w;
    const QString pdf = w.t.file(u"аттестация-2027.pdf"_s);
    const CliResult r = runCli({kReport, kAttestation, w.t.location(), u"--year"_s, u"2027"_s, u"--at"_s, u"22.11.2026"_s,
                                u"--out"_s, pdf});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() <= 2); // six teachers, on a landscape page or two
    CHECK(pages.first().contains(u"УТВЕРЖДАЮ"));
    CHECK(pages.last().contains(u"Директор МКУ «ИМЦ»"));
    const QString text = pages.join(u'\n');
    CHECK(text.contains(u"План-график аттестации педагогических работников на 2027 год"));
    CHECK(text.contains(u"Ермаковский район"));
    CHECK(text.contains(u"Месяц"));
    CHECK(text.contains(u"Директор МКУ «ИМЦ»"));

    // Each teacher under the heading of the month of attestation.
    const QStringList lines = text.split(u'\n');
    const qsizetype january = lineOf(lines, u"Январь 2027 — 2 чел."_s);
    const qsizetype february = lineOf(lines, u"Февраль 2027 — 1 чел."_s);
    const qsizetype april = lineOf(lines, u"Апрель 2027 — 1 чел."_s);
    const qsizetype september = lineOf(lines, u"Сентябрь 2027 — 1 чел."_s);
    REQUIRE(january >= 0);
    REQUIRE(february > january);
    REQUIRE(april > february);
    REQUIRE(september > april);
    const auto between = [&](const QString &name, qsizetype from, qsizetype to) {
        const qsizetype at = lineOf(lines, name);
        return at > from && at < to;
    };
    CHECK(between(u"Давняя"_s, january, february));
    CHECK(between(u"Заявителева"_s, january, february));
    CHECK(between(u"Истекающая"_s, february, april));
    CHECK(between(u"Лапсова"_s, april, september));
    CHECK(lineOf(lines, u"Новенькая"_s) > september);
    CHECK(lineOf(lines, u"Валидова"_s) < 0); // 2028
    // The application month and the held category on the teacher's line.
    const QString istekayushchaya = lines.at(lineOf(lines, u"Истекающая"_s));
    CHECK(istekayushchaya.contains(u"09.02.2027"));
    CHECK(istekayushchaya.contains(u"январь 2027"));
    CHECK(istekayushchaya.contains(u"февраль 2027"));
    CHECK(text.contains(u"Всего: 5 чел., в том числе: высшая – 2, первая – 1, СЗД – 2"));
}

TEST_CASE("report attestation --by-organisation: no ОО column repeats the heading", "[cli][attestation]")
{
    World w;
    static const QRegularExpression organisationColumn(uR"((^|\s)ОО(\s|$))"_s);
    for (const bool byOrganisation : {false, true}) {
        const QString pdf = w.t.file(byOrganisation ? u"по-организациям.pdf"_s : u"по-месяцам.pdf"_s);
        QStringList args{kReport, kAttestation, w.t.location(), u"--year"_s, u"2027"_s, u"--at"_s, u"22.11.2026"_s,
                         u"--out"_s, pdf};
        if (byOrganisation)
            args << u"--by-organisation"_s;
        const CliResult r = runCli(args);
        INFO(r);
        REQUIRE(r.exitCode == 0);
        const QStringList lines = pdfPages(pdf).constFirst().split(u'\n');
        // The header row, its lines around «Ф.И.О.».
        const qsizetype at = lineOf(lines, u"Ф.И.О."_s);
        REQUIRE(at > 0);
        const QString header = lines.mid(at - 2, 5).join(u'\n');
        INFO(header.toStdString());
        CHECK(header.contains(u"Месяц"));
        CHECK(header.contains(organisationColumn) == !byOrganisation);
    }
}

TEST_CASE("report attestation --five-year and report expiring", "[cli][attestation]")
{
    World w;
    SECTION("the 5-year plan-graph: a column per year, the totals")
    {
        const QString pdf = w.t.file(u"five.pdf"_s);
        const CliResult r = runCli({kReport, kAttestation, w.t.location(), u"--year"_s, u"2027"_s, u"--five-year"_s,
                                    u"--at"_s, u"22.11.2026"_s, u"--out"_s, pdf});
        INFO(r);
        REQUIRE(r.exitCode == 0);
        const QString text = pdfPages(pdf).join(u'\n');
        CHECK(text.contains(u"План-график аттестации педагогических работников на 2027–2031 гг."));
        CHECK(text.contains(u"Итого по годам (всего в плане: 6 чел.)"));
        const QStringList lines = text.split(u'\n');
        const QString validova = lines.at(lineOf(lines, u"Валидова"_s));
        CHECK(validova.contains(u"март"));
        const QString header = lines.at(lineOf(lines, u"2029"_s)); // the header row, not the title
        // The month stands under 2028, not 2027.
        CHECK(std::abs(validova.indexOf(u"март"_s) - header.indexOf(u"2028"_s)) < 4);
    }
    SECTION("the expiring list as PDF and as a spreadsheet")
    {
        const QString pdf = w.t.file(u"expiring.pdf"_s);
        const CliResult r = runCli({kReport, u"expiring"_s, w.t.location(), u"--months"_s, u"6"_s, u"--at"_s,
                                    u"22.11.2026"_s, u"--out"_s, pdf});
        INFO(r);
        REQUIRE(r.exitCode == 0);
        const QString text = pdfPages(pdf).join(u'\n');
        CHECK(text.contains(u"Срок действия категории истёк — 1 чел."));
        CHECK(text.contains(u"Срок действия истекает — 2 чел."));
        CHECK(text.contains(u"Лапсова"));
        CHECK_FALSE(text.contains(u"Валидова"));

        const QString xlsx = w.t.file(u"expiring.xlsx"_s);
        const CliResult x = runCli({kReport, u"expiring"_s, w.t.location(), u"--at"_s, u"22.11.2026"_s, u"--out"_s, xlsx});
        INFO(x);
        REQUIRE(x.exitCode == 0);
        CHECK(x.out.contains(u"(3 categories)"));
        CHECK(TableReader::read(xlsx).rows.size() == 3);
    }
    SECTION("bad input: no year, a month count that is not a number, a spreadsheet for a plan")
    {
        const QString db = w.t.location();
        CHECK(runCli({kReport, kAttestation, db, u"--out"_s, w.t.file(u"a.pdf"_s)}).err.contains(u"Missing --year"));
        CHECK(runCli({kReport, u"expiring"_s, db, u"--months"_s, u"six"_s, u"--out"_s, w.t.file(u"e.pdf"_s)}).exitCode == 2);
        CHECK(runCli({kReport, kAttestation, db, u"--year"_s, u"2027"_s, u"--out"_s, w.t.file(u"a.xlsx"_s)}).exitCode == 2);
        CHECK_FALSE(QFileInfo::exists(w.t.file(u"a.pdf"_s)));
    }
}
