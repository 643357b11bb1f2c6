#pragma once

#include "store/TeacherRepository.h"

#include <QAbstractTableModel>
#include <QDate>

namespace profrost {

// The teachers of the registry with their current posts at a reference date.
// All rows are held in memory (a region's 50,000 fit in a few MB) so that
// sorting and filtering never go back to the database.
class TeacherTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FullNameColumn, BirthDateColumn, AgeColumn, OrganisationColumn, PositionColumn, SubjectsColumn,
                  ExperienceColumn, CategoryColumn, SnilsColumn, ColumnCount };

    explicit TeacherTableModel(QObject *parent = nullptr);

    void setRows(QList<TeacherRow> rows, QDate at);
    const TeacherRow &row(int index) const { return m_rows.at(index); }
    int indexOf(qint64 id) const;
    QDate referenceDate() const { return m_at; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TeacherRow> m_rows;
    QDate m_at;
};

} // namespace profrost
