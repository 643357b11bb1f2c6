#pragma once

#include "documents/DocumentStyle.h"

#include <QList>
#include <QStringList>
#include <memory>

class QTextDocument;

namespace profrost {

// A plan-graph on paper, shared by the further-training plan, the 5-year
// attestation plan and the attestation year schedule (the individual routes
// and the events plan next): a landscape page, «УТВЕРЖДАЮ» at the top
// right, the title with the issuer under it, one table whose lines are
// grouped under heading rows (an organisation, a month), a line of totals
// and the signature. Each document keeps its columns, cells and grouping.
class PlanGraphTable
{
public:
    // A cell to write; a cell left default (no size) stays untouched.
    struct Cell
    {
        QString text;
        Qt::Alignment alignment = Qt::AlignLeft;
        qreal pointSize = 0;
    };
    struct Line
    {
        QString heading; // the group's heading row, printed where it changes
        QList<Cell> cells;
    };
    // The last row: `label` in bold over the first `labelColumns` columns,
    // then a bold cell per column after them.
    struct Totals
    {
        int labelColumns = 0;
        QString label;
        QList<Cell> cells;
    };
    struct Form
    {
        QString title;
        QString issuer; // a line under the title (may be empty)
        DocumentStyle::Approval approval;
        QList<DocumentStyle::Column> columns;
        QString none; // the row printed when there are no lines
        DocumentStyle::Signature signature;
    };

    static std::unique_ptr<QTextDocument> build(const Form &form, const QList<Line> &lines, const Totals &totals);
};

} // namespace profrost
