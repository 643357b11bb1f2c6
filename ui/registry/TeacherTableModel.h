#pragma once

#include "domain/AttestationRules.h"
#include "store/TeacherRepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace profrost {

// The teachers of the registry with their current posts at a reference date.
// All rows are held in memory (a region's 50,000 fit in a few MB), and the
// model sorts and filters itself over precomputed keys: a generic proxy
// would call data() twice per comparison, which at this size costs a visible
// pause on every keystroke.
class TeacherTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FullNameColumn, BirthDateColumn, AgeColumn, OrganisationColumn, PositionColumn, SubjectsColumn,
                  ExperienceColumn, CategoryColumn, SnilsColumn, ColumnCount };

    explicit TeacherTableModel(QObject *parent = nullptr);

    void setRows(QList<TeacherRow> rows, QDate at);
    // category_validity_years (SettingsRepository): the tooltip's "valid until".
    void setValidityYears(int years) { m_validityYears = years; }
    // The visible row `index` (after filtering and sorting).
    const TeacherRow &row(int index) const { return m_rows.at(m_visible.at(index)); }
    // Visible position of the teacher, or -1 when filtered out or absent.
    int indexOf(qint64 id) const;
    // Among the rows read (shown or hidden by the filter).
    bool contains(qint64 id) const { return m_rowOfId.contains(id); }
    int totalCount() const { return int(m_rows.size()); }
    QDate referenceDate() const { return m_at; }

    // Every word must occur in the name, organisation, position, subjects or СНИЛС.
    void setFilterText(const QString &text);
    const QStringList &filterTokens() const { return m_tokens; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void applyOrder();           // m_sorted from the sort column
    QList<int> filtered(const QList<int> &from) const;
    const QList<QString> &textKeys(int column);

    QList<TeacherRow> m_rows;
    QDate m_at;
    int m_validityYears = AttestationRules::kDefaultValidityYears; // until TeachersPage sets the setting
    QList<int> m_sorted;  // every row, in the sort order
    QList<int> m_visible; // the rows passing the filter, in the sort order
    QStringList m_tokens;
    int m_sortColumn = FullNameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QHash<int, QList<QString>> m_textKeys; // column -> normalised text, built when first sorted by
    QHash<qint64, int> m_rowOfId;
};

} // namespace profrost
