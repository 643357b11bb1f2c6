#pragma once

#include "common/PlanGraphModel.h"
#include "documents/TrainingPlanDocument.h"

#include <QHash>
#include <QMap>

namespace profrost {

// The plan-graph being edited: one row per teacher with the planned year,
// the programme of the catalogue and a free-text topic (editable), next to
// who the teacher is and the last course the plan was made from. Edits stay
// in the model until the tab saves them; counts per year and organisation
// follow every edit.
class TrainingPlanModel : public PlanGraphModel
{
    Q_OBJECT
public:
    // The planned year next to the name: it is what the methodist edits most.
    enum Column { NameColumn, YearColumn, OrganisationColumn, PositionColumn, LastCourseColumn, ProgrammeColumn,
                  TopicColumn, ColumnCount };
    enum { ProgrammeIdRole = Qt::UserRole + 40 };

    explicit TrainingPlanModel(QObject *parent = nullptr);

    // `data` holds the teachers, completions and programme titles; its
    // entries become the rows.
    void reset(const TrainingPlanDocumentData &data, const QList<Programme> &programmes);

    // The rows made ready away from the model: prepare() touches no model
    // state, so a worker thread runs it for a region's 50,000 teachers and
    // the GUI thread only swaps the result in.
    struct Row
    {
        TrainingPlanEntry entry;
        TrainingPlanDocument::Line line;
        PlanGraphKeys keys; // 50,000 rows must not lower-case on every keystroke or comparison
        bool overdueAtStart = false; // no course within the interval (setting) before the plan starts
    };
    struct Prepared
    {
        TrainingPlanDocumentData data;
        QList<Programme> programmes;
        QList<Row> rows;
    };
    static Prepared prepare(TrainingPlanDocumentData data, QList<Programme> programmes);
    void reset(Prepared prepared);
    int firstYear() const override { return m_data.firstYear; }
    const PlanGraphKeys &keys(int row) const override { return m_rows.at(row).keys; }
    int compareRows(int left, int right, int column) const override;
    // The plan as edited, in the order of the rows.
    QList<TrainingPlanEntry> entries() const;
    // The document data with the edited entries (what printing shows).
    TrainingPlanDocumentData documentData() const;
    const QList<Programme> &programmes() const { return m_programmes; }

    bool contains(qint64 teacherId) const { return m_rowOf.contains(teacherId); }
    // Adds teachers (known to the data) planned for `year`; returns how many were new.
    int addTeachers(const QList<qint64> &teacherIds, int year);
    // Makes a teacher known who joined after 1 January of the first year.
    void addKnownTeacher(const TeacherRow &teacher);
    bool knows(qint64 teacherId) const;
    void removeTeachers(const QList<qint64> &teacherIds);

    QMap<int, int> countsByYear() const;
    // Organisation (the group of the printed plan) -> year -> teachers.
    QMap<QString, QMap<int, int>> countsByOrganisation() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    Row makeRow(const TrainingPlanEntry &entry) const;
    bool overdueAtStart(QDate lastEnd) const;
    void reindex();
    QString programmeTitle(qint64 id) const;

    TrainingPlanDocumentData m_data;
    QList<Programme> m_programmes;
    QHash<qint64, QString> m_programmeTitles;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOf; // teacher -> row
};

} // namespace profrost
