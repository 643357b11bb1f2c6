#include "training/TrainingPage.h"

#include "training/CoursesTab.h"
#include "training/DueTab.h"
#include "training/PlanTab.h"
#include "training/ProgrammesTab.h"
#include "training/TracksTab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace profrost {

TrainingPage::TrainingPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent),
      m_tabs(new QTabWidget(this)),
      m_courses(new CoursesTab(ctx, this)),
      m_due(new DueTab(ctx, this)),
      m_plan(new PlanTab(ctx, this)),
      m_programmes(new ProgrammesTab(ctx, this)),
      m_tracks(new TracksTab(ctx, this))
{
    setObjectName(QStringLiteral("trainingPage"));
    m_tabs->addTab(m_courses, tr("Courses and participants"));
    m_tabs->addTab(m_due, tr("Due under the 3-year rule"));
    m_tabs->addTab(m_plan, tr("Plan-graph"));
    m_tabs->addTab(m_programmes, tr("Programme catalogue"));
    m_tabs->addTab(m_tracks, tr("Tracks of development"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

} // namespace profrost
