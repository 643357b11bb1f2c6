#include "associations/MeetingListModel.h"

#include "domain/DateText.h"

namespace profrost {

MeetingListModel::MeetingListModel(QObject *parent)
    : RecordListModel({tr("Protocol №"), tr("Date"), tr("Present"), tr("Form"), tr("Agenda")}, parent)
{
}

void MeetingListModel::setMeetings(QList<Meeting> meetings, QHash<qint64, int> numbers)
{
    beginResetModel();
    m_meetings = std::move(meetings);
    m_numbers = std::move(numbers);
    endResetModel();
}

void MeetingListModel::clear()
{
    if (m_meetings.isEmpty())
        return;
    beginResetModel();
    m_meetings.clear();
    m_numbers.clear();
    endResetModel();
}

int MeetingListModel::records() const { return int(m_meetings.size()); }

qint64 MeetingListModel::idAt(int row) const { return m_meetings.at(row).id; }

QVariant MeetingListModel::cell(int row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return column == PresentColumn ? QVariant(int(Qt::AlignCenter)) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    const Meeting &m = m_meetings.at(row);
    switch (column) {
    case NumberColumn: return QString::number(m_numbers.value(m.id));
    case DateColumn: return DateText::numeric(m.date);
    case PresentColumn: return QString::number(m.attendees.size());
    case FormColumn: return m.form;
    case AgendaColumn: {
        QStringList agenda;
        for (const AgendaItem &item : m.agenda)
            agenda << item.title;
        return agenda.join(QStringLiteral("; "));
    }
    default: return {};
    }
}

} // namespace profrost
