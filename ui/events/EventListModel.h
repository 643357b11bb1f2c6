#pragma once

#include "common/RecordListModel.h"
#include "domain/MethodicalEvent.h"

namespace profrost {

// The events of the page's period, one a row (its id in IdRole): days,
// kind, level, topic, organiser and place, participants (of them
// speakers; guests apart), planned or held.
class EventListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { DaysColumn, KindColumn, LevelColumn, TopicColumn, OrganiserColumn, ParticipantsColumn, StateColumn };
    // A role of the first column: true for an event still planned.
    static constexpr int PlannedRole = Qt::UserRole + 102;

    explicit EventListModel(QObject *parent = nullptr);
    void setEvents(QList<MethodicalEvent> events);
    qint64 idAt(int row) const override;
    const MethodicalEvent *eventAt(int row) const;

    // «05.11.2026» or «05.11.2026 – 07.11.2026».
    static QString days(const MethodicalEvent &e);
    // «24 (3)», with «+ 2 guests» when there are guests.
    static QString participants(const MethodicalEvent &e);

protected:
    int records() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<MethodicalEvent> m_events;
};

} // namespace profrost
