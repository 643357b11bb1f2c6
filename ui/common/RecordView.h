#pragma once

#include <QList>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace profrost {

// A list of records shown in a QTableView over a model whose rows carry
// their record's id in IdRole (a RecordListModel, or a proxy over one):
// read-only, whole rows selected, the row's id read back and selected by id.
class RecordView
{
public:
    // A read-only table of whole rows (one at a time) over `model`, which it does not own.
    static QTableView *table(QAbstractItemModel *model, QWidget *parent);
    // The id of the current row; `none` when there is no current row.
    static qint64 currentId(const QTableView *view, qint64 none = -1);
    // Selects the row of `id` (true), or leaves the selection (false).
    static bool selectId(QTableView *view, qint64 id);
    // The ids of the selected rows, top to bottom as selected.
    static QList<qint64> selectedIds(const QTableView *view);
    // The ids of every row shown, top to bottom (as filtered and sorted).
    static QList<qint64> shownIds(const QTableView *view);
};

} // namespace profrost
