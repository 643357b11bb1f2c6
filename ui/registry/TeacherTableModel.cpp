#include "registry/TeacherTableModel.h"

#include "common/Roles.h"
#include "domain/DateText.h"
#include "domain/Snils.h"
#include "domain/TeacherFacts.h"
#include "util/TextNormalize.h"

#include <algorithm>
#include <functional>
#include <numeric>

namespace profrost {

TeacherTableModel::TeacherTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TeacherTableModel::setRows(QList<TeacherRow> rows, QDate at)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_at = at;
    m_textKeys.clear();
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows.at(i).id, i);
    applyOrder();
    m_visible = filtered(m_sorted);
    endResetModel();
}

int TeacherTableModel::indexOf(qint64 id) const
{
    const int source = m_rowOfId.value(id, -1);
    return source < 0 ? -1 : int(m_visible.indexOf(source));
}

void TeacherTableModel::setFilterText(const QString &text)
{
    QStringList tokens = normalizedKey(text).split(u' ', Qt::SkipEmptyParts);
    if (tokens == m_tokens)
        return;
    // Typing one more letter only narrows: check the rows shown now, not all.
    bool narrows = !m_tokens.isEmpty() && tokens.size() >= m_tokens.size();
    for (qsizetype i = 0; narrows && i < m_tokens.size(); ++i)
        narrows = tokens.at(i).contains(m_tokens.at(i));
    m_tokens = std::move(tokens);
    beginResetModel();
    m_visible = filtered(narrows ? m_visible : m_sorted);
    endResetModel();
}

QList<int> TeacherTableModel::filtered(const QList<int> &from) const
{
    if (m_tokens.isEmpty())
        return from;
    QList<int> out;
    for (int i : from) {
        const QString &key = m_rows.at(i).searchKey;
        bool all = true;
        for (const QString &token : m_tokens) {
            if (!key.contains(token)) {
                all = false;
                break;
            }
        }
        if (all)
            out.append(i);
    }
    return out;
}

const QList<QString> &TeacherTableModel::textKeys(int column)
{
    auto it = m_textKeys.find(column);
    if (it != m_textKeys.end())
        return *it;
    QList<QString> keys;
    keys.reserve(m_rows.size());
    for (const TeacherRow &r : std::as_const(m_rows)) {
        switch (column) {
        case OrganisationColumn: keys.append(normalizedKey(r.organisations)); break;
        case PositionColumn: keys.append(normalizedKey(r.positions)); break;
        case SubjectsColumn: keys.append(normalizedKey(r.subjects)); break;
        default: keys.append(r.searchKey); break; // begins with the normalised full name
        }
    }
    return *m_textKeys.insert(column, std::move(keys));
}

void TeacherTableModel::applyOrder()
{
    m_sorted.resize(m_rows.size());
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    const QList<TeacherRow> &rows = m_rows;
    // Empty values go last in ascending order, so the filled ones come first.
    auto byDate = [&](auto field, bool reversed) {
        return [&rows, field, reversed](int a, int b) {
            const QDate x = rows.at(a).*field, y = rows.at(b).*field;
            if (x.isValid() != y.isValid())
                return x.isValid();
            return reversed ? y < x : x < y;
        };
    };
    const QList<QString> *keys = nullptr;
    std::function<bool(int, int)> less;
    switch (m_sortColumn) {
    case BirthDateColumn: less = byDate(&TeacherRow::birthDate, false); break;
    case AgeColumn: less = byDate(&TeacherRow::birthDate, true); break;
    case ExperienceColumn: less = byDate(&TeacherRow::experienceStart, true); break;
    case CategoryColumn:
        less = [&rows](int a, int b) {
            const TeacherRow &x = rows.at(a), &y = rows.at(b);
            if (x.category != y.category)
                return int(x.category) > int(y.category);
            return x.categoryDate < y.categoryDate;
        };
        break;
    case SnilsColumn:
        less = [&rows](int a, int b) {
            const QString &x = rows.at(a).snils, &y = rows.at(b).snils;
            if (x.isEmpty() != y.isEmpty())
                return !x.isEmpty();
            return x < y;
        };
        break;
    default:
        keys = &textKeys(m_sortColumn);
        less = [keys](int a, int b) {
            const QString &x = keys->at(a), &y = keys->at(b);
            if (x.isEmpty() != y.isEmpty())
                return !x.isEmpty();
            return x < y;
        };
        break;
    }
    std::stable_sort(m_sorted.begin(), m_sorted.end(), less);
    if (m_sortOrder == Qt::DescendingOrder)
        std::reverse(m_sorted.begin(), m_sorted.end());
}

void TeacherTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    for (const QModelIndex &i : before)
        sourceRows.append(m_visible.at(i.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    applyOrder();
    m_visible = filtered(m_sorted);
    QModelIndexList after;
    for (qsizetype k = 0; k < before.size(); ++k) {
        const int row = int(m_visible.indexOf(sourceRows.at(k)));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(k).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int TeacherTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int TeacherTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeacherTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeacherRow &r = row(index.row());
    if (role == IdRole)
        return r.id;
    if (role == SearchRole)
        return r.searchKey;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case FullNameColumn: return r.fullName();
        case BirthDateColumn: return DateText::numeric(r.birthDate);
        case AgeColumn: {
            const int a = r.birthDate.isValid() ? TeacherFacts::fullYears(r.birthDate, m_at) : -1;
            return a < 0 ? QVariant() : QVariant(a);
        }
        case OrganisationColumn: return r.organisations;
        case PositionColumn: return r.positions;
        case SubjectsColumn: return r.subjects;
        case ExperienceColumn: {
            const int e = r.experienceStart.isValid() ? TeacherFacts::fullYears(r.experienceStart, m_at) : -1;
            return e < 0 ? QVariant() : QVariant(e);
        }
        case CategoryColumn: return r.category == Category::None ? QVariant() : QVariant(CategoryText::displayName(r.category));
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
            .arg(DateText::numeric(r.categoryDate), DateText::numeric(TeacherFacts::categoryValidUntil(t, m_validityYears)));
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
