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

#include <algorithm>
#include <optional>

using namespace profrost::test;
using namespace Qt::StringLiterals;

namespace {

constexpr double kPt = 72 / 25.4; // points in a millimetre

using Word = PdfWord;
using Page = QList<Word>;

// The words of every page, in reading order; the page number in the top
// margin (20 mm) left out.
QList<Page> pdfWords(const QString &pdf)
{
    QList<Page> pages;
    for (const Page &all : pdfWordBoxes(pdf)) {
        Page page;
        std::copy_if(all.cbegin(), all.cend(), std::back_inserter(page),
                     [](const Word &w) { return w.yMax > 20 * kPt; });
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

// The demo district's form `name` (demoForms()), printed.
DemoForm demoForm(const QString &name)
{
    const QList<DemoForm> forms = demoForms();
    const auto it = std::find_if(forms.cbegin(), forms.cend(), [&](const DemoForm &f) { return f.name == name; });
    REQUIRE(it != forms.cend());
    return *it;
}

// Prints the form and checks each page that continues its table, and the
// rows above the closing signature.
void checkPages(const DemoDistrict &district, const QString &name, int minimumPages)
{
    const DemoForm form = demoForm(name);
    const QString pdf = district.print(form);
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

    {
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
    const DemoDistrict district;

    SECTION("the further-training plan-graph")
    {
        checkPages(district, u"plan-graph"_s, 10);
    }
    SECTION("the course schedule")
    {
        checkPages(district, u"course-schedule"_s, 2);
    }
    SECTION("the attestation schedule of a year, by month and by organisation")
    {
        checkPages(district, u"attestation"_s, 3);
        checkPages(district, u"attestation-by-organisation"_s, 3);
    }
    SECTION("the five-year attestation plan-graph")
    {
        checkPages(district, u"attestation-five-year"_s, 10);
    }
    SECTION("the expiring categories")
    {
        checkPages(district, u"expiring"_s, 2);
    }
}
