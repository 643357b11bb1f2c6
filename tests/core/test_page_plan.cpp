// Where printed pages end (PagePlan), on flows worked out by hand: a page
// ends at the last break it allows that fits, a required break ends it
// early, a table's header is repeated above the rows it continues, a
// ruling's margin counts against the page, and a row taller than a page is
// cut where the page ends. The documents' own breaks (PageFlow) are checked
// on printed PDFs in tests/cli/test_cli_page_breaks.cpp.
#include <catch2/catch.hpp>

#include "documents/PagePlan.h"

#include <initializer_list>

using namespace profrost;

namespace {

PagePlan::Break at(double y, bool allowed = true, int header = -1)
{
    PagePlan::Break b;
    b.end = b.start = y;
    b.allowed = allowed;
    b.header = header;
    return b;
}

// Rows every 10 units from 10 to 100; the strip ends at 105.
PagePlan::Flow rows(int header = -1)
{
    PagePlan::Flow flow;
    for (int y = 10; y <= 100; y += 10)
        flow.breaks.append(at(y, true, header));
    flow.end = 105;
    return flow;
}

// Each page's body as {top, bottom}.
QList<std::pair<double, double>> bodies(const QList<PagePlan::Page> &pages)
{
    QList<std::pair<double, double>> out;
    for (const PagePlan::Page &page : pages)
        out.append({page.constLast().top, page.constLast().bottom});
    return out;
}

using Spans = QList<std::pair<double, double>>;

} // namespace

TEST_CASE("A page ends at the last allowed break that fits", "[pages]")
{
    // 35 a page: 0–30, 30–60, 60–90, 90–105.
    CHECK(bodies(PagePlan::plan(rows(), 35)) == Spans{{0, 30}, {30, 60}, {60, 90}, {90, 105}});

    SECTION("a break that is not allowed moves the end up to the one before")
    {
        PagePlan::Flow flow = rows();
        flow.breaks[2].allowed = false; // 30
        CHECK(bodies(PagePlan::plan(flow, 35)) == Spans{{0, 20}, {20, 50}, {50, 80}, {80, 105}});
    }
    SECTION("a required break ends the page early")
    {
        PagePlan::Flow flow = rows();
        flow.breaks[0].required = true; // 10: an annex starts a page
        CHECK(bodies(PagePlan::plan(flow, 35)) == Spans{{0, 10}, {10, 40}, {40, 70}, {70, 105}});
    }
    SECTION("what fits whole is one page")
    {
        CHECK(bodies(PagePlan::plan(rows(), 105)) == Spans{{0, 105}});
    }
}

TEST_CASE("A continued table repeats its header above the rows", "[pages]")
{
    PagePlan::Flow flow = rows(0);
    flow.headers.append({0, 5}); // the header row, 5 tall
    const QList<PagePlan::Page> pages = PagePlan::plan(flow, 35);
    // Page 1: 0–30. Page 2: the header (5), then 30–60 below it; page 3: 60–90; page 4: 90–105.
    REQUIRE(pages.size() == 4);
    CHECK(pages.at(0).size() == 1);
    for (int p = 1; p < 4; ++p) {
        REQUIRE(pages.at(p).size() == 2);
        CHECK(pages.at(p).at(0).top == 0);
        CHECK(pages.at(p).at(0).bottom == 5);
        CHECK(pages.at(p).at(0).at == 0);
        CHECK(pages.at(p).at(1).at == 5);
    }
    CHECK(bodies(pages) == Spans{{0, 30}, {30, 60}, {60, 90}, {90, 105}});

    SECTION("the header's height counts against the page")
    {
        flow.headers[0] = {0, 8}; // 30–60 would need 38
        CHECK(bodies(PagePlan::plan(flow, 35)) == Spans{{0, 30}, {30, 50}, {50, 70}, {70, 90}, {90, 105}});
    }
}

TEST_CASE("A table ruling on a break is drawn on both pages", "[pages]")
{
    // Rows every 10; the ruling between two rows is the unit above each
    // row's top: a page ends below it and the next starts above it.
    PagePlan::Flow flow;
    for (int y : {10, 20, 30}) {
        PagePlan::Break b = at(y);
        b.start = y - 1;
        flow.breaks.append(b);
    }
    flow.end = 40;
    const QList<PagePlan::Page> pages = PagePlan::plan(flow, 25);
    REQUIRE(pages.size() == 2);
    CHECK(pages.at(0).at(0).top == 0);
    CHECK(pages.at(0).at(0).bottom == 20);
    CHECK(pages.at(1).at(0).top == 19);
    CHECK(pages.at(1).at(0).at == 0);
    CHECK(pages.at(1).at(0).bottom == 40);
}

TEST_CASE("Without an allowed break that fits a page takes any and then cuts at its height", "[pages]")
{
    PagePlan::Flow flow;
    flow.breaks.append(at(20, false));
    flow.breaks.append(at(80));
    flow.end = 90;
    // Nothing allowed within 0–35: the disallowed 20 is better than a cut
    // through a row. Then 20–55 holds no break at all: cut at 55.
    CHECK(bodies(PagePlan::plan(flow, 35)) == Spans{{0, 20}, {20, 55}, {55, 90}});
    CHECK(PagePlan::plan(flow, 0).isEmpty());
}
