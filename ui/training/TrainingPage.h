#pragma once

#include <QWidget>

class QTabWidget;

namespace profrost {

class AppContext;
class CoursesTab;
class DueTab;
class PlanTab;
class ProgrammesTab;
class TracksTab;

// Further training: the courses and their participants, who is due under
// the 3-year rule, the plan-graph for three years, the catalogue of
// programmes, and the tracks of development with their enrolments.
class TrainingPage : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingPage(AppContext &ctx, QWidget *parent = nullptr);
    CoursesTab *courses() const { return m_courses; }
    DueTab *due() const { return m_due; }
    PlanTab *plan() const { return m_plan; }
    ProgrammesTab *programmes() const { return m_programmes; }
    TracksTab *tracks() const { return m_tracks; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs;
    CoursesTab *m_courses;
    DueTab *m_due;
    PlanTab *m_plan;
    ProgrammesTab *m_programmes;
    TracksTab *m_tracks;
};

} // namespace profrost
