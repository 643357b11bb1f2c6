#include "mentoring/YoungTeacherModel.h"

#include "common/Roles.h"
#include "common/StatusPalette.h"
#include "domain/DateText.h"
#include "util/TextNormalize.h"

#include <QBrush>
#include <QFont>

namespace profrost {

YoungTeacherModel::YoungTeacherModel(QObject *parent)
    : RecordListModel({tr("Young teacher"), tr("Organisation"), tr("Post (subject)"), tr("Age"), tr("Experience since"),
                       tr("Support")},
                      parent)
{
}

void YoungTeacherModel::setLines(std::shared_ptr<const MentoringLines> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    m_support.clear();
    if (m_lines) {
        m_support.reserve(m_lines->young.size());
        for (const YoungTeacher &y : m_lines->young)
            m_support << MentoringWords::support(y, *m_lines);
    }
    endResetModel();
}

int YoungTeacherModel::records() const { return m_lines ? int(m_lines->young.size()) : 0; }

qint64 YoungTeacherModel::idAt(int row) const { return m_lines->young.at(row).teacherId; }

const YoungTeacher *YoungTeacherModel::teacherAt(int row) const
{
    return row >= 0 && row < records() ? &m_lines->young.at(row) : nullptr;
}

QVariant YoungTeacherModel::cell(int row, int column, int role) const
{
    const YoungTeacher &y = m_lines->young.at(row);
    const bool unsupported = !y.supported();
    const QString post = y.subjects.isEmpty() ? y.positions : y.positions + QStringLiteral(" (") + y.subjects + u')';
    switch (role) {
    case UnsupportedRole: return unsupported;
    case SearchRole:
        return normalizedKey(QStringList{y.name, y.organisations, post, m_support.at(row)}.join(u' '));
    case SortRole:
        switch (column) {
        case NameColumn: return lowerKey(y.name);
        case AgeColumn: return y.age;
        case ExperienceColumn: return y.experienceStart.isValid() ? y.experienceStart.toJulianDay() : QVariant();
        case SupportColumn: return unsupported ? QString() : lowerKey(m_support.at(row));
        default: return lowerKey(cell(row, column, Qt::DisplayRole).toString());
        }
    case Qt::ForegroundRole:
        return column == SupportColumn && unsupported ? QBrush(StatusPalette::overdue()) : QVariant();
    case Qt::FontRole:
        if (column == SupportColumn && unsupported) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == AgeColumn ? QVariant(int(Qt::AlignCenter)) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn: return y.name;
        case OrganisationColumn: return y.organisations;
        case PostColumn: return post;
        case AgeColumn: return y.age < 0 ? QString() : QString::number(y.age);
        case ExperienceColumn:
            if (!y.experienceStart.isValid())
                return QString();
            return tr("%1 (%n year(s))", nullptr, y.experienceYears).arg(DateText::numeric(y.experienceStart));
        case SupportColumn: return unsupported ? tr("no support") : m_support.at(row);
        default: return {};
        }
    default: return {};
    }
}

} // namespace profrost
