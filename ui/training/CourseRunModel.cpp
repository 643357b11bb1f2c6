#include "training/CourseRunModel.h"

#include "domain/DateText.h"

namespace profrost {

CourseRunModel::CourseRunModel(QObject *parent)
    : RecordListModel({tr("Dates"), tr("Programme"), tr("Hours"), tr("Place"), tr("Group"), tr("Seats"),
                       tr("Enrolled"), tr("Waiting"), tr("Applications"), tr("Completed")},
                      parent)
{
}

void CourseRunModel::setRuns(QList<CourseRunRow> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

int CourseRunModel::records() const { return int(m_runs.size()); }

qint64 CourseRunModel::idAt(int row) const { return m_runs.at(row).run.id; }

QVariant CourseRunModel::cell(int row, int column, int role) const
{
    const CourseRunRow &r = m_runs.at(row);
    if (role == Qt::ToolTipRole) {
        if (column == ProgrammeColumn)
            return QString(r.programme + u'\n' + r.provider);
        return column == PlaceColumn ? QVariant(r.run.place) : QVariant(); // a long place is cut at three lines
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case DatesColumn: return QString(DateText::numeric(r.run.starts) + QStringLiteral("–") + DateText::numeric(r.run.ends));
    case ProgrammeColumn: return r.programme;
    case HoursColumn: return QString::number(r.hours);
    case PlaceColumn: return r.run.place;
    case GroupColumn: return r.run.groupName;
    case SeatsColumn: return r.run.seats > 0 ? QString::number(r.run.seats) : QStringLiteral("—");
    case EnrolledColumn: return QString::number(r.enrolled);
    case WaitingColumn: return QString::number(r.waiting);
    case AppliedColumn: return QString::number(r.applied);
    case CompletedColumn: return QString::number(r.completed);
    default: return {};
    }
}

} // namespace profrost
