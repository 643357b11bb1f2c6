#pragma once

class QHeaderView;
class QWidget;

namespace profrost {

// Column headers that are never cut: a section narrower than its title
// (the widest line of it, the style's margins and the sort arrow's room) is
// widened to it. Widths set by the code or restored from the settings stay
// where they are wider; the table scrolls sideways where the sum is wide.
// In Russian the titles are a third longer than in English («Ож…»,
// «Дей…»), so fixed widths chosen in English cut them.
class HeaderFit
{
public:
    // The widest line of the section's title with margins and arrow, in pixels.
    static int titleWidth(const QHeaderView *header, int section);
    // Widens the sections of `header` that are narrower than their title.
    static void widen(QHeaderView *header);
    // widen() every horizontal header under `root` now, and again whenever
    // its model is reset, its titles change or a column is shown.
    static void keep(QWidget *root);
};

} // namespace profrost
