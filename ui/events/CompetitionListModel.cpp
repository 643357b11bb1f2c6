#include "events/CompetitionListModel.h"

#include "common/Roles.h"
#include "util/TextNormalize.h"

namespace profrost {

CompetitionListModel::CompetitionListModel(QObject *parent)
    : RecordListModel({tr("Competition"), tr("Stages"), tr("Participants"), tr("Winners (stage)"),
                       tr("Prizes")},
                      parent)
{
}

void CompetitionListModel::setCompetitions(QList<Competition> competitions, QHash<qint64, QString> names)
{
    beginResetModel();
    m_competitions = std::move(competitions);
    m_names = std::move(names);
    endResetModel();
}

int CompetitionListModel::records() const { return int(m_competitions.size()); }

qint64 CompetitionListModel::idAt(int row) const { return m_competitions.at(row).id; }

const Competition *CompetitionListModel::competitionAt(int row) const
{
    return row >= 0 && row < records() ? &m_competitions.at(row) : nullptr;
}

QVariant CompetitionListModel::cell(int row, int column, int role) const
{
    const Competition &c = m_competitions.at(row);
    QStringList stages;
    for (CompetitionLevel l : c.stages)
        stages << CompetitionText::shortName(l);
    QStringList winners; // every stage's winners, the stage named
    int prizes = 0;
    for (const CompetitionEntry &e : c.entries) {
        for (auto it = e.results.cbegin(); it != e.results.cend(); ++it) {
            prizes += CompetitionRules::isPrize(it.value()) ? 1 : 0;
            if (it.value() == CompetitionResult::Winner)
                winners << m_names.value(e.teacherId) + QStringLiteral(" (") + CompetitionText::shortName(it.key()) + u')';
        }
    }
    switch (role) {
    case SearchRole:
        return normalizedKey(c.name + u' ' + winners.join(u' '));
    case SortRole:
        return column == ParticipantsColumn ? QVariant(int(c.entries.size()))
                                            : QVariant(lowerKey(cell(row, column, Qt::DisplayRole).toString()));
    case Qt::TextAlignmentRole:
        return column == ParticipantsColumn || column == PrizesColumn ? QVariant(int(Qt::AlignCenter)) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn: return c.name;
        case StagesColumn: return stages.join(QStringLiteral(" → "));
        case ParticipantsColumn: return int(c.entries.size());
        case WinnersColumn: return winners.join(QStringLiteral("; "));
        case PrizesColumn: return prizes;
        default: return {};
        }
    default: return {};
    }
}

} // namespace profrost
