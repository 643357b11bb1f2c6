#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace profrost {

// The shape every read-only list of records shares: a flat table whose
// rows each name one record (its id in IdRole, on every column), fixed
// column headers, rows replaced in one reset when the list is read again.
// A list model derives from it and answers only for its cells.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The record of a row (0 <= row < rowCount()).
    virtual qint64 idAt(int row) const = 0;
    // The row of a record; -1 when it is not listed.
    int rowOf(qint64 id) const;

protected:
    RecordListModel(const QStringList &headers, QObject *parent);
    virtual int records() const = 0;
    // A cell's data for any role but IdRole.
    virtual QVariant cell(int row, int column, int role) const = 0;
    // New columns (the competency areas of the dictionary): between
    // beginResetModel() and endResetModel() only.
    void setHeaders(const QStringList &headers) { m_headers = headers; }

private:
    QStringList m_headers;
};

} // namespace profrost
