#pragma once

#include "associations/AssociationEditing.h"
#include "domain/Meeting.h"
#include "domain/MethodicalPlan.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QTableWidget;
class QTabWidget;

namespace profrost {

class AppContext;
class DeferredLoad;

// Methodical associations: the РМО, ШМО and other groups with their
// members, plans and meetings. Associations and memberships are edited
// here (each change one undoable step); a plan or a meeting's protocol is
// printed (preview, PDF, ODT); a year plan copied into next year's draft.
// The centre's own plans (work plan, roadmaps) are listed under «ИМЦ».
class AssociationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AssociationsPage(AppContext &ctx, QWidget *parent = nullptr);

    void reload();
    // The association shown (0: the centre's plans).
    void selectAssociation(qint64 id);
    qint64 currentAssociation() const;
    qint64 currentPlan() const;
    qint64 currentMeeting() const;
    // Copies the current plan into next year's draft (undoable) and selects
    // it; the new plan's id (0: none, see lastError()).
    qint64 copyPlanToNextYear();
    // What «New plan...» starts from: the association's year plan of this
    // academic year (or the coming one from April), its approver as last time.
    MethodicalPlan newPlanTemplate() const;
    // Deletes the current plan / meeting (undoable). False: see lastError().
    bool deletePlan();
    bool deleteMeeting();
    // The meetings of this year's (and next year's) plans not held yet:
    // what «Hold a meeting» offers.
    QList<PlanItem> unheldMeetingItems() const;
    // Why the last copy was refused (empty when it succeeded).
    const QString &lastError() const { return m_lastError; }
    // The association's dialog: new (0) or the one shown.
    void editAssociation(bool createNew);
    // Deletes the association shown (refused while it has plans or meetings).
    bool deleteAssociation();
    // Members from `joined` (today when invalid); the selected memberships
    // end on `day`, or go as entered by mistake. False: see lastError().
    bool addMembers(const QList<qint64> &teachers, QDate joined = {});
    bool endSelectedMemberships(QDate day);
    bool removeSelectedMemberships();
    // Writes the current plan / protocol to a .pdf or .odt without asking; the pages.
    int writePlan(const QString &path);
    int writeProtocol(const QString &path);

    QTableWidget *associations() const { return m_associations; }
    QTableWidget *members() const { return m_members; }
    QTableWidget *plans() const { return m_plans; }
    QTableWidget *meetings() const { return m_meetings; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void showAssociation();
    void editPlan(bool createNew);
    void editMeeting();
    void openMeetingDialog(const std::optional<Meeting> &before, const Meeting &meeting);
    static void selectRowWithId(QTableWidget *table, qint64 id);
    void openAssociationDialog(const std::optional<AssociationRecord> &before, const AssociationRecord &record);
    void showShmoHints();
    // Shows a refused write (or keeps it in lastError() while hidden).
    bool report(bool ok, const QString &title, const QString &error);
    QList<qint64> selectedMemberships() const;
    void print(bool protocol, bool toFile);

    AppContext &m_ctx;
    QTableWidget *m_associations;
    QLabel *m_title;
    QTabWidget *m_tabs;
    QTableWidget *m_members;
    QTableWidget *m_plans;
    QTableWidget *m_meetings;
    DeferredLoad *m_loader = nullptr;
    QHash<qint64, QString> m_names;           // teacher id -> full name (the registry today)
    QHash<qint64, QString> m_organisationsOf; // teacher id -> current organisations
    QString m_lastError;
};

} // namespace profrost
