#pragma once

#include <QStyledItemDelegate>

namespace profrost {

class PlanItemsModel;

// Editors of a plan's items in place: the stage as a list of the plan's
// stages, the title and the result as several lines (Enter starts a new
// line; Tab or Ctrl+Enter finishes), the dates as dd.mm.yyyy.
class PlanItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit PlanItemDelegate(PlanItemsModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    PlanItemsModel *m_model;
};

} // namespace profrost
