#include "documents/PagePlan.h"

#include <algorithm>

namespace profrost {

QList<PagePlan::Page> PagePlan::plan(const Flow &flow, double pageHeight)
{
    QList<Page> pages;
    if (pageHeight <= 0)
        return pages;
    const qsizetype count = flow.breaks.size();
    double start = 0;
    int header = -1;
    qsizetype next = 0; // the first break after `start`
    while (true) {
        Page page;
        double at = 0;
        if (header >= 0) {
            const Header &h = flow.headers.at(header);
            page.append({h.top, h.bottom, 0});
            at = h.bottom - h.top;
        }
        const double limit = start + (pageHeight - at);
        // The candidates on this page: breaks past the start that end within it.
        while (next < count && flow.breaks.at(next).end <= start)
            ++next;
        qsizetype chosen = -1;
        qsizetype anyFitting = -1;
        for (qsizetype i = next; i < count; ++i) {
            const Break &b = flow.breaks.at(i);
            if (b.end > limit)
                break;
            anyFitting = i;
            if (b.required) {
                chosen = i;
                break;
            }
            if (b.allowed)
                chosen = i;
        }
        const bool fitsWhole = flow.end <= limit;
        if (fitsWhole && (chosen < 0 || !flow.breaks.at(chosen).required)) {
            page.append({start, flow.end, at});
            pages.append(page);
            break;
        }
        if (chosen < 0)
            chosen = anyFitting;
        Break cut;
        if (chosen >= 0) {
            cut = flow.breaks.at(chosen);
        } else {
            // Nothing ends on this page (a row taller than a page): it is
            // cut where the page ends.
            cut.end = cut.start = limit;
            cut.header = header;
        }
        page.append({start, cut.end, at});
        pages.append(page);
        if (cut.end <= start) // no progress: cannot happen with a positive page, kept safe
            break;
        start = cut.start;
        header = cut.header;
        next = chosen >= 0 ? chosen + 1 : next;
    }
    return pages;
}

} // namespace profrost
