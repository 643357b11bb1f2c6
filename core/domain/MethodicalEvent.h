#pragma once

#include "domain/ReadVersion.h"
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace profrost {

// Methodical events (core/README.md «Methodical events»): seminars,
// conferences, master classes, методические десанты, mini-courses … run by
// the centre, the associations and the schools, planned ahead and marked held.

enum class EventKind {
    Seminar, Webinar, Conference, MasterClass, MethodicalLanding, MiniCourse, Internship, RoundTable, OpenLesson, Other
};
enum class EventLevel { School, Municipal, InterMunicipal, Regional, Federal };
enum class EventRole { Organiser, Speaker, Listener };

// A teacher of the registry at the event.
struct EventParticipant
{
    qint64 teacherId = 0;
    EventRole role = EventRole::Listener;
    bool operator==(const EventParticipant &) const = default;
};

// Someone from outside the registry (a guest lecturer, a colleague from
// another region): counted apart, never among the registry's participants.
struct EventGuest
{
    QString name;
    QString organisation;
    EventRole role = EventRole::Listener;
    bool operator==(const EventGuest &) const = default;
};

struct MethodicalEvent
{
    qint64 id = 0;
    EventKind kind = EventKind::Seminar;
    EventLevel level = EventLevel::Municipal;
    QString topic;
    QDate starts;
    QDate ends;        // invalid: one day
    QString organiser; // «МКУ ИМЦ», «РМО учителей математики», a school
    QString place;
    QString audience;  // the posts and subjects it is for, as written: «учителя математики»
    double hours = 0;  // 0: not stated
    bool held = false; // planned until marked held
    QString note;
    QList<EventParticipant> participants;
    QList<EventGuest> guests;
    ReadVersion version; // as read from the store (store/RowVersion); 0 for a new one

    QDate lastDay() const { return ends.isValid() ? ends : starts; }
    bool operator==(const MethodicalEvent &) const = default;
};

class EventText
{
    Q_DECLARE_TR_FUNCTIONS(EventText)
public:
    static QString code(EventKind k);
    static QString code(EventLevel l);
    static QString code(EventRole r);
    static bool fromCode(const QString &code, EventKind *out);
    static bool fromCode(const QString &code, EventLevel *out);
    static bool fromCode(const QString &code, EventRole *out);
    // «семинар», «муниципальный», «выступающий» as printed.
    static QString russian(EventKind k);
    static QString russian(EventLevel l);
    static QString russian(EventRole r);
    static QString displayName(EventKind k);
    static QString displayName(EventLevel l);
    static QString displayName(EventRole r);
    // As people write them («Мастер-класс», «мастер класс», «межмуниципальный»); false otherwise.
    static bool parse(const QString &text, EventKind *out);
    static bool parse(const QString &text, EventLevel *out);
    static bool parse(const QString &text, EventRole *out);
    static QList<EventKind> allKinds();
    static QList<EventLevel> allLevels();
    static QList<EventRole> allRoles();
};

// What an event must hold, and when it counts; every screen, document and command asks here.
class EventRules
{
    Q_DECLARE_TR_FUNCTIONS(EventRules)
public:
    // A topic, a first day, a last day not before it, hours not negative,
    // nobody listed twice, held only once it has begun (on `today` or before).
    static QStringList check(const MethodicalEvent &e, QDate today);
    // Held, and its first day in [from, to] (both included): what the period's report counts.
    static bool countsIn(const MethodicalEvent &e, QDate from, QDate to);
};

} // namespace profrost
