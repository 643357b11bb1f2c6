// `profrost-cli tracks` as a user runs it on the small district of
// support/SitesFixture.h (02.12.2026) with a hand-made history:
// - H1 2026: track 1 — Иванова ✓, Петрова ✗; track 3 — Иванова ✓, Сидорова ✓.
//   Track 1: 2 applied, 1 completed; track 3: 2 applied, 2 completed;
//   teachers: 3 applied; completed every track of theirs: Иванова, Сидорова = 2.
// - H2 2026: track 2 — Петрова (not yet).
#include <catch2/catch.hpp>

#include "documents/TracksSheet.h"
#include "io/TableReader.h"
#include "store/TrackRepository.h"
#include "support/CliFixtures.h"
#include "support/SitesFixture.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

void history(SitesFixture &f)
{
    TrackRepository repo(f.t.db());
    const QList<DevelopmentTrack> tracks = repo.tracks();
    const auto enrol = [&](int track, const QString &surname, HalfYear h, bool completed) {
        repo.saveEnrolment({0, tracks.at(track - 1).id, f.teacher.value(surname), h, completed, {}}, SitesFixture::day());
    };
    enrol(1, u"Иванова"_s, {2026, 1}, true);
    enrol(1, u"Петрова"_s, {2026, 1}, false);
    enrol(3, u"Иванова"_s, {2026, 1}, true);
    enrol(3, u"Сидорова"_s, {2026, 1}, true);
    enrol(2, u"Петрова"_s, {2026, 2}, false);
}

} // namespace

TEST_CASE("tracks: applied and completed per half-year, over all tracks and per track, with --teachers who",
          "[cli][tracks]")
{
    SitesFixture f;
    const CliResult none = runCli({u"tracks"_s, f.t.location()}, {}, SitesFixture::day());
    INFO(none);
    REQUIRE(none.exitCode == 0);
    CHECK(none.out.trimmed() == u"No teachers enrolled on the tracks."_s);

    history(f);
    const CliResult all = runCli({u"tracks"_s, f.t.location()}, {}, SitesFixture::day());
    INFO(all);
    REQUIRE(all.exitCode == 0);
    CHECK(all.out.split(u'\n', Qt::SkipEmptyParts)
          == QStringList{
              u"H2 2026: teachers: 1 applied, 0 completed"_s,
              u"  Устранение дефицита педагогических кадров: 1 applied, 0 completed"_s,
              u"H1 2026: teachers: 3 applied, 2 completed"_s,
              u"  Плановое повышение профессионального мастерства педагогических работников: 2 applied, 1 completed"_s,
              u"  Повышение квалификации педагогических работников в рамках реализации приоритетных федеральных "
              "программ: 2 applied, 2 completed"_s,
          });

    const CliResult who = runCli({u"tracks"_s, f.t.location(), u"--year"_s, u"2026"_s, u"--teachers"_s}, {},
                                 SitesFixture::day());
    INFO(who);
    REQUIRE(who.exitCode == 0);
    CHECK(who.out.contains(u"  Плановое повышение профессионального мастерства педагогических работников: 2 applied, "
                           "1 completed\n    Иванова Мария Петровна — completed\n    Петрова Наталья Сергеевна — not "
                           "completed\n"_s));

    const CliResult other = runCli({u"tracks"_s, f.t.location(), u"--year"_s, u"2025"_s}, {}, SitesFixture::day());
    CHECK(other.out.trimmed() == u"No teachers enrolled on the tracks."_s);
    const CliResult bad = runCli({u"tracks"_s, f.t.location(), u"--year"_s, u"1900"_s}, {}, SitesFixture::day());
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(u"--year must be a number from 2000 to 2100."_s));
}

TEST_CASE("export tracks: a half-year's teachers on the tracks and the totals in Russian, in a workbook",
          "[cli][tracks]")
{
    SitesFixture f;
    history(f);
    QTemporaryDir dir;
    const QString workbook = dir.filePath(u"треки.xlsx"_s);
    const CliResult r = runCli({u"export"_s, u"tracks"_s, f.t.location(), workbook, u"--year"_s, u"2026"_s, u"--half"_s,
                                u"1"_s},
                               {}, SitesFixture::day());
    INFO(r);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"exported the tracks of I полугодие 2026 г."_s));
    const Table table = TableReader::read(workbook);
    CHECK(table.header
          == QStringList{u"№ п/п"_s, u"Трек развития"_s, u"Ф.И.О. педагога"_s, u"Место работы"_s, u"Трек пройден"_s});
    QList<QStringList> rows;
    for (const auto &row : table.rows)
        rows << row.cells;
    const QString first = u"Плановое повышение профессионального мастерства педагогических работников"_s;
    const QString third = u"Повышение квалификации педагогических работников в рамках реализации приоритетных "
                          "федеральных программ"_s;
    REQUIRE(rows.size() >= 7);
    CHECK(rows.at(0) == QStringList{u"1"_s, first, u"Иванова Мария Петровна"_s, u"СОШ № 1"_s, u"да"_s});
    CHECK(rows.at(1) == QStringList{u"2"_s, first, u"Петрова Наталья Сергеевна"_s, u"СОШ № 1"_s, u"нет"_s});
    CHECK(rows.at(3) == QStringList{u"4"_s, third, u"Сидорова Ольга Игоревна"_s, u"СОШ № 3"_s, u"да"_s});
    QStringList outcomes;
    for (const QStringList &row : rows.mid(4)) {
        if (row.size() == 5 && row.at(2) == u"Итого"_s)
            outcomes << row.at(1) + u": "_s + row.at(4);
    }
    CHECK(outcomes
          == QStringList{first + u": из 2 заявленных прошёл 1"_s, third + u": из 2 заявленных прошли 2"_s,
                         u"Все треки (педагогов; на двух треках — один раз): из 3 заявленных прошли 2"_s});

    const CliResult half = runCli({u"export"_s, u"tracks"_s, f.t.location(), workbook, u"--year"_s, u"2026"_s}, {},
                                  SitesFixture::day());
    CHECK(half.exitCode == 2);
    CHECK(half.err.contains(u"Give --year and --half together."_s));
}

TEST_CASE("The tracks' totals in Russian agree in number: заявленного, заявленных, прошёл, прошли", "[tracks]")
{
    CHECK(TracksSheet::outcomeText({24, 22}) == u"из 24 заявленных прошли 22"_s);
    CHECK(TracksSheet::outcomeText({21, 1}) == u"из 21 заявленного прошёл 1"_s);
    CHECK(TracksSheet::outcomeText({11, 11}) == u"из 11 заявленных прошли 11"_s);
    CHECK(TracksSheet::outcomeText({2, 0}) == u"из 2 заявленных прошли 0"_s);
    CHECK(TracksSheet::halfYearText({2026, 2}) == u"II полугодие 2026 г."_s);
}
