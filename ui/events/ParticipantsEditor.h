#pragma once

#include "domain/MethodicalEvent.h"
#include "domain/TeacherRow.h"

#include <QDate>
#include <QHash>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace profrost {

class AppContext;

// An event's participants from the registry, each with a role, added from
// the registry's picker, from a pasted list of names (planning/NameListMatch:
// the unknown and the ambiguous lines reported, not guessed) or from the
// members of an association in one step; and its guests from outside the
// registry, typed by name.
class ParticipantsEditor : public QWidget
{
    Q_OBJECT
public:
    // `firstDay`: the event's first day, whose members an association gives.
    ParticipantsEditor(AppContext &ctx, std::function<QDate()> firstDay, QWidget *parent = nullptr);

    void setPeople(const QList<EventParticipant> &participants, const QList<EventGuest> &guests);
    QList<EventParticipant> participants() const;
    QList<EventGuest> guests() const;

    // Adds those not listed yet as listeners; returns how many were added.
    int addTeachers(const QList<qint64> &teacherIds);
    // Adds the teachers a pasted list names; the report says what was added and what was not.
    void addPasted(const QString &text);
    // Adds the association's members on the event's first day.
    void addMembers(qint64 associationId);
    void addGuest();

    QTableWidget *table() const { return m_table; }
    QTableWidget *guestTable() const { return m_guests; }
    QLabel *report() const { return m_report; }
    QComboBox *associations() const { return m_associations; }

signals:
    void changed();

private:
    const QList<TeacherRow> &registry();
    void appendRow(qint64 teacherId, EventRole role);
    void appendGuest(const EventGuest &g);
    void pasteDialog();
    void removeChosen();

    AppContext &m_ctx;
    std::function<QDate()> m_firstDay;
    QTableWidget *m_table;
    QTableWidget *m_guests;
    QLabel *m_report;
    QComboBox *m_associations;
    bool m_registryRead = false;
    QList<TeacherRow> m_registry;
    QHash<qint64, qsizetype> m_rowOf; // teacher id -> index in m_registry
};

} // namespace profrost
