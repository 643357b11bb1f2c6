// `profrost-cli recommendations` and `report monitoring` (issue 16, item 4)
// on the small district of support/MentoringFixture.h: the recommendations
// added, checked and refused with a reason, and the analytic report written
// as PDF (read back with pdftotext) and ODT.
#include <catch2/catch.hpp>

#include "support/CliFixtures.h"
#include "support/MentoringFixture.h"
#include "support/TestSupport.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

CliResult cli(const QStringList &args) { return runCli(args, {}, MentoringFixture::day()); }

} // namespace

TEST_CASE("recommendations: added, listed, checked, removed, and refused with the field named", "[cli][monitoring]")
{
    MentoringFixture f;
    const QString db = f.t.location();
    CliResult r = cli({u"recommendations"_s, db, u"--add"_s, u"--to"_s, u"Руководителям ОО"_s, u"--what"_s,
                       u"Направить на курсы"_s, u"--due"_s, u"31.05.2027"_s, u"--indicator"_s, u"i1"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.trimmed() == u"added recommendation 1"_s);
    r = cli({u"recommendations"_s, db});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"1  made 02.12.2026  due 31.05.2027  [planned]  I1"_s));
    CHECK(r.out.contains(u"to: Руководителям ОО"_s));

    r = cli({u"recommendations"_s, db, u"--add"_s, u"--to"_s, u"РМО"_s, u"--due"_s, u"01.01.2027"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.startsWith(u"--add needs --what."_s));
    r = cli({u"recommendations"_s, db, u"--add"_s, u"--to"_s, u"РМО"_s, u"--what"_s, u"Что-то"_s, u"--due"_s,
             u"01.11.2026"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.trimmed() == u"The due date 01.11.2026 is before the monitoring date 02.12.2026."_s);
    r = cli({u"recommendations"_s, db, u"--add"_s, u"--to"_s, u"РМО"_s, u"--what"_s, u"Что-то"_s, u"--due"_s,
             u"01.01.2027"_s, u"--indicator"_s, u"I11"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.startsWith(u"Unknown --indicator 'I11'"_s));

    r = cli({u"recommendations"_s, db, u"--check"_s, u"1"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.startsWith(u"--check needs one of --done and --not-done."_s));
    r = cli({u"recommendations"_s, db, u"--check"_s, u"7"_s, u"--done"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.trimmed() == u"--check 7: no such recommendation."_s);
    r = cli({u"recommendations"_s, db, u"--check"_s, u"1"_s, u"--not-done"_s, u"--note"_s, u"Не начато"_s});
    CHECK(r.exitCode == 0);
    CHECK(r.out.trimmed() == u"recommendation 1: not done on 02.12.2026"_s);
    r = cli({u"recommendations"_s, db});
    CHECK(r.out.contains(u"[not done 02.12.2026]"_s));
    CHECK(r.out.contains(u"note: Не начато"_s));

    r = cli({u"recommendations"_s, db, u"--remove"_s, u"1"_s});
    CHECK(r.exitCode == 0);
    CHECK(cli({u"recommendations"_s, db}).out.trimmed() == u"No recommendations."_s);
}

TEST_CASE("report monitoring writes the analytic report as PDF and ODT with the recommendations and the signer",
          "[cli][monitoring]")
{
    MentoringFixture f;
    const QString db = f.t.location();
    REQUIRE(cli({u"recommendations"_s, db, u"--add"_s, u"--to"_s, u"Руководителю РМО учителей математики"_s,
                 u"--what"_s, u"Провести семинар"_s, u"--due"_s, u"31.05.2027"_s})
                .exitCode
            == 0);
    const QString pdf = f.t.file(u"report.pdf"_s), odt = f.t.file(u"report.odt"_s);
    CliResult r = cli({u"report"_s, u"monitoring"_s, db, u"--as-of"_s, u"02.12.2026"_s, u"--out"_s, pdf});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(u"written "_s));
    const QString text = pdfPages(pdf).join(u'\n').simplified();
    CHECK(text.contains(u"Аналитическая справка по итогам мониторинга показателей"_s));
    CHECK(text.contains(u"Ермаковский муниципальный округ"_s));
    // No course on record: I1 has no data, never 0 %.
    CHECK(text.contains(u"Курсовая подготовка за 3 года (I1) 100 % нет данных нет данных"_s));
    CHECK(text.contains(u"Руководителю"_s));
    CHECK(text.contains(u"Провести семинар"_s));
    CHECK(text.contains(u"Справку составил(а):"_s));
    CHECK(text.contains(u"Приложение 1"_s));

    r = cli({u"report"_s, u"monitoring"_s, db, u"--as-of"_s, u"02.12.2026"_s, u"--out"_s, odt});
    REQUIRE(r.exitCode == 0);
    const QString content = QString::fromUtf8(toolOutput(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s}));
    CHECK(content.contains(u"Провести семинар"_s));
    CHECK(content.contains(u"Pictures/"_s)); // the chart
    r = cli({u"report"_s, u"monitoring"_s, db, u"--as-of"_s, u"31.02.2026"_s, u"--out"_s, pdf});
    CHECK(r.exitCode == 2);
}
