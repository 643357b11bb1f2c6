#pragma once

#include "domain/Route.h"

#include <QWidget>
#include <functional>

class QTableWidget;

namespace profrost {

// The activities of a route (or of a group route's template) in the plan's
// order: a table with Add, Edit, Remove, Up and Down, each activity edited in
// an ActivityDialog. Beside each activity it keeps the run an application is
// to be made for when the route is saved (0: none), moved and removed with it.
class ActivitiesEditor : public QWidget
{
    Q_OBJECT
public:
    // The status cell of a row; empty: the recorded status's name.
    using StatusText = std::function<QString(int row, const RouteActivity &activity, qint64 pendingRun)>;

    ActivitiesEditor(const QList<Programme> &catalogue, QWidget *parent = nullptr);
    void setStatusText(StatusText statusText) { m_statusText = std::move(statusText); }
    // The responsible person a new activity is given.
    void setDefaultResponsible(std::function<QString()> responsible) { m_responsible = std::move(responsible); }

    void setActivities(const QList<RouteActivity> &activities);
    const QList<RouteActivity> &activities() const { return m_activities; }
    const QList<qint64> &pendingRuns() const { return m_pendingRuns; }
    void setEnrolment(int row, qint64 enrolmentId);
    void append(const RouteActivity &activity, qint64 pendingRun = 0);

    void addActivity();
    void editActivity();
    void removeActivity();
    void moveActivity(int by);
    QTableWidget *table() const { return m_table; }

signals:
    void changed();

private:
    void show(int select);

    QList<Programme> m_catalogue;
    QList<RouteActivity> m_activities;
    QList<qint64> m_pendingRuns;
    StatusText m_statusText;
    std::function<QString()> m_responsible;
    QTableWidget *m_table;
};

} // namespace profrost
