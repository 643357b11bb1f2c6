#pragma once

#include "common/RecordListModel.h"
#include "domain/Competition.h"

#include <QHash>

namespace profrost {

// The competitions of a year, one a row (its id in IdRole): name, stages,
// how many took part, the winners by name and the prizewinners' count.
class CompetitionListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StagesColumn, ParticipantsColumn, WinnersColumn, PrizesColumn };

    explicit CompetitionListModel(QObject *parent = nullptr);
    // `names`: the teachers' «Фамилия Имя Отчество».
    void setCompetitions(QList<Competition> competitions, QHash<qint64, QString> names);
    qint64 idAt(int row) const override;
    const Competition *competitionAt(int row) const;

protected:
    int records() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<Competition> m_competitions;
    QHash<qint64, QString> m_names;
};

} // namespace profrost
