#pragma once

#include "store/UserAccess.h"

#include <QDate>
#include <QObject>

class QUndoStack;

namespace profrost {

class Database;

// What every page shares: the open database, the undo stack and the
// signal that the registry changed, so that every view reloads.
class AppContext : public QObject
{
    Q_OBJECT
public:
    AppContext(Database &db, QObject *parent = nullptr);

    Database &db() const { return m_db; }
    QUndoStack *undoStack() const { return m_undo; }
    QDate today() const;
    // Who is connected and what their role lets them change (a file's user:
    // everything); pages hide what the server would refuse.
    const UserAccess &access() const { return m_access; }
    bool mayEdit(UserAccess::Area area) const { return m_access.mayEdit(area); }
    // Another access than the database's (tests, screenshots): set before
    // the pages are made, which hide what it may not edit as they are built.
    void setAccess(const UserAccess &access) { m_access = access; }

    // Called after any write (also by undo/redo and import).
    void notifyChanged() { emit registryChanged(); }
    // A write failed during undo/redo: shown by the main window.
    void reportError(const QString &message) { emit errorOccurred(message); }

signals:
    void registryChanged();
    void errorOccurred(const QString &message);

private:
    Database &m_db;
    QUndoStack *m_undo;
    UserAccess m_access;
};

} // namespace profrost
