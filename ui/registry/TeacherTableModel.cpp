#include "registry/TeacherTableModel.h"

#include "common/Roles.h"
#include "domain/DateText.h"
#include "domain/Snils.h"
#include "domain/TeacherFacts.h"

namespace profrost {

TeacherTableModel::TeacherTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TeacherTableModel::setRows(QList<TeacherRow> rows, QDate at)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_at = at;
    endResetModel();
}

int TeacherTableModel::indexOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int TeacherTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TeacherTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

int years(QDate from, QDate at)
{
    return from.isValid() ? TeacherFacts::fullYears(from, at) : -1;
}

} // namespace

QVariant TeacherTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TeacherRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == SearchRole)
        return r.searchKey;
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case FullNameColumn: return sort ? QVariant(r.fullName().toLower()) : QVariant(r.fullName());
        case BirthDateColumn: return sort ? QVariant(r.birthDate) : QVariant(DateText::numeric(r.birthDate));
        case AgeColumn: {
            const int a = years(r.birthDate, m_at);
            return a < 0 ? QVariant() : QVariant(a);
        }
        case OrganisationColumn: return sort ? QVariant(r.organisations.toLower()) : QVariant(r.organisations);
        case PositionColumn: return r.positions;
        case SubjectsColumn: return r.subjects;
        case ExperienceColumn: {
            const int e = years(r.experienceStart, m_at);
            return e < 0 ? QVariant() : QVariant(e);
        }
        case CategoryColumn:
            if (r.category == Category::None)
                return sort ? QVariant(0) : QVariant();
            return sort ? QVariant(int(r.category)) : QVariant(CategoryText::displayName(r.category));
        case SnilsColumn: return r.snils.isEmpty() ? QString() : Snils::formatted(r.snils);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == AgeColumn || index.column() == ExperienceColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == CategoryColumn && r.category != Category::None) {
        Teacher t;
        t.category = r.category;
        t.categoryDate = r.categoryDate;
        return tr("Assigned %1, valid until %2")
            .arg(DateText::numeric(r.categoryDate), DateText::numeric(TeacherFacts::categoryValidUntil(t)));
    }
    return {};
}

QVariant TeacherTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FullNameColumn: return tr("Full name");
    case BirthDateColumn: return tr("Born");
    case AgeColumn: return tr("Age");
    case OrganisationColumn: return tr("Organisation");
    case PositionColumn: return tr("Position");
    case SubjectsColumn: return tr("Subjects");
    case ExperienceColumn: return tr("Experience");
    case CategoryColumn: return tr("Category");
    case SnilsColumn: return tr("SNILS");
    default: return {};
    }
}

} // namespace profrost
