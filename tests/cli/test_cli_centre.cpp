// `profrost-cli centre DB [--set FIELD=VALUE]...`: the centre's card from the
// command line, and the printed forms signing with what it holds.
#include <catch2/catch.hpp>

#include "store/CentreCardRepository.h"
#include "store/Database.h"
#include "support/CliFixtures.h"
#include "support/TestSupport.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

TEST_CASE("centre: shows the card, sets its fields and the forms sign with them", "[cli][centre]")
{
    TempDatabase t;
    const QString path = t.location();
    CliResult r = runCli({u"centre"_s, path});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"full_name: \n"_s));
    CHECK(r.out.contains(u"approval: Директор МКУ «ИМЦ» ____ \n"_s));

    r = runCli({u"centre"_s, path, u"--set"_s, u"head_name=Орлова Наталья Викторовна"_s, u"--set"_s,
                u"head_position=Директор МБУ «ММЦ»"_s, u"--set"_s, u"expiring.name=Кузнецова Ольга Ивановна"_s});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"head_name: Орлова Наталья Викторовна\n"_s));
    CHECK(r.out.contains(u"expiring.name: Кузнецова Ольга Ивановна\n"_s));
    CHECK(r.out.contains(u"approval: Директор МБУ «ММЦ» ____ Н.В.\u00a0Орлова\n"_s));
    // The head signs the attestation plan-graphs under the same position.
    CHECK(r.out.contains(u"signed attestation: Директор МБУ «ММЦ» ____ Н.В.\u00a0Орлова\n"_s));
    CHECK(r.out.contains(u"signed expiring: Методист ____ О.И.\u00a0Кузнецова\n"_s));
    CHECK(CentreCardRepository(t.db()).load().headPosition == u"Директор МБУ «ММЦ»"_s);

    // Printed: the approval block and the closing signature carry it.
    const QString pdf = t.file(u"аттестация.pdf"_s);
    r = runCli({u"report"_s, u"attestation"_s, path, u"--year"_s, u"2027"_s, u"--five-year"_s, u"--out"_s, pdf});
    INFO(r);
    REQUIRE(r.exitCode == 0);
    const QStringList pages = pdfPages(pdf);
    REQUIRE(!pages.isEmpty());
    CHECK(pages.first().contains(u"Директор МБУ «ММЦ»"_s));
    CHECK(pages.first().contains(u"Н.В. Орлова"_s));
    CHECK(pages.last().contains(u"Директор МБУ «ММЦ»"_s));
    CHECK_FALSE(pages.join(u'\n').contains(u"Руководитель"_s));
}

TEST_CASE("centre: an unknown field is bad input and changes nothing", "[cli][centre]")
{
    TempDatabase t;
    const CliResult r = runCli({u"centre"_s, t.location(), u"--set"_s, u"head_name=Орлова"_s, u"--set"_s, u"boss=Иванов"_s});
    INFO(r);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"--set expects FIELD=VALUE"_s));
    CHECK(CentreCardRepository(t.db()).load().isEmpty());
}
