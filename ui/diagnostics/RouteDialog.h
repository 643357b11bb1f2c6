#pragma once

#include "domain/Diagnosis.h"
#include "domain/Route.h"
#include "planning/RouteSuggestions.h"

#include <QDialog>
#include <QHash>
#include <QMap>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace profrost {

class ActivitiesEditor;
class AppContext;
class FieldMessage;

// A teacher's individual route for a year: the deficits it addresses
// (prefilled from the current ones), the goal, tasks and curator, the
// activities in the plan's order, and the catalogue's courses suggested for
// the deficits — one added as an activity, with an application for its
// nearest run when asked (made on OK). `save` stores the route and returns
// an empty string, or the reason it was refused.
class RouteDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<QString(const IndividualRoute &)>;
    RouteDialog(AppContext &ctx, Save save, QWidget *parent = nullptr);

    // The route to edit (or a new one's defaults), the teacher's name and
    // place, and their latest scores (the deficits marked beside them).
    void setRoute(const IndividualRoute &route, const QString &teacher, const QMap<CompetencyArea, AreaScore> &latest);
    IndividualRoute route() const;
    void accept() override;

    QCheckBox *deficit(CompetencyArea area) const { return m_deficits.value(area); }
    QLineEdit *goal() const { return m_goal; }
    QTableWidget *activities() const;
    ActivitiesEditor *activityEditor() const { return m_activities; }
    QTableWidget *suggestions() const { return m_suggestions; }
    FieldMessage *message() const { return m_message; }
    const QList<CourseSuggestion> &suggested() const { return m_suggested; }

    // The suggestion of that row as an activity; with `apply` an application
    // for its run is made when the dialog is accepted.
    void addSuggestion(int row, bool apply);

private:
    void refreshSuggestions();

    AppContext &m_ctx;
    Save m_save;
    IndividualRoute m_route;
    QList<Programme> m_catalogue;
    QMap<CompetencyArea, QCheckBox *> m_deficits;
    QLabel *m_teacher;
    QLabel *m_scores;
    QLineEdit *m_goal;
    QPlainTextEdit *m_tasks;
    QLineEdit *m_curator;
    ActivitiesEditor *m_activities;
    QTableWidget *m_suggestions;
    QList<CourseSuggestion> m_suggested;
    QList<Completion> m_finished; // the teacher's courses: a finished one marks its activity done
    FieldMessage *m_message;
};

} // namespace profrost
