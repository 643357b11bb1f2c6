#pragma once

#include "domain/Route.h"
#include "planning/GroupRoutes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;

namespace profrost {

class ActivitiesEditor;
class AppContext;
class FieldMessage;
class OrganisationCombo;

// A group route: a deficit, the teachers it reaches (of an organisation, of
// a methodical association, or of the whole registry; listed as they are
// chosen), and one template — goal, tasks, curator, activities — given to
// each of them (GroupRoutes::apply, with undo). Each teacher's route is
// adjusted afterwards on its own.
class GroupRouteDialog : public QDialog
{
    Q_OBJECT
public:
    GroupRouteDialog(AppContext &ctx, int startYear, QWidget *parent = nullptr);
    void accept() override;

    QComboBox *area() const { return m_area; }
    QRadioButton *byOrganisation() const { return m_byOrganisation; }
    QRadioButton *byAssociation() const { return m_byAssociation; }
    OrganisationCombo *organisation() const { return m_organisation; }
    QComboBox *association() const { return m_association; }
    QListWidget *teachers() const { return m_teachers; }
    QLineEdit *goal() const { return m_goal; }
    ActivitiesEditor *activities() const { return m_activities; }
    FieldMessage *message() const { return m_message; }
    const GroupRouteOutcome &outcome() const { return m_outcome; }

private:
    void refreshTeachers();
    GroupRouteScope scope() const;

    AppContext &m_ctx;
    int m_startYear;
    QComboBox *m_area;
    QRadioButton *m_byOrganisation;
    QRadioButton *m_byAssociation;
    OrganisationCombo *m_organisation;
    QComboBox *m_association;
    QListWidget *m_teachers;
    QLabel *m_count;
    QLineEdit *m_goal;
    QPlainTextEdit *m_tasks;
    QLineEdit *m_curator;
    ActivitiesEditor *m_activities;
    FieldMessage *m_message;
    QList<qint64> m_chosen;
    GroupRouteOutcome m_outcome;
};

} // namespace profrost
