#include "mentoring/MentorsTab.h"

#include "associations/AssociationWidgets.h"
#include "common/ColumnFill.h"
#include "common/RecordView.h"
#include "common/TokenFilterProxy.h"
#include "mentoring/MentorLoadModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace profrost {

using W = AssociationWidgets;

MentorsTab::MentorsTab(Actions actions, QWidget *parent)
    : QWidget(parent),
      m_actions(std::move(actions)),
      m_model(new MentorLoadModel(this)),
      m_proxy(new TokenFilterProxy(this)),
      m_filter(new QLineEdit(this)),
      m_limit(new QSpinBox(this))
{
    setObjectName(QStringLiteral("mentorsTab"));
    m_proxy->setSourceModel(m_model);
    m_view = RecordView::table(m_proxy, this);
    m_view->setObjectName(QStringLiteral("mentorsTable"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MentorLoadModel::NameColumn, Qt::AscendingOrder);
    const int widths[] = {210, 180, 200, 280, 90};
    for (int c = 0; c < 5; ++c)
        m_view->setColumnWidth(c, widths[c]);
    ColumnFill::install(m_view, MentorLoadModel::MenteesColumn, 220, 700);
    m_filter->setPlaceholderText(tr("Filter: mentor, organisation, mentee"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TokenFilterProxy::setFilterText);

    m_limit->setObjectName(QStringLiteral("mentorLoadLimit"));
    m_limit->setRange(1, 20);
    m_limit->setToolTip(tr("The mentors' council is warned about a mentor with more active mentees than this."));
    auto *limitBox = new QWidget(this);
    auto *limitRow = new QHBoxLayout(limitBox);
    limitRow->setContentsMargins(0, 0, 0, 0);
    auto *limitLabel = new QLabel(tr("Warn a&bove:"), limitBox);
    limitLabel->setBuddy(m_limit);
    limitRow->addWidget(limitLabel);
    limitRow->addWidget(m_limit);
    limitRow->addWidget(new QLabel(tr("mentees"), limitBox));
    connect(m_limit, &QSpinBox::editingFinished, this, [this] { m_actions.setLimit(m_limit->value()); });

    auto *open = W::button(QStringLiteral(":/icons/teachers.svg"), tr("Open in the registry"),
                           tr("Show the chosen mentor's card in the registry"), this);
    const auto openCurrent = [this] {
        if (const qint64 id = RecordView::currentId(m_view, 0); id > 0)
            m_actions.openTeacher(id);
    };
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(m_view, &QTableView::activated, this, openCurrent);
    QToolButton *print = W::printButton(tr("Print the load"), this, m_actions.print);
    print->setObjectName(QStringLiteral("printMentorsButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(W::buttonBar(this, {open, print, limitBox}, {m_filter}));
    layout->addWidget(m_view, 1);
}

void MentorsTab::setLines(std::shared_ptr<const MentoringLines> lines)
{
    const qint64 current = RecordView::currentId(m_view, 0);
    {
        const QSignalBlocker quiet(m_limit);
        m_limit->setValue(lines->loadLimit);
    }
    m_model->setLines(std::move(lines));
    RecordView::selectId(m_view, current);
}

} // namespace profrost
