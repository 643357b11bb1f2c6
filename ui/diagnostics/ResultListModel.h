#pragma once

#include "common/RecordListModel.h"
#include "domain/DeficitRules.h"
#include "domain/Diagnosis.h"

#include <QHash>

namespace profrost {

// The results of one diagnosis: the teacher, their organisation, the day,
// a column per competency area (a deficit shown in red) and the deficits
// the result found, by DeficitRules with the database's thresholds.
class ResultListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { TeacherColumn, OrganisationColumn, DateColumn, FirstAreaColumn };
    // The column of an area: every area of the dictionary, in its order
    // (the current one: the model takes it up at each setResults); -1 for
    // an area it lacks.
    static int columnOf(const CompetencyArea &area);
    static int deficitsColumn();

    explicit ResultListModel(QObject *parent = nullptr);

    struct Person
    {
        QString name;
        QString organisation;
    };
    void setResults(const QList<DiagnosisResult> &results, const QHash<qint64, Person> &people,
                    const DeficitThresholds &thresholds);
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    qint64 idAt(int row) const override { return m_results.at(row).id; }
    const DiagnosisResult &resultAt(int row) const { return m_results.at(row); }
    // Rows whose result found at least one deficit.
    int withDeficits() const;

protected:
    int records() const override { return int(m_results.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<AreaScore> deficitsOf(const DiagnosisResult &r) const;
    // The deficits' column of this model's areas (deficitsColumn() once it read them).
    int ownDeficitsColumn() const { return FirstAreaColumn + int(m_areas.size()); }

    QList<CompetencyArea> m_areas; // the columns' areas
    QList<DiagnosisResult> m_results;
    QHash<qint64, Person> m_people;
    DeficitThresholds m_thresholds;
};

} // namespace profrost
