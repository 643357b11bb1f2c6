#include "training/TeacherPickerDialog.h"

#include "common/HeaderFit.h"
#include "common/ScreenFit.h"
#include "common/Roles.h"
#include "registry/TeacherTableModel.h"
#include "shell/AppContext.h"
#include "store/TeacherRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace profrost {

TeacherPickerDialog::TeacherPickerDialog(AppContext &ctx, QWidget *parent)
    : QDialog(parent), m_model(new TeacherTableModel(this)), m_filter(new QLineEdit(this)), m_view(new QTableView(this))
{
    setWindowTitle(tr("Choose teachers"));
    m_model->setRows(TeacherRepository(ctx.db()).rows(ctx.today()), ctx.today());
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TeacherTableModel::FullNameColumn, Qt::AscendingOrder); // А→Я, not the header's default Я→А
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setColumnWidth(TeacherTableModel::FullNameColumn, 260);
    m_view->setColumnWidth(TeacherTableModel::OrganisationColumn, 200);
    m_view->setColumnWidth(TeacherTableModel::PositionColumn, 180);
    for (int c : {int(TeacherTableModel::BirthDateColumn), int(TeacherTableModel::AgeColumn),
                  int(TeacherTableModel::ExperienceColumn), int(TeacherTableModel::SnilsColumn)})
        m_view->hideColumn(c);
    m_filter->setPlaceholderText(tr("Filter: name, organisation, position, subject"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_model, &TeacherTableModel::setFilterText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::doubleClicked, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    ScreenFit::resize(this, {900, 600});
    HeaderFit::keep(this);
    m_filter->setFocus();
}

void TeacherPickerDialog::setSingleChoice(const QString &title)
{
    setWindowTitle(title);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
}

QList<qint64> TeacherPickerDialog::chosen() const
{
    QList<qint64> out;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        out.append(index.data(IdRole).toLongLong());
    return out;
}

} // namespace profrost
