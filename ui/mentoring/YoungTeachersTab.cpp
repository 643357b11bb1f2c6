#include "mentoring/YoungTeachersTab.h"

#include "associations/AssociationWidgets.h"
#include "common/ColumnFill.h"
#include "common/FlagFilterProxy.h"
#include "common/RecordView.h"
#include "mentoring/YoungTeacherModel.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace profrost {

using W = AssociationWidgets;

YoungTeachersTab::YoungTeachersTab(Actions actions, QWidget *parent)
    : QWidget(parent),
      m_actions(std::move(actions)),
      m_model(new YoungTeacherModel(this)),
      m_proxy(new FlagFilterProxy(YoungTeacherModel::UnsupportedRole, this)),
      m_filter(new QLineEdit(this)),
      m_onlyUnsupported(new QCheckBox(tr("Only &without support"), this))
{
    setObjectName(QStringLiteral("youngTeachersTab"));
    m_proxy->setSourceModel(m_model);
    m_view = RecordView::table(m_proxy, this);
    m_view->setObjectName(QStringLiteral("youngTeachersTable"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(YoungTeacherModel::NameColumn, Qt::AscendingOrder);
    const int widths[] = {210, 180, 170, 45, 150};
    for (int c = 0; c < 5; ++c)
        m_view->setColumnWidth(c, widths[c]);
    ColumnFill::install(m_view, YoungTeacherModel::SupportColumn, 200, 600);
    m_filter->setPlaceholderText(tr("Filter: teacher, organisation, post, mentor"));
    m_filter->setClearButtonEnabled(true);
    m_onlyUnsupported->setObjectName(QStringLiteral("onlyUnsupported"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &FlagFilterProxy::setFilterText);
    connect(m_onlyUnsupported, &QCheckBox::toggled, m_proxy, &FlagFilterProxy::setFlagRequired);

    auto *assign = W::button(QStringLiteral(":/icons/add.svg"), tr("Assign a mentor..."),
                             tr("A mentorship pair for the chosen young teacher"), this);
    assign->setObjectName(QStringLiteral("assignMentorButton"));
    auto *open = W::button(QStringLiteral(":/icons/teachers.svg"), tr("Open in the registry"),
                           tr("Show the chosen teacher's card in the registry"), this);
    connect(assign, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentTeacher(); id > 0)
            m_actions.assignMentor(id);
    });
    connect(open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentTeacher(); id > 0)
            m_actions.openTeacher(id);
    });
    QToolButton *print = W::printButton(tr("Print the list"), this, m_actions.print);
    print->setObjectName(QStringLiteral("printYoungTeachersButton"));
    connect(m_view, &QTableView::activated, this, [this] {
        if (const qint64 id = currentTeacher(); id > 0)
            m_actions.openTeacher(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(W::buttonBar(this, {assign, open, print}, {m_onlyUnsupported, m_filter}));
    layout->addWidget(m_view, 1);
}

void YoungTeachersTab::setLines(std::shared_ptr<const MentoringLines> lines)
{
    const qint64 current = currentTeacher();
    m_model->setLines(std::move(lines));
    RecordView::selectId(m_view, current);
}

qint64 YoungTeachersTab::currentTeacher() const { return RecordView::currentId(m_view, 0); }

} // namespace profrost
