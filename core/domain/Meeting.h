#pragma once

#include "domain/ReadVersion.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace profrost {

struct MethodicalPlan;
struct PlanItem;

// A meeting of an association and its protocol (core/documents/README.md, «Протокол
// заседания РМО»): who attended, the agenda, and for each item СЛУШАЛИ /
// ВЫСТУПИЛИ / РЕШИЛИ with an optional vote.

struct AgendaItem
{
    qint64 id = 0;
    QString title;     // the item of «Повестка дня»
    QString speaker;   // СЛУШАЛИ: who (as printed, «Иванова М.П.»)
    QString heard;     // СЛУШАЛИ: the summary
    QString spoke;     // ВЫСТУПИЛИ: one speaker per line
    QString decided;   // РЕШИЛИ: one decision per line (printed 1.1, 1.2...)
    bool voted = false; // ГОЛОСОВАЛИ is printed only when a vote was taken
    int votesFor = 0;
    int votesAgainst = 0;
    int votesAbstained = 0;
    bool operator==(const AgendaItem &) const = default;
};

struct Meeting
{
    qint64 id = 0;
    qint64 associationId = 0;
    qint64 planItemId = 0;    // the plan's meeting it holds; 0 when unplanned
    QDate date;
    QString place;
    QString form;             // заседание, семинар-практикум...
    QString topic;            // Тема (optional)
    QList<qint64> attendees;  // the members present (teacher ids)
    QStringList guests;       // приглашённые: free text, one per entry
    QList<AgendaItem> agenda; // in order
    ReadVersion version;      // as read from the store (store/RowVersion); 0 for a new one
    bool operator==(const Meeting &) const = default;
};

class MeetingRules
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRules)
public:
    // What is wrong, each naming the field and the reason.
    static QStringList check(const Meeting &m);
    // Protocols are numbered from 1 in each academic year (September to
    // August) of an association, in date order (same day: the earlier
    // entered first). Returns meeting id -> number for the given meetings
    // of one association.
    static QHash<qint64, int> protocolNumbers(const QList<Meeting> &meetings);
    // A new meeting holding a meeting item of the association's plan: its
    // date, form and topic (the title's first line); each further line of
    // the title is a question of the agenda. A one-line title is the only
    // question, so that the protocol has an item to write СЛУШАЛИ under.
    static Meeting fromPlanItem(qint64 associationId, const PlanItem &item);
    // The meetings of the plans (with items) of this academic year and later
    // (a plan made ahead) that no meeting holds yet: what «Hold a meeting» offers.
    static QList<PlanItem> unheld(const QList<MethodicalPlan> &plans, const QList<Meeting> &meetings, QDate today);
};

} // namespace profrost
