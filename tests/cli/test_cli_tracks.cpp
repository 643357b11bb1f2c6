// `profrost-cli tracks` as a user runs it on the small district of
// support/SitesFixture.h (02.12.2026) with a hand-made history:
// - H1 2026: track 1 — Иванова ✓, Петрова ✗; track 3 — Иванова ✓, Сидорова ✓.
//   Track 1: 2 applied, 1 completed; track 3: 2 applied, 2 completed;
//   teachers: 3 applied; completed every track of theirs: Иванова, Сидорова = 2.
// - H2 2026: track 2 — Петрова (not yet).
#include <catch2/catch.hpp>

#include "store/TrackRepository.h"
#include "support/CliFixtures.h"
#include "support/SitesFixture.h"
#include "support/TestSupport.h"

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

void history(SitesFixture &f)
{
    TrackRepository repo(f.t.db());
    const QList<DevelopmentTrack> tracks = repo.tracks();
    const auto enrol = [&](int track, const QString &surname, HalfYear h, bool completed) {
        repo.saveEnrolment({0, tracks.at(track - 1).id, f.teacher.value(surname), h, completed}, SitesFixture::day());
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
    const CliResult none = runCli({u"tracks"_s, f.t.path()}, {}, SitesFixture::day());
    INFO(none);
    REQUIRE(none.exitCode == 0);
    CHECK(none.out.trimmed() == u"No teachers enrolled on the tracks."_s);

    history(f);
    const CliResult all = runCli({u"tracks"_s, f.t.path()}, {}, SitesFixture::day());
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

    const CliResult who = runCli({u"tracks"_s, f.t.path(), u"--year"_s, u"2026"_s, u"--teachers"_s}, {},
                                 SitesFixture::day());
    INFO(who);
    REQUIRE(who.exitCode == 0);
    CHECK(who.out.contains(u"  Плановое повышение профессионального мастерства педагогических работников: 2 applied, "
                           "1 completed\n    Иванова Мария Петровна — completed\n    Петрова Наталья Сергеевна — not "
                           "completed\n"_s));

    const CliResult other = runCli({u"tracks"_s, f.t.path(), u"--year"_s, u"2025"_s}, {}, SitesFixture::day());
    CHECK(other.out.trimmed() == u"No teachers enrolled on the tracks."_s);
    const CliResult bad = runCli({u"tracks"_s, f.t.path(), u"--year"_s, u"1900"_s}, {}, SitesFixture::day());
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(u"--year must be a number from 2000 to 2100."_s));
}
