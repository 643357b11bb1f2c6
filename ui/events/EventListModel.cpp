#include "events/EventListModel.h"

#include "common/Roles.h"
#include "common/StatusPalette.h"
#include "domain/DateText.h"
#include "util/TextNormalize.h"

#include <QBrush>

namespace profrost {

EventListModel::EventListModel(QObject *parent)
    : RecordListModel({tr("Days"), tr("Kind"), tr("Level"), tr("Topic"), tr("Organiser, place"),
                       tr("Participants\n(speakers)"), tr("State")},
                      parent)
{
}

void EventListModel::setEvents(QList<MethodicalEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int EventListModel::records() const { return int(m_events.size()); }

qint64 EventListModel::idAt(int row) const { return m_events.at(row).id; }

const MethodicalEvent *EventListModel::eventAt(int row) const
{
    return row >= 0 && row < records() ? &m_events.at(row) : nullptr;
}

QString EventListModel::days(const MethodicalEvent &e)
{
    if (!e.ends.isValid() || e.ends == e.starts)
        return DateText::numeric(e.starts);
    return DateText::numeric(e.starts) + QStringLiteral(" – ") + DateText::numeric(e.ends);
}

QString EventListModel::participants(const MethodicalEvent &e)
{
    int speakers = 0;
    for (const EventParticipant &p : e.participants)
        speakers += p.role == EventRole::Listener ? 0 : 1;
    QString text = tr("%1 (%2)").arg(e.participants.size()).arg(speakers);
    if (!e.guests.isEmpty())
        text += QStringLiteral(" ") + tr("+ %n guest(s)", nullptr, int(e.guests.size()));
    return text;
}

QVariant EventListModel::cell(int row, int column, int role) const
{
    const MethodicalEvent &e = m_events.at(row);
    QString organiser = e.organiser;
    if (!e.place.isEmpty())
        organiser += (organiser.isEmpty() ? QString() : QStringLiteral("; ")) + e.place;
    switch (role) {
    case PlannedRole: return !e.held;
    case SearchRole:
        return normalizedKey(QStringList{e.topic, EventText::displayName(e.kind), EventText::displayName(e.level),
                                         organiser, e.audience}
                                 .join(u' '));
    case SortRole:
        switch (column) {
        case DaysColumn: return e.starts.toJulianDay();
        case LevelColumn: return int(e.level);
        case ParticipantsColumn: return int(e.participants.size());
        default: return lowerKey(cell(row, column, Qt::DisplayRole).toString());
        }
    case Qt::ForegroundRole:
        if (column == StateColumn)
            return QBrush(e.held ? StatusPalette::ok() : StatusPalette::mutedText());
        return {};
    case Qt::TextAlignmentRole:
        return column == ParticipantsColumn ? QVariant(int(Qt::AlignCenter)) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case DaysColumn: return days(e);
        case KindColumn: return EventText::displayName(e.kind);
        case LevelColumn: return EventText::displayName(e.level);
        case TopicColumn: return e.topic;
        case OrganiserColumn: return organiser;
        case ParticipantsColumn: return participants(e);
        case StateColumn: return e.held ? tr("held") : tr("planned");
        default: return {};
        }
    default: return {};
    }
}

} // namespace profrost
