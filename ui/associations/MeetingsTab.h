#pragma once

#include "domain/Meeting.h"
#include "domain/MethodicalPlan.h"

#include <QWidget>
#include <optional>

class QTableView;

namespace profrost {

class AppContext;
class MeetingListModel;

// The meetings of one association with their protocol numbers: held from
// the plan's meetings not held yet (date, form and questions prefilled) or
// unplanned, the protocol written in the meeting dialog, deleted (each one
// undoable step); the protocol printed as preview, PDF or ODT.
class MeetingsTab : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingsTab(AppContext &ctx, QWidget *parent = nullptr);

    // The association's meetings, the newest selected.
    void load(qint64 associationId);
    qint64 currentMeeting() const;
    // The meetings of this year's (and next year's) plans not held yet:
    // what «Hold a meeting» offers.
    QList<PlanItem> unheldMeetingItems() const;
    bool deleteMeeting();
    // Writes the current protocol to a .pdf or .odt without asking; the pages.
    int writeProtocol(const QString &path);
    const QString &lastError() const { return m_lastError; }
    QTableView *table() const { return m_table; }
    MeetingListModel *model() const { return m_model; }

signals:
    // A change was stored: the page reloads (it does by itself while shown).
    void changed();

private:
    void editMeeting();
    void openDialog(const std::optional<Meeting> &before, const Meeting &meeting);
    void print(bool toFile);

    AppContext &m_ctx;
    MeetingListModel *m_model;
    QTableView *m_table;
    qint64 m_association = 0;
    QString m_lastError;
};

} // namespace profrost
