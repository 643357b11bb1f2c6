#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QWidget>

class QTableWidget;

namespace profrost {

class AppContext;

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
    QTableWidget *table() const { return m_table; }

signals:
    // A change was stored: the page reloads (it does by itself while shown).
    void changed();

private:
    QList<qint64> selectedMemberships() const;
    bool done(bool ok, const QString &title, const QString &error);

    AppContext &m_ctx;
    QTableWidget *m_table;
    qint64 m_association = 0;
    QString m_lastError;
};

} // namespace profrost
