// One rule, one place (issue 10, item 1): `profrost-cli report expiring`
// lists as many categories, in the sheet and in the printed PDF, as the
// core's one function (AttestationStatus), and follows the settings of the
// database when they change.

#include <catch2/catch.hpp>

#include "planning/AttestationStatus.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "support/CliFixtures.h"
#include "support/TestSupport.h"

#include <QRegularExpression>

using namespace profrost;
using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

AttestationCounts coreCounts(const QString &path, QDate at)
{
    Database db(ConnectionSpec::fromText(path));
    db.open();
    return AttestationStatus(db).counts(at);
}

// "Истекает: E чел.; срок истёк: L чел." at the end of the printed list.
std::pair<int, int> printed(const QString &pdf)
{
    const QString text = pdfPages(pdf).join(u'\n');
    const QRegularExpressionMatch m =
        QRegularExpression(u"Истекает: (\\d+) чел\\.; срок истёк: (\\d+) чел\\."_s).match(text);
    REQUIRE(m.hasMatch());
    return {m.captured(1).toInt(), m.captured(2).toInt()};
}

int written(const CliResult &r)
{
    const QRegularExpressionMatch m = QRegularExpression(u"\\((\\d+) categor"_s).match(r.out);
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

} // namespace

TEST_CASE("report expiring counts what the core counts, and follows the settings", "[cli][attestation][onerule]")
{
    TempDatabase t; // a folder; the demo makes its own file in it
    const QString db = t.file(u"demo.sqlite"_s);
    const CliResult demo = runCli({u"demo"_s, db, u"--teachers"_s, u"300"_s});
    INFO(demo);
    REQUIRE(demo.exitCode == 0);
    const QDate at = QDate::currentDate(); // the demo is made at today
    const QString atText = at.toString(u"dd.MM.yyyy"_s);

    auto agree = [&](const QString &tag) {
        const AttestationCounts core = coreCounts(db, at);
        INFO(tag.toStdString() << ": expiring " << core.expiring << ", lapsed " << core.lapsed);
        const CliResult sheet = runCli({u"report"_s, u"expiring"_s, db, u"--at"_s, atText, u"--out"_s,
                                        t.file(tag + u".xlsx"_s)});
        INFO(sheet);
        REQUIRE(sheet.exitCode == 0);
        CHECK(written(sheet) == core.total());
        const CliResult pdf = runCli({u"report"_s, u"expiring"_s, db, u"--at"_s, atText, u"--out"_s,
                                      t.file(tag + u".pdf"_s)});
        INFO(pdf);
        REQUIRE(pdf.exitCode == 0);
        const auto [expiring, lapsed] = printed(t.file(tag + u".pdf"_s));
        CHECK(expiring == core.expiring);
        CHECK(lapsed == core.lapsed);
        return core;
    };
    const AttestationCounts before = agree(u"before"_s);
    REQUIRE(before.total() > 0);
    {
        Database open(db);
        open.open();
        SettingsRepository settings(open);
        settings.setInt(SettingsRepository::categoryValidityYears(), 4);
        settings.setInt(SettingsRepository::categoryReminderMonths(), 12);
    }
    const AttestationCounts after = agree(u"after"_s);
    CHECK(after.months == 12);
    CHECK(after.lapsed > before.lapsed);
}
