#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QWidget>

class QTableView;

namespace profrost {

class AppContext;
class MemberListModel;

// The members of one association, past ones grey: join from a day (from
// the registry), leave on a day (the history stays), an entry made by
// mistake removed. Each change is one undoable step.
class MembersTab : public QWidget
{
    Q_OBJECT
public:
    explicit MembersTab(AppContext &ctx, QWidget *parent = nullptr);

    // Shows the association's members; names and organisations of the
    // registry today come from the page, which reads them once a load.
    void load(qint64 associationId, const QHash<qint64, QString> &names, const QHash<qint64, QString> &organisations);
    // Members from `joined` (today when invalid); the selected memberships
    // end on `day` or go. False: see lastError().
    bool addMembers(const QList<qint64> &teachers, QDate joined);
    bool endSelectedMemberships(QDate day);
    bool removeSelectedMemberships();
    const QString &lastError() const { return m_lastError; }
    QTableView *table() const { return m_table; }
    MemberListModel *model() const { return m_model; }

signals:
    // A change was stored: the page reloads (it does by itself while shown).
    void changed();

private:
    QList<qint64> selectedMemberships() const;
    bool done(bool ok, const QString &title, const QString &error);

    AppContext &m_ctx;
    MemberListModel *m_model;
    QTableView *m_table;
    qint64 m_association = 0;
    QString m_lastError;
};

} // namespace profrost
