#pragma once

#include "common/RecordListModel.h"
#include "store/TrainingRepository.h"

#include <QList>

namespace profrost {

// The course runs of a period: dates, programme (provider in the
// tooltip), hours, place, group, seats and the counts of the participants.
class CourseRunModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { DatesColumn, ProgrammeColumn, HoursColumn, PlaceColumn, GroupColumn, SeatsColumn,
                  EnrolledColumn, WaitingColumn, AppliedColumn, CompletedColumn };

    explicit CourseRunModel(QObject *parent = nullptr);
    void setRuns(QList<CourseRunRow> runs);
    qint64 idAt(int row) const override;

protected:
    int records() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<CourseRunRow> m_runs;
};

} // namespace profrost
