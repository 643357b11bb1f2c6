#pragma once

#include "planning/DeficitMap.h"

#include <QAbstractTableModel>
#include <memory>
#include <optional>

namespace profrost {

// The teachers behind a cell of the deficit map: their name, where they
// work, the score of the cell's area (or, for the last column, every
// deficit with its score) and the day of their latest diagnosis.
class DeficitTeachersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TeacherColumn, OrganisationColumn, ScoreColumn, DiagnosedColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    // `data` stays alive as long as the list shows its teachers.
    void setTeachers(std::shared_ptr<const DeficitMapData> data, QList<const MappedTeacher *> teachers,
                     std::optional<CompetencyArea> area);
    qint64 teacherAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString scoreText(const MappedTeacher &t) const;
    bool hasDeficit(const MappedTeacher &t) const;

    std::shared_ptr<const DeficitMapData> m_data;
    QList<const MappedTeacher *> m_teachers;
    std::optional<CompetencyArea> m_area;
};

} // namespace profrost
