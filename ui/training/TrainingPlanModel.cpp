#include "training/TrainingPlanModel.h"

#include "common/Roles.h"
#include "common/StatusPalette.h"
#include "planning/TrainingDue.h"

#include <QBrush>
#include <QColor>
#include <QSet>
#include <algorithm>

namespace profrost {

TrainingPlanModel::TrainingPlanModel(QObject *parent) : PlanGraphModel(NameColumn, OrganisationColumn, parent) {}

// Overdue when the plan starts: the last course (or none) expired by 1 January.
bool TrainingPlanModel::overdueAtStart(QDate lastEnd) const
{
    return !lastEnd.isValid() || TrainingDue::expiresOn(lastEnd, m_data.intervalYears) <= QDate(m_data.firstYear, 1, 1);
}

TrainingPlanModel::Prepared TrainingPlanModel::prepare(TrainingPlanDocumentData data, QList<Programme> programmes)
{
    Prepared out;
    std::sort(programmes.begin(), programmes.end(),
              [](const Programme &a, const Programme &b) { return a.title.localeAwareCompare(b.title) < 0; });
    // One pass of lines() for the whole plan: it indexes the teachers and
    // completions once.
    const QList<TrainingPlanDocument::Line> lines = TrainingPlanDocument::lines(data);
    QHash<qint64, const TrainingPlanDocument::Line *> lineOf;
    for (const TrainingPlanDocument::Line &l : lines)
        lineOf.insert(l.teacherId, &l);
    const QDate start(data.firstYear, 1, 1);
    QHash<qint64, QDate> lastEnd;
    for (const Completion &c : data.completions) {
        if (c.ends.isValid() && c.ends <= start && c.ends > lastEnd.value(c.teacherId))
            lastEnd.insert(c.teacherId, c.ends);
    }
    QSet<qint64> seen;
    for (const TrainingPlanEntry &e : data.entries) {
        const TrainingPlanDocument::Line *line = lineOf.value(e.teacherId);
        if (!line || seen.contains(e.teacherId))
            continue;
        seen.insert(e.teacherId);
        Row row;
        row.entry = e;
        row.line = *line;
        row.keys = PlanGraphKeys::of(line->fullName, line->group, line->positions);
        const QDate ends = lastEnd.value(e.teacherId);
        row.overdueAtStart = !ends.isValid() || TrainingDue::expiresOn(ends, data.intervalYears) <= start;
        out.rows.append(row);
    }
    data.entries.clear(); // the rows hold them from now on
    out.data = std::move(data);
    out.programmes = std::move(programmes);
    return out;
}

void TrainingPlanModel::reset(const TrainingPlanDocumentData &data, const QList<Programme> &programmes)
{
    reset(prepare(data, programmes));
}

void TrainingPlanModel::reset(Prepared prepared)
{
    beginResetModel();
    m_data = std::move(prepared.data);
    m_programmes = std::move(prepared.programmes);
    m_programmeTitles.clear();
    for (const Programme &p : m_programmes)
        m_programmeTitles.insert(p.id, p.title);
    m_rows = std::move(prepared.rows);
    reindex();
    endResetModel();
}

TrainingPlanModel::Row TrainingPlanModel::makeRow(const TrainingPlanEntry &entry) const
{
    TrainingPlanDocumentData one = m_data;
    one.entries = {entry};
    const QList<TrainingPlanDocument::Line> lines = TrainingPlanDocument::lines(one);
    Row row;
    row.entry = entry;
    if (!lines.isEmpty())
        row.line = lines.constFirst();
    row.keys = PlanGraphKeys::of(row.line.fullName, row.line.group, row.line.positions);
    QDate lastEnd;
    for (const Completion &c : m_data.completions) {
        if (c.teacherId == entry.teacherId && c.ends.isValid() && c.ends <= QDate(m_data.firstYear, 1, 1)
            && c.ends > lastEnd)
            lastEnd = c.ends;
    }
    row.overdueAtStart = overdueAtStart(lastEnd);
    return row;
}

void TrainingPlanModel::reindex()
{
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).entry.teacherId, i);
}

QList<TrainingPlanEntry> TrainingPlanModel::entries() const
{
    QList<TrainingPlanEntry> out;
    out.reserve(m_rows.size());
    for (const Row &r : m_rows)
        out.append(r.entry);
    return out;
}

TrainingPlanDocumentData TrainingPlanModel::documentData() const
{
    TrainingPlanDocumentData data = m_data;
    data.entries = entries();
    return data;
}

bool TrainingPlanModel::knows(qint64 teacherId) const
{
    return std::any_of(m_data.teachers.cbegin(), m_data.teachers.cend(),
                       [teacherId](const TeacherRow &t) { return t.id == teacherId; });
}

void TrainingPlanModel::addKnownTeacher(const TeacherRow &teacher)
{
    if (!knows(teacher.id))
        m_data.teachers.append(teacher);
}

int TrainingPlanModel::addTeachers(const QList<qint64> &teacherIds, int year)
{
    QList<Row> fresh;
    for (qint64 id : teacherIds) {
        if (contains(id) || !knows(id))
            continue;
        if (std::any_of(fresh.cbegin(), fresh.cend(), [id](const Row &r) { return r.entry.teacherId == id; }))
            continue;
        fresh.append(makeRow({id, year, 0, {}}));
    }
    if (fresh.isEmpty())
        return 0;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
    m_rows.append(fresh);
    reindex();
    endInsertRows();
    emit edited();
    return int(fresh.size());
}

void TrainingPlanModel::removeTeachers(const QList<qint64> &teacherIds)
{
    QList<int> rows;
    for (qint64 id : teacherIds) {
        if (m_rowOf.contains(id))
            rows.append(m_rowOf.value(id));
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : rows) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    reindex();
    emit edited();
}

QMap<int, int> TrainingPlanModel::countsByYear() const
{
    QMap<int, int> out;
    for (int y = 0; y < TrainingPlan::kYears; ++y)
        out.insert(m_data.firstYear + y, 0);
    for (const Row &r : m_rows)
        ++out[r.entry.plannedYear];
    return out;
}

QMap<QString, QMap<int, int>> TrainingPlanModel::countsByOrganisation() const
{
    QMap<QString, QMap<int, int>> out;
    for (const Row &r : m_rows) {
        QMap<int, int> &years = out[r.line.group];
        if (years.isEmpty()) {
            for (int y = 0; y < TrainingPlan::kYears; ++y)
                years.insert(m_data.firstYear + y, 0);
        }
        ++years[r.entry.plannedYear];
    }
    return out;
}

QString TrainingPlanModel::programmeTitle(qint64 id) const
{
    return id > 0 ? m_programmeTitles.value(id) : QString();
}

int TrainingPlanModel::compareRows(int left, int right, int column) const
{
    if (column == YearColumn)
        return m_rows.at(left).entry.plannedYear - m_rows.at(right).entry.plannedYear;
    return PlanGraphModel::compareRows(left, right, column);
}

int TrainingPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrainingPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainingPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const TrainingPlanDocument::Line &l = r.line;
    switch (role) {
    case IdRole: return r.entry.teacherId;
    case SearchRole: return r.keys.search;
    case ProgrammeIdRole: return r.entry.programmeId;
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn: return role == SortRole ? QVariant(r.keys.name) : QVariant(l.fullName);
        case OrganisationColumn: return role == SortRole ? QVariant(r.keys.group) : QVariant(l.group);
        case PositionColumn: return l.positions;
        case LastCourseColumn:
            if (role == SortRole)
                return l.lastCourse; // «2023, 72 ч» sorts by year
            return l.lastCourse.isEmpty() ? tr("no course on record") : l.lastCourse + u" — " + l.lastTitle;
        case YearColumn: return r.entry.plannedYear;
        case ProgrammeColumn:
            if (role == Qt::EditRole)
                return r.entry.programmeId;
            return programmeTitle(r.entry.programmeId);
        case TopicColumn: return r.entry.topic;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == LastCourseColumn && !l.lastCourse.isEmpty())
            return tr("%1\n%2\n%3").arg(l.lastCourse, l.lastTitle, l.lastProvider);
        if (index.column() == YearColumn && r.overdueAtStart)
            return tr("No course in the %n year(s) before the plan starts: plan it in the first year.", nullptr,
                      m_data.intervalYears);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == LastCourseColumn && r.overdueAtStart)
            return QBrush(StatusPalette::overdue());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == YearColumn)
            return int(Qt::AlignCenter);
        return {};
    default: return {};
    }
}

QVariant TrainingPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == YearColumn)
        return tr("The year the course is planned for; double-click to change");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Full name");
    case OrganisationColumn: return tr("Organisation");
    case PositionColumn: return tr("Position (subject)");
    case LastCourseColumn: return tr("Last course");
    case YearColumn: return tr("Year");
    case ProgrammeColumn: return tr("Programme");
    case TopicColumn: return tr("Topic (when no programme)");
    default: return {};
    }
}

Qt::ItemFlags TrainingPlanModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == YearColumn || index.column() == ProgrammeColumn || index.column() == TopicColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool TrainingPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    TrainingPlanEntry &e = m_rows[index.row()].entry;
    switch (index.column()) {
    case YearColumn: {
        bool ok = false;
        const int year = value.toInt(&ok);
        if (!ok || year < m_data.firstYear || year >= m_data.firstYear + TrainingPlan::kYears || year == e.plannedYear)
            return false;
        e.plannedYear = year;
        break;
    }
    case ProgrammeColumn: {
        const qint64 id = value.toLongLong();
        if (id == e.programmeId || (id != 0 && !m_programmeTitles.contains(id)))
            return false;
        e.programmeId = id;
        break;
    }
    case TopicColumn: {
        const QString topic = value.toString().simplified();
        if (topic == e.topic)
            return false;
        e.topic = topic;
        break;
    }
    default: return false;
    }
    emit dataChanged(index, index);
    emit edited();
    return true;
}

} // namespace profrost
