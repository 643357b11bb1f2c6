#pragma once

#include "planning/DeficitMap.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTableView;

namespace profrost {

class DeficitMapModel;

// The dashboard's «Deficits» tab: the deficit map of the diagnostics area
// (DeficitMapBuilder, its rule and its colours; DeficitMapModel, its table)
// for the dashboard's scope and window: organisations as rows, or
// municipalities when the whole of several municipalities is shown; the
// competency areas as columns; each cell the share of the diagnosed with a
// deficit there on its level's colour. A click on a cell asks for its teachers.
class DeficitHeatMap : public QWidget
{
    Q_OBJECT
public:
    explicit DeficitHeatMap(QWidget *parent = nullptr);

    // `data`: the teachers diagnosed in the window up to `at`; the scope as
    // the dashboard's (0 the whole, 1 an organisation, 2 a municipality with
    // that id); `municipalityOf` places the organisations.
    void setData(std::shared_ptr<const DeficitMapData> data, QDate at, int kind, qint64 id, int municipalities,
                 const QHash<qint64, qint64> &municipalityOf);
    DeficitGrouping grouping() const { return m_grouping; }

    // The teachers with a deficit behind a cell (model row and column; the
    // name's column: in any area), by name; and what the cell is, as a heading.
    QList<qint64> teachersOf(int row, int column) const;
    QString cellHeading(int row, int column) const;

    QTableView *view() const { return m_view; }
    DeficitMapModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }

signals:
    void cellClicked(int row, int column);

private:
    void showMap(DeficitMap map, QDate at);
    void fitColumns();

    DeficitMapModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QLabel *m_legend;
    std::shared_ptr<const DeficitMapData> m_scoped; // the scope's teachers
    DeficitGrouping m_grouping = DeficitGrouping::Organisation;
};

} // namespace profrost
