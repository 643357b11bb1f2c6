#include "mentoring/PairsTab.h"

#include "associations/AssociationWidgets.h"
#include "common/ColumnFill.h"
#include "common/FlagFilterProxy.h"
#include "common/RecordView.h"
#include "mentoring/MentorshipListModel.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace profrost {

using W = AssociationWidgets;

PairsTab::PairsTab(Actions actions, QWidget *parent)
    : QWidget(parent),
      m_actions(std::move(actions)),
      m_model(new MentorshipListModel(this)),
      m_proxy(new FlagFilterProxy(MentorshipListModel::ActiveRole, this)),
      m_filter(new QLineEdit(this)),
      m_onlyActive(new QCheckBox(tr("Only &active on the day"), this))
{
    setObjectName(QStringLiteral("pairsTab"));
    m_proxy->setSourceModel(m_model);
    m_view = RecordView::table(m_proxy, this);
    m_view->setObjectName(QStringLiteral("pairsTable"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MentorshipListModel::MentorColumn, Qt::AscendingOrder);
    const int widths[] = {200, 200, 140, 85, 85, 90};
    for (int c = 0; c < 6; ++c)
        m_view->setColumnWidth(c, widths[c]);
    ColumnFill::install(m_view, MentorshipListModel::GoalsColumn, 160, 600);
    m_filter->setPlaceholderText(tr("Filter: mentor, mentee, form, goals"));
    m_filter->setClearButtonEnabled(true);
    m_onlyActive->setObjectName(QStringLiteral("onlyActivePairs"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &FlagFilterProxy::setFilterText);
    connect(m_onlyActive, &QCheckBox::toggled, m_proxy, &FlagFilterProxy::setFlagRequired);

    auto *add = W::button(QStringLiteral(":/icons/add.svg"), tr("New pair..."), tr("A new mentorship pair"), this);
    auto *edit = W::button(QStringLiteral(":/icons/edit.svg"), tr("Open..."), tr("Change the chosen pair"), this);
    auto *remove = W::button(QStringLiteral(":/icons/delete.svg"), tr("Delete"), tr("Delete the chosen pair"), this);
    add->setObjectName(QStringLiteral("newPairButton"));
    edit->setObjectName(QStringLiteral("editPairButton"));
    remove->setObjectName(QStringLiteral("deletePairButton"));
    const auto editCurrent = [this] {
        if (const qint64 id = currentPair(); id > 0)
            m_actions.edit(id);
    };
    const auto removeCurrent = [this] {
        if (const qint64 id = currentPair(); id > 0)
            m_actions.remove(id);
    };
    connect(add, &QPushButton::clicked, this, [this] { m_actions.add(); });
    connect(edit, &QPushButton::clicked, this, editCurrent);
    connect(remove, &QPushButton::clicked, this, removeCurrent);
    connect(m_view, &QTableView::activated, this, editCurrent);
    W::bindKeys(m_view, editCurrent, removeCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(W::buttonBar(this, {add, edit, remove}, {m_onlyActive, m_filter}));
    layout->addWidget(m_view, 1);
}

void PairsTab::setLines(std::shared_ptr<const MentoringLines> lines, qint64 select)
{
    const qint64 current = select > 0 ? select : currentPair();
    m_model->setLines(std::move(lines));
    RecordView::selectId(m_view, current);
}

qint64 PairsTab::currentPair() const { return RecordView::currentId(m_view, 0); }

} // namespace profrost
