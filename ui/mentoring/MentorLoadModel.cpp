#include "mentoring/MentorLoadModel.h"

#include "common/Roles.h"
#include "common/StatusPalette.h"
#include "util/TextNormalize.h"

#include <QBrush>
#include <QFont>

namespace profrost {

MentorLoadModel::MentorLoadModel(QObject *parent)
    : RecordListModel({tr("Mentor"), tr("Organisation"), tr("Post, category"), tr("Mentees"), tr("Mentees, count")},
                      parent)
{
}

void MentorLoadModel::setLines(std::shared_ptr<const MentoringLines> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int MentorLoadModel::records() const { return m_lines ? int(m_lines->mentors.size()) : 0; }

qint64 MentorLoadModel::idAt(int row) const { return m_lines->mentors.at(row).mentorId; }

QVariant MentorLoadModel::cell(int row, int column, int role) const
{
    const MentorLoad &m = m_lines->mentors.at(row);
    QString post = m.positions;
    if (m.category != Category::None)
        post += (post.isEmpty() ? QString() : QStringLiteral(", ")) + CategoryText::displayName(m.category);
    switch (role) {
    case SearchRole:
        return normalizedKey(QStringList{m.name, m.organisations, post, m.mentees.join(u' ')}.join(u' '));
    case SortRole:
        return column == LoadColumn ? QVariant(m.load()) : QVariant(lowerKey(cell(row, column, Qt::DisplayRole).toString()));
    case Qt::ForegroundRole:
        return column == LoadColumn && m.overLimit ? QBrush(StatusPalette::overdue()) : QVariant();
    case Qt::FontRole:
        if (column == LoadColumn && m.overLimit) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == LoadColumn ? QVariant(int(Qt::AlignCenter)) : QVariant();
    case Qt::ToolTipRole:
        if (column == LoadColumn && m.overLimit)
            return tr("More mentees than the limit of %n set for the mentors' council.", nullptr, m_lines->loadLimit);
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return m.name;
        case OrganisationColumn: return m.organisations;
        case PostColumn: return post;
        case MenteesColumn: return m.mentees.join(QStringLiteral("; "));
        case LoadColumn: return m.load();
        default: return {};
        }
    default: return {};
    }
}

} // namespace profrost
