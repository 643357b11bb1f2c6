#include "common/RecordView.h"

#include "common/Roles.h"

#include <QHeaderView>
#include <QTableView>

namespace profrost {

QTableView *RecordView::table(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

qint64 RecordView::currentId(const QTableView *view, qint64 none)
{
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(IdRole).toLongLong() : none;
}

bool RecordView::selectId(QTableView *view, qint64 id)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(IdRole).toLongLong() == id) {
            view->selectRow(row);
            return true;
        }
    }
    return false;
}

QList<qint64> RecordView::selectedIds(const QTableView *view)
{
    QList<qint64> ids;
    for (const QModelIndex &index : view->selectionModel()->selectedRows(0))
        ids << index.data(IdRole).toLongLong();
    return ids;
}

QList<qint64> RecordView::shownIds(const QTableView *view)
{
    const QAbstractItemModel *model = view->model();
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(IdRole).toLongLong();
    return ids;
}

} // namespace profrost
