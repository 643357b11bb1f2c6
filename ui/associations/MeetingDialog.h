#pragma once

#include "domain/Meeting.h"
#include "domain/MethodicalPlan.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLineEdit;
class QListWidget;
class QTabWidget;

namespace profrost {

class AgendaEditor;
class AppContext;
class AttendanceEditor;
class DateLineEdit;
class FieldMessage;

// A meeting of an association and its protocol, written in a few minutes:
// the meeting (date, place, form, topic, the plan's meeting it holds) stays
// on top, because the date decides who could attend; below, the attendance
// and the agenda with СЛУШАЛИ / ВЫСТУПИЛИ / РЕШИЛИ. OK checks the meeting
// (MeetingRules) and stays open with the reasons; storing is the caller's
// (MeetingEditing), so that the write is one undoable step.
class MeetingDialog : public QDialog
{
    Q_OBJECT
public:
    // `meeting.associationId` set; id 0 for a new meeting.
    MeetingDialog(AppContext &ctx, const Meeting &meeting, QWidget *parent = nullptr);

    // A new meeting prefilled from a meeting item of the association's plan
    // (MeetingRules::fromPlanItem).
    static Meeting fromPlanItem(qint64 associationId, const PlanItem &item);

    // As edited (texts simplified as the store keeps them).
    Meeting meeting() const;
    void accept() override;
    void done(int result) override;

    // «By plan»: selects the plan's meeting and fills the fields still empty
    // from it (0: unplanned).
    void choosePlanItem(qint64 planItemId);

    // For tests.
    DateLineEdit *dateEdit() const { return m_date; }
    QLineEdit *placeEdit() const { return m_place; }
    QComboBox *formBox() const { return m_form; }
    QLineEdit *topicEdit() const { return m_topic; }
    QComboBox *planBox() const { return m_plan; }
    QTabWidget *tabs() const { return m_tabs; }
    AttendanceEditor *attendanceEditor() const { return m_attendance; }
    QListWidget *attendance() const;
    AgendaEditor *agendaEditor() const { return m_agenda; }
    QListWidget *agendaList() const;
    FieldMessage *problems() const { return m_problems; }

private:
    void fillPlans();
    void dateEdited();
    void presentChanged(int present, int members);
    void showProblems(const QStringList &problems);

    AppContext &m_ctx;
    Meeting m_meeting;
    QHash<qint64, PlanItem> m_planItems;
    DateLineEdit *m_date;
    QLineEdit *m_place;
    QComboBox *m_form;
    QLineEdit *m_topic;
    QComboBox *m_plan;
    QTabWidget *m_tabs;
    AttendanceEditor *m_attendance;
    AgendaEditor *m_agenda;
    FieldMessage *m_problems;
};

} // namespace profrost
