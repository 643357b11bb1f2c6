#pragma once

#include "associations/AssociationEditing.h"
#include "domain/MethodicalPlan.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QTableView;
class QTabWidget;

namespace profrost {

class AppContext;
class AssociationListModel;
class BackgroundRead;
class Database;
class DeferredLoad;
class MeetingsTab;
class MembersTab;
class PlansTab;

// Methodical associations: the РМО, ШМО and other groups (new, edited,
// deleted; the ШМО hint (core/README.md)) with their members, plans and
// meetings in tabs of their own; «ИМЦ» lists the centre's own plans (work
// plan, roadmaps). Every change is one undoable step.
class AssociationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AssociationsPage(AppContext &ctx, QWidget *parent = nullptr);

    // Reads the list again; from 3,000 teachers on a worker thread
    // (loaded() when it is shown).
    void reload();
    bool isLoading() const;
    // The association shown (0: the centre's plans).
    void selectAssociation(qint64 id);
    qint64 currentAssociation() const;
    qint64 currentPlan() const;
    qint64 currentMeeting() const;
    // Why the last action was refused (empty when it succeeded).
    const QString &lastError() const { return m_lastError; }

    // ---- associations
    // The association's dialog: new, or the one shown.
    void editAssociation(bool createNew);
    // Deletes the association shown (refused while it has plans or meetings).
    bool deleteAssociation();

    // ---- the tabs' actions, for the page's callers (and tests)
    bool addMembers(const QList<qint64> &teachers, QDate joined = {});
    bool endSelectedMemberships(QDate day);
    bool removeSelectedMemberships();
    qint64 copyPlanToNextYear();
    MethodicalPlan newPlanTemplate() const;
    bool deletePlan();
    QList<PlanItem> unheldMeetingItems() const;
    bool deleteMeeting();
    // Write the current plan / protocol to a .pdf or .odt without asking; the pages.
    int writePlan(const QString &path);
    int writeProtocol(const QString &path);

    QTableView *associations() const { return m_associations; }
    QTableView *members() const;
    QTableView *plans() const;
    QTableView *meetings() const;
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void loaded();

private:
    // What the list shows, read together (on a worker thread at region scale).
    struct ListData
    {
        QList<Association> associations;
        QHash<qint64, int> memberCounts;
        QHash<qint64, QString> schools;
        QHash<qint64, QString> names;
        QHash<qint64, QString> organisationsOf;
    };
    static ListData readList(Database &db, QDate today);
    void showList(ListData data);
    void showAssociation();
    void openAssociationDialog(const std::optional<AssociationRecord> &before, const AssociationRecord &record);
    void showShmoHints();
    // Takes a tab's outcome: its refusal becomes the page's lastError().
    bool took(bool ok, const QString &error);

    AppContext &m_ctx;
    AssociationListModel *m_list;
    QTableView *m_associations;
    QLabel *m_title;
    QTabWidget *m_tabs;
    MembersTab *m_membersTab;
    PlansTab *m_plansTab;
    MeetingsTab *m_meetingsTab;
    BackgroundRead *m_reader;
    DeferredLoad *m_loader = nullptr;
    QString m_lastError;
    bool m_filling = false; // the list is being replaced: selecting is not choosing
    QHash<qint64, QString> m_names;           // teacher id -> full name (the registry today)
    QHash<qint64, QString> m_organisationsOf; // teacher id -> current organisations
};

} // namespace profrost
