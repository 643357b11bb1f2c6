#include "training/TrainingPlanDelegate.h"

#include "training/TrainingPlanModel.h"

#include <QAbstractItemView>
#include <QComboBox>

namespace profrost {

TrainingPlanDelegate::TrainingPlanDelegate(TrainingPlanModel *model, QObject *parent)
    : QStyledItemDelegate(parent), m_model(model)
{
}

QWidget *TrainingPlanDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    if (index.column() == TrainingPlanModel::YearColumn) {
        auto *box = new QComboBox(parent);
        for (int y = 0; y < TrainingPlan::kYears; ++y)
            box->addItem(QString::number(m_model->firstYear() + y), m_model->firstYear() + y);
        return box;
    }
    if (index.column() == TrainingPlanModel::ProgrammeColumn) {
        auto *box = new QComboBox(parent);
        box->addItem(tr("(not chosen)"), qint64(0));
        for (const Programme &p : m_model->programmes())
            box->addItem(tr("%1 (%2 h, %3)").arg(p.title).arg(p.hours).arg(p.provider), p.id);
        // Long titles: the list is as wide as it needs, the cell stays narrow.
        box->view()->setMinimumWidth(560);
        return box;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void TrainingPlanDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        const QVariant value = index.data(Qt::EditRole);
        const int at = index.column() == TrainingPlanModel::ProgrammeColumn ? box->findData(value.toLongLong())
                                                                            : box->findData(value.toInt());
        box->setCurrentIndex(std::max(0, at));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TrainingPlanDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, box->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace profrost
