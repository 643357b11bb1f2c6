#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace profrost {

// The load of a plan-graph per organisation (the side table of every
// plan-graph tab): the organisation, then one count per column (years,
// or the teachers of the year shown). A cell with a warning is marked and
// says why in its tooltip. Read-only; a region's 1,500 organisations are
// replaced on every edit, so it is a model rather than a table of items.
class PlanGraphLoadModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Line
    {
        QString organisation;
        QList<int> counts;
        QStringList warnings; // per count; empty: not marked
    };

    explicit PlanGraphLoadModel(QObject *parent = nullptr);

    // `header`: the title of the organisation column and of each count.
    void setLoad(const QStringList &header, QList<Line> lines);
    const Line &line(int row) const { return m_lines.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<Line> m_lines;
};

} // namespace profrost
