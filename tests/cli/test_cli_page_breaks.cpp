// Page breaks a reader accepts, checked on the PDFs profrost-cli prints from
// the demo district (≈ 900 teachers in 36 organisations): every page that
// continues a table starts with its header repeated and then a whole row —
// the first thing under the header stands in the «№ п/п» column (a row's
// number, or a group heading across the table), never the rest of a row cut
// at the foot of the page before; and the closing signature has table rows
// above it on its page. Read with pdftotext -bbox (poppler-utils): each
// word with its box, in points from the top left of the page.
#include <catch2/catch.hpp>

#include "support/CliFixtures.h"
#include "support/TestSupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>

using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

constexpr double kPt = 72 / 25.4; // points in a millimetre

struct Word
{
    double xMin, yMin, xMax, yMax;
    QString text;
};
using Page = QList<Word>;

// The words of every page, in reading order; the page number in the top
// margin (20 mm) left out.
QList<Page> pdfWords(const QString &pdf)
{
    const QString xml = QString::fromUtf8(toolOutput(u"pdftotext"_s, {u"-bbox"_s, pdf, u"-"_s}));
    static const QRegularExpression word(
        uR"re(<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>)re"_s);
    QList<Page> pages;
    for (const QString &pageXml : xml.split(u"<page "_s).mid(1)) {
        Page page;
        for (auto it = word.globalMatch(pageXml); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const Word w{m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(),
                         m.captured(4).toDouble(), m.captured(5)};
            if (w.yMax > 20 * kPt)
                page.append(w);
        }
        std::sort(page.begin(), page.end(),
                  [](const Word &a, const Word &b) { return std::pair(a.yMin, a.xMin) < std::pair(b.yMin, b.xMin); });
        pages.append(page);
    }
    return pages;
}

// The «п/п» of the table's «№ п/п» header cell: the topmost on the page.
std::optional<Word> numberHeader(const Page &page)
{
    for (const Word &w : page) {
        if (w.text.contains(u"п/п"_s))
            return w;
    }
    return std::nullopt;
}

bool inNumberColumn(const Word &w, const Word &header) { return w.xMin < header.xMax + 2; }

bool same(const Word &a, const Word &anchorA, const Word &b, const Word &anchorB)
{
    return a.text == b.text && std::abs((a.xMin - anchorA.xMin) - (b.xMin - anchorB.xMin)) < 0.5
           && std::abs((a.yMin - anchorA.yMin) - (b.yMin - anchorB.yMin)) < 0.5;
}

struct Form
{
    QString name;
    QStringList args; // after `report`, without DB and --out
    bool signatureAfterTable = true;
};

// Prints the form and checks each page that continues its table.
void checkPages(const QString &db, const QString &dir, const Form &form, int minimumPages)
{
    const QString pdf = dir + u'/' + form.name + u".pdf"_s;
    QStringList args{u"report"_s};
    args << form.args.constFirst() << db << form.args.mid(1) << u"--out"_s << pdf;
    const CliResult printed = runCli(args);
    INFO(printed);
    REQUIRE(printed.exitCode == 0);
    const QList<Page> pages = pdfWords(pdf);
    INFO(form.name.toStdString() << ": " << pages.size() << " pages");
    REQUIRE(pages.size() >= minimumPages);

    // The header as page 1 prints it: the words from its top to the first
    // word below «п/п» that stands in the «№ п/п» column (the first row).
    const std::optional<Word> anchor1 = numberHeader(pages.at(0));
    REQUIRE(anchor1);
    Page header;
    for (const Word &w : pages.at(0)) {
        if (w.yMin > anchor1->yMax && inNumberColumn(w, *anchor1))
            break;
        if (w.yMin > anchor1->yMin - 40)
            header.append(w);
    }

    int continued = 0;
    for (qsizetype p = 1; p < pages.size(); ++p) {
        const Page &page = pages.at(p);
        const std::optional<Word> anchor = numberHeader(page);
        if (!anchor || anchor->yMin > 40 * kPt) // a page of text, or a new table further down
            continue;
        ++continued;
        // The first word that is not the repeated header.
        const Word *first = nullptr;
        for (const Word &w : page) {
            const bool ofHeader = std::any_of(header.cbegin(), header.cend(),
                                              [&](const Word &h) { return same(w, *anchor, h, *anchor1); });
            if (!ofHeader && w.yMin > anchor->yMin) {
                first = &w;
                break;
            }
        }
        INFO("page " << p + 1);
        REQUIRE(first);
        INFO("the first word under the header: «" << first->text.toStdString() << "» at x " << first->xMin
                                                  << " pt, the «№ п/п» column ends at " << anchor->xMax << " pt");
        CHECK(inNumberColumn(*first, *anchor));
    }
    CHECK(continued >= minimumPages - 1);

    if (form.signatureAfterTable) {
        // On the page of the closing signature (the last but an annex):
        // rows of the table (words in the «№ п/п» column, each its own
        // line) above the line to sign on.
        const auto signs = [](const Word &w) { return w.text.startsWith(u"_____"_s); };
        qsizetype signedPage = pages.size() - 1;
        while (signedPage > 0 && std::none_of(pages.at(signedPage).cbegin(), pages.at(signedPage).cend(), signs))
            --signedPage;
        INFO("the signature on page " << signedPage + 1);
        const Page &last = pages.at(signedPage);
        const auto sign = std::find_if(last.cbegin(), last.cend(), signs);
        REQUIRE(sign != last.cend());
        const std::optional<Word> anchor = numberHeader(last);
        const Word &column = anchor ? *anchor : *anchor1;
        QList<double> rows;
        for (const Word &w : last) {
            if (w.yMin < sign->yMin - 1 && inNumberColumn(w, column) && !w.text.contains(u"п/п"_s)
                && !w.text.startsWith(u"№"_s) && (rows.isEmpty() || w.yMin > rows.constLast() + 1))
                rows.append(w.yMin);
        }
        INFO("table lines above the signature on the last page: " << rows.size());
        CHECK(rows.size() >= 2);
    }
}

} // namespace

TEST_CASE("Printed tables of the demo district break between whole rows", "[cli][report][pages]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(u"demo.profrost"_s);
    const CliResult demo = runCli({u"demo"_s, db});
    INFO(demo);
    REQUIRE(demo.exitCode == 0);

    SECTION("the further-training plan-graph")
    {
        checkPages(db, dir.path(), {u"plan-graph"_s, {u"plan-graph"_s, u"--from"_s, u"2026-09-01"_s}}, 10);
    }
    SECTION("the course schedule")
    {
        checkPages(db, dir.path(),
                   {u"course-schedule"_s, {u"course-schedule"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-12-31"_s}},
                   2);
    }
    SECTION("the attestation schedule of a year, by month and by organisation")
    {
        checkPages(db, dir.path(), {u"attestation"_s, {u"attestation"_s, u"--year"_s, u"2027"_s}}, 3);
        checkPages(db, dir.path(),
                   {u"attestation-by-organisation"_s, {u"attestation"_s, u"--year"_s, u"2027"_s, u"--by-organisation"_s}},
                   3);
    }
    SECTION("the five-year attestation plan-graph")
    {
        checkPages(db, dir.path(), {u"five-year"_s, {u"attestation"_s, u"--year"_s, u"2027"_s, u"--five-year"_s}}, 10);
    }
    SECTION("the expiring categories")
    {
        checkPages(db, dir.path(),
                   {u"expiring"_s, {u"expiring"_s, u"--months"_s, u"12"_s, u"--at"_s, u"2026-11-22"_s}}, 2);
    }
}
