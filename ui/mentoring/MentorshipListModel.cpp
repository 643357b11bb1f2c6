#include "mentoring/MentorshipListModel.h"

#include "common/Roles.h"
#include "common/StatusPalette.h"
#include "domain/DateText.h"
#include "util/TextNormalize.h"

#include <QBrush>

namespace profrost {

MentorshipListModel::MentorshipListModel(QObject *parent)
    : RecordListModel({tr("Mentor"), tr("Mentee"), tr("Form"), tr("From"), tr("To"), tr("State"), tr("Goals, result")},
                      parent)
{
}

void MentorshipListModel::setLines(std::shared_ptr<const MentoringLines> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int MentorshipListModel::records() const { return m_lines ? int(m_lines->pairs.size()) : 0; }

qint64 MentorshipListModel::idAt(int row) const { return m_lines->pairs.at(row).id; }

const Mentorship *MentorshipListModel::pairAt(int row) const
{
    return row >= 0 && row < records() ? &m_lines->pairs.at(row) : nullptr;
}

QVariant MentorshipListModel::cell(int row, int column, int role) const
{
    const Mentorship &m = m_lines->pairs.at(row);
    const bool active = MentorshipRules::isActive(m, m_lines->day);
    QString goals = m.goals;
    if (!m.result.isEmpty())
        goals += (goals.isEmpty() ? QString() : QStringLiteral(" — ")) + m.result;
    switch (role) {
    case ActiveRole: return active;
    case SearchRole:
        return normalizedKey(QStringList{m_lines->nameOf(m.mentorId), m_lines->nameOf(m.menteeId),
                                         MentorshipText::displayName(m.form), goals}
                                 .join(u' '));
    case SortRole:
        switch (column) {
        case StartsColumn: return m.starts.toJulianDay();
        case EndsColumn: return m.ends.isValid() ? QVariant(m.ends.toJulianDay()) : QVariant();
        default: return lowerKey(cell(row, column, Qt::DisplayRole).toString());
        }
    case Qt::ForegroundRole:
        if (column == StateColumn && active)
            return QBrush(StatusPalette::ok());
        return column == StateColumn ? QBrush(StatusPalette::mutedText()) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case MentorColumn: return m_lines->nameOf(m.mentorId);
        case MenteeColumn: return m_lines->nameOf(m.menteeId);
        case FormColumn: return MentorshipText::displayName(m.form);
        case StartsColumn: return DateText::numeric(m.starts);
        case EndsColumn: return m.ends.isValid() ? DateText::numeric(m.ends) : QString();
        case StateColumn: return MentoringWords::state(m, m_lines->day);
        case GoalsColumn: return goals;
        default: return {};
        }
    default: return {};
    }
}

} // namespace profrost
