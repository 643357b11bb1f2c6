#include "io/ImportPreview.h"

#include <QSet>
#include <algorithm>

namespace profrost {

bool ImportPreview::fileRejected() const
{
    return std::any_of(errors.cbegin(), errors.cend(), [](const RowIssue &i) { return i.row == 0; });
}

int ImportPreview::rejectedRows() const
{
    QSet<int> rows;
    for (const RowIssue &e : errors)
        rows.insert(e.row);
    return int(rows.size());
}

QString ImportPreview::rejection() const
{
    for (const RowIssue &e : errors) {
        if (e.row == 0)
            return e.reason;
    }
    return {};
}

} // namespace profrost
