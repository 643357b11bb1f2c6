#pragma once

#include <QAbstractTableModel>
#include <QString>

namespace profrost {

// What a plan-graph row is found and sorted by, computed once when the row
// is made: a keystroke over a region's 50,000 rows then neither lower-cases
// a name nor builds a QVariant per row.
struct PlanGraphKeys
{
    QString search;       // normalizedKey of the name, organisation and positions
    QString name;         // lowerKey of the full name (sorting)
    QString organisation; // the organisation as shown (the organisation filter)
    QString group;        // lowerKey of the organisation (sorting)

    static PlanGraphKeys of(const QString &fullName, const QString &organisation, const QString &positions);
};

// The rows of a plan-graph being edited, one per teacher (further training,
// attestation; the individual routes and the events plan are the next):
// each derived model holds its own entries and lines and hands the keys of
// a row to PlanGraphProxy, which filters and sorts without data().
class PlanGraphModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The columns showing the name and the organisation: they sort by the keys.
    PlanGraphModel(int nameColumn, int organisationColumn, QObject *parent = nullptr);

    virtual int firstYear() const = 0;
    virtual const PlanGraphKeys &keys(int row) const = 0;
    int nameColumn() const { return m_nameColumn; }
    int organisationColumn() const { return m_organisationColumn; }

    // Orders two rows by a column: negative, 0 or positive. The name and the
    // organisation compare their keys; a derived model adds its own columns
    // (years, months) and the rest compare SortRole (empty cells first).
    virtual int compareRows(int left, int right, int column) const;

signals:
    // Any edit, addition or removal (not a reset).
    void edited();

private:
    const QList<int> &groupRanks() const;

    int m_nameColumn;
    int m_organisationColumn;
    // The place of each row's organisation among the plan's organisations
    // (made when first sorted by them, dropped when rows change): sorting
    // 47,000 rows compares numbers instead of long names that mostly tie.
    mutable QList<int> m_groupRanks;
};

} // namespace profrost
