#pragma once

#include "common/RecordListModel.h"
#include "domain/Meeting.h"

#include <QHash>
#include <QList>

namespace profrost {

// The meetings of one association: protocol number (counted within the
// academic year), date, members present, form, the agenda in one line.
class MeetingListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, DateColumn, PresentColumn, FormColumn, AgendaColumn };

    explicit MeetingListModel(QObject *parent = nullptr);
    // `numbers`: meeting id -> protocol number.
    void setMeetings(QList<Meeting> meetings, QHash<qint64, int> numbers);
    void clear();
    qint64 idAt(int row) const override;

protected:
    int records() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<Meeting> m_meetings;
    QHash<qint64, int> m_numbers;
};

} // namespace profrost
