#include "associations/PlanItemDelegate.h"

#include "associations/PlanItemsModel.h"
#include "common/DateLineEdit.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTextCursor>

namespace profrost {

namespace {

bool multiLine(int column)
{
    return column == PlanItemsModel::Title || column == PlanItemsModel::Result;
}

} // namespace

PlanItemDelegate::PlanItemDelegate(PlanItemsModel *model, QObject *parent)
    : QStyledItemDelegate(parent), m_model(model)
{
}

QWidget *PlanItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    const int column = index.column();
    if (column == PlanItemsModel::Stage) {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("(no stage)"), 0);
        for (int i = 0; i < m_model->stages().size(); ++i)
            combo->addItem(m_model->stages().at(i), i + 1);
        return combo;
    }
    if (multiLine(column)) {
        auto *edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        return edit;
    }
    if (column == PlanItemsModel::From || column == PlanItemsModel::To) {
        auto *edit = new DateLineEdit(parent);
        edit->setClearButtonEnabled(false); // the cell is too narrow for it
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void PlanItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toInt())));
    else if (auto *edit = qobject_cast<QPlainTextEdit *>(editor))
    {
        edit->setPlainText(index.data(Qt::EditRole).toString());
        edit->moveCursor(QTextCursor::End); // «Заседание № 3»: the questions follow
    }
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void PlanItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData());
    else if (auto *edit = qobject_cast<QPlainTextEdit *>(editor))
        model->setData(index, edit->toPlainText());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

void PlanItemDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    // A one-line row would leave no room for the questions of a meeting:
    // the editor opens taller than the row, over the rows below.
    if (qobject_cast<QPlainTextEdit *>(editor))
        editor->resize(editor->width(), std::max(editor->height(), 5 * option.fontMetrics.lineSpacing()));
}

bool PlanItemDelegate::eventFilter(QObject *object, QEvent *event)
{
    // Enter is a new line in the title; Ctrl+Enter finishes the cell.
    auto *edit = qobject_cast<QPlainTextEdit *>(object);
    if (edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            emit commitData(edit);
            emit closeEditor(edit, QAbstractItemDelegate::NoHint);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace profrost
