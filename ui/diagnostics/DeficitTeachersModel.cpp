#include "diagnostics/DeficitTeachersModel.h"

#include "common/Roles.h"
#include "common/StatusPalette.h"
#include "domain/DateText.h"

namespace profrost {

void DeficitTeachersModel::setTeachers(std::shared_ptr<const DeficitMapData> data,
                                       QList<const MappedTeacher *> teachers, std::optional<CompetencyArea> area)
{
    beginResetModel();
    m_data = std::move(data);
    m_teachers = std::move(teachers);
    m_area = area;
    endResetModel();
}

qint64 DeficitTeachersModel::teacherAt(int row) const
{
    return row >= 0 && row < m_teachers.size() ? m_teachers[row]->id : 0;
}

int DeficitTeachersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_teachers.size());
}

int DeficitTeachersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DeficitTeachersModel::hasDeficit(const MappedTeacher &t) const
{
    for (auto it = t.latest.cbegin(); it != t.latest.cend(); ++it) {
        if ((!m_area || it.key() == *m_area) && DeficitRules::isDeficit(*it, m_data->thresholds))
            return true;
    }
    return false;
}

QString DeficitTeachersModel::scoreText(const MappedTeacher &t) const
{
    if (m_area) {
        const auto it = t.latest.constFind(*m_area);
        return it == t.latest.cend() ? QString() : DiagnosisText::percentText(it->hundredths);
    }
    // The last column: the deficits with their scores, or every score when there is none.
    QStringList deficits, all;
    for (const CompetencyArea &area : TrainingText::inAreaOrder(t.latest.keys())) { // the dictionary's order
        const auto it = t.latest.constFind(area);
        const QString text = TrainingText::displayName(it.key()) + QStringLiteral(" ")
            + DiagnosisText::percentText(it->hundredths);
        all << text;
        if (DeficitRules::isDeficit(*it, m_data->thresholds))
            deficits << text;
    }
    return (deficits.isEmpty() ? all : deficits).join(QStringLiteral(", "));
}

QVariant DeficitTeachersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_teachers.size())
        return {};
    const MappedTeacher &t = *m_teachers[index.row()];
    if (role == IdRole)
        return t.id;
    if (role == Qt::ForegroundRole && index.column() == ScoreColumn && hasDeficit(t))
        return StatusPalette::errorText();
    if (role == Qt::ToolTipRole && index.column() == TeacherColumn)
        return tr("Double-click to open the teacher in the registry.");
    if (role == Qt::ToolTipRole && index.column() == ScoreColumn)
        return scoreText(t);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TeacherColumn: return t.name;
    case OrganisationColumn: {
        QStringList names;
        for (qint64 id : t.organisations)
            names << m_data->organisationNames.value(id);
        return names.join(QStringLiteral("; "));
    }
    case ScoreColumn: return scoreText(t);
    case DiagnosedColumn: return DateText::numeric(t.lastDiagnosed);
    default: return {};
    }
}

QVariant DeficitTeachersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TeacherColumn: return tr("Teacher");
    case OrganisationColumn: return tr("Organisation");
    case ScoreColumn: return m_area ? tr("Score") : tr("Deficits");
    case DiagnosedColumn: return tr("Latest diagnosis");
    default: return {};
    }
}

} // namespace profrost
