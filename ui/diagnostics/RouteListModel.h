#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace profrost {

class Database;

// The routes of an academic year, one line per teacher: the teacher, where
// they work, the deficits the route addresses, its progress (activities done
// of those not cancelled, a finished course counting as done) and its curator.
class RouteListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TeacherColumn, OrganisationColumn, DeficitsColumn, ProgressColumn, CuratorColumn, ColumnCount };

    struct Line
    {
        qint64 routeId = 0;
        qint64 teacherId = 0;
        QString teacher, organisations, deficits, curator;
        int done = 0, total = 0;
    };
    // Reads the lines of `startYear` (a handful of queries, whatever the count).
    static QList<Line> read(Database &db, int startYear, QDate today);

    using QAbstractTableModel::QAbstractTableModel;
    void setLines(QList<Line> lines);
    const Line *lineAt(int row) const;
    int rowOf(qint64 routeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Line> m_lines;
};

} // namespace profrost
