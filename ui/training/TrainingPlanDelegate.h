#pragma once

#include <QStyledItemDelegate>

namespace profrost {

class TrainingPlanModel;

// Editors of the plan-graph table: the planned year and the programme are
// chosen from lists (the years of the plan, the catalogue), the topic is typed.
class TrainingPlanDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    TrainingPlanDelegate(TrainingPlanModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    TrainingPlanModel *m_model;
};

} // namespace profrost
